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
    window = MainWindow(db)
    window.show()
    db.start_checkpointer()
    settle_memory()
    try:
        return app.exec()
    finally:
        db.close()
