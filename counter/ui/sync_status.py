"""Sync in the main window: online/offline, how many changes wait, when sync last succeeded, how
many need attention; "sync now" (F9); the needs-attention and conflicts dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from counter.domain.status import Status
from counter.services import audit, desk
from counter.sync import attention, inbound
from counter.sync.apply import resolve_conflict
from counter.sync.engine import sync_config
from counter.sync.postal import postal_config
from counter.sync.worker import SyncState, SyncWorker, read_state
from counter.ui import ops
from counter.ui.labels import shown, tr_label
from counter.ui.loading import load
from counter.ui.widgets import push_button

EVENT_KINDS = {"dossier.created": "Tạo hồ sơ", "dossier.status": "Cập nhật trạng thái",
               "dossier.updated": "Sửa thông tin", "attachment.added": "Bản quét",
               "attachment.signed": "Bản sao đã ký số"}
UPDATE_KINDS = {"status": "Trạng thái", "progress": "Tiến độ", "result": "Kết quả", "due": "Hạn mới",
                "step": "Bước tại quầy bị tỉnh từ chối"}
SOURCES = {"updates": "Cập nhật từ tỉnh", "calendar": "Lịch làm việc", "catalogue": "Danh mục thủ tục",
           "tracking": "Hành trình bưu chính"}


def _status_text(value) -> str:
    try:
        return tr_label(Status(int(value)).label)
    except (TypeError, ValueError):
        return ""


def side_text(side: dict | None) -> str:
    """One side of a conflict in a line: the state, then what is not yet agreed."""
    if not side:
        return ""
    parts = [_status_text(side.get("TrangThai"))]
    if side.get("NoiDungXuLy"):
        parts.append(str(side["NoiDungXuLy"]))
    if side.get("NguoiXuLy"):
        parts.append(str(side["NguoiXuLy"]))
    steps = [_status_text(step.get("TrangThai")) for step in side.get("ChuaGui") or [] if step.get("TrangThai")]
    if steps:
        parts.append(QCoreApplication.translate("SyncStatus", "chưa gửi: %1").replace("%1", " → ".join(steps)))
    return " — ".join(p for p in parts if p)


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
        self.now_button = push_button(self.tr("Đồng bộ ngay (F9)"), self.sync_now)
        for w in (self.light, self.text, self.attention, self.now_button):
            layout.addWidget(w)
        self.state: SyncState | None = None
        self.worker: SyncWorker | None = None
        self.allowed = start
        self._stopped = False
        bus.dossiers_changed.connect(self.wake)
        bus.office_changed.connect(self.start_if_configured)
        self.start_if_configured()

    def start_if_configured(self) -> None:
        """The worker thread runs only once a server is configured (and until the window closes)."""
        if self.worker is not None and self.worker.is_alive():
            self.worker.wake()
            return
        if not self.allowed:
            self._read_unconfigured()
            return

        load(self, f"sync.config.{id(self)}", self._configured, self._start_worker)

    def _configured(self) -> SyncState | None:
        """Off the GUI thread: None when a server is configured, else the state to show."""
        if sync_config(self.db) is None and postal_config(self.db) is None:
            return read_state(self.db, configured=False, online=None)
        return None

    def _read_unconfigured(self) -> None:
        load(self, f"sync.state.{id(self)}", lambda: read_state(self.db, configured=False, online=None), self.show_state)

    def _start_worker(self, unconfigured: SyncState | None) -> None:
        if unconfigured is not None:
            self.show_state(unconfigured)
            return
        if self.worker is not None and self.worker.is_alive():
            self.worker.wake()
            return
        if self._stopped:  # the window closed while the settings were read
            return
        self.worker = SyncWorker(self.db, lambda: sync_config(self.db), self.bridge.state.emit)
        self.worker.start()

    def wake(self) -> None:
        if self.worker is not None and self.worker.is_alive():
            self.worker.wake()

    def sync_now(self) -> bool:
        """F9: a round now. Without a server, the officer is told where to set one (F9 used to
        do nothing visible). The settings are read off the GUI thread; returns whether a round was
        started at once (tests run ops inline)."""
        started: list[bool] = []
        ops.Op(self, self._configured, key=f"sync.now.{id(self)}", label=self.tr("Đang đồng bộ…")) \
            .success(lambda unconfigured: started.append(self._sync_now(unconfigured))).run()
        return bool(started and started[0])

    def _sync_now(self, unconfigured: SyncState | None) -> bool:
        if unconfigured is not None:
            text = self.tr("Chưa thiết lập máy chủ đồng bộ của tỉnh: vào Thiết lập (Ctrl+,) → Đồng bộ để nhập địa chỉ "
                           "và mã truy cập. Hồ sơ vẫn được lưu an toàn trên máy này.")
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(text, 15000)
            self.text.setToolTip(text)
            self.show_state(unconfigured)
            return False
        self.text.setText(self.tr("Đang đồng bộ…"))
        self.start_if_configured()
        return True

    def stop(self) -> None:
        self._stopped = True
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
        self.text.setText(self.tr("%1 · Chờ gửi: %2 · Đồng bộ lần cuối: %3").replace("%2", str(state.pending))
                          .replace("%3", last).replace("%1", status))
        self.text.setToolTip(shown(state.last_error))
        issues = state.needs_attention
        self.attention.setText(self.tr("Cần xử lý: %1").replace("%1", str(issues)))
        self.attention.setStyleSheet("color: #b3261e; font-weight: bold;" if issues else "color: #555;")
        if state.last_result is not None and state.last_result.applied:
            self.bus.synced.emit()

    def unsent(self) -> int:
        return desk.unsent(self.db)

    def show_attention(self) -> None:
        AttentionDialog(self.db, self).exec()
        self.wake()


def _table(headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    for col, width in enumerate(widths):
        table.setColumnWidth(col, width)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple]) -> None:
    """Rows of (id, text, text, …): the id rides on every cell."""
    table.setRowCount(0)
    for r, (row_id, *values) in enumerate(rows):
        table.insertRow(r)
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(r, c, item)


class AttentionDialog(QDialog):
    """What needs an officer: records the province refused (with its message), disagreements with
    the province (both sides shown), and what was received but failed validation (with why)."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.status_widget = parent
        self.setWindowTitle(self.tr("Đồng bộ: cần cán bộ xử lý"))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()

        self.rejected = _table([self.tr("Mã hồ sơ"), self.tr("Loại"), self.tr("Lúc"), self.tr("Lý do máy chủ tỉnh từ chối")],
                               (215, 150, 120))
        page, pv = self._page(self.tr("Sửa hồ sơ theo lý do, rồi bấm 'Gửi lại'. Các hồ sơ khác vẫn được gửi bình thường."),
                              self.rejected)
        row = QHBoxLayout()
        self.open_button = push_button(self.tr("Mở hồ sơ"), self._open)
        self.requeue_button = push_button(self.tr("Gửi lại"), self.requeue_selected)
        row.addWidget(self.open_button)
        row.addStretch()
        row.addWidget(self.requeue_button)
        pv.addLayout(row)
        self.tabs.addTab(page, self.tr("Bị từ chối"))

        self.conflicts = _table([self.tr("Mã hồ sơ"), self.tr("Loại"), self.tr("Tại quầy"), self.tr("Tại tỉnh"),
                                 self.tr("Vì sao chưa thống nhất")], (215, 150, 220, 240))
        page, pv = self._page(self.tr("Quầy và tỉnh đang khác nhau về các hồ sơ này: chọn bản giữ lại. Bản được chọn "
                                      "sẽ được ghi ở cả hai nơi."), self.conflicts)
        row = QHBoxLayout()
        self.apply_button = push_button(self.tr("Theo bản của tỉnh"), lambda: self.resolve(True))
        self.keep_button = push_button(self.tr("Giữ bản tại quầy"), lambda: self.resolve(False))
        row.addStretch()
        row.addWidget(self.keep_button)
        row.addWidget(self.apply_button)
        pv.addLayout(row)
        self.tabs.addTab(page, self.tr("Xung đột"))

        self.received = _table([self.tr("Nguồn"), self.tr("Số"), self.tr("Lúc nhận"), self.tr("Vì sao không dùng được")],
                               (190, 90, 120))
        page, pv = self._page(self.tr("Các mục nhận từ tỉnh hoặc bưu chính không hợp lệ: không được áp dụng, các mục "
                                      "khác vẫn được áp dụng. Báo cho nơi gửi, rồi bấm 'Đã xem'."), self.received)
        self.received_text = QPlainTextEdit()
        self.received_text.setReadOnly(True)
        self.received_text.setMaximumHeight(90)
        self.received_text.setPlaceholderText(self.tr("Chọn một dòng để xem nội dung đã nhận."))
        pv.addWidget(self.received_text)
        self.received.itemSelectionChanged.connect(self._show_received)
        row = QHBoxLayout()
        self.dismiss_button = push_button(self.tr("Đã xem"), self.dismiss_selected)
        row.addStretch()
        row.addWidget(self.dismiss_button)
        pv.addLayout(row)
        self.tabs.addTab(page, self.tr("Nhận không hợp lệ"))
        layout.addWidget(self.tabs)
        self.load()

    @staticmethod
    def _page(intro: str, table: QTableWidget) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        pv = QVBoxLayout(page)
        label = QLabel(intro)
        label.setWordWrap(True)
        pv.addWidget(label)
        pv.addWidget(table)
        return page, pv

    def _actor(self) -> audit.Actor:
        window = self.status_widget.window() if self.status_widget is not None else None
        return getattr(window, "actor", None) or audit.SYSTEM

    def load(self) -> None:
        """What needs an officer, read off the GUI thread."""
        load(self, f"sync.attention.{id(self)}", lambda: attention.attention(self.db), self._show,
             label=self.tr("Đang tải các mục cần xử lý…"))

    def _show(self, found: attention.Attention) -> None:
        events = [(e.id, e.dossier_code, tr_label(EVENT_KINDS.get(e.kind, e.kind)),
                   f"{e.last_attempt_at:%H:%M %d/%m/%Y}" if e.last_attempt_at else "", shown(e.last_error))
                  for e in found.refused]
        conflicts = [(c.id, c.dossier_code, tr_label(UPDATE_KINDS.get(c.kind, "")),
                      side_text(c.local), side_text(c.province), shown(c.reason)) for c in found.conflicts]
        self.received_items = {q.id: q.summary for q in found.quarantined}
        received = [(q.id, tr_label(SOURCES.get(q.source, q.source)), q.remote_id, f"{q.received_at:%H:%M %d/%m/%Y}",
                     shown(q.reason)) for q in found.quarantined]
        _fill(self.rejected, events)
        _fill(self.conflicts, conflicts)
        _fill(self.received, received)
        self.received_text.clear()
        self.tabs.setTabText(0, self.tr("Bị từ chối (%1)").replace("%1", str(len(events))))
        self.tabs.setTabText(1, self.tr("Xung đột (%1)").replace("%1", str(len(conflicts))))
        self.tabs.setTabText(2, self.tr("Nhận không hợp lệ (%1)").replace("%1", str(len(received))))

    def _selected(self, table) -> tuple[int | None, str | None]:
        row = table.currentRow()
        if row < 0 or table.item(row, 0) is None:
            return None, None
        return table.item(row, 0).data(Qt.ItemDataRole.UserRole), table.item(row, 0).text()

    def _open(self) -> None:
        _, code = self._selected(self.rejected)
        if code and self.status_widget is not None:
            self.status_widget.open_dossier.emit(code)

    def _show_received(self) -> None:
        item_id, _ = self._selected(self.received)
        self.received_text.setPlainText(self.received_items.get(item_id, "") if item_id is not None else "")

    def requeue_selected(self) -> None:
        event_id, _ = self._selected(self.rejected)
        if event_id is None:
            return
        self._write(lambda: desk.requeue(self.db, event_id), "sync.requeue", self.tr("Chưa gửi lại được"),
                    self.requeue_button)

    def _write(self, work, key: str, problem: str, button) -> None:
        """An officer's decision, written off the GUI thread (the database may be locked by
        another counter); the lists are read again afterwards, whatever happened."""
        ops.Op(self, work, key=key, label=self.tr("Đang ghi…"), db=self.db, title=problem) \
            .disable(button) \
            .always(self.load) \
            .run()

    def resolve(self, apply: bool) -> None:
        conflict_id, _ = self._selected(self.conflicts)
        if conflict_id is None:
            return
        actor = self._actor()
        self._write(lambda: resolve_conflict(self.db, conflict_id, apply=apply, actor=actor), "sync.resolve",
                    self.tr("Chưa xử lý được"), self.apply_button if apply else self.keep_button)

    def dismiss_selected(self) -> None:
        item_id, _ = self._selected(self.received)
        if item_id is None:
            return
        actor = self._actor()
        self._write(lambda: inbound.dismiss(self.db, item_id, actor), "sync.dismiss", self.tr("Chưa xử lý được"),
                    self.dismiss_button)
