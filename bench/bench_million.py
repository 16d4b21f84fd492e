"""Issue 8 (and the supervisors' figures of issue 6): a million dossiers, measured.

    .venv/bin/python bench/bench_million.py [--dossiers 1000000] [--rounds 50]

Builds (once, then reuses bench/out/bench-1000000.sqlite3) a database of realistic dossiers
through the bulk demo path, then prints each figure next to its target and, where one applies,
a bare baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import OUT, Report, p95, prepare  # noqa: E402


def timed(fn, rounds):
    samples = []
    for i in range(rounds):
        started = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("COUNTER_DATA_DIR", str(OUT / "data"))
    started = time.perf_counter()
    base = prepare(args.dossiers)
    build_note = f"built or reused in {time.perf_counter() - started:.0f} s"
    work = OUT / "bench-million-work.sqlite3"
    for f in OUT.glob("bench-million-work.sqlite3*"):
        f.unlink()
    shutil.copy(base, work)

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from counter import clock
    from counter.domain.status import Status
    from counter.domain.text import fold
    from counter.services import forms, intake, reports
    from counter.services.audit import Actor
    from counter.services.dossiers import DossierFilter, get_dossier
    from counter.store.db import open_database
    from counter.store.models import Dossier
    from counter.ui.dossier_list import DossierTableModel
    from helpers import complete_draft

    app = QApplication.instance() or QApplication([])
    db = open_database(str(work), lock=True)
    report = Report(f"A million dossiers — {args.dossiers:,} in the database ({datetime.now():%Y-%m-%d %H:%M}; {build_note})")
    rng = random.Random(5)
    with db.read() as session:
        max_id = session.scalar(select(func.max(Dossier.id)))
        sample_ids = [rng.randint(1, max_id) for _ in range(args.rounds)]
        sample = session.execute(select(Dossier.code, Dossier.applicant_name, Dossier.received_at)
                                 .where(Dossier.id.in_(sample_ids))).all()
        busiest = session.execute(select(func.date(Dossier.received_at), func.count()).group_by(
            func.date(Dossier.received_at)).order_by(func.count().desc()).limit(1)).one()
        last_day = session.scalar(select(func.max(Dossier.received_at))).date()
    codes = [s[0] for s in sample]
    names = [fold(s[1]) for s in sample if not s[1].startswith(("Công ty", "Hợp tác", "Doanh"))]

    # 1. the list: first page sorted by due time, filtered by status (the model, as the view asks it)
    model = DossierTableModel(db)
    statuses = [(int(Status.IN_PROGRESS),), (int(Status.ACCEPTED),), (int(Status.RETURNED),), (int(Status.PROCESSED),)]

    def first_page(i):
        model.set_filter(DossierFilter(statuses=statuses[i % len(statuses)], sort="due_asc"))
        for row in range(min(40, model.rowCount())):
            model.index(row, 0).data()

    report.add("list: first page by due time, filtered by status, p95", p95(timed(first_page, args.rounds)), "ms", 100)

    # 2. barcode look-up vs a bare indexed SELECT
    def lookup(i):
        with db.read() as session:
            get_dossier(session, codes[i % len(codes)])

    raw = sqlite3.connect(str(work))

    def bare(i):
        raw.execute("SELECT * FROM dossier WHERE code = ?", (codes[i % len(codes)],)).fetchone()

    look, base_look = p95(timed(lookup, args.rounds)), p95(timed(bare, args.rounds))
    report.add("barcode look-up (dossier with checklist, history …), p95", look, "ms", 20)
    report.add("baseline: bare indexed SELECT by code, p95", base_look, "ms")

    # 3. applicant search without diacritics (count + first page, as the list does)
    def search(i):
        model.set_filter(DossierFilter(query=names[i % len(names)]))
        for row in range(min(40, model.rowCount())):
            model.index(row, 0).data()

    report.add("applicant search without diacritics (full name), p95", p95(timed(search, args.rounds)), "ms", 100)

    # 4. accepting one dossier vs a bare insert-and-commit of a row of the same size
    actor = Actor(2, "Nguyễn Thị Lan")
    drafts = [complete_draft(db, c) for c in ("1.001193", "2.000488", "3.000347")]
    moment = datetime.combine(last_day + timedelta(days=3), datetime.min.time()).replace(hour=7, minute=30)

    def accept(i):
        clock.use(clock.FixedClock(moment + timedelta(seconds=30 * i)))
        intake.receive(db, drafts[i % 3], actor)

    db.start_checkpointer(5)  # as the app does: checkpoints beside the commits, not inside them
    from sqlalchemy import event as sa_event
    from sqlalchemy.orm import Session as OrmSession

    commits, marks = [], {}

    def before_commit(session):
        marks[id(session)] = time.perf_counter()

    def after_commit(session):
        if id(session) in marks:
            commits.append((time.perf_counter() - marks.pop(id(session))) * 1000)

    sa_event.listen(OrmSession, "before_commit", before_commit)
    sa_event.listen(OrmSession, "after_commit", after_commit)
    accepts = timed(accept, args.rounds)
    sa_event.remove(OrmSession, "before_commit", before_commit)
    sa_event.remove(OrmSession, "after_commit", after_commit)
    clock.use(clock.SYSTEM)
    with db.read() as session:
        row_bytes = session.scalar(select(func.avg(func.length(Dossier.search_text) + func.length(Dossier.address)
                                                   + func.length(Dossier.procedure_name) + 600)))
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS bare_rows (id INTEGER PRIMARY KEY, body TEXT)")
    body = "x" * int(row_bytes or 1000)

    def bare_insert(i):
        raw.execute("INSERT INTO bare_rows (body) VALUES (?)", (body,))
        raw.commit()

    bare_inserts = timed(bare_insert, args.rounds)
    report.add("accept a dossier, whole action (validation, code, due time, transaction), p95", p95(accepts), "ms", 20)
    report.add("the acceptance's commit (flush of its rows + COMMIT), p95", p95(commits), "ms", 20)
    report.add("baseline: bare SQLite insert-and-commit of a same-size row, p95", p95(bare_inserts), "ms")
    report.add("ratio commit / bare insert-and-commit (p95)", p95(commits) / p95(bare_inserts), "×", 5)
    report.add("ratio whole action / bare insert-and-commit (p95)", p95(accepts) / p95(bare_inserts), "×")

    # 5. receipt render
    with db.read() as session:
        newest = session.scalar(select(Dossier.code).order_by(Dossier.id.desc()).limit(1))
    cold = timed(lambda i: forms.receipt_pdf(db, newest), 1)[0]
    report.add("render a receipt (A4, both copies), p95 of 20 after the first", p95(
        timed(lambda i: forms.receipt_pdf(db, newest), 20)), "ms", 150)
    report.add("render a receipt, the first one (cold caches)", cold, "ms")

    # 6. supervisors' figures (issue 6)
    busy_day = date.fromisoformat(busiest[0]) if isinstance(busiest[0], str) else busiest[0]
    report.add(f"daily summary of the busiest day ({busiest[1]:,} dossiers), median of 5",
               statistics.median(timed(lambda i: reports.summary(db, reports.day_filter(busy_day)), 5)) / 1000, "s", 1)
    month_start = busy_day.replace(day=1)
    month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    report.add(f"summary of its month ({month_start:%m/%Y}), median of 3", statistics.median(
        timed(lambda i: reports.summary(db, reports.ReportFilter(month_start, month_end)), 3)) / 1000, "s", 3)
    report.add("daily summary as a PDF with its charts, median of 3", statistics.median(
        timed(lambda i: reports.report_pdf(db, reports.day_filter(busy_day), daily=True), 3)) / 1000, "s", 1)

    from counter.ui.bus import Bus
    from counter.ui.dashboard import Dashboard

    clock.use(clock.FixedClock(datetime.combine(busy_day, datetime.min.time()).replace(hour=16)))
    board = Dashboard(db, Bus())
    board.preset.setCurrentIndex(0)
    refreshes = timed(lambda i: board.refresh(), 5)
    report.add("dashboard refresh (today's figures, lists and charts), median of 5", statistics.median(refreshes) / 1000,
               "s", 0.5)
    clock.use(clock.SYSTEM)
    db.close()
    raw.close()

    # 7. cold start to a usable window, and memory after scrolling the whole list
    probe = Path(__file__).resolve().parent / "start_probe.py"
    starts = []
    for _ in range(3):
        t0 = time.time()
        out = subprocess.run([sys.executable, str(probe), str(work)], capture_output=True, text=True, timeout=120)
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("READY")), None)
        if line is None:
            print(out.stderr, file=sys.stderr)
            return 1
        starts.append(float(line.split()[1]) - t0)
    report.add("cold start to a usable window, median of 3", statistics.median(starts), "s", 2)
    scroll = Path(__file__).resolve().parent / "scroll_probe.py"
    out = subprocess.run([sys.executable, str(scroll), str(work)], capture_output=True, text=True, timeout=600)
    stats = dict(line.split("=", 1) for line in out.stdout.split() if "=" in line)
    if "rss_mb" not in stats:
        print(out.stdout, out.stderr, file=sys.stderr)
        return 1
    report.add(f"resident memory after scrolling all {int(stats['rows']):,} rows", float(stats["rss_mb"]), "MB", 300)
    report.add("rows whose contents were in memory at the end", float(stats["cached"]), "rows")
    report.add("database size per dossier", work.stat().st_size / args.dossiers / 1024, "KiB")
    return 0 if report.print() else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown: Qt objects left to Python's finaliser can crash it
