"""Cold start of Counter to a usable window, and the size of the frozen bundle.

    .venv/bin/python packaging/build.py        # once, for the frozen figures
    .venv/bin/python bench/bench_start.py [--runs 5]

Three programs are started as new processes, in turns, each timed from the moment it is spawned
until its first window is painted:
- a bare PySide6 QMainWindow (the baseline: Python + Qt, nothing of Counter);
- ``counter`` from the virtual environment, to its sign-in window (database opened and checked,
  catalogue compared, translations and fonts loaded — what an officer waits for);
- the frozen ``Counter`` from dist/Counter, the same.
Counter says when its first window is painted in its log ("ready: … shown"), which this
benchmark watches. "Cold" runs drop the operating system's page cache first (root only), as after
a reboot; "warm" runs do not, as when an officer closes and reopens Counter.

Targets (issue 12): venv start ≤ 1 s and ≤ 6× the bare window; frozen start ≤ 1.5 s; bundle ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Counter"
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(400, 300)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_bare(env: dict) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, env=env, timeout=120)
    assert "READY" in done.stdout, done.stderr
    return time.perf_counter() - started


def time_counter(command: list[str], env: dict, log: Path) -> float:
    log.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            if log.exists() and "ready: " in log.read_text(encoding="utf-8", errors="replace"):
                return time.perf_counter() - started
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} ended with {process.returncode}: {process.stderr.read()}")
            if time.perf_counter() - started > 60:
                raise RuntimeError(f"{command[0]}: no window within a minute")
            time.sleep(0.003)
    finally:
        process.terminate()
        process.wait(30)
        process.stderr.close()


def bundle_report(report: Report) -> None:
    files = [f for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()]
    total = sum(f.stat().st_size for f in files)
    report.add("frozen bundle, installed size", total / 1e6, "MB", 300)
    groups: dict[str, int] = {}
    for f in files:
        parts = f.relative_to(BUNDLE).parts
        if parts[0] != "_internal" or len(parts) == 2:
            key = "/".join(parts)
        elif parts[1] == "PySide6":
            key = "/".join(parts[1:4]) if len(parts) > 4 else "/".join(parts[1:3])
        else:
            key = parts[1]
        groups[key] = groups.get(key, 0) + f.stat().st_size
    print("\nWhat takes the room in dist/Counter (MB):")
    for key, size in sorted(groups.items(), key=lambda kv: -kv[1])[:16]:
        print(f"  {size / 1e6:7.1f}  {key}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="starts of each program per mode (default 5)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="counter-bench-start-"))
    env = {**os.environ, "COUNTER_DATA_DIR": str(work / "data"), "COUNTER_LOG_DIR": str(work / "log"),
           "XDG_CONFIG_HOME": str(work / "config"), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    db = work / "counter.sqlite3"
    for command in (["init", "--slot", "1"], ["demo-data", "--dossiers", "2000"]):
        subprocess.run([sys.executable, "-m", "counter", "--db", str(db), *command], env=env, check=True,
                       capture_output=True)
    subprocess.run([sys.executable, "-c", "import sys\nfrom counter.store.db import open_database\n"
                    "from counter.services.accounts import create_first_admin\n"
                    "db = open_database(sys.argv[1]); create_first_admin(db, 'quantri', 'Quản trị', 'mat-khau-quan-tri')",
                    str(db)], env=env, check=True)
    log = work / "log" / "counter.log"
    programs = {"bare": None, "venv": [str(ROOT / ".venv" / "bin" / "counter"), "--db", str(db)]}
    frozen = BUNDLE / ("Counter.exe" if sys.platform == "win32" else "Counter")
    if frozen.exists():
        programs["frozen"] = [str(frozen), "--db", str(db)]
    else:
        print(f"no bundle at {BUNDLE}: run packaging/build.py for the frozen figures", file=sys.stderr)
    cold_ok = drop_caches()
    times: dict[tuple[str, str], list[float]] = {}
    for mode in ("cold", "warm") if cold_ok else ("warm",):
        for _ in range(args.runs):
            for name, command in programs.items():
                if mode == "cold":
                    drop_caches()
                elapsed = time_bare(env) if command is None else time_counter(command, env, log)
                times.setdefault((mode, name), []).append(elapsed)
    report = Report("Start-up (process spawned → first window painted), median of "
                    f"{args.runs} · {'cold = page cache dropped before each start' if cold_ok else 'warm only (not root)'}")
    for mode in ("cold", "warm"):
        if (mode, "bare") not in times:
            continue
        bare = statistics.median(times[(mode, "bare")])
        report.add(f"{mode}: bare PySide6 QMainWindow (baseline)", bare, "s")
        venv = statistics.median(times[(mode, "venv")])
        report.add(f"{mode}: counter from the venv, to its sign-in window", venv, "s", 1.0,
                   note=f"worst {max(times[(mode, 'venv')]):.2f} s")
        report.add(f"{mode}: ratio venv / bare", venv / bare, "×", 6)
        if (mode, "frozen") in times:
            report.add(f"{mode}: frozen Counter, to its sign-in window", statistics.median(times[(mode, "frozen")]),
                       "s", 1.5, note=f"worst {max(times[(mode, 'frozen')]):.2f} s")
    if frozen.exists():
        bundle_report(report)
    ok = report.print()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
