"""Dossier codes: final at the counter, unique per agency and day even offline."""

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from counter import clock
from counter.domain.codes import DOSSIER_CODE, dossier_code, parse_dossier_code, result_code, slot_number, slot_of
from counter.domain.validation import Invalid
from counter.services import audit, intake
from counter.services.setup import ensure_initialised
from counter.store.db import open_database
from counter.store.models import Dossier, Office
from helpers import complete_draft


def test_code_format():
    assert dossier_code("000.00.12.H49", date(2026, 11, 22), 7) == "000.00.12.H49-261122-0007"
    assert parse_dossier_code("000.00.12.H49-261122-0007") == ("000.00.12.H49", date(2026, 11, 22), 7)
    assert result_code("000.00.12.H49-261122-0007", 1) == "000.00.12.H49-261122-0007-KQ1"
    with pytest.raises(Invalid):
        parse_dossier_code("H49-261122-7")


def test_slots_never_meet_even_past_999_a_day():
    issued = [{slot_number(k, n) for n in range(1, 12_000)} for k in range(1, 10)]
    for i in range(9):
        for j in range(i + 1, 9):
            assert not (issued[i] & issued[j])
    assert [slot_number(2, n) for n in (1, 2, 999, 1000)] == [2001, 2002, 2999, 21000]
    assert all(slot_of(n) == 3 for n in issued[2])
    assert [slot_number(1, n, width=6) for n in (1, 2)] == [100001, 100002]
    with pytest.raises(ValueError):
        slot_number(0, 1)


def _counter_db(path, slot: int | None):
    from counter.services import slots
    from counter.services.audit import SYSTEM

    db = open_database(str(path), lock=True)
    ensure_initialised(db)
    if slot is not None:
        slots.choose(db, slot, SYSTEM, confirmed=True)
    return db


def test_two_counters_of_one_agency_offline_on_one_day_never_clash(office_clock, tmp_path):
    """Two counters of the same agency, each on its own database with no network, accept
    dossiers all day; every code is final and no code is issued twice."""
    office_clock.set(datetime(2026, 11, 23, 8, 0))
    try:
        a = _counter_db(tmp_path / "counter1.sqlite3", 1)
        b = _counter_db(tmp_path / "counter2.sqlite3", 2)
        codes = {1: [], 2: []}
        for minute in range(60):
            office_clock.set(datetime(2026, 11, 23, 8, minute))
            for no, db in ((1, a), (2, b)):
                codes[no].append(intake.receive(db, complete_draft(db), _system()).code)
        all_codes = codes[1] + codes[2]
        assert len(set(all_codes)) == 120
        assert all(DOSSIER_CODE.match(c) for c in all_codes)
        assert codes[1][:3] == ["000.01.34.H49-261123-1001", "000.01.34.H49-261123-1002", "000.01.34.H49-261123-1003"]
        assert codes[2][:3] == ["000.01.34.H49-261123-2001", "000.01.34.H49-261123-2002", "000.01.34.H49-261123-2003"]
        # the next day starts again at each counter's first number
        office_clock.set(datetime(2026, 11, 25, 8, 0))
        assert intake.receive(a, complete_draft(a), _system()).code == "000.01.34.H49-261125-1001"
        a.close()
        b.close()
    finally:
        office_clock.set(None)


def test_a_default_installation_issues_no_code_until_it_has_a_slot(office_clock, tmp_path):
    from counter.services import slots

    office_clock.set(datetime(2026, 11, 23, 8, 0))
    try:
        fresh = _counter_db(tmp_path / "moi.sqlite3", None)
        draft = complete_draft(fresh)
        with pytest.raises(slots.NoSlot, match="chưa có số quầy"):
            intake.receive(fresh, draft, _system())
        with fresh.read() as session:
            assert not slots.state(session).usable
            assert session.scalar(select(func.count()).select_from(Dossier)) == 0
        with pytest.raises(intake.ValidationFailed):
            slots.choose(fresh, 12, audit.SYSTEM, confirmed=True)
        with pytest.raises(intake.ValidationFailed):
            slots.choose(fresh, 3, audit.SYSTEM, confirmed=False)
        slots.choose(fresh, 3, audit.SYSTEM, confirmed=True)
        assert intake.receive(fresh, draft, _system()).code == "000.01.34.H49-261123-3001"
        fresh.close()
    finally:
        office_clock.set(None)


def test_sequence_grows_a_digit_instead_of_refusing(db):
    from counter.store.models import Sequence

    with db.write() as session:
        session.add(Sequence(name="code:000.01.34.H49:2026-11-23:1", value=999))
    accepted = intake.receive(db, complete_draft(db), _system())
    assert accepted.code == "000.01.34.H49-261123-11000"
    assert DOSSIER_CODE.match(accepted.code)


def test_a_number_already_issued_today_is_never_issued_again(db):
    """A sequence reset by hand (or a database upgraded from the older numbering) skips the numbers
    that already exist; the database's unique constraint stays the last guard."""
    from counter.store.models import Sequence

    first = intake.receive(db, complete_draft(db), _system())
    with db.write() as session:
        session.get(Sequence, "code:000.01.34.H49:2026-11-23:1").value = 0
    second = intake.receive(db, complete_draft(db), _system())
    assert (first.code, second.code) == ("000.01.34.H49-261123-1001", "000.01.34.H49-261123-1002")
    with db.read() as session:
        assert sorted(session.scalars(select(Dossier.code)).all()) == [first.code, second.code]


def _system():
    from counter.services.audit import Actor

    return Actor(None, "Kiểm thử")
