"""Starting the desktop application."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from counter import paths


def install_translations(app: QApplication) -> list[QTranslator]:
    """Our source texts are Vietnamese, and the interface is Vietnamese whatever the machine's
    locale (counter PCs often run an English system). ``COUNTER_LANG=en`` loads
    resources/i18n/counter_en.qm. Qt's own texts (standard buttons, print dialogs) get our
    bundled Vietnamese translation, since Qt ships none."""
    language = os.environ.get("COUNTER_LANG", "vi")
    names = ["qtbase_vi"] if language == "vi" else [f"counter_{language}"]
    translators = []
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(paths.resource("i18n", f"{name}.qm"))):
            app.installTranslator(translator)
            translators.append(translator)
    if language != "vi":
        QLocale.setDefault(QLocale(language))
    return translators


def load_fonts(app: QApplication) -> None:
    """Bundled DejaVu Sans covers Vietnamese on machines without good system fonts
    (must run after QApplication exists)."""
    for file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(paths.resource("fonts", file)))
    font = QFont("DejaVu Sans", 10)
    app.setFont(font)


def settle_memory() -> None:
    """Move everything loaded at start-up out of the collector's sight (gc.freeze): a full
    collection then scans only new objects, so it no longer stalls the event loop for tens of
    milliseconds while the sync worker allocates (measured in bench/bench_sync.py)."""
    import gc

    gc.collect()
    gc.freeze()


def start_safekeeping(db, window) -> None:
    """After the window is up, on a background thread: the integrity check and the daily backup.
    A problem is shown to the officer with what to do."""
    import threading

    from PySide6.QtCore import QObject, QTimer, Signal

    if db.path is None:
        return

    class News(QObject):
        problem = Signal(str)

    news = News(window)
    window.safekeeping_news = news

    def warn(text: str) -> None:
        QMessageBox.warning(window, window.tr("Kiểm tra dữ liệu"), text)

    news.problem.connect(warn)

    def work(check: bool = True) -> None:
        from counter.services import safekeeping

        try:
            verdict = safekeeping.check_file(db.path, quick=True) if check else "ok"
            if verdict != "ok":
                backup = safekeeping.newest_backup(db.path)
                news.problem.emit(f"Cơ sở dữ liệu có lỗi ({verdict}). Hãy sao lưu ngay rồi khôi phục từ bản sao lưu "
                                  f"gần nhất{': ' + str(backup) if backup else ''} ('counter restore TỆP').")
                return
            safekeeping.daily_backup(db.path)
        except OSError as exc:
            news.problem.emit(safekeeping.explain(exc, db.path))

    threading.Thread(target=work, name="counter-safekeeping", daemon=True).start()
    timer = QTimer(window)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(lambda: threading.Thread(target=work, args=(False,), daemon=True).start())
    timer.start()
    window.safekeeping_timer = timer


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Counter")
    app.setOrganizationName("Counter")
    app.setApplicationDisplayName("Counter")
    install_translations(app)
    load_fonts(app)
    return app


def run(args) -> int:
    from counter.services.errors import UserError
    from counter.services.setup import ensure_initialised
    from counter.store.db import DatabaseError, open_database
    from counter.ui.main_window import MainWindow

    app = create_app()
    try:
        db = open_database(args.db, lock=True)
    except DatabaseError as exc:
        QMessageBox.critical(None, app.translate("app", "Không mở được dữ liệu"), str(exc))
        print(f"counter: {exc}", file=sys.stderr)
        return 1
    try:
        ensure_initialised(db)
    except UserError as exc:
        QMessageBox.critical(None, app.translate("app", "Không khởi tạo được dữ liệu"), str(exc))
        db.close()
        return 1
    from counter.services import accounts
    from counter.services.office import get_office
    from counter.ui.signin import FirstAdminDialog, SignInDialog

    if accounts.needs_first_admin(db):
        if FirstAdminDialog(db).exec() != FirstAdminDialog.DialogCode.Accepted:
            db.close()
            return 0
    with db.read() as session:
        office_name = get_office(session).name
    sign_in = SignInDialog(db, office_name)
    if sign_in.exec() != SignInDialog.DialogCode.Accepted:
        db.close()
        return 0
    window = MainWindow(db, actor=sign_in.actor)
    window.show()
    db.start_checkpointer()
    start_safekeeping(db, window)
    settle_memory()
    try:
        return app.exec()
    finally:
        db.close()
