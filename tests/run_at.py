"""Start a program with the office clock standing at a given moment: how a test gives a fixed
office time to a process it starts (the CLI, a worker script). It is the child-process twin of the
``office_clock`` fixture (tests/conftest.py): it injects a :class:`counter.clock.FixedClock` and
then runs the program in this same process. Production code has no hook for the time; only this
file, which ships with the tests, sets it.

    python tests/run_at.py 2026-11-23T09:30:00 -m counter --db … sync --once
    python tests/run_at.py 2026-11-23T15:00:00 tests/preview_worker.py …

tests/helpers.py ``at(moment, …)`` builds such a command line.
"""

from __future__ import annotations

import runpy
import sys
from datetime import datetime

from counter import clock


def main() -> None:
    moment, *program = sys.argv[1:]
    clock.use(clock.FixedClock(datetime.fromisoformat(moment)))
    if program[0] == "-m":
        sys.argv = [program[1], *program[2:]]
        runpy.run_module(program[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = program
        runpy.run_path(program[0], run_name="__main__")


if __name__ == "__main__":
    main()
