"""The postal queue: parcels to hand to the postman today, in transit, delivered, and problems
(returned to sender, refused by the operator) — with labels, the postman's signed list,
cancelling and sending again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from counter.services import postal
from counter.services.errors import UserError
from counter.sync.postal import operator_cancel, postal_config
from counter.ui import output
from counter.ui.labels import shown, shown_error, tr_label
from counter.ui.ops import Op
from counter.ui.loading import load
from counter.ui.widgets import push_button, number_keys

COLOURS = {"hand_over": "#1565c0", "in_transit": "#6a1b9a", "delivered": "#2e7d32", "problems": "#b3261e"}


class PostalPage(QWidget):
    open_requested = Signal(str)

    def __init__(self, db, actor, bus, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.bus = db, actor, bus
        self.rows: list[postal.OrderRow] = []
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.list.currentRowChanged.connect(self._show)
        layout.addWidget(self.list)
        right = QVBoxLayout()
        self.title = QLabel()
        right.addWidget(self.title)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Số đơn hàng"), self.tr("Mã vận đơn"), self.tr("Người nhận"),
                                              self.tr("Địa chỉ"), self.tr("Trạng thái"), self.tr("Diễn biến gần nhất")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 240), (1, 120), (2, 170), (4, 170), (5, 240)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.activated.connect(lambda index: self.open_requested.emit(self.rows[index.row()].dossier_code))
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.handover_button = push_button(self.tr("Bàn giao cho bưu tá và in danh sách (Ctrl+B)"), self.handover_selected)
        self.label_button = push_button(self.tr("In nhãn địa chỉ (Ctrl+L)"), self.print_labels)
        self.cancel_button = push_button(self.tr("Hủy đơn"), self.cancel_selected)
        self.resend_button = push_button(self.tr("Gửi lại"), self.resend_selected)
        self.waybill_button = QPushButton(self.tr("Nhập mã vận đơn…"))
        self.waybill_button.setToolTip(self.tr("Không có kết nối với bưu điện: gõ hoặc quét mã vận đơn bưu điện dán "
                                               "trên bưu gửi"))
        self.waybill_button.clicked.connect(self.enter_waybill)
        self.track_button = QPushButton(self.tr("Cập nhật trạng thái…"))
        self.track_button.setToolTip(self.tr("Không có kết nối với bưu điện: ghi diễn biến bưu điện báo (đang "
                                             "chuyển, đã phát, chuyển hoàn)"))
        self.track_button.clicked.connect(self.track_selected)
        for b in (self.handover_button, self.waybill_button, self.label_button, self.cancel_button, self.resend_button,
                  self.track_button):
            buttons.addWidget(b)
        buttons.addStretch()
        right.addLayout(buttons)
        layout.addLayout(right, 1)
        number_keys(self.list, len(postal.QUEUES))
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.handover_selected)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.print_labels)
        bus.on_dossiers(self.refresh)
        self.refresh()
        self.list.setCurrentRow(0)

    def counts(self) -> dict[str, int]:
        return postal.counts(self.db)

    def current_key(self) -> str:
        return postal.QUEUES[max(self.list.currentRow(), 0)][0]

    def refresh(self) -> None:
        """The queues' counts and the current queue, read off the GUI thread."""
        key = self.current_key()
        load(self, f"postal.load.{id(self)}", lambda: (postal.counts(self.db), key, postal.queue(self.db, key)),
             self._loaded, label=self.tr("Đang tải bưu gửi…"))

    def _loaded(self, loaded) -> None:
        counts, key, rows = loaded
        if key != self.current_key():  # the officer chose another queue meanwhile
            rows = None
        current = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for i, (key, label) in enumerate(postal.QUEUES):
            item = QListWidgetItem(f"{i + 1}. {tr_label(label)}  ({counts[key]})")
            if counts[key]:
                item.setForeground(QBrush(QColor(COLOURS[key])))
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._show(current, rows)

    def _show(self, index: int, rows: list | None = None) -> None:
        if index < 0:
            return
        key, label = postal.QUEUES[index]
        self.rows = rows if rows is not None else postal.queue(self.db, key)
        self.title.setText(f"<b style='color:{COLOURS[key]}'>{tr_label(label)}</b>: {len(self.rows)}")
        self.table.setRowCount(0)
        for r, row in enumerate(self.rows):
            self.table.insertRow(r)
            values = (row.number, row.tracking_code, row.receiver, row.address, tr_label(postal.STATE_LABELS[row.state]),
                      f"{row.at:%H:%M %d/%m} — {shown(row.note)}")
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.handover_button.setVisible(key == "hand_over")
        self.cancel_button.setVisible(key == "hand_over")
        self.resend_button.setVisible(key == "problems")
        self.waybill_button.setVisible(key == "hand_over")
        self.track_button.setVisible(key == "in_transit")

    def choose_dossier(self, code: str) -> bool:
        """Show the queue holding this dossier's parcel and select it (a scan at the counter)."""
        for index, (key, _label) in enumerate(postal.QUEUES):
            rows = postal.queue(self.db, key)
            for r, row in enumerate(rows):
                if row.dossier_code == code:
                    self.list.setCurrentRow(index)
                    self.table.selectRow(r)
                    self.table.setFocus()
                    return True
        return False

    def selected(self) -> list[postal.OrderRow]:
        return [self.rows[i.row()] for i in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())]

    def handover_selected(self) -> str | None:
        """Hand the chosen parcels to the postman and print the list he signs. Without the
        operator's connection, a parcel without a waybill number goes too: the signed list is
        the proof, and the number can be typed later."""
        offline = postal_config(self.db) is None
        chosen = [r for r in self.selected() if r.state == "created" or offline and r.state == "pending"]
        if not chosen:
            QMessageBox.information(self, self.tr("Bàn giao bưu gửi"),
                                    self.tr("Chọn các bưu gửi đã có mã vận đơn (đã tạo đơn) để bàn giao."))
            return None
        question = self.tr("Họ tên bưu tá nhận:")
        if any(r.state == "pending" for r in chosen):
            question = self.tr("Bưu gửi chưa có mã vận đơn được bàn giao theo danh sách in có chữ ký bưu tá; mã vận đơn "
                               "nhập sau.\nHọ tên bưu tá nhận:")
        postman, ok = QInputDialog.getText(self, self.tr("Bàn giao cho bưu tá"), question)
        if not ok:
            return None
        ids, actor = [r.id for r in chosen], self.actor()

        def done(number: str) -> None:
            output.print_document(self, self.tr("Danh sách bàn giao bưu gửi %1").replace("%1", number),
                                  lambda: postal.handover_list_pdf(self.db, number))

        done_at_once = self._write(lambda: postal.handover_to_postman(self.db, ids, actor, postman=postman or "Bưu tá",
                                                                      without_waybill=offline),
                                   "postal.handover", self.tr("Chưa bàn giao được"), self.handover_button, done)
        return done_at_once[0] if done_at_once else None

    def _write(self, work, key: str, problem: str, button, then=None) -> list:
        """A write off the GUI thread (the database may be locked by another counter), its button
        disabled meanwhile; a problem is said under ``problem``. The result, in a list, when it
        was done at once (tests run ops inline)."""
        results: list = []

        def done(result) -> None:
            results.append(result)
            if then is not None:
                then(result)

        Op(self, work, key=key, label=self.tr("Đang ghi…"), bus=self.bus, changes=("dossiers",), db=self.db,
           title=problem).disable(button).success(done).run()
        return results

    def _each(self, rows, write) -> list[str]:
        """On the worker: ``write`` for each parcel; what could not be done, parcel by parcel."""
        problems = []
        for row in rows:
            try:
                write(row)
            except UserError as exc:
                problems.append(f"{row.number}: {shown_error(exc)}")
        return problems

    def _told(self, title: str):
        def tell(problems: list[str]) -> None:
            if problems:
                QMessageBox.warning(self, title, "\n".join(problems))
        return tell

    def enter_waybill(self) -> bool:
        """The waybill number of the selected parcel, typed or scanned."""
        rows = [r for r in self.selected() if r.state in ("pending", "created")]
        if len(rows) != 1:
            QMessageBox.information(self, self.tr("Nhập mã vận đơn"), self.tr("Chọn một bưu gửi đang chờ bàn giao."))
            return False
        row = rows[0]
        code, ok = QInputDialog.getText(self, self.tr("Nhập mã vận đơn"),
                                        self.tr("Mã vận đơn của bưu gửi %1 (gửi %2):").replace("%1", row.number)
                                        .replace("%2", row.receiver), text=row.tracking_code)
        if not ok:
            return False
        actor = self.actor()
        return bool(self._write(lambda: postal.enter_waybill(self.db, row.id, code, actor) or True, "postal.waybill",
                                self.tr("Chưa nhập được mã vận đơn"), self.waybill_button))

    def track_selected(self) -> bool:
        """What the post office reported for the selected parcels, set by hand."""
        rows = [r for r in self.selected() if r.state in ("handed_over", "collected", "in_transit")]
        if not rows:
            QMessageBox.information(self, self.tr("Cập nhật trạng thái"), self.tr("Chọn bưu gửi đã giao bưu tá."))
            return False
        labels = [tr_label(postal.STATE_LABELS[s]) for s in postal.MANUAL_STATES]
        choice, ok = QInputDialog.getItem(self, self.tr("Cập nhật trạng thái"),
                                          self.tr("Bưu điện báo (%n bưu gửi):", "", len(rows)), labels, 0, False)
        if not ok:
            return False
        state, actor = postal.MANUAL_STATES[labels.index(choice)], self.actor()
        self._write(lambda: self._each(rows, lambda row: postal.track_by_hand(self.db, row.id, state, actor)),
                    "postal.track", self.tr("Chưa cập nhật được"), self.track_button,
                    self._told(self.tr("Chưa cập nhật được")))
        return True

    def print_labels(self) -> None:
        for row in self.selected():
            output.print_document(self, self.tr("Nhãn bưu gửi %1").replace("%1", row.number),
                                    lambda number=row.number: postal.label_pdf(self.db, number))

    def cancel_selected(self) -> None:
        """Cancelling an order created at the operator calls the operator: off the GUI thread
        (counter.ui.ops), so a hanging network never freezes the window."""
        rows, actor = self.selected(), self.actor()
        cancel_at_operator = operator_cancel(postal_config(self.db))

        def work():
            problems = []
            for row in rows:
                try:
                    postal.cancel(self.db, row.id, actor, cancel_at_operator)
                except UserError as exc:  # the network down or hanging: said, not a crash
                    problems.append(f"{row.number}: {shown_error(exc)}")
            return problems

        def done(problems) -> None:
            if problems:
                QMessageBox.warning(self, self.tr("Không hủy được"), "\n".join(problems))
            self.refresh()

        Op(self, work, key="postal.cancel", label=self.tr("Đang hủy đơn bưu chính…"), bus=self.bus,
           changes=("dossiers",), db=self.db).disable(self.cancel_button).success(done).run()

    def resend_selected(self) -> None:
        rows, actor = self.selected(), self.actor()
        self._write(lambda: self._each(rows, lambda row: postal.resend(self.db, row.id, actor)), "postal.resend",
                    self.tr("Không gửi lại được"), self.resend_button, self._told(self.tr("Không gửi lại được")))
