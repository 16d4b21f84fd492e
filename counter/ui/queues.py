"""Work queues: to forward today, due soon, overdue, results ready, waiting for a supplement,
scans not yet signed — each with its count and colour; keys 1–6 switch queue, Enter opens a dossier, and paper dossiers
to forward go to a department in one batch with a signed hand-over list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from counter import clock
from counter.services import desk, forms, lifecycle
from counter.services.queues import QUEUES
from counter.ui import labels, output
from counter.ui.actions import ForwardDialog
from counter.ui.labels import tr_label
from counter.ui.loading import load
from counter.ui.widgets import push_button, number_keys

COLOURS = {"forward": "#1565c0", "due_soon": "#ef6c00", "overdue": "#b3261e", "ready": "#2e7d32", "supplement": "#6d4c41",
           "unsigned": "#8e24aa"}
URGENT = QColor("#fde2e1")


class QueuesPage(QWidget):
    open_requested = Signal(str)
    loaded = Signal()  # the queues were read again (their counts changed, perhaps)

    def __init__(self, db, actor, bus, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.bus = db, actor, bus
        self.data = {}
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setMaximumWidth(280)
        self.list.currentRowChanged.connect(self._show)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        self.digitised = QLabel()
        self.digitised.setWordWrap(True)
        self.digitised.setMaximumWidth(280)
        self.digitised.setToolTip(self.tr("Chỉ tiêu số hóa hồ sơ: số hồ sơ tiếp nhận trong tháng có bản sao điện tử "
                                          "đã ký số chia cho tổng số hồ sơ tiếp nhận trong tháng."))
        left.addWidget(self.digitised)
        layout.addLayout(left)
        right = QVBoxLayout()
        self.title = QLabel()
        right.addWidget(self.title)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"),
                                              self.tr("Hẹn trả"), self.tr("Ghi chú")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the note reads whole
        for col, width in ((0, 215), (1, 180), (3, 130)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.activated.connect(lambda index: self.open_requested.emit(self.table.item(index.row(), 0).text()))
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.batch_button = push_button(self.tr("Bàn giao hồ sơ đã chọn và in danh sách (Ctrl+B)"), self.handover_selected)
        buttons.addWidget(self.batch_button)
        buttons.addStretch()
        refresh = push_button(self.tr("Làm mới (F5)"), self.refresh)
        buttons.addWidget(refresh)
        right.addLayout(buttons)
        layout.addLayout(right, 1)
        number_keys(self.list, len(QUEUES))
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.handover_selected)
        bus.on_dossiers(self.refresh)
        self.refresh()
        self.list.setCurrentRow(0)

    def refresh(self) -> None:
        """The queues, read off the GUI thread (a shared database may be slow or locked)."""
        today = clock.now().date()
        load(self, f"queues.load.{id(self)}", lambda: desk.queues_view(self.db, today), self._loaded,
             label=self.tr("Đang tải việc cần làm…"))

    def _loaded(self, view: desk.QueuesView) -> None:
        self.data = view.queues
        scanned, total = view.digitised, view.received
        share = f"{100 * scanned / total:.0f}%" if total else "—"
        self.digitised.setText(self.tr("Số hóa hồ sơ tháng này (bản sao đã ký số): %1/%2 (%3)").replace("%1", str(scanned))
                               .replace("%2", str(total)).replace("%3", share))
        current = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for i, (key, label) in enumerate(QUEUES):
            queue = self.data[key]
            item = QListWidgetItem(f"{i + 1}. {tr_label(label)}  ({queue.count:,})".replace(",", "."))
            item.setData(Qt.ItemDataRole.UserRole, key)
            if queue.count:
                item.setForeground(QBrush(QColor(COLOURS[key])))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._show(current)
        self.loaded.emit()

    def counts(self) -> dict[str, int]:
        return {key: q.count for key, q in self.data.items()}

    def current_key(self) -> str:
        return QUEUES[max(self.list.currentRow(), 0)][0]

    def _show(self, index: int) -> None:
        if index < 0 or not self.data:
            return
        key, label = QUEUES[index]
        queue = self.data[key]
        shown = len(queue.rows)
        title = (self.tr("%1: %2 hồ sơ") if shown >= queue.count
                 else self.tr("%1: %2 hồ sơ — hiển thị %3 hồ sơ đầu").replace("%3", str(shown)))
        self.title.setText(title.replace("%2", f"{queue.count:,}".replace(",", "."))
                           .replace("%1", f"<b style='color:{COLOURS[key]}'>{tr_label(label)}</b>"))
        self.table.setRowCount(0)
        for r, qrow in enumerate(queue.rows):
            self.table.insertRow(r)
            values = (qrow.row.code, qrow.row.applicant_name, qrow.row.procedure_name,
                      f"{qrow.row.due_at:%H:%M %d/%m/%Y}", labels.shown(qrow.note))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if qrow.urgent:
                    item.setBackground(URGENT)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()  # a long note wraps onto a second line, deadline included
        self.batch_button.setVisible(key == "forward")

    def selected_codes(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).text() for r in rows]

    def handover_selected(self) -> str | None:
        if self.current_key() != "forward":
            return None
        codes = self.selected_codes()
        if not codes:
            QMessageBox.information(self, self.tr("Bàn giao hồ sơ"), self.tr("Chọn các hồ sơ cần bàn giao trong danh sách."))
            return None
        destinations = list(dict.fromkeys(self._destination(code) for code in codes))
        self.batch_number = None

        def run(to_party, receiver):
            self.batch_number = lifecycle.handover_batch(self.db, codes, self.actor(), to_party=to_party,
                                                         receiver=receiver)

        dialog = ForwardDialog(destinations, run, self, self.tr("Bàn giao %1 hồ sơ giấy").replace("%1", str(len(codes))))
        self.batch_dialog = dialog
        if dialog.exec() != ForwardDialog.DialogCode.Accepted or self.batch_number is None:
            return None
        self.bus.dossiers_changed.emit()
        number = self.batch_number
        output.print_document(self, self.tr("Danh sách bàn giao %1").replace("%1", number), lambda: forms.handover_list_pdf(self.db, number))
        return number

    def _destination(self, code: str) -> str:
        return desk.forward_destination(self.db, code)
