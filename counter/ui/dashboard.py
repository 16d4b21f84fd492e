"""The supervisors' dashboard: intake per day, status breakdown, early / on-time / late, the
indicators with their formulas, every table by procedure, agency, officer, channel and return
method, and the due-soon and overdue lists — filtered by period, agency, procedure and officer.
Every number can be clicked to see those dossiers; tables export to CSV and Excel; the report
prints with the same charts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter import clock
from counter.domain.status import STATUS_LABELS, Status
from counter.files import FileHeld, write_atomic
from counter.services import desk, reports
from counter.services.dossiers import DossierFilter
from counter.services.errors import os_reason
from counter.services.queues import queues
from counter.ui import ops, output
from counter.ui.charts import BarChart, ShareBar
from counter.ui.labels import shown, shown_error, tr_label
from counter.ui.loading import load
from counter.ui.widgets import push_button

STATUS_COLOURS = ["#1565c0", "#6a1b9a", "#b3261e", "#ef6c00", "#ef6c00", "#616161", "#616161", "#2e7d32", "#1b5e20",
                  "#1565c0"]
TIMELINESS = (("early", "Trước hạn", "#2e7d32"), ("on_time", "Đúng hạn", "#1565c0"), ("late", "Quá hạn", "#b3261e"))
PRESETS = ("Hôm nay", "7 ngày qua", "Tháng này", "Tháng trước", "Năm nay")
SHORT = {"received": "Tiếp nhận", "accepted": "Đủ điều kiện", "supplement": "Bổ sung", "refused": "Từ chối",
         "returned": "Đã trả", "fees": "Phí, lệ phí", "early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn"}


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def show_rows(table: QTableWidget, rows: int) -> None:
    """At least ``rows`` rows in view under a header whose every label reads whole (the page
    scrolls on a small screen rather than squeezing the tables to a row or two)."""
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch:
            table.setColumnWidth(c, max(table.columnWidth(c), header.sectionSizeHint(c)))
    row = table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(header.sizeHint().height() + rows * row + 2 * table.frameWidth() + 4)


class Dashboard(QWidget):
    open_filter = Signal(object, str)  # DossierFilter, description
    saved = Signal(object)  # the Path of a report just saved

    def __init__(self, db, bus, parent=None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.summary = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.preset = QComboBox()
        for label in PRESETS:
            self.preset.addItem(tr_label(label))
        self.preset.setCurrentIndex(2)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        bar.addWidget(self.preset)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("đến")))
        bar.addWidget(self.end)
        self.agency = QComboBox()
        self.procedure = QComboBox()
        self.procedure.setMinimumContentsLength(22)
        self.procedure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.officer = QComboBox()
        for w in (self.agency, self.procedure, self.officer):
            bar.addWidget(w, 1)
        self.refresh_button = push_button(self.tr("Xem (F5)"), self.refresh)
        bar.addWidget(self.refresh_button)
        outer.addLayout(bar)

        content = QWidget()
        layout = QVBoxLayout(content)
        self.tiles = QGridLayout()
        self.tile_buttons: dict[str, QPushButton] = {}
        tiles = [("received", self.tr("Tiếp nhận")), ("accepted", self.tr("Đủ điều kiện")),
                 ("supplement", self.tr("Yêu cầu bổ sung")), ("refused", self.tr("Từ chối")),
                 ("returned", self.tr("Đã trả kết quả")), ("fees", self.tr("Phí, lệ phí (đ)")),
                 ("overdue", self.tr("Đang quá hạn")), ("due_soon", self.tr("Sắp đến hạn"))]
        for i, (key, label) in enumerate(tiles):
            button = QPushButton()
            button.setFlat(True)
            button.setMinimumHeight(58)
            button.setToolTip(self.tr("Bấm để xem các hồ sơ này"))
            button.clicked.connect(lambda _=False, k=key: self.open_measure(k))
            self.tile_buttons[key] = button
            button.setProperty("label", label)
            self.tiles.addWidget(button, i // 4, i % 4)  # two rows of four: fits a 1366 px screen
        layout.addLayout(self.tiles)
        charts = QHBoxLayout()
        self.per_day = BarChart(self.tr("Số hồ sơ tiếp nhận theo ngày"))
        self.per_day.clicked.connect(self.open_day)
        charts.addWidget(self.per_day, 3)
        shares = QVBoxLayout()
        self.status_bar = ShareBar(self.tr("Trạng thái hồ sơ tiếp nhận trong kỳ"))
        self.status_bar.clicked.connect(self.open_status)
        self.time_bar = ShareBar(self.tr("Kết quả: trước hạn / đúng hạn / quá hạn"))
        self.time_bar.clicked.connect(self.open_timeliness)
        shares.addWidget(self.status_bar)
        shares.addWidget(self.time_bar)
        charts.addLayout(shares, 2)
        layout.addLayout(charts)
        self.online = QLabel()
        self.online.setToolTip(self.tr("Hồ sơ nộp trên Cổng Dịch vụ công: kiểm tra và thông báo cho người nộp trong 8 giờ "
                                       "làm việc kể từ khi hệ thống nhận."))
        layout.addWidget(self.online)
        self.indicators = QTableWidget(0, 4)
        self.indicators.setHorizontalHeaderLabels([self.tr("Chỉ số"), self.tr("Giá trị"), self.tr("Tử số / mẫu số"),
                                                   self.tr("Cách tính")])
        self.indicators.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.indicators.setColumnWidth(0, 230)
        self.indicators.verticalHeader().hide()
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators.setMaximumHeight(170)
        layout.addWidget(self.indicators)

        lower = QSplitter(Qt.Orientation.Horizontal)
        self.tables = QTabWidget()
        self.dimension_tables: dict[str, QTableWidget] = {}
        for key, (label, _) in reports.DIMENSIONS.items():
            table = QTableWidget(0, len(reports.MEASURES) + 1)
            table.setHorizontalHeaderLabels(["", *[tr_label(SHORT[m]) for m in reports.MEASURES]])
            for c, m in enumerate(reports.MEASURES, 1):
                table.horizontalHeaderItem(c).setToolTip(tr_label(reports.MEASURE_LABELS[m]))
                table.setColumnWidth(c, 100 if m == "fees" else 78)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setMinimumSectionSize(60)
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.cellDoubleClicked.connect(lambda row, col, k=key: self.open_dimension(k, row, col))
            show_rows(table, 8)
            self.dimension_tables[key] = table
            self.tables.addTab(table, tr_label(label))
        lower.addWidget(self.tables)
        lists = QTabWidget()
        self.overdue_list = self._list_table()
        self.soon_list = self._list_table()
        lists.addTab(self.overdue_list, self.tr("Quá hạn"))
        lists.addTab(self.soon_list, self.tr("Sắp đến hạn"))
        lower.addWidget(lists)
        lower.setStretchFactor(0, 5)
        lower.setStretchFactor(1, 3)
        layout.addWidget(lower, 1)
        buttons = QHBoxLayout()
        self.csv_button = push_button(self.tr("Xuất bảng đang xem ra CSV"), lambda: self.export("csv"))
        self.xlsx_button = push_button(self.tr("Xuất mọi bảng ra Excel"), lambda: self.export("xlsx"))
        self.pdf_button = push_button(self.tr("Lưu báo cáo PDF"), lambda: self.export("pdf"))
        self.print_button = push_button(self.tr("In báo cáo (Ctrl+P)"), self.print_report)
        for b in (self.csv_button, self.xlsx_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_report)
        self._load_choices()
        self._dirty = True
        bus.on_dossiers(self._mark_dirty)
        self._apply_preset(self.preset.currentIndex())

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        """Figures are computed when the dashboard is looked at, not at start-up."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _list_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Hẹn trả"), self.tr("Ghi chú")])
        # every column keeps a readable width (the list scrolls sideways when narrow); the note
        # takes what is left when there is room
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((180, 150, 110, 160)):
            table.setColumnWidth(column, width)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.cellDoubleClicked.connect(lambda row, _c, t=table: self.open_filter.emit(
            DossierFilter(query=t.item(row, 0).text()), t.item(row, 0).text()))
        show_rows(table, 8)
        return table

    def _load_choices(self) -> None:
        choices = desk.report_choices(self.db)
        agency_list, procedure_list, officer_list = choices.agencies, choices.procedures, choices.officers
        for combo, items, all_label in ((self.agency, agency_list, self.tr("Mọi cơ quan")),
                                        (self.procedure, sorted(procedure_list, key=lambda x: x[1]), self.tr("Mọi thủ tục")),
                                        (self.officer, officer_list, self.tr("Mọi cán bộ"))):
            combo.clear()
            combo.addItem(all_label, None)
            for key, label in items:
                combo.addItem(label, key)

    def _apply_preset(self, index: int) -> None:
        today = clock.now().date()
        start, end = today, today
        if index == 1:
            start = today - timedelta(days=6)
        elif index == 2:
            start = today.replace(day=1)
        elif index == 3:
            end = today.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        elif index == 4:
            start = date(today.year, 1, 1)
        self.start.setDate(QDate(start))
        self.end.setDate(QDate(end))
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def current_filter(self) -> reports.ReportFilter:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            start, end = end, start
        return reports.ReportFilter(start, end, self.agency.currentData(), self.procedure.currentData(),
                                    self.officer.currentData())

    def refresh(self) -> None:
        """The figures, computed off the GUI thread (a year of dossiers takes a while)."""
        self._dirty = False
        f = self.current_filter()
        load(self, f"dashboard.load.{id(self)}", lambda: (reports.summary(self.db, f, overdue_limit=300),
                                                           queues(self.db, limit=300)["due_soon"]),
             self._show, label=self.tr("Đang tính báo cáo…"), disable=(self.refresh_button,))

    def _show(self, loaded) -> None:
        self.summary = s = loaded[0]
        due_soon = loaded[1]
        soon = list(due_soon.rows)
        values = {**s.totals, "overdue": s.overdue_count, "due_soon": due_soon.count}
        for key, button in self.tile_buttons.items():
            colour = "#b3261e" if key == "overdue" and values[key] else ("#ef6c00" if key == "due_soon" and values[key]
                                                                          else "#1565c0")
            button.setText(f"{_fmt(values[key])}\n{button.property('label')}")
            button.setStyleSheet(f"QPushButton {{ font-size: 15pt; color: {colour}; text-align: center; }}")
        self.per_day.set_items([(d, f"{d:%d/%m}", n) for d, n in s.per_day])
        self.status_bar.set_items([(st, tr_label(STATUS_LABELS[Status(st)]), n, QColor(STATUS_COLOURS[st - 1]))
                                   for st, n in s.statuses])
        self.time_bar.set_items([(k, tr_label(label), s.totals[k], QColor(c)) for k, label, c in TIMELINESS])
        o = s.online
        if o is not None:
            self.online.setText(self.tr("Hồ sơ trực tuyến: nhận {0} · kiểm tra đúng hạn {1} · kiểm tra trễ hạn {2} · đang chờ "
                                        "kiểm tra {3} (quá hạn {4})").format(o.received, o.on_time, o.late, o.waiting,
                                                                            o.overdue))
        self.indicators.setRowCount(0)
        for r, ind in enumerate(s.indicators):
            self.indicators.insertRow(r)
            value = "—" if ind.value is None else f"{ind.value:.1f}%".replace(".", ",")
            for c, text in enumerate((shown(ind.label), value, f"{_fmt(ind.numerator)} / {_fmt(ind.denominator)}",
                                      shown(ind.formula))):
                self.indicators.setItem(r, c, QTableWidgetItem(text))
        for key, table in self.dimension_tables.items():
            rows = s.by[key]
            table.setRowCount(0)
            for r, row in enumerate(rows):
                table.insertRow(r)
                item = QTableWidgetItem(shown(row.label))  # a name (data) or a label of a table
                item.setData(Qt.ItemDataRole.UserRole, row.key)
                table.setItem(r, 0, item)
                for c, m in enumerate(reports.MEASURES, 1):
                    cell = QTableWidgetItem(_fmt(row.values[m]))
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if m == "late" and row.values[m]:
                        cell.setForeground(QColor("#b3261e"))
                    table.setItem(r, c, cell)
        self._fill_list(self.overdue_list, [(o.code, o.applicant, o.due_at,
                                             self.tr("Trễ %1 ngày làm việc").replace("%1", f"{o.late_days:.1f}"))
                                            for o in s.overdue], QColor("#fde2e1"))
        self._fill_list(self.soon_list, [(q.row.code, q.row.applicant_name, q.row.due_at, shown(q.note)) for q in soon],
                        QColor("#fff4d6"))

    def _fill_list(self, table, rows, colour) -> None:
        table.setRowCount(0)
        for r, (code, name, due, note) in enumerate(rows):
            table.insertRow(r)
            for c, text in enumerate((code, name, f"{due:%H:%M %d/%m/%Y}", note.replace(".", ","))):
                item = QTableWidgetItem(text)
                item.setBackground(colour)
                table.setItem(r, c, item)

    # -- click a number, see those dossiers ---------------------------------------------------
    def _base(self, **extra) -> DossierFilter:
        f = self.current_filter()
        return DossierFilter(received_from=f.start, received_to=f.end, agency_code=f.agency_code,
                             procedure_code=f.procedure_code, officer_id=f.officer_id, **extra)

    def open_measure(self, key: str) -> None:
        label = self.tile_buttons[key].property("label")
        if key == "overdue":
            f = self.current_filter()
            flt = DossierFilter(overdue_at=clock.now(), agency_code=f.agency_code, procedure_code=f.procedure_code,
                                officer_id=f.officer_id, sort="due_asc")
        elif key == "due_soon":
            self.open_filter.emit(None, "due_soon")
            return
        else:
            extra = {"received": {}, "accepted": {"accepted": True}, "fees": {"accepted": True},
                     "supplement": {"has_supplement": True}, "refused": {"statuses": (int(Status.REFUSED),)},
                     "returned": {"statuses": (int(Status.RETURNED),)}}[key]
            flt = self._base(**extra)
        self.open_filter.emit(flt, label)

    def open_day(self, day) -> None:
        f = self.current_filter()
        self.open_filter.emit(DossierFilter(received_from=day, received_to=day, agency_code=f.agency_code,
                                            procedure_code=f.procedure_code, officer_id=f.officer_id),
                              self.tr("Tiếp nhận ngày %1").replace("%1", f"{day:%d/%m/%Y}"))

    def open_status(self, status) -> None:
        self.open_filter.emit(self._base(statuses=(int(status),)), tr_label(STATUS_LABELS[Status(status)]))

    def open_timeliness(self, key) -> None:
        self.open_filter.emit(self._base(timeliness=key), tr_label(dict((k, label) for k, label, _ in TIMELINESS)[key]))

    def open_dimension(self, dimension: str, row: int, _col: int) -> None:
        table = self.dimension_tables[dimension]
        key = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        field = {"procedure": "procedure_code", "agency": "agency_code", "officer": "officer_id", "channel": "channel",
                 "return_method": "return_method"}[dimension]
        value = int(key) if dimension in ("officer", "channel", "return_method") else key
        flt = self._base()
        setattr(flt, field, value)
        self.open_filter.emit(flt, table.item(row, 0).text())

    # -- output -----------------------------------------------------------------------------------
    def export(self, kind: str, target: str | None = None) -> Path | None:
        """Save the report: made and written off the GUI thread, its buttons disabled meanwhile;
        the path when it was saved at once (tests run ops inline), else None."""
        f = self.current_filter()
        name = f"bao-cao-{f.start:%Y%m%d}-{f.end:%Y%m%d}"
        if target is None:
            filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), f"{name}.{kind}", filters[kind])
            if not target:
                return None
        path = Path(target)
        summary, dimension = self.summary, list(reports.DIMENSIONS)[self.tables.currentIndex()]

        def work() -> Path:
            if kind == "csv":
                data = reports.export_csv(summary, [dimension])
            elif kind == "xlsx":
                data = reports.export_xlsx(summary)
            else:
                data = reports.report_pdf(self.db, f)
            write_atomic(path, data)
            return path

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Không lưu được"), shown_error(exc) if isinstance(exc, FileHeld)
                                else f"{path}: {shown(os_reason(exc))}" if isinstance(exc, OSError)
                                else ops.describe(exc, self.db))

        saved: list[Path] = []
        ops.Op(self, work, key="dashboard.export", label=self.tr("Đang lưu báo cáo…"), db=self.db) \
            .disable(self.csv_button, self.xlsx_button, self.pdf_button) \
            .success(lambda done: (saved.append(done), self.saved.emit(done))) \
            .failure(failed) \
            .run()
        return saved[0] if saved else None

    def print_report(self) -> None:
        f = self.current_filter()
        output.print_document(self, self.tr("Báo cáo tổng hợp"), lambda: reports.report_pdf(self.db, f))
