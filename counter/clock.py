"""Office time. Everything is stored as naive local time in Asia/Ho_Chi_Minh; the sync layer adds
the +07:00 offset.

Production code asks :func:`now`, which asks the clock in use: the computer's clock
(:data:`SYSTEM`) unless another one was injected with :func:`use` — a :class:`FixedClock` while the
demo showcase replays past days (:func:`frozen`), or the tests' clock (the ``office_clock`` fixture
of tests/conftest.py; a test's child process gets it from tests/clock_plugin.py). Nothing in the
environment changes the office time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """The computer's clock, in office time, to the second."""

    def now(self) -> datetime:
        return datetime.now(OFFICE_TZ).replace(tzinfo=None, microsecond=0)


class FixedClock:
    """A clock that stands still until it is set or advanced."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment

    def advance(self, **delta: float) -> datetime:
        """Move on by a timedelta's keywords (``minutes=5``, ``days=1``)."""
        self.moment += timedelta(**delta)
        return self.moment


SYSTEM = SystemClock()
_current: Clock = SYSTEM


def now() -> datetime:
    return _current.now()


def current() -> Clock:
    return _current


def use(clock: Clock) -> Clock:
    """Make ``clock`` the office clock; returns the one it replaces (to put back)."""
    global _current
    previous, _current = _current, clock
    return previous


@contextmanager
def frozen(moment: datetime) -> Iterator[FixedClock]:
    """The office clock stands at ``moment`` (move it with ``.set``) until the block ends."""
    fixed = FixedClock(moment)
    previous = use(fixed)
    try:
        yield fixed
    finally:
        use(previous)


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=OFFICE_TZ)
