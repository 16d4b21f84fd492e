"""Started as its own process by bench_intake.py: open the app as `counter` does and print the
moment the main window is shown and the event loop has painted it."""

import sys
import time

from PySide6.QtCore import QTimer

from counter.services.setup import ensure_initialised
from counter.store.db import open_database
from counter.ui.app import create_app


def main() -> None:
    app = create_app()
    from counter.ui.main_window import MainWindow

    db = open_database(sys.argv[1], lock=True)
    ensure_initialised(db)
    window = MainWindow(db)
    window.show()

    def ready():
        print(f"READY {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    db.close()


main()
