"""Console output that works on every Windows machine.

A redirected or scheduled ``counter`` command on Windows writes in the ANSI code page (cp1252,
cp1258…), which cannot encode most Vietnamese letters: Python would stop with a
UnicodeEncodeError. Counter always writes UTF-8 instead, whatever the code page or
``PYTHONIOENCODING``. A windowed start (``counter-gui`` through pythonw, the frozen
``Counter.exe``) has no console at all: output then goes nowhere instead of failing.
"""

from __future__ import annotations

import os
import sys


def setup_streams() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def quiet_broken_pipe() -> int:
    """The reader of our output went away (``counter list | head``): stop without a word. Later
    writes, including Python's own flush at exit, go to the null device."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor
        pass
    return 141  # what a shell reports for a command stopped by SIGPIPE
