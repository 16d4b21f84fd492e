"""Helpers for the benchmarks: a reusable database of N demo dossiers, percentiles, a report."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def prepare(n: int, seed: int = 1) -> Path:
    """A database with ``n`` demo dossiers, built once and kept in bench/out/."""
    from counter.services.demo import generate
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database

    OUT.mkdir(exist_ok=True)
    os.environ.setdefault("COUNTER_DATA_DIR", str(OUT / "data"))
    path = OUT / f"bench-{n}.sqlite3"
    marker = path.with_suffix(".ready")
    if path.exists() and marker.exists():
        return path
    for stale in OUT.glob(f"bench-{n}.sqlite3*"):
        stale.unlink()
    print(f"building a database of {n:,} dossiers in {path} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    db = open_database(str(path), lock=True)
    ensure_initialised(db)
    from counter.services import slots
    from counter.services.audit import SYSTEM

    slots.choose(db, 1, SYSTEM, confirmed=True)  # as an administrator does at set-up (docs/codes.md)
    generate(db, n, seed=seed)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA optimize")
    db.close()
    marker.write_text("ok")
    print(f"  built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[94] if len(samples) >= 20 else max(samples)


class Report:
    def __init__(self, title: str):
        self.title = title
        self.rows: list[tuple[str, str, str, bool | None]] = []

    def add(self, what: str, measured: float, unit: str, target: float | None = None, *, lower_is_better=True,
            note: str = "") -> None:
        ok = None if target is None else (measured <= target if lower_is_better else measured >= target)
        target_text = "" if target is None else f"{'≤' if lower_is_better else '≥'} {target:g} {unit}"
        self.rows.append((what, f"{measured:,.2f} {unit}" + (f"  ({note})" if note else ""), target_text, ok))

    def print(self) -> bool:
        print(f"\n{self.title}")
        width = max(len(r[0]) for r in self.rows)
        for what, measured, target, ok in self.rows:
            verdict = "" if ok is None else ("OK" if ok else "OVER TARGET")
            print(f"  {what:<{width}}  {measured:>28}   target {target or '—':<14} {verdict}")
        return all(ok is not False for *_, ok in self.rows)
