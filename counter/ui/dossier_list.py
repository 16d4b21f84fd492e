"""The dossier list: a real Qt model that fetches rows lazily in pages (never the whole table),
filters by status, procedure and date, and searches by code, name, ID number or phone."""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QPushButton,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter import clock
from counter.domain.status import OPEN_STATUSES, STATUS_LABELS, Status
from counter.services import desk
from counter.services.dossiers import DossierFilter, DossierRow
from counter.ui.labels import tr_label
from counter.ui.loading import load
from counter.ui import ops

PAGE = 200
ALL, OPEN = -1, 0  # status filter choices besides the status codes themselves
OVERDUE = QColor("#fde2e1")
DUE_TODAY = QColor("#fff4d6")


class DossierTableModel(QAbstractTableModel):
    """A window onto the dossiers: ids arrive in chunks by keyset pagination as the view scrolls
    (8 bytes a row), and row contents are read a page at a time into a small cache, so scrolling
    through a million rows never holds them all in memory."""

    loaded = Signal()  # a search's first page arrived
    HEADERS = ("Mã hồ sơ", "Người nộp", "Thủ tục", "Trạng thái", "Ngày nhận", "Hẹn trả")
    ID_CHUNK = 2000
    CACHED_PAGES = 20

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.filter = DossierFilter()
        self.ids = array("q")
        self._last_key = None
        self._exhausted = True
        self._pages: OrderedDict[int, dict[int, DossierRow]] = OrderedDict()
        self.total = 0
        self._headers = [tr_label(h) for h in self.HEADERS]
        self._generation = 0

    # lazy loading -------------------------------------------------------------------------
    def set_filter(self, flt: DossierFilter, then=None) -> None:
        """Search: the count and the first page are read off the GUI thread (a shared database
        may be slow or locked); the rows shown are replaced when they arrive, then ``then()``."""

        def shown(start: desk.ListStart) -> None:
            self._reset(flt, start)
            if then is not None:
                then()

        load(self, f"list.search.{id(self)}", lambda: desk.list_start(self.db, flt, PAGE), shown,
             label=self.tr("Đang tìm hồ sơ…"))

    def _reset(self, flt: DossierFilter, start: desk.ListStart) -> None:
        self.beginResetModel()
        self._generation += 1  # pages and chunks still arriving for the old search are dropped
        self.filter = flt
        self.ids = array("q")
        self._pages.clear()
        self._last_key, self._exhausted = None, len(start.ids) < PAGE
        self.total = start.total
        if start.ids:
            self.ids.extend(i for i, _ in start.ids)
            self._last_key = (start.ids[-1][1], start.ids[-1][0])
        self.endResetModel()
        self.loaded.emit()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()):
        """The next ids as the view scrolls, read off the GUI thread (never twice at once)."""
        key = f"list.more.{id(self)}"
        if ops.runner().is_running(key):
            return
        flt, after, generation = self.filter, self._last_key, self._generation
        ops.Op(self, lambda: desk.list_more(self.db, flt, after, self.ID_CHUNK), key=key) \
            .success(lambda chunk: self._more(chunk, generation)).run()

    def _more(self, chunk: list[tuple], generation: int) -> None:
        if generation != self._generation:
            return
        if len(chunk) < self.ID_CHUNK:
            self._exhausted = True
        if not chunk:
            return
        start = len(self.ids)
        self.beginInsertRows(QModelIndex(), start, start + len(chunk) - 1)
        self.ids.extend(i for i, _ in chunk)
        self._last_key = (chunk[-1][1], chunk[-1][0])
        self.endInsertRows()

    def row_at(self, row: int, wait: bool = True) -> DossierRow | None:
        """The row; a page not yet read is read off the GUI thread, and the view is told when it
        arrives (``wait=False``: None meanwhile, as the view asks while painting)."""
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self.ids[page * PAGE:(page + 1) * PAGE]
            if wait:
                self._keep(page, desk.list_rows(self.db, ids))
            else:
                self._read_page(page, ids)
            rows = self._pages.get(page)
            if rows is None:
                return None
        else:
            self._pages.move_to_end(page)
        return rows.get(self.ids[row])

    def _read_page(self, page: int, ids) -> None:
        key = f"list.page.{id(self)}.{page}"
        if ops.runner().is_running(key):
            return
        generation, asking = self._generation, [True]

        def arrived(rows: dict) -> None:
            if generation != self._generation:
                return
            self._keep(page, rows)
            last = min((page + 1) * PAGE, len(self.ids)) - 1
            if last >= page * PAGE and not asking:  # (read at once, inline: the view is answered directly)
                self.dataChanged.emit(self.index(page * PAGE, 0), self.index(last, len(self.HEADERS) - 1))

        ops.Op(self, lambda: desk.list_rows(self.db, ids), key=key).success(arrived).run()
        asking.clear()

    def _keep(self, page: int, rows: dict) -> None:
        self._pages[page] = rows
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)

    @property
    def rows(self) -> list[DossierRow]:
        """Every row fetched so far (for small lists and tests; the view never calls this)."""
        return [self.row_at(i) for i in range(len(self.ids))]

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # model -----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row(), wait=False)
        if row is None:  # its page is being read
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.code,
                row.applicant_name,
                row.procedure_name,
                tr_label(STATUS_LABELS[Status(row.status)]),
                f"{row.received_at:%d/%m/%Y %H:%M}",
                f"{row.due_at:%d/%m/%Y %H:%M}",
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return f"{row.procedure_code} — {row.procedure_name}"
        if role == Qt.ItemDataRole.BackgroundRole and row.status in OPEN_STATUSES:
            now = clock.now()
            if row.due_at < now:
                return QBrush(OVERDUE)
            if row.due_at.date() == now.date():
                return QBrush(DUE_TODAY)
        if role == Qt.ItemDataRole.UserRole:
            return row.code
        return None

    def code_at(self, row: int) -> str:
        return self.row_at(row).code


class DossierListPage(QWidget):
    open_requested = Signal(str)

    def __init__(self, db, bus, parent=None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.model = DossierTableModel(db, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self.load_procedures()
        self.model.loaded.connect(self._update_count)
        self.apply_filter()
        for signal in (bus.dossiers_changed, bus.synced):
            signal.connect(self.model.refresh)
        bus.office_changed.connect(self.load_procedures)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo mã hồ sơ, tên (có dấu hoặc không), số định danh, điện thoại…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first_if_code)
        bar.addWidget(self.search, 3)
        self.status = QComboBox()
        self.status.addItem(self.tr("Mọi trạng thái"), ALL)
        self.status.addItem(self.tr("Đang giải quyết"), OPEN)
        for status in Status:
            self.status.addItem(tr_label(status.label), int(status))
        self.status.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.status, 1)
        self.procedure = QComboBox()
        self.procedure.setMinimumContentsLength(24)
        self.procedure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.procedure.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.procedure, 2)
        self.use_dates = QCheckBox(self.tr("Từ ngày"))
        self.use_dates.toggled.connect(self.apply_filter)
        bar.addWidget(self.use_dates)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy")
            w.dateChanged.connect(lambda _d: self.use_dates.isChecked() and self.apply_filter())
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("đến")))
        bar.addWidget(self.date_to)
        for w in (self.date_from, self.date_to):  # editable only while the dates are used
            w.setEnabled(False)
            self.use_dates.toggled.connect(w.setEnabled)
        layout.addLayout(bar)
        self.external = QLabel()
        self.external.setStyleSheet("background: #e3f2fd; padding: 4px;")
        self.clear_external = QPushButton(self.tr("Bỏ lọc"))
        self.clear_external.clicked.connect(self.apply_filter)
        external_row = QHBoxLayout()
        external_row.addWidget(self.external, 1)
        external_row.addWidget(self.clear_external)
        layout.addLayout(external_row)
        self.external.hide()
        self.clear_external.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 215), (1, 190), (3, 135), (4, 140), (5, 140)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda idx: self.open_requested.emit(self.model.code_at(idx.row())))
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

    def load_procedures(self) -> None:
        procs = desk.procedure_choices(self.db)  # old dossiers too
        current = self.procedure.currentData()
        self.procedure.blockSignals(True)
        self.procedure.clear()
        self.procedure.addItem(self.tr("Mọi thủ tục"), None)
        for code, name in sorted(procs, key=lambda p: p[1]):
            self.procedure.addItem(name, code)
        index = self.procedure.findData(current)
        self.procedure.setCurrentIndex(max(index, 0))
        self.procedure.blockSignals(False)

    def current_filter(self) -> DossierFilter:
        dated = self.use_dates.isChecked()
        return DossierFilter(
            statuses=self.statuses(),
            procedure_code=self.procedure.currentData(),
            received_from=self.date_from.date().toPython() if dated else None,
            received_to=self.date_to.date().toPython() if dated else None,
            query=self.search.text(),
        )

    def statuses(self) -> tuple[int, ...]:
        choice = self.status.currentData()
        if choice == ALL:
            return ()
        return tuple(sorted(OPEN_STATUSES)) if choice == OPEN else (choice,)

    def apply_filter(self, then=None) -> None:
        self.external.hide()
        self.clear_external.hide()
        self.model.set_filter(self.current_filter(), then if callable(then) else None)

    def apply_external(self, flt, description: str) -> None:
        """A filter chosen elsewhere (a number on the dashboard), shown with what it means."""
        self.model.set_filter(flt)
        self.external.setText(self.tr("Đang xem: %1").replace("%1", description))
        self.external.show()
        self.clear_external.show()

    def _update_count(self) -> None:
        shown = self.model.total
        number = f"{shown:,}".replace(",", ".")
        self.count.setText(self.tr("%1 hồ sơ").replace("%1", number) if shown else self.tr("Không có hồ sơ nào khớp bộ lọc."))

    def _open_first_if_code(self) -> None:
        self._search_timer.stop()
        self.apply_filter(self._open_first)

    def _open_first(self) -> None:
        if self.model.rowCount() >= 1:
            self.table.selectRow(0)
            self.table.setFocus()
            if self.model.rowCount() == 1:
                self.open_requested.emit(self.model.code_at(0))

