"""Starting the desktop application."""

from __future__ import annotations

import gc
import logging
import sys
import time

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from counter import STARTED, logs, paths
from counter.services import accounts, safekeeping
from counter.services.errors import UserError
from counter.services.setup import ensure_initialised
from counter.services.units import load_units
from counter.store.db import open_database, read_only_message
from counter.ui import crash
from counter.ui.signin import FirstAdminDialog, SignInDialog
from counter.ui.labels import fill, shown, shown_error
from counter.ui.ops import describe
from counter.ui import ops
from counter.services.desk import office_name
from counter import environment

log = logging.getLogger(__name__)

#: what was wrong with the bundled files when the window started (shown to the officer once)
startup_problems: list[str] = []


def install_translations(app: QApplication) -> list[QTranslator]:
    """Our source texts are Vietnamese, and the interface is Vietnamese whatever the machine's
    locale (counter PCs often run an English system). ``COUNTER_LANG=en`` loads
    resources/i18n/counter_en.qm. Qt's own texts (standard buttons, print dialogs) get our
    bundled Vietnamese translation, since Qt ships none."""
    language = environment.get("COUNTER_LANG", "vi")
    names = ["qtbase_vi"] if language == "vi" else [f"counter_{language}"]
    translators = []
    for name in names:
        translator = QTranslator(app)
        try:
            translator.data = paths.resource_bytes("i18n", f"{name}.qm")  # Qt reads it in place: keep it alive
        except paths.ResourceError as exc:
            startup_problems.append(shown_error(exc))
            continue
        if translator.load(translator.data):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            startup_problems.append(fill(app.translate("app", "Tệp dịch giao diện %1.qm bị hỏng: một số chữ trên các hộp "
                                                         "thoại chuẩn có thể hiện bằng tiếng Anh. %2"),
                                         name, shown(paths.reinstall_hint())))
    if language != "vi":
        QLocale.setDefault(QLocale(language))
    return translators


def load_fonts(app: QApplication) -> None:
    """Bundled DejaVu Sans covers Vietnamese on machines without good system fonts
    (must run after QApplication exists)."""
    loaded = 0
    for file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        try:
            if QFontDatabase.addApplicationFontFromData(paths.resource_bytes("fonts", file)) >= 0:
                loaded += 1
            else:
                startup_problems.append(fill(app.translate("app", "Tệp phông chữ %1 của Counter bị hỏng. %2"),
                                             file, shown(paths.reinstall_hint())))
        except paths.ResourceError as exc:
            startup_problems.append(shown_error(exc))
    if loaded:
        app.setFont(QFont("DejaVu Sans", 10))
    else:  # the system's font: Segoe UI on Windows covers Vietnamese
        log.warning("bundled UI fonts not loaded; using the system font")


def settle_memory() -> None:
    """Move everything loaded at start-up out of the collector's sight (gc.freeze): a full
    collection then scans only new objects, so it no longer stalls the event loop for tens of
    milliseconds while the sync worker allocates (measured in bench/bench_sync.py)."""
    gc.collect()
    gc.freeze()


def start_safekeeping(db, window) -> None:
    """After the window is up, through counter.ui.ops (off the GUI thread, the busy sign shown, never
    twice at once): the integrity check and the daily backup, then the backup every hour. A
    problem is shown to the officer with what to do."""

    if db.path is None:
        return

    def warn(text: str | None) -> None:
        if text:
            QMessageBox.warning(window, window.tr("Kiểm tra dữ liệu"), text)

    def failed(exc: BaseException) -> None:
        warn(describe(exc, db))

    def work(check: bool) -> str | None:
        verdict = safekeeping.check_file(db.path, quick=True) if check else "ok"
        if verdict != "ok":
            backup = safekeeping.newest_backup(db.path)
            if backup:
                return fill(QApplication.translate("app", "Cơ sở dữ liệu có lỗi (%1). Hãy sao lưu ngay rồi khôi phục từ "
                                                   "bản sao lưu gần nhất: %2 ('counter restore TỆP')."),
                            shown(verdict), backup)
            return (QApplication.translate("app", "Cơ sở dữ liệu có lỗi (%1). Hãy sao lưu ngay rồi khôi phục từ "
                                           "bản sao lưu gần nhất ('counter restore TỆP').").replace("%1", shown(verdict)))
        safekeeping.daily_backup(db.path)
        return None

    def start(check: bool) -> bool:
        if ops.runner().is_running(SAFEKEEPING):  # the hour came round while the last one still runs
            return False
        return ops.Op(window, lambda: work(check), key=SAFEKEEPING,
                      label=window.tr("Đang kiểm tra và sao lưu dữ liệu…"), db=db) \
            .success(warn).failure(failed).run()

    start(True)
    timer = QTimer(window)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(lambda: start(False))
    timer.start()
    window.safekeeping_timer = timer
    window.safekeeping_start = start


SAFEKEEPING = "safekeeping.backup"


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    # work runs on worker threads (counter.ui.ops): a worker holding the GIL hands it back to the
    # GUI thread after 1 ms instead of Python's default 5 ms, so the window answers promptly
    sys.setswitchinterval(0.001)
    app.setApplicationName("Counter")
    app.setOrganizationName("Counter")
    app.setApplicationDisplayName("Counter")
    install_translations(app)
    load_fonts(app)
    try:
        icon = QPixmap()
        if icon.loadFromData(paths.resource_bytes("icons", "counter.png")):
            app.setWindowIcon(QIcon(icon))
    except paths.ResourceError as exc:
        log.warning("no window icon: %s", exc)
    return app


def run(args) -> int:
    """The window: open the database, sign in, show the main window, offer back an intake left
    unaccepted last time. Every problem on the way is said in a dialog, never only on a console
    that a windowed start does not have."""
    app = create_app()
    started: dict = {}

    def save_draft() -> bool:
        window = started.get("window")
        return window is not None and window.intake.draft_keeper.save_now()

    crash.install(save_draft)
    try:
        return _start(app, args, started)
    except Exception as exc:  # an error before the event loop: shown, logged, never a vanishing window
        log.critical("Counter could not start", exc_info=True, extra=logs.FILE_ONLY)
        crash.CrashDialog(crash.details(type(exc), exc, exc.__traceback__), save_draft()).exec()
        return 3


def _start(app: QApplication, args, started: dict) -> int:
    try:
        db = open_database(args.db, lock=True, read_only_ok=True)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("app", "Không mở được dữ liệu"), shown_error(exc))
        print(f"counter: {exc}", file=sys.stderr)
        return 1
    if db.read_only:  # said plainly before anything else; the app then opens for look-ups only

        message = read_only_message(db.path, db.read_only)
        print(f"counter: {message}", file=sys.stderr)
        QMessageBox.information(None, app.translate("app", "Dữ liệu chỉ đọc"), shown(message))
    try:
        init = ensure_initialised(db)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("app", "Không khởi tạo được dữ liệu"), shown_error(exc))
        db.close()
        return 1

    if accounts.needs_first_admin(db):
        announce_ready("first-administrator dialog")
        if FirstAdminDialog(db).exec() != FirstAdminDialog.DialogCode.Accepted:
            db.close()
            return 0
    sign_in = SignInDialog(db, office_name(db))
    announce_ready("sign-in dialog")
    if sign_in.exec() != SignInDialog.DialogCode.Accepted:
        db.close()
        return 0
    from counter.ui.main_window import MainWindow  # lazy: reportlab (heavy), only to draw a PDF

    window = MainWindow(db, actor=sign_in.actor, sync=not db.read_only)
    started["window"] = window
    window.show()
    problems = [shown(w) for w in init.warnings] + startup_problems + units_problem()
    if problems:
        QMessageBox.warning(window, app.translate("app", "Bộ cài Counter cần được sửa"), "\n\n".join(problems))
    if logs.state.problem:
        window.statusBar().showMessage(shown(logs.state.problem), 60000)
    window.offer_saved_draft()
    db.start_checkpointer()
    if not db.read_only:
        start_safekeeping(db, window)
    settle_memory()
    try:
        return app.exec()
    finally:
        db.close()


def announce_ready(what: str) -> None:
    """Once the first window the officer can use is painted, say so in the log with the time
    since Counter began to load: support sees slow starts, bench/bench_start.py measures them."""
    if getattr(announce_ready, "done", False):
        return
    announce_ready.done = True
    def ready() -> None:
        log.info("ready: %s shown %.2f s after Counter began to load", what, time.perf_counter() - STARTED)
        gc.enable()  # off while the modules loaded (counter.cli.main)

    QTimer.singleShot(0, ready)
    # the main window's modules load while the officer types (keys typed meanwhile are queued)
    QTimer.singleShot(200, lambda: __import__("counter.ui.main_window"))


def units_problem() -> list[str]:
    """The list of administrative units feeds the postal address pickers: if it is damaged, the
    officer is told at start rather than when a citizen asks for delivery by post."""
    try:
        load_units()
    except paths.ResourceError as exc:
        return [shown_error(exc)]
    return []
