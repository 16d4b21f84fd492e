"""Never a silent crash: an unexpected error is logged (masked), the intake being typed is kept
as a draft, and the officer sees a plain Vietnamese dialog with what to do and the details to
copy for whoever supports the office.

Installed by ``counter.ui.app.run``:
- ``sys.excepthook`` and ``threading.excepthook``: a Python exception nobody caught, in a slot,
  a timer or a background thread;
- Qt's message handler: Qt's own warnings go to the log; a fatal Qt message saves the draft
  before Qt ends the process;
- ``faulthandler`` writes a native crash (a segmentation fault) into ``crash.log`` beside the log
  file, so even that leaves a trace; the draft saved every few seconds survives it.
"""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
import threading
import time
import traceback
from typing import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, QtMsgType, QUrl, Signal, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from counter import __version__, logs

log = logging.getLogger("counter.crash")

_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def details(exc_type, exc, tb) -> str:
    """What support needs: version, platform, the masked traceback."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    head = (f"Counter {__version__} · Python {platform.python_version()} · PySide6 {pyside_version} · "
            f"{platform.platform()}\n{time.strftime('%Y-%m-%d %H:%M:%S')}\n"
            + (QCoreApplication.translate("CrashDialog", "Nhật ký: %1").replace("%1", str(logs.state.file))
               if logs.state.file else "") + "\n\n")
    return logs.mask(head + text)


class CrashDialog(QDialog):
    """What happened, what was kept, what to do; the details to copy; carry on or close."""

    def __init__(self, text: str, draft_kept: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counter gặp lỗi ngoài dự kiến"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.details = text
        layout = QVBoxLayout(self)
        kept = (self.tr("Hồ sơ đang nhập dở đã được giữ lại: nếu phải mở lại Counter, hồ sơ đó sẽ được đề nghị "
                        "khôi phục.") if draft_kept else "")
        intro = QLabel(
            self.tr("<p><b>Counter vừa gặp một lỗi ngoài dự kiến.</b> Các hồ sơ đã tiếp nhận đều an toàn trong cơ sở "
                    "dữ liệu.</p>") + (f"<p>{kept}</p>" if kept else "")
            + self.tr("<p><b>Nên làm:</b></p><ol><li>Bấm <b>Sao chép chi tiết</b> rồi dán vào tin nhắn hoặc thư gửi "
                      "người hỗ trợ phần mềm (kèm tệp nhật ký nếu được hỏi).</li><li>Bấm <b>Tiếp tục làm việc</b>. "
                      "Nếu Counter hoạt động bất thường, bấm <b>Đóng Counter</b> rồi mở lại.</li></ol>"))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        where = QLabel(self.tr("Tệp nhật ký: %1").replace("%1", str(logs.state.file)) if logs.state.file
                       else self.tr("Tệp nhật ký: (không ghi được)"))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(140)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Sao chép chi tiết"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        self.folder_button = QPushButton(self.tr("Mở thư mục nhật ký"))
        self.folder_button.clicked.connect(open_log_folder)
        self.folder_button.setEnabled(logs.state.file is not None)
        row.addWidget(self.folder_button)
        row.addStretch()
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("Tiếp tục làm việc"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Đóng Counter"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.accept)
        self.quit_button.clicked.connect(self.quit)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.quit_requested = False
        from counter.ui.printing import fit_to_screen  # lazy: pdfium (heavy), only to read a PDF

        fit_to_screen(self, 720, 520)
        self.continue_button.setDefault(True)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Đã sao chép"))

    def quit(self) -> None:
        self.quit_requested = True
        self.reject()
        QApplication.instance().exit(1)


def open_log_folder() -> None:
    if logs.state.file is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs.state.file.parent)))


class CrashHandler(QObject):
    """Routes every uncaught exception to the GUI thread and shows one dialog at a time."""

    crashed = Signal(str)

    def __init__(self, save_draft: Callable[[], bool] | None = None):
        super().__init__()
        self.save_draft = save_draft or (lambda: False)
        self.dialog: CrashDialog | None = None
        self.count = 0
        self._last_shown = 0.0
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _keep_draft(self) -> bool:
        try:
            return bool(self.save_draft())
        except Exception:  # the crash may come from the screen whose draft we try to save
            log.exception("intake draft could not be saved after an error", extra=logs.FILE_ONLY)
            return False

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.instance().exit(130)
            return
        self.count += 1
        log.critical("uncaught error", exc_info=(exc_type, exc, tb), extra=logs.FILE_ONLY)
        self.crashed.emit(details(exc_type, exc, tb))

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        if time.monotonic() - self._last_shown < 2.0 and self.count > 3:
            return  # an error repeating in a loop: not a wall of dialogs
        draft_kept = self._keep_draft()
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(text, draft_kept, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self._last_shown = time.monotonic()
        self.dialog.open()

    def _forget(self, *_args) -> None:
        self.dialog = None

    def qt_message(self, mode: QtMsgType, context, message: str) -> None:
        level = _QT_LEVELS.get(mode, logging.WARNING)
        log.log(level, "Qt: %s (%s:%s)", message, context.file or "?", context.line, extra=logs.FILE_ONLY)
        if mode == QtMsgType.QtFatalMsg:
            self._keep_draft()  # Qt ends the process when this returns
            logging.shutdown()


_native_log = None


def install(save_draft: Callable[[], bool] | None = None, *, native: bool = True) -> CrashHandler:
    """Take over uncaught errors for the life of the application (``native``: also native crashes
    into crash.log)."""
    global _native_log
    handler = CrashHandler(save_draft)
    sys.excepthook = handler.handle
    threading.excepthook = handler.handle_thread
    qInstallMessageHandler(handler.qt_message)
    if native and logs.state.file is not None and _native_log is None:
        try:
            _native_log = open(logs.state.file.with_name("crash.log"), "a", encoding="utf-8")
            faulthandler.enable(_native_log)
        except OSError as exc:
            log.warning("native crash log not enabled: %r", exc)
    return handler
