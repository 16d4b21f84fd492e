"""Sync in the main window: online/offline, how many changes wait, when sync last succeeded, how
many need attention; "sync now" (F9); the needs-attention and conflicts dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter.services.errors import user_errors
from counter.sync import outbox
from counter.sync.apply import open_conflicts, resolve_conflict
from counter.sync.engine import sync_config
from counter.sync.worker import SyncState, SyncWorker, read_state
from counter.ui.labels import tr_label


EVENT_KINDS = {"dossier.created": "Tạo hồ sơ", "dossier.status": "Cập nhật trạng thái",
               "dossier.updated": "Sửa thông tin", "attachment.added": "Bản quét",
               "attachment.signed": "Bản sao đã ký số"}
UPDATE_KINDS = {"status": "Trạng thái", "progress": "Tiến độ", "result": "Kết quả", "due": "Hạn mới"}


class SyncBridge(QObject):
    """Hands the worker thread's news to the GUI thread (a queued signal)."""

    state = Signal(object)


class SyncStatus(QWidget):
    open_dossier = Signal(str)

    def __init__(self, db, bus, parent=None, *, start: bool = True):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.bridge = SyncBridge(self)
        self.bridge.state.connect(self.show_state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.light = QLabel()
        self.text = QLabel()
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("Chưa thiết lập đồng bộ · Chờ gửi: 0000 · Đồng bộ lần cuối: 00:00 00/00") + 8)
        self.attention = QPushButton()
        self.attention.setFlat(True)
        self.attention.clicked.connect(self.show_attention)
        self.now_button = QPushButton(self.tr("Đồng bộ ngay (F9)"))
        self.now_button.clicked.connect(self.sync_now)
        for w in (self.light, self.text, self.attention, self.now_button):
            layout.addWidget(w)
        self.state: SyncState | None = None
        self.worker: SyncWorker | None = None
        self.allowed = start
        bus.dossiers_changed.connect(self.wake)
        bus.office_changed.connect(self.start_if_configured)
        self.start_if_configured()

    def start_if_configured(self) -> None:
        """The worker thread runs only once a server is configured (and until the window closes)."""
        if self.worker is not None and self.worker.is_alive():
            self.worker.wake()
            return
        from counter.services.postal import postal_config

        if not self.allowed or (sync_config(self.db) is None and postal_config(self.db) is None):
            self.show_state(read_state(self.db, configured=False, online=None))
            return
        self.worker = SyncWorker(self.db, lambda: sync_config(self.db), self.bridge.state.emit)
        self.worker.start()

    def wake(self) -> None:
        if self.worker is not None and self.worker.is_alive():
            self.worker.wake()

    def sync_now(self) -> None:
        self.text.setText(self.tr("Đang đồng bộ…"))
        self.start_if_configured()

    def stop(self) -> None:
        if self.worker is not None and self.worker.is_alive():
            self.worker.stop()

    def show_state(self, state: SyncState) -> None:
        self.state = state
        if not state.configured:
            self.light.setText("○")
            self.light.setStyleSheet("color: #777;")
            status = self.tr("Chưa thiết lập đồng bộ")
        elif state.running:
            self.light.setText("●")
            self.light.setStyleSheet("color: #1565c0;")
            status = self.tr("Đang đồng bộ")
        elif state.online:
            self.light.setText("●")
            self.light.setStyleSheet("color: #2e7d32;")
            status = self.tr("Trực tuyến")
        else:
            self.light.setText("●")
            self.light.setStyleSheet("color: #b3261e;")
            status = self.tr("Ngoại tuyến")
        last = f"{state.last_success:%H:%M %d/%m}" if state.last_success else self.tr("chưa có")
        self.text.setText(status + " · " + self.tr("Chờ gửi: %1").replace("%1", str(state.pending)) + " · "
                          + self.tr("Đồng bộ lần cuối: %1").replace("%1", last))
        self.text.setToolTip(state.last_error)
        issues = state.attention + state.conflicts
        self.attention.setText(self.tr("Cần xử lý: %1").replace("%1", str(issues)))
        self.attention.setStyleSheet("color: #b3261e; font-weight: bold;" if issues else "color: #555;")
        if state.last_result is not None and state.last_result.applied:
            self.bus.synced.emit()

    def unsent(self) -> int:
        with self.db.read() as session:
            stats = outbox.stats(session)
        return stats.pending + stats.attention

    def show_attention(self) -> None:
        AttentionDialog(self.db, self).exec()
        self.wake()


class AttentionDialog(QDialog):
    """Records the province refused (with its message) and its updates held back as conflicts."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.status_widget = parent
        self.setWindowTitle(self.tr("Đồng bộ: cần cán bộ xử lý"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.rejected = QTableWidget(0, 4)
        self.rejected.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Loại"), self.tr("Lúc"), self.tr("Lý do máy chủ tỉnh từ chối")])
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.verticalHeader().hide()
        for col, width in ((0, 215), (1, 150), (2, 120)):
            self.rejected.setColumnWidth(col, width)
        self.rejected.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.rejected.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        page = QWidget()
        pv = QVBoxLayout(page)
        pv.addWidget(QLabel(self.tr("Sửa hồ sơ theo lý do, rồi bấm 'Gửi lại'. Các hồ sơ khác vẫn được gửi bình thường.")))
        pv.addWidget(self.rejected)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Mở hồ sơ"))
        self.open_button.clicked.connect(self._open)
        self.requeue_button = QPushButton(self.tr("Gửi lại"))
        self.requeue_button.clicked.connect(self.requeue_selected)
        row.addWidget(self.open_button)
        row.addStretch()
        row.addWidget(self.requeue_button)
        pv.addLayout(row)
        self.tabs.addTab(page, self.tr("Bị từ chối"))
        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Cập nhật từ tỉnh"), self.tr("Nội dung"), self.tr("Vì sao chưa áp dụng")])
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.conflicts.verticalHeader().hide()
        for col, width in ((0, 215), (1, 150), (2, 260)):
            self.conflicts.setColumnWidth(col, width)
        self.conflicts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.conflicts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        page = QWidget()
        pv = QVBoxLayout(page)
        pv.addWidget(QLabel(self.tr("Tỉnh đã thay đổi các hồ sơ này trong khi quầy cũng có thay đổi chưa gửi: chọn bản giữ lại.")))
        pv.addWidget(self.conflicts)
        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Áp dụng thay đổi của tỉnh"))
        self.apply_button.clicked.connect(lambda: self.resolve(True))
        self.keep_button = QPushButton(self.tr("Giữ bản tại quầy"))
        self.keep_button.clicked.connect(lambda: self.resolve(False))
        row.addStretch()
        row.addWidget(self.keep_button)
        row.addWidget(self.apply_button)
        pv.addLayout(row)
        self.tabs.addTab(page, self.tr("Xung đột"))
        layout.addWidget(self.tabs)
        self.load()

    def load(self) -> None:
        with self.db.read() as session:
            events = [(e.id, e.dossier_code, tr_label(EVENT_KINDS.get(e.kind, e.kind)), e.last_attempt_at, e.last_error)
                      for e in outbox.attention_list(session)]
            conflicts = [(c.id, c.dossier_code, tr_label(UPDATE_KINDS.get(c.update.get("kind", ""), c.update.get("kind", ""))),
                          (c.update.get("data") or {}).get("NoiDungXuLy", ""), c.reason) for c in open_conflicts(session)]
        self.rejected.setRowCount(0)
        for r, (eid, code, kind, at, error) in enumerate(events):
            self.rejected.insertRow(r)
            for c, value in enumerate((code, kind, f"{at:%H:%M %d/%m/%Y}" if at else "", error)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, eid)
                self.rejected.setItem(r, c, item)
        self.conflicts.setRowCount(0)
        for r, (cid, code, kind, content, reason) in enumerate(conflicts):
            self.conflicts.insertRow(r)
            for c, value in enumerate((code, kind, content, reason)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, cid)
                self.conflicts.setItem(r, c, item)
        self.tabs.setTabText(0, self.tr("Bị từ chối (%1)").replace("%1", str(len(events))))
        self.tabs.setTabText(1, self.tr("Xung đột (%1)").replace("%1", str(len(conflicts))))

    def _selected(self, table) -> tuple[int | None, str | None]:
        row = table.currentRow()
        if row < 0:
            return None, None
        return table.item(row, 0).data(Qt.ItemDataRole.UserRole), table.item(row, 0).text()

    def _open(self) -> None:
        _, code = self._selected(self.rejected)
        if code and self.status_widget is not None:
            self.status_widget.open_dossier.emit(code)

    def requeue_selected(self) -> None:
        event_id, _ = self._selected(self.rejected)
        if event_id is None:
            return
        try:
            with self.db.write() as session:
                outbox.requeue(session, event_id)
        except user_errors() as exc:
            QMessageBox.warning(self, self.tr("Chưa gửi lại được"), str(exc))
        self.load()

    def resolve(self, apply: bool) -> None:
        conflict_id, _ = self._selected(self.conflicts)
        if conflict_id is None:
            return
        try:
            resolve_conflict(self.db, conflict_id, apply=apply)
        except user_errors() as exc:
            QMessageBox.warning(self, self.tr("Chưa xử lý được"), str(exc))
        self.load()
