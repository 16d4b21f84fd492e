"""Several counters on one database, as real processes: unique gap-free codes, no lost status
change, the loser of a race told clearly, one sync round at a time. These run on SQLite and — in
the PostgreSQL pass of ./bootstrap test — on PostgreSQL, the case they are written for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter.domain.codes import parse_dossier_code
from counter.domain.status import Status
from counter.services import audit, intake, lifecycle
from counter.services.dossiers import as_seen, get_dossier
from counter.services.errors import ChangedMeanwhile
from counter.store.models import AuditEntry, Dossier, StatusHistory
from helpers import at, complete_draft
from test_sync_exactly_once import assert_exactly_once

WORKER = Path(__file__).with_name("shared_worker.py")
NOW = "2026-11-23T09:30:00"


def run_counters(db, jobs: list[list[str]]) -> list[dict]:
    """Start one process per job on ``db``; they begin together; return what each printed."""
    start_at = time.time() + 4.0  # every process has imported and connected by then
    env = dict(os.environ)
    procs = [subprocess.Popen([*at(NOW, str(WORKER)), db.url, str(start_at), *job], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for job in jobs]
    outputs = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        outputs.append(json.loads(out.strip().splitlines()[-1]))
    return outputs


@pytest.fixture
def shared(office_clock, db):
    """The test's database with its clock at NOW, as the worker processes see it."""
    from datetime import datetime

    from counter import clock

    office_clock.set(datetime.fromisoformat(NOW))
    return db


def test_five_counters_accepting_at_once_get_unique_gap_free_codes(shared):
    outputs = run_counters(shared, [["intake", "40"]] * 5)
    codes = [c for out in outputs for c in out["codes"]]
    assert len(codes) == 200 and len(set(codes)) == 200
    numbers = sorted(parse_dossier_code(c)[2] for c in codes)
    assert numbers == list(range(1001, 1201))  # one sequence for the slot and the day, no gap
    with shared.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 200
        assert session.scalar(select(func.count(func.distinct(Dossier.book_number)))) == 200
    assert audit.verify(shared).ok  # one chain, in one order, across all five processes
    # the next acceptance continues the same sequence
    assert parse_dossier_code(intake.receive(shared, complete_draft(shared), audit.SYSTEM).code)[2] == 1201


def test_concurrent_steps_on_one_dossier_never_lose_an_update(shared, officer):
    code = intake.receive(shared, complete_draft(shared), officer).code
    lifecycle.forward(shared, code, officer, to_party="Phòng Tư pháp", receiver="Lê Văn Tám")
    with shared.read() as session:
        before = get_dossier(session, code)
        version, steps = before.version, len(before.history)
    run_counters(shared, [["forward", code, "15"]] * 4)
    with shared.read() as session:
        after = get_dossier(session, code)
        assert len(after.history) == steps + 60  # every one of the 60 steps is in the history
        assert after.version == version + 60  # and each raised the version exactly once
        assert Status(after.status) == Status.IN_PROGRESS
    assert audit.verify(shared).ok


def test_the_loser_of_a_race_is_told_and_nothing_of_its_step_is_written(shared, officer):
    code = intake.receive(shared, complete_draft(shared), officer).code
    with shared.read() as session:
        seen = get_dossier(session, code)
        version, steps = seen.version, len(seen.history)
    outputs = run_counters(shared, [["step", code, str(version), action]
                                    for action in ("forward", "refuse", "withdraw", "stop", "payment")])
    winners = [o for o in outputs if "done" in o]
    losers = [o["refused"] for o in outputs if "refused" in o]
    assert len(winners) == 1 and len(losers) == 4
    for message in losers:
        assert f"Hồ sơ {code} vừa được cập nhật ở nơi khác" in message and "Chưa có gì được ghi" in message
    with shared.read() as session:
        after = get_dossier(session, code)
        assert len(after.history) == steps + 1 and after.version == version + 1
        loser_actions = session.scalar(select(func.count()).select_from(StatusHistory)
                                       .where(StatusHistory.dossier_id == after.id, StatusHistory.id > seen.history[-1].id))
        assert loser_actions == 1


def test_a_step_from_an_outdated_view_is_refused_in_process(db, officer):
    """The same check without processes: the officer's view is older than the dossier."""
    code = intake.receive(db, complete_draft(db), officer).code
    with db.read() as session:
        version = get_dossier(session, code).version
    lifecycle.forward(db, code, officer, to_party="Phòng Tư pháp", receiver="Lê Văn Tám")  # another counter
    with pytest.raises(ChangedMeanwhile, match="Chuyển xử lý") as caught, as_seen(code, version):
        lifecycle.refuse(db, code, officer, "Không đủ điều kiện")
    assert "Trạng thái hiện tại: Đang xử lý" in str(caught.value)
    with db.read() as session:
        assert Status(get_dossier(session, code).status) == Status.IN_PROGRESS
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "dossier.refuse")) == 0
    with as_seen(code, version + 1):  # the view as it is now: allowed
        lifecycle.refuse(db, code, officer, "Không đủ điều kiện")


def test_one_sync_round_at_a_time_on_a_shared_database(db, officer, hub):
    from counter.sync.engine import BUSY, SyncConfig, sync_once

    codes = [intake.receive(db, complete_draft(db), officer).code for _ in range(30)]
    config = SyncConfig(hub.url, hub.token, timeout=(2.0, 5.0))
    env = dict(os.environ)

    def cli_sync():
        return subprocess.run([*at(NOW, "-m", "counter"), "--db", db.url, "sync", "--once", "--server", hub.url,
                               "--token", hub.token], capture_output=True, text=True, env=env, timeout=120)

    with db.exclusive("sync") as mine:  # this counter is in the middle of a round
        assert mine
        other = cli_sync()
        assert other.returncode == 0, other.stderr
        assert BUSY in other.stdout and "Đã gửi 0 sự kiện" in other.stdout
    # two counters starting a round at the same moment: every event reaches the hub once
    procs = [subprocess.Popen([*at(NOW, "-m", "counter"), "--db", db.url, "sync", "--once", "--server", hub.url,
                               "--token", hub.token], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    assert sync_once(db, config).ok
    assert_exactly_once(db, hub)  # every event once, in order per dossier, on both sides


def test_the_window_picks_up_other_counters_work(qtbot, db, officer):
    from counter.ui.main_window import MainWindow

    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    assert window._shared.isActive() == (not db.is_sqlite)  # only a shared database needs to look
    before = window.queues.counts().get("forward", 0)
    intake.receive(db, complete_draft(db), officer)  # at another counter: no signal reaches this window
    window._in_background(window._others_changed)  # the minute's tick
    assert window.queues.counts().get("forward", 0) == before + 1
    assert window.tabs.tabText(2).endswith(f"· {before + 1}")
