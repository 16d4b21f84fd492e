"""An officer's window that dies of a native crash (a segmentation fault) in the middle of an
intake, for tests/test_logs_crash.py:

    python tests/crash_worker.py DB_URL

The intake is typed, the draft keeper saves it as its timer does, then the process is killed by
SIGSEGV with the crash handlers of counter.ui.app installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(url: str) -> int:
    import faulthandler

    from counter import logs
    from counter.store.db import open_database
    from counter.ui import crash
    from counter.ui.app import create_app
    from counter.ui.main_window import MainWindow
    from qt_helpers import type_text

    logs.setup()
    app = create_app()
    db = open_database(url, migrate_schema=False)
    window = MainWindow(db, sync=False)
    crash.install(lambda: window.intake.draft_keeper.save_now())
    window.show()
    app.processEvents()
    page = window.intake
    type_text(page.name, "Trần Thị Mỹ Duyên")
    type_text(page.phone, "0987 654 321")
    type_text(page.notes, "Nộp kèm bản sao sổ hộ khẩu cũ.")
    page.draft_keeper.save_if_changed()  # what its timer does every few seconds
    print("typed", flush=True)
    faulthandler._sigsegv()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
