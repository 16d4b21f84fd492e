"""Issue 4 targets: push 10,000 queued dossiers to the hub over loopback.

* dossiers per second: at least 1,000
* ratio to a baseline measured in the same run — the same JSON batches posted with bare
  ``requests`` to a do-nothing endpoint of the same server: at most 3
* while that sync runs on the background worker, the Qt event loop never stalls longer than 50 ms

    .venv/bin/python bench/bench_sync.py [--dossiers 10000] [--batch 200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import OUT, Report  # noqa: E402


def queued_template(n: int) -> Path:
    from counter.services.demo import generate
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database

    OUT.mkdir(exist_ok=True)
    path = OUT / f"bench-sync-{n}.sqlite3"
    if path.exists() and path.with_suffix(".ready").exists():
        return path
    for stale in OUT.glob(f"bench-sync-{n}.sqlite3*"):
        stale.unlink()
    db = open_database(str(path), lock=True)
    ensure_initialised(db)
    from counter.services import slots
    from counter.services.audit import SYSTEM

    slots.choose(db, 1, SYSTEM, confirmed=True)  # as an administrator does at set-up (docs/codes.md)
    generate(db, n, seed=4, queue=True)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path.with_suffix(".ready").write_text("ok")
    return path


def fresh_copy(template: Path, name: str) -> Path:
    target = OUT / name
    for stale in OUT.glob(name + "*"):
        stale.unlink()
    shutil.copy(template, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("COUNTER_DATA_DIR", str(OUT / "data"))
    import requests

    from conftest import RunningHub
    from counter.store.db import open_database
    from counter.sync import outbox
    from counter.sync.engine import SyncConfig, sync_once
    from counter.store.models import OutboxEvent
    from sqlalchemy import select

    template = queued_template(args.dossiers)
    report = Report(f"Sync push — {args.dossiers:,} queued dossiers over loopback ({datetime.now():%Y-%m-%d %H:%M})")
    work = Path(tempfile.mkdtemp(prefix="counter-bench-sync-"))

    # baseline: the same batches, bare requests, a do-nothing endpoint of the same server
    hub = RunningHub(work / "hub-baseline.sqlite3")
    db = open_database(str(fresh_copy(template, "bench-sync-baseline.sqlite3")))
    with db.read() as session:
        events = [outbox.envelope(e) for e in session.scalars(select(OutboxEvent).order_by(OutboxEvent.id))]
    db.close()
    import json

    bodies = [json.dumps({"events": events[i:i + args.batch]}, ensure_ascii=False).encode("utf-8")
              for i in range(0, len(events), args.batch)]
    http = requests.Session()
    headers = {"Authorization": f"Bearer {hub.token}", "Content-Type": "application/json"}
    started = time.perf_counter()
    for body in bodies:
        http.post(hub.url + "/api/v1/noop", data=body, headers=headers, timeout=30).raise_for_status()
    baseline = time.perf_counter() - started
    hub.stop()

    # the real push: outbox → hub, marked sent locally
    hub = RunningHub(work / "hub.sqlite3")
    db = open_database(str(fresh_copy(template, "bench-sync-push.sqlite3")))
    config = SyncConfig(hub.url, hub.token, batch_size=args.batch)
    started = time.perf_counter()
    result = sync_once(db, config)
    elapsed = time.perf_counter() - started
    db.close()
    hub.stop()
    if not result.ok or result.sent != len(events):
        print(f"sync failed: {result}", file=sys.stderr)
        return 1
    rate = args.dossiers / elapsed
    report.add("push rate (sync_once, batches of %d)" % args.batch, rate, "dossiers/s", 1000, lower_is_better=False)
    report.add("baseline: same batches to /noop, bare requests", args.dossiers / baseline, "dossiers/s")
    report.add("ratio push / baseline (time)", elapsed / baseline, "×", 3)

    # the event loop while the worker syncs
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from counter.sync.worker import SyncWorker
    from counter.ui.app import settle_memory

    app = QApplication.instance() or QApplication([])
    del events, bodies
    settle_memory()  # as the app does once its window is up
    hub = RunningHub(work / "hub-ui.sqlite3")
    db = open_database(str(fresh_copy(template, "bench-sync-ui.sqlite3")))
    states = []
    worker = SyncWorker(db, lambda: SyncConfig(hub.url, hub.token, batch_size=args.batch), states.append,
                        idle_seconds=60)
    clock = QElapsedTimer()
    gaps = []
    last = [0]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
        if states and not states[-1].running and states[-1].pending == 0:
            app.quit()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    worker.start()
    app.exec()
    worker.stop()
    db.close()
    hub.stop()
    report.add("longest Qt event-loop stall during sync", max(gaps[1:]), "ms", 50)
    report.add("event-loop ticks measured (5 ms timer)", len(gaps), "")
    shutil.rmtree(work, ignore_errors=True)
    ok = report.print()
    # the figures before issue 15 (validation of every boundary, the keyed audit chain and its head
    # sent each round, the hub's body guard), from docs/performance.md, next to this run's
    print("before issue 15 (docs/performance.md, 2026-11-22): push 1,714 dossiers/s, baseline 4,325 dossiers/s, "
          "ratio 2.5 ×, longest stall 17 ms")
    print(f"now:                                              push {rate:,.0f} dossiers/s, baseline "
          f"{args.dossiers / baseline:,.0f} dossiers/s, ratio {elapsed / baseline:.2f} ×, longest stall "
          f"{max(gaps[1:])} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
