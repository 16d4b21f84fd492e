"""Issue 16 targets, with 1,000 online dossiers of 3 files each waiting at the province:

* pulling the 1,000 new online dossiers (metadata, without the files) over loopback: ≤ 10 s
* the queue "Hồ sơ trực tuyến chờ tiếp nhận" opens: ≤ 300 ms
* one dossier opens with its first page visible (claim, its 3 files fetched, checked and stored,
  the first page rendered): ≤ 500 ms (p95)

    .venv/bin/python bench/bench_online.py [--dossiers 1000] [--open 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import OUT, Report, p95  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--open", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("COUNTER_DATA_DIR", str(OUT / "data"))

    from PySide6.QtWidgets import QApplication

    from conftest import AGENCY, RunningHub
    from counter import clock
    from counter.services import slots
    from counter.services.audit import SYSTEM, Actor
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database
    from counter.sync.engine import SyncConfig, sync_once
    from counter.sync.hub import online as hub_online
    from counter.services.online_demo import demo_submission
    from counter.ui.online import OnlinePage, ReviewDialog

    clock.use(clock.FixedClock(datetime(2026, 11, 23, 9, 0)))
    work = Path(tempfile.mkdtemp(prefix="counter-bench-online-"))
    hub = RunningHub(work / "hub.sqlite3")
    report = Report(f"Online dossiers — {args.dossiers:,} waiting, 3 files each ({datetime.now():%Y-%m-%d %H:%M})")
    try:
        h = hub.hub()
        start = datetime.fromisoformat("2026-11-23T08:00:00+07:00")
        templates = [demo_submission(AGENCY, i, start) for i in range(5)]
        for i in range(args.dossiers):
            made = templates[i % 5]
            body = {**made["body"], "ThoiDiemNop": (start - timedelta(minutes=3 * i)).isoformat()}
            # each dossier its own files (its own hashes), as real applicants upload
            files = [(name, mime, data + f"\n%{i}".encode() if mime == "application/pdf" else data)
                     for name, mime, data in made["files"]]
            hub_online.submit(h, body, files)
        db = open_database(str(work / "counter.sqlite3"), lock=True)
        ensure_initialised(db)
        slots.choose(db, 1, SYSTEM, confirmed=True)
        config = SyncConfig(hub.url, hub.token, timeout=(5.0, 30.0))
        began = time.perf_counter()
        result = sync_once(db, config)
        pulled = time.perf_counter() - began
        assert result.ok, result.errors
        report.add(f"pull {args.dossiers:,} new online dossiers (one sync round)", pulled, "s", 10)

        app = QApplication.instance() or QApplication([])
        actor = Actor(2, "Nguyễn Thị Lan")
        samples = []
        for _ in range(10):
            began = time.perf_counter()
            page = OnlinePage(db, actor, None, client_factory=config.client)
            page.resize(1366, 705)
            page.show()
            app.processEvents()
            samples.append((time.perf_counter() - began) * 1000)
            rows = page.table.rowCount()
            page.close()
            page.deleteLater()
        assert rows == args.dossiers
        report.add("queue opens (p95 of 10)", p95(samples), "ms", 300)

        page = OnlinePage(db, actor, None, client_factory=config.client)
        samples = []
        for i in range(args.open):
            page.table.selectRow(i)
            began = time.perf_counter()
            dialog = ReviewDialog(db, actor, page.rows[i].code, page, client_factory=config.client)
            dialog.show()
            app.processEvents()
            samples.append((time.perf_counter() - began) * 1000)
            assert dialog.view.pixmap() is not None and not dialog.view.pixmap().isNull()
            dialog.close()
            dialog.deleteLater()
        report.add(f"one dossier, first page visible (p95 of {args.open})", p95(samples), "ms", 500)
        db.close()
    finally:
        hub.stop()
    return 0 if report.print() else 1


if __name__ == "__main__":
    sys.exit(main())
