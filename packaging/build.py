"""Build Counter's one-folder bundle with PyInstaller — the one command an office or CI runs:

    python packaging/build.py            # → dist/Counter/  (Counter, counter-cli, _internal/)

Run it with the Python that has Counter installed with its bundle extra
(``pip install ".[bundle,postgresql]"``; ``./bootstrap test`` does that). On Windows the same
command builds Counter.exe and counter-cli.exe, which packaging/windows/counter.iss turns into
the installer (see docs/install-windows.md). The bundle runs on the system it was built on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bundle_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    started = time.monotonic()
    target = dist / "Counter"
    if target.exists():
        shutil.rmtree(target)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
               "--workpath", str(work), str(ROOT / "packaging" / "counter.spec")]
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # reproducible archive order
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    exe = target / ("Counter.exe" if sys.platform == "win32" else "Counter")
    if not exe.exists():
        raise SystemExit(f"build.py: PyInstaller finished but {exe} is missing")
    print(f"build.py: {target} built in {time.monotonic() - started:.0f} s, {bundle_size(target) / 1e6:.0f} MB")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder bundle of Counter (PyInstaller).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
