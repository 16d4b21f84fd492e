"""Dossier codes: final at the counter, unique per agency and day even offline."""

from datetime import date, datetime

import pytest
from sqlalchemy import select

from counter import clock
from counter.domain.codes import DOSSIER_CODE, dossier_code, parse_dossier_code, result_code, sequence_number
from counter.domain.validation import Invalid
from counter.services import intake
from counter.services.setup import ensure_initialised
from counter.store.db import open_database
from counter.store.models import Office
from helpers import complete_draft


def test_code_format():
    assert dossier_code("000.00.12.H49", date(2026, 11, 22), 7) == "000.00.12.H49-261122-0007"
    assert parse_dossier_code("000.00.12.H49-261122-0007") == ("000.00.12.H49", date(2026, 11, 22), 7)
    assert result_code("000.00.12.H49-261122-0007", 1) == "000.00.12.H49-261122-0007-KQ1"
    with pytest.raises(Invalid):
        parse_dossier_code("H49-261122-7")


def test_residue_classes_never_meet():
    stride = 3
    issued = [{sequence_number(n, k, stride) for n in range(1, 500)} for k in (1, 2, 3)]
    assert not (issued[0] & issued[1]) and not (issued[0] & issued[2]) and not (issued[1] & issued[2])
    assert sorted(issued[0] | issued[1] | issued[2])[:6] == [1, 2, 3, 4, 5, 6]
    assert [sequence_number(n, 1, 1) for n in (1, 2, 3)] == [1, 2, 3]


def _counter_db(path, counter_no: int, slots: int):
    db = open_database(str(path), lock=True)
    ensure_initialised(db)
    with db.write() as session:
        office = session.get(Office, 1)
        office.counter_no, office.counter_slots = counter_no, slots
    return db


def test_two_counters_of_one_agency_offline_on_one_day_never_clash(tmp_path):
    """Two counters of the same agency, each on its own database with no network, accept
    dossiers all day; every code is final and no code is issued twice."""
    clock.set_now(datetime(2026, 11, 23, 8, 0))
    try:
        a = _counter_db(tmp_path / "counter1.sqlite3", 1, 2)
        b = _counter_db(tmp_path / "counter2.sqlite3", 2, 2)
        codes = {1: [], 2: []}
        for minute in range(60):
            clock.set_now(datetime(2026, 11, 23, 8, minute))
            for no, db in ((1, a), (2, b)):
                codes[no].append(intake.receive(db, complete_draft(db), _system()).code)
        all_codes = codes[1] + codes[2]
        assert len(set(all_codes)) == 120
        assert all(DOSSIER_CODE.match(c) for c in all_codes)
        assert codes[1][:3] == ["000.01.34.H49-261123-0001", "000.01.34.H49-261123-0003", "000.01.34.H49-261123-0005"]
        assert codes[2][:3] == ["000.01.34.H49-261123-0002", "000.01.34.H49-261123-0004", "000.01.34.H49-261123-0006"]
        # the next day starts again at each counter's first number
        clock.set_now(datetime(2026, 11, 25, 8, 0))
        assert intake.receive(a, complete_draft(a), _system()).code == "000.01.34.H49-261125-0001"
        a.close()
        b.close()
    finally:
        clock.set_now(None)


def test_sequence_grows_a_digit_instead_of_refusing(db):
    from counter.store.models import Sequence

    with db.write() as session:
        session.add(Sequence(name="code:000.01.34.H49:2026-11-23:1", value=9999))
    accepted = intake.receive(db, complete_draft(db), _system())
    assert accepted.code == "000.01.34.H49-261123-10000"
    assert DOSSIER_CODE.match(accepted.code)


def test_code_uniqueness_is_enforced_by_the_database(db):
    from sqlalchemy.exc import IntegrityError

    from counter.store.models import Dossier, Sequence

    first = intake.receive(db, complete_draft(db), _system())
    with db.write() as session:  # someone resets the sequence by hand
        session.get(Sequence, "code:000.01.34.H49:2026-11-23:1").value = 0
    with pytest.raises(IntegrityError):
        intake.receive(db, complete_draft(db), _system())
    with db.read() as session:
        assert session.scalars(select(Dossier.code)).all() == [first.code]


def _system():
    from counter.services.audit import Actor

    return Actor(None, "Kiểm thử")
