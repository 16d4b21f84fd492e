"""Issue 2 targets, with 100,000 dossiers in the database:

* accepting a dossier (validation + the commit): p95 ≤ 20 ms
* rendering a receipt: ≤ 150 ms (p95)
* app start to a usable window: ≤ 2 s

    .venv/bin/python bench/bench_intake.py [--dossiers 100000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import OUT, Report, p95, prepare  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = prepare(args.dossiers)
    work = OUT / "bench-intake-work.sqlite3"
    for f in OUT.glob("bench-intake-work.sqlite3*"):
        f.unlink()
    shutil.copy(base, work)

    from counter import clock
    from counter.services import forms, intake
    from counter.services.audit import Actor
    from counter.store.db import open_database
    from helpers import complete_draft

    report = Report(f"Intake core — {args.dossiers:,} dossiers in the database ({datetime.now():%Y-%m-%d %H:%M})")
    db = open_database(str(work), lock=True)
    actor = Actor(2, "Nguyễn Thị Lan")
    moment = datetime(2026, 11, 23, 7, 30)
    procedures = ["1.001193", "2.000488", "3.000347", "2.001610", "1.004873"]
    drafts = [complete_draft(db, code) for code in procedures]
    accept_times, codes = [], []
    for i in range(args.rounds):
        clock.use(clock.FixedClock(moment + timedelta(seconds=20 * i)))
        started = time.perf_counter()
        codes.append(intake.receive(db, drafts[i % len(drafts)], actor).code)
        accept_times.append((time.perf_counter() - started) * 1000)
    report.add("accept a dossier, p95", p95(accept_times), "ms", 20)
    report.add("accept a dossier, median", sorted(accept_times)[len(accept_times) // 2], "ms")

    render_times = []
    for code in codes[:60]:
        started = time.perf_counter()
        forms.receipt_pdf(db, code, "a4")
        render_times.append((time.perf_counter() - started) * 1000)
    report.add("render a receipt (A4, 2 copies), p95", p95(render_times), "ms", 150)
    render_80 = []
    for code in codes[:30]:
        started = time.perf_counter()
        forms.receipt_pdf(db, code, "80mm")
        render_80.append((time.perf_counter() - started) * 1000)
    report.add("render a receipt (80 mm), p95", p95(render_80), "ms", 150)
    db.close()
    clock.use(clock.SYSTEM)

    starts = []
    probe = Path(__file__).resolve().parent / "start_probe.py"
    for _ in range(5):
        t0 = time.time()
        out = subprocess.run([sys.executable, str(probe), str(work)], capture_output=True, text=True, timeout=60)
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("READY")), None)
        if line is None:
            print(out.stderr, file=sys.stderr)
            return 1
        starts.append(float(line.split()[1]) - t0)
    report.add("start to a usable window, median of 5", sorted(starts)[2], "s", 2)
    report.add("start to a usable window, worst of 5", max(starts), "s", 2)
    size = work.stat().st_size
    report.add("database size per dossier", size / (args.dossiers + args.rounds) / 1024, "KiB")
    ok = report.print()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
