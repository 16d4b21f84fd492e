"""Due dates in working time (DOMAIN §5). Office hours 07:00–11:30 and 13:30–17:00, Monday to
Friday: one working day is 8 h = 480 minutes. Each expected value is worked out in the comment."""

from datetime import date, datetime, time

import pytest

from counter.domain.calendar import Duration, OfficeCalendar, Timeliness

DAY = Duration(1, "day")


@pytest.fixture
def cal():
    return OfficeCalendar()


def dt(*args):
    return datetime(*args)


def test_across_a_weekend(cal):
    # Fri 20/11 15:00: 120 min left on Friday; Monday 07:00 + 360 min = 11:30 (270) + 90 → 15:00
    assert cal.due(dt(2026, 11, 20, 15, 0), DAY) == dt(2026, 11, 23, 15, 0)


def test_across_tet(cal):
    # Tết 2026 is Mon 16/2 – Fri 20/2. Fri 13/2 10:00, 2 days (960 min): 300 min on Friday,
    # 480 on Mon 23/2, then 180 on Tue 24/2 → 10:00
    assert not cal.is_working_day(date(2026, 2, 17))
    assert cal.due(dt(2026, 2, 13, 10, 0), Duration(2)) == dt(2026, 2, 24, 10, 0)


def test_across_30_april_and_1_may(cal):
    # Wed 29/4 16:00: 60 min; Thu 30/4 and Fri 1/5 off; Mon 4/5: 270 + 150 → 16:00
    assert cal.due(dt(2026, 4, 29, 16, 0), DAY) == dt(2026, 5, 4, 16, 0)


def test_across_national_day(cal):
    # 2026: 31/8 (swapped with Sat 22/8), 1/9 and 2/9 are days off. Fri 28/8 14:00: 180 min;
    # Thu 3/9: 270 + 30 → 14:00
    for day in (date(2026, 8, 31), date(2026, 9, 1), date(2026, 9, 2)):
        assert not cal.is_working_day(day)
    assert cal.due(dt(2026, 8, 28, 14, 0), DAY) == dt(2026, 9, 3, 14, 0)


def test_statutory_make_up_saturday_is_worked(cal):
    # Saturday 22/8/2026 is the make-up working day for the 31/8 swap (holidays package):
    # Fri 21/8 16:00: 60 min; Sat 22/8: 270 + 150 → 16:00
    assert cal.is_working_day(date(2026, 8, 22))
    assert cal.due(dt(2026, 8, 21, 16, 0), DAY) == dt(2026, 8, 22, 16, 0)


def test_office_make_up_saturday_and_own_day_off():
    plain = OfficeCalendar()
    assert plain.due(dt(2026, 12, 4, 16, 0), DAY) == dt(2026, 12, 7, 16, 0)
    makeup = OfficeCalendar.from_config({"workdays": ["2026-12-05"]})
    assert makeup.day_kind(date(2026, 12, 5)) == (True, "Ngày làm bù (cơ quan)")
    assert makeup.due(dt(2026, 12, 4, 16, 0), DAY) == dt(2026, 12, 5, 16, 0)
    day_off = OfficeCalendar.from_config({"days_off": ["2026-12-07"]})
    assert day_off.due(dt(2026, 12, 4, 16, 0), DAY) == dt(2026, 12, 8, 16, 0)


def test_accepted_after_office_hours_counts_from_next_morning(cal):
    # Mon 7/12 17:30 → counting starts Tue 07:00; 480 min end exactly at 17:00
    assert cal.due(dt(2026, 12, 7, 17, 30), DAY) == dt(2026, 12, 8, 17, 0)
    # received in the lunch break: counting starts at 13:30
    assert cal.due(dt(2026, 12, 8, 12, 0), Duration(2, "hour")) == dt(2026, 12, 8, 15, 30)


def test_hour_based_procedure_rounded_up_to_the_quarter(cal):
    # Thu 10/12 10:40, 8 working hours: 50 + 210 = 260 on Thursday; Fri 07:00 + 220 = 10:40 → 10:45
    assert cal.due(dt(2026, 12, 10, 10, 40), Duration(8, "hour")) == dt(2026, 12, 11, 10, 45)


def test_half_day(cal):
    # 09:07 + 240 min: 143 to 11:30, 97 from 13:30 → 15:07 → 15:15
    assert cal.due(dt(2026, 12, 9, 9, 7), Duration(0.5)) == dt(2026, 12, 9, 15, 15)


def test_same_day_procedure(cal):
    assert cal.due(dt(2026, 12, 9, 10, 0), Duration(0)) == dt(2026, 12, 9, 17, 0)
    assert cal.due(dt(2026, 12, 9, 17, 30), Duration(0)) == dt(2026, 12, 10, 17, 0)


def test_custom_hours_and_saturday_morning():
    cal = OfficeCalendar.from_config({"office_hours": {
        "0": [["07:30", "11:30"], ["13:00", "17:00"]], "1": [["07:30", "11:30"], ["13:00", "17:00"]],
        "2": [["07:30", "11:30"], ["13:00", "17:00"]], "3": [["07:30", "11:30"], ["13:00", "17:00"]],
        "4": [["07:30", "11:30"], ["13:00", "17:00"]], "5": [["07:30", "11:30"]]}})
    assert cal.day_minutes == 480
    # Fri 11/12 16:00: 60; Sat 12/12 morning 240; Mon 14/12 07:30 + 180 = 10:30
    assert cal.due(dt(2026, 12, 11, 16, 0), DAY) == dt(2026, 12, 14, 10, 30)


@pytest.mark.parametrize("finished, expected", [
    (dt(2026, 12, 9, 11, 0), Timeliness.EARLY),     # before the afternoon session that holds the due time
    (dt(2026, 12, 8, 16, 0), Timeliness.EARLY),
    (dt(2026, 12, 9, 14, 0), Timeliness.ON_TIME),   # within that session, before the due time
    (dt(2026, 12, 9, 15, 15), Timeliness.ON_TIME),
    (dt(2026, 12, 9, 15, 16), Timeliness.LATE),
])
def test_early_on_time_late(cal, finished, expected):
    assert cal.timeliness(finished, dt(2026, 12, 9, 15, 15)) is expected


@pytest.mark.parametrize("received, deadline", [
    # Monday 7/12/2026: up to 15:00 the same working day; after it, the start of the next one
    (dt(2026, 12, 7, 10, 0), dt(2026, 12, 7, 17, 0)),
    (dt(2026, 12, 7, 14, 59), dt(2026, 12, 7, 17, 0)),
    (dt(2026, 12, 7, 15, 0), dt(2026, 12, 7, 17, 0)),
    (dt(2026, 12, 7, 15, 0, 40), dt(2026, 12, 7, 17, 0)),   # printed "15 giờ 00"
    (dt(2026, 12, 7, 15, 1), dt(2026, 12, 8, 7, 0)),
    (dt(2026, 12, 7, 16, 59), dt(2026, 12, 8, 7, 0)),
    (dt(2026, 12, 7, 17, 30), dt(2026, 12, 8, 7, 0)),        # after hours: the same rule
    (dt(2026, 12, 7, 6, 30), dt(2026, 12, 7, 17, 0)),         # before opening: that day
    # Friday after 15:00: Monday morning; Saturday: counts as received at Monday's opening
    (dt(2026, 12, 11, 16, 0), dt(2026, 12, 14, 7, 0)),
    (dt(2026, 12, 12, 9, 0), dt(2026, 12, 14, 17, 0)),
    # Monday 23/11/2026 after 15:00: 24/11 is a day off (Ngày Văn hóa Việt Nam), so Wednesday
    (dt(2026, 11, 23, 15, 1), dt(2026, 11, 25, 7, 0)),
])
def test_forwarding_deadline_follows_article_18_2(cal, received, deadline):
    assert cal.forwarding_deadline(received) == deadline


def test_forwarding_cutoff_is_a_parameter(cal):
    assert cal.forwarding_deadline(dt(2026, 12, 7, 15, 30), cutoff=time(16, 0)) == dt(2026, 12, 7, 17, 0)


SAME_DAY = Duration(0, "day", time(15, 0))
THREE_DAYS = Duration(3, "day", time(15, 0))


@pytest.mark.parametrize("received, due", [
    (dt(2026, 12, 7, 14, 59), dt(2026, 12, 7, 17, 0)),
    (dt(2026, 12, 7, 15, 0), dt(2026, 12, 7, 17, 0)),
    (dt(2026, 12, 7, 15, 0, 59), dt(2026, 12, 7, 17, 0)),
    (dt(2026, 12, 7, 15, 1), dt(2026, 12, 8, 17, 0)),
    (dt(2026, 12, 7, 16, 55), dt(2026, 12, 8, 17, 0)),        # the khai sinh of the issue: not due at 17:00 today
    (dt(2026, 12, 11, 14, 59), dt(2026, 12, 11, 17, 0)),      # Friday
    (dt(2026, 12, 11, 15, 1), dt(2026, 12, 14, 17, 0)),       # Friday after 15:00: Monday
    (dt(2026, 11, 23, 15, 0), dt(2026, 11, 23, 17, 0)),
    (dt(2026, 11, 23, 15, 1), dt(2026, 11, 25, 17, 0)),       # over the 24/11 day off
    (dt(2026, 12, 12, 10, 0), dt(2026, 12, 14, 17, 0)),       # Saturday: Monday
])
def test_same_day_with_the_15_oclock_cutoff(cal, received, due):
    assert cal.due(received, SAME_DAY) == due


@pytest.mark.parametrize("received, due", [
    (dt(2026, 12, 7, 14, 59), dt(2026, 12, 10, 17, 0)),       # Monday: Thursday
    (dt(2026, 12, 7, 15, 0), dt(2026, 12, 10, 17, 0)),
    (dt(2026, 12, 7, 15, 1), dt(2026, 12, 11, 17, 0)),        # counted from Tuesday: Friday
    (dt(2026, 12, 9, 14, 59), dt(2026, 12, 14, 17, 0)),       # Wednesday: over the weekend
    (dt(2026, 12, 9, 15, 1), dt(2026, 12, 15, 17, 0)),
    (dt(2026, 11, 20, 14, 59), dt(2026, 11, 26, 17, 0)),      # Friday 20/11: 23, 25, 26 (24 off)
    (dt(2026, 11, 20, 15, 1), dt(2026, 11, 27, 17, 0)),
])
def test_whole_working_days_counted_from_the_next_day_after_15_oclock(cal, received, due):
    assert cal.due(received, THREE_DAYS) == due


@pytest.mark.parametrize("received, due", [
    (dt(2026, 12, 7, 14, 59), dt(2026, 12, 8, 14, 59)),       # 8 working hours
    (dt(2026, 12, 7, 15, 0), dt(2026, 12, 8, 15, 0)),
    (dt(2026, 12, 7, 15, 1), dt(2026, 12, 8, 15, 15)),
    (dt(2026, 12, 11, 15, 0), dt(2026, 12, 14, 15, 0)),       # over the weekend
    (dt(2026, 11, 23, 15, 0), dt(2026, 11, 25, 15, 0)),       # over the day off
])
def test_working_hours_rounded_to_the_quarter(cal, received, due):
    expected = due if due.minute % 15 == 0 else due.replace(minute=(due.minute // 15 + 1) * 15 % 60,
                                                            hour=due.hour + (due.minute >= 45))
    assert cal.due(received, Duration(8, "hour")) == expected


def test_seconds_never_move_the_due_time(cal):
    for duration in (Duration(8, "hour"), Duration(2), Duration(0.5), SAME_DAY, THREE_DAYS):
        assert cal.due(dt(2026, 12, 7, 9, 0, 20), duration) == cal.due(dt(2026, 12, 7, 9, 0), duration)
    assert cal.due(dt(2026, 12, 7, 9, 0, 20), Duration(2, "hour")) == dt(2026, 12, 7, 11, 0)


def test_working_minutes_between(cal):
    assert cal.working_minutes_between(dt(2026, 12, 4, 16, 0), dt(2026, 12, 7, 8, 0)) == 120
    assert cal.working_minutes_between(dt(2026, 12, 7, 8, 0), dt(2026, 12, 4, 16, 0)) == -120


def test_duration_labels():
    assert Duration(0).label() == "Trong ngày"
    assert Duration(0.5).label() == "0,5 ngày làm việc"
    assert Duration(8, "hour").label() == "8 giờ làm việc"
    assert SAME_DAY.label() == "Trong ngày (nhận sau 15 giờ 00: trả trong ngày làm việc tiếp theo)"
    assert THREE_DAYS.label() == "3 ngày làm việc (nhận sau 15 giờ 00: tính từ ngày làm việc tiếp theo)"
    assert Duration.of(2, "day", "15:00") == Duration(2, "day", time(15, 0)) and Duration.of(8, "hour", "").cutoff is None
    with pytest.raises(ValueError):
        Duration(1, "week")
    with pytest.raises(ValueError):
        Duration(8, "hour", time(15, 0))
