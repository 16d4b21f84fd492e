"""The main window: intake and list tabs, the scan field, the officer on duty."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QEvent, QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from counter.domain.status import Status
from counter.services import accounts, desk
from counter.services.audit import Actor
from counter.domain.codes import code_from_scan
from counter.ui import labels, ops
from counter.ui.bus import Bus
from counter.ui.dashboard import Dashboard
from counter.ui.dossier_list import DossierListPage
from counter.ui.dossier_view import DossierDialog
from counter.ui.intake import IntakePage
from counter.ui.postal import PostalPage
from counter.ui.queues import QueuesPage
from counter.ui.scanner import KEEPS_SCANS, ScanCatcher
from counter.ui.settings import SettingsDialog
from counter.ui.sync_status import SyncStatus
from counter import clock
from counter.domain.status import ReturnMethod
from counter.services.attachments import import_folder
from counter.services.errors import UserError
from counter.services.lifecycle import close_expired_supplements
from counter.ui import preferences
from counter.ui.about import AboutDialog
from counter.ui.book import BookDialog
from counter.ui.online import OnlinePage
from counter.ui.printers import PrintersDialog
from counter.ui.signin import ChangePasswordDialog, LockDialog
from counter.ui.signing import holder
from counter.ui import warmup


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, db, parent: QWidget | None = None, *, sync: bool = True, actor: Actor | None = None):
        super().__init__(parent)
        self.actor = actor or _default_actor(db)
        self.db = db
        self._sync_enabled = sync
        self.bus = Bus(self)
        self.setWindowTitle(self.tr("Counter — Bộ phận Một cửa"))
        self.resize(1280, 670)  # fits the counters' 1366×705 with the title bar; restore_geometry may change it

        self.tabs = QTabWidget()
        self.intake = IntakePage(db, self.current_actor, self.bus)
        self.list_page = DossierListPage(db, self.bus)
        self.list_page.open_requested.connect(self.open_dossier)
        self.queues = QueuesPage(db, self.current_actor, self.bus)
        self.queues.open_requested.connect(self.open_dossier)
        self.tabs.addTab(self.intake, self.tr("Tiếp nhận hồ sơ (Ctrl+1)"))
        self.tabs.addTab(self.list_page, self.tr("Danh sách hồ sơ (Ctrl+2)"))
        self.tabs.addTab(self.queues, self.tr("Việc cần làm (Ctrl+3)"))
        self.postal = PostalPage(db, self.current_actor, self.bus)
        self.postal.open_requested.connect(self.open_dossier)
        self.tabs.addTab(self.postal, self.tr("Bưu chính (Ctrl+4)"))
        self.dashboard = Dashboard(db, self.bus)
        self.dashboard.open_filter.connect(self.show_dossiers)
        self.tabs.addTab(self.dashboard, self.tr("Báo cáo (Ctrl+5)"))

        self.online = OnlinePage(db, self.current_actor, self.bus)
        self.online.changed.connect(self._update_online_tab)
        self.tabs.addTab(self.online, self.tr("Hồ sơ trực tuyến (Ctrl+6)"))
        self._update_online_tab()
        self.queues.loaded.connect(self._update_queue_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._update_queue_tab()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.scan_answer = QLabel()  # an unknown scan, said where the officer looks: under the scan field
        self.scan_answer.setWordWrap(True)
        self.scan_answer.setTextFormat(Qt.TextFormat.RichText)
        self.scan_answer.setStyleSheet("QLabel { background: #b3261e; color: white; font-size: 12pt; padding: 8px; }")
        self.scan_answer.hide()
        column.addWidget(self.scan_answer)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.beeps = 0
        self._toolbar()
        self._status_bar()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, accounts.lock_minutes(db)) * 60 * 1000)
        self._idle.timeout.connect(lambda: self.lock(by_hand=False))
        QApplication.instance().installEventFilter(self)
        self._idle.start()
        self.bus.office_changed.connect(self._update_status)
        self.bus.office_changed.connect(self._watch_scan_folder)
        self.scan_watcher = QFileSystemWatcher(self)
        self.scan_watcher.directoryChanged.connect(lambda _path: self._scan_timer.start())
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(3000)  # let the scanner finish writing
        self._scan_timer.timeout.connect(lambda: self._in_background(self.import_scans))
        self._watch_scan_folder()
        self._housekeeping = QTimer(self)
        self._housekeeping.setInterval(10 * 60 * 1000)
        self._housekeeping.timeout.connect(lambda: self._in_background(self.sweep))
        self._closing = QTimer(self)
        self._closing.setInterval(60 * 1000)
        self._closing.timeout.connect(lambda: self._in_background(self.closing_time_check))
        self._closing.start()
        self._housekeeping.start()
        self._shared = QTimer(self)  # other counters on a shared database change dossiers too
        self._shared.setInterval(60 * 1000)
        self._shared.timeout.connect(lambda: self._in_background(self._others_changed))
        if not db.is_sqlite:
            self._shared.start()
        QTimer.singleShot(0, lambda: self._in_background(self.sweep))
        QTimer.singleShot(0, lambda: warmup.start(self, self.db, scan_folder=bool(self.scan_watcher.directories())))
        self.restore_geometry()

    def _in_background(self, task) -> None:
        """A timer's task, through counter.ui.ops like every other piece of work. ``task`` is a
        method split in two: its ``work`` part runs off the GUI thread, its ``shown`` part
        on it. A database that cannot be reached right now (a shared server down, the network
        cable out) is said in the status bar and tried again at the next tick; the officer's
        work on screen is not interrupted. The same task never runs twice at once."""
        work, shown = task()
        ops.Op(self, work, key=f"timer.{getattr(task, '__name__', task)}", bus=self.bus) \
            .success(shown).failure(self._background_failed).run()

    def _background_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.statusBar().showMessage(labels.shown_error(exc), 15000)
            return
        log.warning("background task: %s", exc.__class__.__name__)
        self.statusBar().showMessage(self.tr("Không kết nối được cơ sở dữ liệu; Counter sẽ thử lại sau ít phút."),
                                     30000)

    # -- chrome -------------------------------------------------------------------------------
    def _action(self, text: str, keys: str | QKeySequence.StandardKey | None, slot) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Thao tác"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.new_action = self._action(self.tr("Hồ sơ mới"), "Ctrl+N", self.new_dossier)
        self.print_action = self._action(self.tr("In giấy biên nhận"), "Ctrl+P", self.print_receipt)
        self.settings_action = self._action(self.tr("Thiết lập"), "Ctrl+,", self.open_settings)
        for action in (self.new_action, self.print_action, self.settings_action):
            bar.addAction(action)
        self.book_action = self._action(self.tr("Sổ theo dõi"), "Ctrl+Shift+B", self.export_book)
        bar.addAction(self.book_action)
        self.printers_action = self._action(self.tr("Máy in"), None, self.choose_printers)
        bar.addAction(self.printers_action)
        self.about_action = self._action(self.tr("Giới thiệu"), "F1", self.show_about)
        bar.addAction(self.about_action)
        self._action(self.tr("Tiếp nhận"), "Ctrl+1", lambda: self.tabs.setCurrentIndex(0))
        self._action(self.tr("Danh sách"), "Ctrl+2", lambda: self.tabs.setCurrentIndex(1))
        self._action(self.tr("Việc cần làm"), "Ctrl+3", self.show_queues)
        self._action(self.tr("Bưu chính"), "Ctrl+4", lambda: self.tabs.setCurrentWidget(self.postal))
        self._action(self.tr("Báo cáo"), "Ctrl+5", self.show_dashboard)
        self._action(self.tr("Hồ sơ trực tuyến"), "Ctrl+6", lambda: self.tabs.setCurrentWidget(self.online))
        self._action(self.tr("Ô quét mã"), "F6", self.focus_scan)
        self._action(self.tr("Tìm hồ sơ"), "Ctrl+F", self.focus_list_search)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Quét mã (F6): ")))
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Quét mã vạch trên giấy biên nhận hoặc gõ mã hồ sơ rồi Enter"))
        self.scan.setMinimumWidth(380)
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.scan_entered)
        self.scan.textEdited.connect(lambda _text: self.scan_answer.hide())
        self.scan.setProperty(KEEPS_SCANS, True)
        self.list_page.search.setProperty(KEEPS_SCANS, True)
        bar.addWidget(self.scan)
        self.scanner = ScanCatcher(self)  # a scan typed into any field goes to the look-up
        self.scanner.found.connect(self.look_up)

    def _status_bar(self) -> None:
        status = self.statusBar()
        self.db_label = QLabel()
        # the office's line gives way on a narrow window (it is cut) so that the
        # sync state, the officer and the lock button never overlap
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        status.addWidget(self.db_label, 1)
        self.sync_status = SyncStatus(self.db, self.bus, self, start=self._sync_enabled)
        self.sync_status.open_dossier.connect(self.open_dossier)
        status.addPermanentWidget(self.sync_status)
        self.plain_http_warning = QLabel(self.tr("⚠ Đồng bộ không mã hóa (HTTP)"))
        self.plain_http_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.plain_http_warning.setToolTip(self.tr("Máy chủ đồng bộ dùng http:// không mã hóa theo thiết lập cho phép "
                                                   "rõ ràng: dữ liệu hồ sơ đi trên mạng có thể bị đọc. Chuyển sang "
                                                   "https:// càng sớm càng tốt."))
        self.plain_http_warning.hide()
        status.addPermanentWidget(self.plain_http_warning)
        self.read_only_label = QLabel(self.tr("CHỈ XEM: dữ liệu không ghi được"))
        self.read_only_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.read_only_label.setVisible(bool(getattr(self.db, "read_only", "")))
        status.addPermanentWidget(self.read_only_label)
        self._action(self.tr("Đồng bộ ngay"), "F9", self.sync_status.sync_now)
        self._action(self.tr("Thoát"), "Ctrl+Q", self.request_quit)
        self.officer_label = QLabel()
        status.addPermanentWidget(self.officer_label)
        self.lock_button = QPushButton(self.tr("Khóa (F12)"))
        self.lock_button.clicked.connect(lambda: self.lock(by_hand=True))
        status.addPermanentWidget(self.lock_button)
        self._action(self.tr("Khóa màn hình"), "F12", lambda: self.lock(by_hand=True))
        self.busy = ops.BusyIndicator(status)
        self._show_officer()
        self._update_status()

    def _update_status(self) -> None:
        line = desk.status_line(self.db)
        counter = self.tr("Quầy %1").replace("%1", str(line.slot)) if line.slot_usable else self.tr("Chưa có số quầy") \
            if line.slot is None else self.tr("Số quầy bị trùng")
        text = f"{line.office_name} · {counter} · " + self.tr("Danh mục %1").replace("%1", line.catalogue_version)
        where = self.db.display_url
        self.db_label.setText(text)
        self.db_label.setStyleSheet("" if line.slot_usable else "color: #b3261e;")
        self.db_label.setToolTip(self.tr("Dữ liệu: %1").replace("%1", where))

        self.plain_http_warning.setVisible(line.plain_http_risk)

    def _show_officer(self) -> None:
        roles = {"officer": self.tr("cán bộ"), "supervisor": self.tr("lãnh đạo"), "admin": self.tr("quản trị"),
                 "system": self.tr("hệ thống")}
        self.officer_label.setText(self.tr("Cán bộ: %1 (%2)").replace("%1", f"<b>{self.actor.name}</b>")
                                   .replace("%2", roles.get(self.actor.role, "")))
        self.dashboard_index = self.tabs.indexOf(self.dashboard)
        self.tabs.setTabVisible(self.dashboard_index, accounts.allowed(self.actor, "reports.view"))

    def current_actor(self) -> Actor:
        return self.actor

    # -- idle lock -------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._idle.start()
        return False

    def lock(self, by_hand: bool = False) -> bool:
        """Lock the counter: the same officer's password, or another officer, opens it. Locked by
        F12 or the button, it says so (not "after idle minutes")."""
        self._idle.stop()
        dialog = LockDialog(self.db, self.actor, desk.office_name(self.db), self, by_hand=by_hand)
        self.lock_dialog = dialog
        dialog.exec()
        if dialog.actor is not None and dialog.actor != self.actor:
            holder().forget()  # another officer: their own key and PIN
            self.actor = dialog.actor
            self._show_officer()
            self.bus.officer_changed.emit()
        self._idle.start()
        return True

    # -- actions -------------------------------------------------------------------------------
    def new_dossier(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.confirm_new_dossier()

    def print_receipt(self) -> None:
        if self.tabs.currentWidget() is self.intake:
            self.intake.print_receipt("a4")
        else:
            index = self.list_page.table.currentIndex()
            if index.isValid():
                self.open_dossier(self.list_page.model.code_at(index.row()))

    def open_settings(self) -> None:
        if not accounts.allowed(self.actor, "office.edit"):
            ChangePasswordDialog(self.db, self.actor, self).exec()
            return
        SettingsDialog(self.db, self.current_actor, self.bus, self).exec()
        self._idle.start(max(1, accounts.lock_minutes(self.db)) * 60 * 1000)

    def show_dashboard(self) -> None:
        if accounts.allowed(self.actor, "reports.view"):
            self.tabs.setCurrentWidget(self.dashboard)
        else:
            self.statusBar().showMessage(self.tr("Chỉ lãnh đạo và quản trị viên xem được báo cáo."), 8000)

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def focus_list_search(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.search.setFocus()
        self.list_page.search.selectAll()

    def scan_entered(self) -> None:
        text = self.scan.text().strip()
        if text:
            self.look_up(text)

    def look_up(self, text: str) -> DossierDialog | None:
        """A scanned (or typed) code: open its dossier; a citizen who came for a result starts the
        hand-over — at the counter, or the postal queue when the result goes by post. The look-up
        runs off the GUI thread (a shared database may be slow or locked); the dossier opens when
        it answers. Returns the dialog when it opened at once (tests run ops inline)."""
        code = code_from_scan(text)
        opened: list = []
        ops.Op(self, lambda: desk.find_dossier(self.db, code), key="scan.look_up",
               label=self.tr("Đang tìm hồ sơ %1…").replace("%1", code), db=self.db) \
            .success(lambda found: opened.append(self._looked_up(code, found))) \
            .run()
        return opened[0] if opened else None

    def _looked_up(self, code: str, found: str | None) -> DossierDialog | None:
        if found is None:
            self.unknown_scan(code)
            return None
        self.scan_answer.hide()
        self.scan.clear()
        dialog = self.open_dossier(found)

        def shown() -> None:  # once the dossier has been read
            if dialog.status == Status.PROCESSED:
                if dialog.return_method == ReturnMethod.POST:
                    QTimer.singleShot(0, lambda: self.offer_postal_handover(found))
                else:  # a citizen came for the result: start the return
                    QTimer.singleShot(0, dialog.do_return)

        if dialog.detail is not None:
            shown()
        else:
            dialog.loaded.connect(shown, Qt.ConnectionType.SingleShotConnection)
        return dialog

    def unknown_scan(self, code: str) -> None:
        """Unmissable and in place: the whole code in a red band under the scan field, a sound, and
        the field holding the code, selected, so the next scan replaces it."""
        self.scan_answer.setText(self.tr("Không tìm thấy hồ sơ có mã %1. Kiểm tra mã trên giấy biên nhận, hoặc quét lại.")
                                 .replace("%1", f"<b>{code}</b>"))
        self.scan_answer.show()
        self.beeps += 1
        QApplication.beep()
        self.scan.setText(code)
        self.scan.setFocus()
        self.scan.selectAll()

    def offer_postal_handover(self, code: str) -> None:
        """The result of this dossier goes by post: the postal queue, its parcel chosen."""
        self.tabs.setCurrentWidget(self.postal)
        self.postal.choose_dossier(code)
        self.statusBar().showMessage(self.tr("Hồ sơ %1 trả kết quả qua bưu chính: bàn giao bưu gửi cho bưu tá "
                                             "(Ctrl+B).").replace("%1", code), 15000)

    def open_dossier(self, code: str) -> DossierDialog:
        dialog = DossierDialog(self.db, code, self.current_actor, self, bus=self.bus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.queues:
            self.queues.refresh()
            self._update_queue_tab()
        elif self.tabs.widget(index) is self.postal:
            self.postal.refresh()

    def show_dossiers(self, flt, description: str) -> None:
        """From the dashboard: the dossiers behind a number."""
        if flt is None and description == "due_soon":
            self.show_queues()
            self.queues.list.setCurrentRow(1)
            return
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.apply_external(flt, description)

    def show_queues(self) -> None:
        self.tabs.setCurrentWidget(self.queues)
        self.queues.refresh()
        self.queues.list.setFocus()

    def _update_queue_tab(self) -> None:
        counts = self.queues.counts()
        urgent = counts.get("overdue", 0) + counts.get("forward", 0) + counts.get("ready", 0)
        label = self.tr("Việc cần làm (Ctrl+3)")
        self.tabs.setTabText(2, f"{label} · {urgent}" if urgent else label)
        self.tabs.tabBar().setTabTextColor(2, Qt.GlobalColor.darkRed if counts.get("overdue") else Qt.GlobalColor.black)

    def _update_online_tab(self) -> None:
        rows = self.online.rows
        index = self.tabs.indexOf(self.online)
        label = self.tr("Hồ sơ trực tuyến (Ctrl+6)")
        self.tabs.setTabText(index, f"{label} · {len(rows)}" if rows else label)
        self.tabs.tabBar().setTabTextColor(index, Qt.GlobalColor.darkRed if any(r.urgency == "red" for r in rows)
                                           else Qt.GlobalColor.black)

    def _others_changed(self):
        """On a shared database: the work queues and their count on the tab, once a minute (not
        while the officer is choosing dossiers in a queue: the choice would be lost)."""
        def shown(_none) -> None:
            if self.tabs.currentWidget() is self.queues and self.queues.table.selectedItems():
                return
            self.queues.refresh()
            self._update_queue_tab()

        return (lambda: None), shown

    def sweep(self):
        """Close dossiers whose supplement deadline passed (runs at start and every 10 minutes)."""
        def shown(closed) -> None:
            if closed:
                self.statusBar().showMessage(self.tr("Đã đóng %1 hồ sơ quá hạn bổ sung.").replace(
                    "%1", str(len(closed))), 15000)
                self.bus.dossiers_changed.emit()

        return (lambda: close_expired_supplements(self.db)), shown

    def scan_folder(self) -> str:
        return desk.scan_folder(self.db)

    def _watch_scan_folder(self) -> None:
        if self.scan_watcher.directories():
            self.scan_watcher.removePaths(self.scan_watcher.directories())
        folder = self.scan_folder()
        if folder:
            self.scan_watcher.addPath(folder)
            self._scan_timer.start()

    def import_scans(self):
        """The scan folder, imported off the GUI thread (a 50 MB scan must not freeze the window)."""
        actor = self.current_actor()

        def work():
            folder = desk.scan_folder(self.db)
            return import_folder(self.db, folder, actor) if folder else None

        def shown(report) -> None:
            if report is None or not (report.imported or report.unmatched or report.failed):
                return
            text = self.tr("Bản quét: đã nhập %1").replace("%1", str(len(report.imported)))
            if report.unmatched:
                text += self.tr(", %1 tệp không nhận ra mã hồ sơ (trong thư mục chua-nhan-dang)").replace(
                    "%1", str(len(report.unmatched)))
            if report.failed:
                text += self.tr(", %1 tệp lỗi: %2").replace("%2", labels.shown(report.failed[0][1])).replace(
                    "%1", str(len(report.failed)))
            self.statusBar().showMessage(text, 20000)
            self.bus.dossiers_changed.emit()

        return work, shown

    def choose_printers(self) -> None:
        dialog = PrintersDialog(self)
        self.printers_dialog = dialog
        dialog.exec()

    def show_about(self) -> None:
        dialog = AboutDialog(self.db, self)
        self.about_dialog = dialog
        dialog.exec()

    def offer_saved_draft(self) -> bool:
        """At start: an intake left unaccepted when Counter last stopped is offered back."""
        self.tabs.setCurrentWidget(self.intake)
        return self.intake.draft_keeper.offer()

    # -- where the window was ----------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """The size and place of last time, kept on the screen (a second monitor may be gone)."""
        saved = preferences.window_geometry("main")
        if saved is None:
            return
        self.restoreGeometry(saved)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_placed", False):  # once shown, the frame's size is known
            self._placed = True
            self.keep_on_screen()

    def keep_on_screen(self) -> None:
        frame = self.frameGeometry()
        if any(screen.availableGeometry().contains(frame) for screen in QApplication.screens()):
            return
        # partly or wholly off the screens there are now (a second monitor unplugged): pull it in
        area = (QApplication.screenAt(frame.center()) or QApplication.primaryScreen()).availableGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        self.resize(min(self.width(), area.width() - extra_w), min(self.height(), area.height() - extra_h))
        x = min(max(frame.x(), area.left()), area.right() + 1 - self.width() - extra_w)
        y = min(max(frame.y(), area.top()), area.bottom() + 1 - self.height() - extra_h)
        self.move(max(x, area.left()), max(y, area.top()))

    def save_geometry(self) -> None:
        preferences.save_window_geometry("main", self.saveGeometry())

    def export_book(self) -> None:
        BookDialog(self.db, self).exec()

    def close_warnings(self) -> list[str]:
        warnings = []
        if self.intake.has_unsaved_input():
            warnings.append(self.tr("Hồ sơ đang nhập chưa được tiếp nhận và sẽ mất nếu thoát."))
        unsent = self.sync_status.unsent()
        if unsent:
            warnings.append(self.tr("Còn %1 thay đổi chưa gửi lên hệ thống tỉnh. Dữ liệu vẫn an toàn trên máy này và sẽ "
                                    "tự gửi lần sau khi mở Counter có mạng.").replace("%1", str(unsent)))
        return warnings

    def confirm_quit(self) -> bool:
        warnings = self.close_warnings()
        if not warnings:
            return True
        answer = QMessageBox.question(self, self.tr("Thoát Counter?"),
                                      self.tr("%1\n\nVẫn thoát?").replace("%1", "\n\n".join(warnings)),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def request_quit(self) -> None:
        """Ctrl+Q: ask first, then close."""
        if self.confirm_quit():
            self._confirmed = True
            self.close()

    def closeEvent(self, event) -> None:
        # The officer closing the window (a spontaneous event) is asked first; a close already
        # confirmed through Ctrl+Q, or requested by the program, is not asked again.
        if event.spontaneous() and not getattr(self, "_confirmed", False) and not self.confirm_quit():
            event.ignore()
            return
        if event.spontaneous() or getattr(self, "_confirmed", False):
            self.intake.draft_keeper.discard()  # the officer was told it would be lost, and chose to quit
        self.save_geometry()
        self.sync_status.stop()
        for timer in (self._idle, self._scan_timer, self._housekeeping, self._closing, self._shared):
            timer.stop()

        holder().forget()  # the token is signed out with the window; the PIN is never kept
        event.accept()

    def closing_time_check(self):
        """Fifteen minutes before the office closes, warn once a day if changes are still unsent."""
        def work():
            now = clock.now()
            return now, desk.office_hours(self.db, now.date()), desk.unsent(self.db)

        def shown(found) -> None:
            now, hours, unsent = found
            if not hours or getattr(self, "_warned_on", None) == now.date():
                return
            end = hours[-1][1]
            if not (end - timedelta(minutes=15) <= now <= end) or not unsent:
                return
            self._warned_on = now.date()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sắp hết giờ làm việc"),
                              self.tr("Còn %1 thay đổi chưa gửi lên hệ thống tỉnh. Kiểm tra kết nối mạng và bấm "
                                      "'Đồng bộ ngay' (F9) trước khi nghỉ.").replace("%1", str(unsent)),
                              QMessageBox.StandardButton.Ok, self)
            box.setModal(False)
            box.show()
            self.closing_box = box

        return work, shown


def _default_actor(db) -> Actor:
    """Without a sign-in (tools, tests): the administrator of the office."""
    return desk.default_actor(db)
