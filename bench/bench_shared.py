"""Issue 9: several counters on one PostgreSQL database.

* one counter accepting a dossier (validation + the commit): p95 ≤ 20 ms (issue 2's target),
  next to a bare INSERT-and-COMMIT of a row of the same size on the same server;
* five counters accepting at the same moment: p95 per acceptance and dossiers per second, with
  every code unique and the sequence without a gap.

    .venv/bin/python bench/bench_shared.py [--server URL] [--dossiers 100000] [--rounds 200]

``--server`` (or COUNTER_BENCH_POSTGRES) is a PostgreSQL server whose user may create databases;
without it a throw-away local server is started with scripts/test_postgres.sh.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from common import Report, p95  # noqa: E402

COUNTERS = 5
NOW = "2026-11-23T09:30:00"

WORKER = r"""
import json, sys, time
from datetime import datetime
sys.path.insert(0, {tests!r})
from counter import clock
clock.use(clock.FixedClock(datetime.fromisoformat({now!r})))
from counter.services import intake
from counter.services.audit import SYSTEM
from counter.store.db import open_database
from helpers import complete_draft
db = open_database(sys.argv[1], migrate_schema=False)
draft = complete_draft(db)
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
codes, times = [], []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    codes.append(intake.receive(db, draft, SYSTEM).code)
    times.append(time.perf_counter() - t)
db.close()
print(json.dumps({{"codes": codes, "times": times}}))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=os.environ.get("COUNTER_BENCH_POSTGRES", ""))
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    from counter import clock

    clock.use(clock.FixedClock(datetime.fromisoformat(NOW)))
    pgdir = None
    server = args.server
    if not server:
        pgdir = tempfile.mkdtemp(prefix="counter-bench-pg-")
        started = subprocess.run([str(HERE.parent / "scripts" / "test_postgres.sh"), "start", pgdir],
                                 capture_output=True, text=True, env={**os.environ, "COUNTER_TEST_PG_PORT": "55433"})
        if started.returncode != 0:
            print(started.stderr, file=sys.stderr)
            return 1
        server = started.stdout.strip()
    try:
        return run(server, args)
    finally:
        if pgdir:
            subprocess.run([str(HERE.parent / "scripts" / "test_postgres.sh"), "stop", pgdir], capture_output=True)


def run(server: str, args) -> int:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from counter.domain.codes import parse_dossier_code
    from counter.services import intake
    from counter.services.audit import SYSTEM
    from counter.services.demo import generate
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database
    from helpers import complete_draft

    admin = create_engine(make_url(server).set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = "counter_bench_shared"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    db = open_database(url)
    ensure_initialised(db)
    from counter.services import slots
    from counter.services.audit import SYSTEM

    slots.choose(db, 1, SYSTEM, confirmed=True)  # as an administrator does at set-up (docs/codes.md)
    began = time.perf_counter()
    generate(db, args.dossiers, seed=1)
    built = time.perf_counter() - began
    vacuum = create_engine(url, isolation_level="AUTOCOMMIT")
    with vacuum.connect() as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    vacuum.dispose()

    # one counter
    draft = complete_draft(db)
    times = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        intake.receive(db, draft, SYSTEM)
        times.append(time.perf_counter() - t)
    # the baseline: a bare INSERT of a row of the same size, and its COMMIT, on the same server
    with db.engine.connect() as conn:
        row = dict(conn.execute(text("SELECT * FROM dossier ORDER BY id DESC LIMIT 1")).mappings().one())
    size = sum(len(str(v)) for v in row.values() if v is not None)
    raw = db.engine.raw_connection()
    bare = []
    try:
        cur = raw.cursor()
        cur.execute("CREATE TEMP TABLE bare (id serial PRIMARY KEY, payload text)")
        raw.commit()
        payload = "x" * size
        for _ in range(args.rounds):
            t = time.perf_counter()
            cur.execute("INSERT INTO bare (payload) VALUES (%s)", (payload,))
            raw.commit()
            bare.append(time.perf_counter() - t)
    finally:
        raw.close()

    # five counters at once
    before = {parse_dossier_code(c)[2] for c in _codes_today(db)}
    start_at = time.time() + 5.0
    script = WORKER.format(tests=str(HERE.parent / "tests"), now=NOW)
    procs = [subprocess.Popen([sys.executable, "-c", script, url, str(start_at), str(args.rounds)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(COUNTERS)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=900)
        if p.returncode != 0:
            print(err, file=sys.stderr)
            return 1
        outs.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.time() - start_at
    codes = [c for o in outs for c in o["codes"]]
    numbers = sorted(parse_dossier_code(c)[2] for c in codes)
    expected = list(range(max(before) + 1, max(before) + 1 + len(codes)))
    together = [t for o in outs for t in o["times"]]
    db.close()
    admin.dispose()

    report = Report(f"Several counters, one PostgreSQL database — {args.dossiers:,} dossiers (built in {built:.0f} s)")
    single = p95(times) * 1000
    baseline = p95(bare) * 1000
    report.add("one counter: accept a dossier, p95", single, "ms", 20)
    report.add("baseline: bare INSERT + COMMIT of a row of the same size, p95", baseline, "ms")
    report.add("ratio accept / bare", single / baseline, "×")
    report.add(f"{COUNTERS} counters at once: accept a dossier, p95", p95(together) * 1000, "ms", 100)
    report.add(f"{COUNTERS} counters at once: dossiers accepted per second", len(codes) / wall, "/s", 50,
               lower_is_better=False)
    report.add("codes unique and without a gap (1 = yes)", float(len(set(codes)) == len(codes) and numbers == expected),
               "", 1, lower_is_better=False)
    return 0 if report.print() else 1


def _codes_today(db) -> list[str]:
    from sqlalchemy import select

    from counter.store.models import Dossier

    with db.read() as session:
        return list(session.scalars(select(Dossier.code).where(Dossier.code.like("%-261123-%"))))


if __name__ == "__main__":
    sys.exit(main())
