"""The office clock is injected (counter.clock.use), never taken from the environment: tests set
it through the ``office_clock`` fixture, and the processes they start through tests/run_at.py."""

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from counter import clock
from helpers import at

COUNTER = Path(__file__).resolve().parents[1] / "counter"


def test_production_code_has_no_hook_for_the_time(tmp_path):
    assert not [p for p in COUNTER.rglob("*.py") if "COUNTER_NOW" in p.read_text(encoding="utf-8")]
    script = tmp_path / "now.py"
    script.write_text("from counter import clock\nprint(clock.now().isoformat())\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "COUNTER_NOW": "2001-01-01T08:00:00"})
    assert done.returncode == 0, done.stderr
    assert not done.stdout.startswith("2001-")  # the old variable changes nothing any more


def test_a_child_process_gets_its_time_from_run_at(tmp_path):
    script = tmp_path / "now.py"
    script.write_text("import sys\nfrom counter import clock\nprint(clock.now().isoformat(), *sys.argv[1:])\n",
                      encoding="utf-8")
    done = subprocess.run(at("2026-11-23T09:30:00", str(script), "một", "hai"), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2026-11-23T09:30:00", "một", "hai"]


def test_the_fixture_sets_and_advances_office_and_audit_time(office_clock, db, officer):
    from counter.services import intake
    from helpers import complete_draft

    office_clock.set(datetime(2026, 11, 23, 9, 0))
    first = intake.receive(db, complete_draft(db), officer)
    assert office_clock.advance(minutes=7) == datetime(2026, 11, 23, 9, 7) == clock.now()
    second = intake.receive(db, complete_draft(db), officer)
    from counter.store.models import AuditEntry, Dossier
    from sqlalchemy import select

    with db.read() as session:
        received = dict(session.execute(select(Dossier.code, Dossier.received_at)).all())
        audited = session.scalars(select(AuditEntry.at).order_by(AuditEntry.id)).all()
    assert received == {first.code: datetime(2026, 11, 23, 9, 0), second.code: datetime(2026, 11, 23, 9, 7)}
    assert audited[-1] == datetime(2026, 11, 23, 9, 7)


def test_real_time_until_a_test_sets_it(office_clock):
    real = datetime.now(clock.OFFICE_TZ).replace(tzinfo=None)
    assert clock.current() is office_clock and abs((clock.now() - real).total_seconds()) < 5
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    assert clock.now() == datetime(2026, 11, 23, 9, 0)
    office_clock.set(None)
    assert abs((clock.now() - real).total_seconds()) < 5


def test_frozen_puts_the_previous_clock_back():
    before = clock.current()
    with clock.frozen(datetime(2026, 1, 2, 8, 0)) as fixed:
        assert clock.now() == datetime(2026, 1, 2, 8, 0)
        fixed.set(datetime(2026, 1, 3, 8, 0))
        assert clock.now() == datetime(2026, 1, 3, 8, 0)
    assert clock.current() is before
