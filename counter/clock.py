"""Office time. Everything is stored as naive local time in Asia/Ho_Chi_Minh; the sync layer adds
the +07:00 offset. Tests replace the clock by setting ``COUNTER_NOW`` or calling :func:`set_now`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from counter import environment

OFFICE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_fixed: datetime | None = None


def now() -> datetime:
    if _fixed is not None:
        return _fixed
    env = environment.get("COUNTER_NOW")
    if env:
        return datetime.fromisoformat(env)
    return datetime.now(OFFICE_TZ).replace(tzinfo=None, microsecond=0)


def set_now(moment: datetime | None) -> None:
    global _fixed
    _fixed = moment


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=OFFICE_TZ)
