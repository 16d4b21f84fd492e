"""Working time of an office (DOMAIN §5).

A procedure's legal time is N working days (possibly half days) or N working hours. One working
day is the length of the office's standard day (Monday's sessions unless configured). Counting
starts at the moment of acceptance (or the next session start when received out of hours), skips
nights, weekends, statutory days off (``holidays``, country VN, which also knows the published
swaps and make-up Saturdays) and the office's own days off, honours make-up working days, and the
due time is rounded up to the quarter hour.

All datetimes here are naive local office time (Asia/Ho_Chi_Minh).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays as _holidays

from counter.messages import msg

DEFAULT_SESSIONS: tuple[tuple[time, time], ...] = ((time(7, 0), time(11, 30)), (time(13, 30), time(17, 0)))


class Timeliness(enum.StrEnum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


TIMELINESS_LABELS = {Timeliness.EARLY: msg("Trước hạn"), Timeliness.ON_TIME: msg("Đúng hạn"), Timeliness.LATE: msg("Quá hạn")}


@lru_cache(maxsize=64)
def _statutory(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(days off, make-up working days) for one year from the ``holidays`` package."""
    vn = _holidays.country_holidays("VN", years=year, language="vi")
    days_off = frozenset(vn.keys())
    workdays = frozenset(d for d in getattr(vn, "weekend_workdays", ()) if d.year == year)
    return days_off, workdays


def statutory_day_name(day: date) -> str | None:
    vn = _holidays.country_holidays("VN", years=day.year, language="vi")
    return vn.get(day)


def parse_hhmm(value: str) -> time:
    hours, minutes = value.strip().split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class Duration:
    """A procedure's legal processing time, one of three rules (resources/catalogue/FORMAT.md):

    * working time: ``value`` working days (a day = the office's standard day, may be 0.5) or
      working hours, counted from the minute of receipt (``cutoff`` None);
    * same day with a cut-off: ``value`` 0 and a ``cutoff`` (15:00): due by the end of the day of
      receipt, or of the next working day when received after the cut-off;
    * whole working days with a cut-off: ``value`` N > 0 and a ``cutoff``: due by the end of the N-th
      working day after the day of receipt, that day being the next working day when received after
      the cut-off.
    """

    value: float
    unit: str = "day"  # "day" | "hour"
    cutoff: time | None = None

    def __post_init__(self) -> None:
        if self.unit not in ("day", "hour"):
            raise ValueError(f"unknown duration unit {self.unit!r}")
        if self.value < 0:
            raise ValueError("duration must not be negative")
        if self.cutoff is not None and (self.unit != "day" or self.value != int(self.value)):
            raise ValueError("a cut-off applies to whole working days only")

    @classmethod
    def of(cls, value: float, unit: str, cutoff: str | time | None = None) -> "Duration":
        """From stored columns (the cut-off as 'HH:MM', '' for none)."""
        if isinstance(cutoff, str):
            cutoff = parse_hhmm(cutoff) if cutoff.strip() else None
        return cls(float(value), unit, cutoff)

    @property
    def cutoff_text(self) -> str:
        return self.cutoff.strftime("%H:%M") if self.cutoff else ""

    def label(self) -> str:
        number = f"{self.value:g}".replace(".", ",")
        if self.cutoff is not None:
            hour = msg("{hours} giờ {minutes}", hours=f"{self.cutoff:%H}", minutes=f"{self.cutoff:%M}")
            if self.value == 0:
                return msg("Trong ngày (nhận sau {hour}: trả trong ngày làm việc tiếp theo)", hour=hour)
            return msg("{number} ngày làm việc (nhận sau {hour}: tính từ ngày làm việc tiếp theo)", number=number, hour=hour)
        if self.value == 0:
            return msg("Trong ngày")
        if self.unit == "day":
            return msg("{number} ngày làm việc", number=number)
        return msg("{number} giờ làm việc", number=number)


@dataclass
class OfficeCalendar:
    """Office hours per weekday (0 = Monday), extra days off and make-up working days."""

    weekly: dict[int, tuple[tuple[time, time], ...]] = field(
        default_factory=lambda: {wd: DEFAULT_SESSIONS for wd in range(5)}
    )
    days_off: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    statutory: bool = True
    standard_day_minutes: int | None = None

    def __post_init__(self) -> None:
        for sessions in self.weekly.values():
            for start, end in sessions:
                if not start < end:
                    raise ValueError(f"session {start}–{end} ends before it starts")
        self._day_cache: dict[date, tuple[tuple[datetime, datetime], ...]] = {}

    # -- configuration ---------------------------------------------------------------
    @classmethod
    def from_config(cls, config: dict) -> "OfficeCalendar":
        """Build from the office's JSON settings (see resources/office/demo_office.json)."""
        weekly: dict[int, tuple[tuple[time, time], ...]] = {}
        for key, sessions in (config.get("office_hours") or {}).items():
            weekly[int(key)] = tuple((parse_hhmm(a), parse_hhmm(b)) for a, b in sessions)
        kwargs = {}
        if weekly:
            kwargs["weekly"] = weekly
        return cls(
            days_off=frozenset(date.fromisoformat(d) for d in config.get("days_off", [])),
            workdays=frozenset(date.fromisoformat(d) for d in config.get("workdays", [])),
            statutory=config.get("statutory_holidays", True),
            standard_day_minutes=config.get("standard_day_minutes"),
            **kwargs,
        )

    @property
    def standard_sessions(self) -> tuple[tuple[time, time], ...]:
        """Sessions of a make-up working day: the Monday schedule."""
        return self.weekly.get(0) or DEFAULT_SESSIONS

    @property
    def day_minutes(self) -> int:
        if self.standard_day_minutes:
            return self.standard_day_minutes
        return sum(_minutes(a, b) for a, b in self.standard_sessions)

    # -- days --------------------------------------------------------------------------
    def day_kind(self, day: date) -> tuple[bool, str]:
        """(is a working day, why) — the reason is shown in settings and tests."""
        if day in self.workdays:
            return True, msg("Ngày làm bù (cơ quan)")
        if day in self.days_off:
            return False, msg("Ngày nghỉ (cơ quan)")
        if self.statutory:
            off, makeup = _statutory(day.year)
            if day in makeup:
                return True, msg("Ngày làm bù theo quy định")
            if day in off:
                return False, statutory_day_name(day) or msg("Ngày nghỉ lễ, Tết")
        if self.weekly.get(day.weekday()):
            return True, msg("Ngày làm việc")
        return False, msg("Ngày nghỉ hằng tuần")

    def is_working_day(self, day: date) -> bool:
        return bool(self.sessions_on(day))

    def sessions_on(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        cached = self._day_cache.get(day)
        if cached is not None:
            return cached
        working, _ = self.day_kind(day)
        if not working:
            result: tuple[tuple[datetime, datetime], ...] = ()
        else:
            sessions = self.weekly.get(day.weekday()) or ()
            if day in self.workdays or not sessions:
                sessions = self.standard_sessions
            result = tuple((datetime.combine(day, a), datetime.combine(day, b)) for a, b in sessions)
        self._day_cache[day] = result
        return result

    def _sessions_from(self, moment: datetime, limit_days: int = 3660):
        """Sessions (start, end) whose end is after ``moment``, in order."""
        day = moment.date()
        for _ in range(limit_days):
            for start, end in self.sessions_on(day):
                if end > moment:
                    yield start, end
            day += timedelta(days=1)
        raise ValueError("no working day within ten years: check the office calendar")

    def next_working_moment(self, moment: datetime) -> datetime:
        start, _ = next(self._sessions_from(moment))
        return max(start, moment)

    def next_working_day(self, day: date) -> date:
        day += timedelta(days=1)
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    # -- arithmetic ------------------------------------------------------------------
    def add_minutes(self, moment: datetime, minutes: float) -> datetime:
        """The moment ``minutes`` of working time after ``moment``."""
        remaining = minutes
        for start, end in self._sessions_from(moment):
            begin = max(start, moment)
            available = (end - begin).total_seconds() / 60
            if remaining <= available:
                return begin + timedelta(minutes=remaining)
            remaining -= available
        raise AssertionError("unreachable")

    def due(self, received: datetime, duration: Duration) -> datetime:
        """The result due time of a dossier accepted at ``received``. The count starts from the
        whole minute printed on the receipt ("09 giờ 00" for 09:00:20), never from its seconds."""
        received = received.replace(second=0, microsecond=0)
        if duration.cutoff is not None:
            day = self.receipt_day(received, duration.cutoff)
            for _ in range(int(duration.value)):
                day = self.next_working_day(day)
            return self.sessions_on(day)[-1][1]
        if duration.value == 0:
            # Same-day procedure: by the end of the working day the dossier is counted on.
            start = self.next_working_moment(received)
            return self.sessions_on(start.date())[-1][1]
        minutes = duration.value * (self.day_minutes if duration.unit == "day" else 60)
        raw = self.add_minutes(received, minutes)
        return self._round_up_quarter(raw)

    def receipt_day(self, received: datetime, cutoff: time) -> date:
        """The working day a dossier counts as received on: the day itself, or the next working day
        when it came after ``cutoff`` (or after hours, or on a day off)."""
        received = received.replace(second=0, microsecond=0)
        if self.is_working_day(received.date()) and received.time() > cutoff:
            return self.next_working_day(received.date())
        return self.next_working_moment(received).date()

    def _round_up_quarter(self, moment: datetime) -> datetime:
        base = moment.replace(second=0, microsecond=0)
        if moment > base:
            base += timedelta(minutes=1)
        quarter = math.ceil(base.minute / 15) * 15
        rounded = base.replace(minute=0) + timedelta(minutes=quarter)
        # Never push the due time past the end of its session (offices ending off the quarter).
        for start, end in self.sessions_on(moment.date()):
            if start <= moment <= end:
                return min(rounded, end)
        return rounded

    def working_minutes_between(self, a: datetime, b: datetime) -> float:
        """Working minutes in [a, b) (negative if b < a). Whole days in between come from a running
        sum per day, so a span of months costs no more than a span of hours."""
        if b < a:
            return -self.working_minutes_between(b, a)
        if a.date() == b.date():
            return self._minutes_in_day(a, b)
        first = self._minutes_in_day(a, datetime.combine(a.date() + timedelta(days=1), time()))
        last = self._minutes_in_day(datetime.combine(b.date(), time()), b)
        middle = self._cumulative(b.date()) - self._cumulative(a.date() + timedelta(days=1))
        return first + middle + last

    def _minutes_in_day(self, a: datetime, b: datetime) -> float:
        total = 0.0
        for start, end in self.sessions_on(a.date()):
            lo, hi = max(start, a), min(end, b)
            if hi > lo:
                total += (hi - lo).total_seconds() / 60
        return total

    def _day_total(self, day: date) -> float:
        return sum((end - start).total_seconds() / 60 for start, end in self.sessions_on(day))

    def _cumulative(self, day: date) -> float:
        """Working minutes from an anchor day up to (not including) ``day``; memoised outwards."""
        cache = self.__dict__.setdefault("_cum", {})
        if not cache:
            cache[day] = 0.0
            return 0.0
        if day in cache:
            return cache[day]
        known = min(cache, key=lambda d: abs((d - day).days))
        value, cursor = cache[known], known
        step = timedelta(days=1)
        while cursor < day:
            value += self._day_total(cursor)
            cursor += step
            cache[cursor] = value
        while cursor > day:
            cursor -= step
            value -= self._day_total(cursor)
            cache[cursor] = value
        return value

    def session_of(self, moment: datetime) -> tuple[datetime, datetime] | None:
        for start, end in self.sessions_on(moment.date()):
            if start <= moment <= end:
                return start, end
        return None

    def timeliness(self, finished: datetime, due: datetime) -> Timeliness:
        """Early / on time / late per DOMAIN §5 (by session of the due time)."""
        if finished > due:
            return Timeliness.LATE
        session = self.session_of(due)
        session_start = session[0] if session else due
        return Timeliness.EARLY if finished < session_start else Timeliness.ON_TIME

    def forwarding_deadline(self, received: datetime, cutoff: time = time(15, 0)) -> datetime:
        """Paper received in person goes to the deciding agency within the working day it was
        received; received after ``cutoff`` (15:00, NĐ 118/2025 Điều 18.2), at the start of the next
        working day. Out of hours or on a day off, it counts as received at the next opening."""
        day = self.receipt_day(received, cutoff)
        received_minute = received.replace(second=0, microsecond=0)
        if day != received_minute.date() and self.is_working_day(received_minute.date()):
            return self.sessions_on(day)[0][0]
        return self.sessions_on(day)[-1][1]


def _minutes(a: time, b: time) -> int:
    return (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
