"""Conflicting steps become conflicts, never silent differences. Every local step carries the
province's version of the dossier it was taken from; the hub refuses (and records) a step taken
from an older state, and the counter shows it with both sides. A randomised run interleaves
province decisions, counter steps, syncs and officers' choices, then compares both sides."""

import os
import random

import pytest
from sqlalchemy import select

from counter.domain.lifecycle import NotAllowed
from counter.services import intake, lifecycle
from counter.services.dossiers import get_dossier
from counter.services.errors import UserError
from counter.store.models import OutboxEvent, SyncConflict
from counter.sync import outbox
from counter.sync.apply import open_conflicts, resolve_conflict
from counter.sync.engine import sync_once
from counter.sync.hub.models import Event as HubEvent
from counter.sync.hub.models import HubDossier
from helpers import complete_draft


def both_sides(db, hub, code):
    with db.read() as session:
        here = get_dossier(session, code).status
    with hub.hub().read_session() as session:
        there = session.get(HubDossier, code).status
    return here, there


def conflicts(db, code=None):
    with db.read() as session:
        return [(c.kind, c.dossier_code, (c.local or {}).get("TrangThai"), (c.province or {}).get("TrangThai"))
                for c in open_conflicts(session) if code in (None, c.dossier_code)]


def received(db, officer, hub, sync_config):
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    assert sync_once(db, sync_config).ok
    return code


def test_the_province_result_and_a_counter_step_end_equal_with_the_refused_step_shown(db, officer, hub, sync_config):
    """The review's scenario: the province records a result (9); before the next sync the counter
    forwards the dossier (2 → 4). Before: the push overwrote 9 with 4 at the province and the pull
    set 9 at the counter — counter 9, province 4, no conflict."""
    code = received(db, officer, hub, sync_config)
    hub.hub().post_update(code, "result", {"TrangThai": 9, "MaKetQua": f"{code}-KQ1", "NoiDungXuLy": "Đã ký",
                                           "NguoiXuLy": "Trần Văn Bảo"})
    lifecycle.forward(db, code, officer)
    result = sync_once(db, sync_config)
    assert result.conflicts == 1 and result.applied == 1, result
    assert both_sides(db, hub, code) == (9, 9)
    [(kind, _, local, province)] = conflicts(db, code)
    assert (kind, local, province) == ("step", 4, 9)  # both sides, for the officer
    with hub.hub().read_session() as session:  # the province recorded the step without applying it
        refused = session.scalar(select(HubEvent).where(HubEvent.dossier_code == code, HubEvent.seq == 2))
        assert refused.result["status"] == "conflict" and refused.result["province"]["TrangThai"] == 9
    with db.read() as session:
        assert outbox.stats(session).pending == 0  # delivered, nothing stuck
    assert sync_once(db, sync_config).ok and both_sides(db, hub, code) == (9, 9)


def test_a_conflict_the_state_machine_cannot_settle_is_decided_by_an_officer(db, officer, hub, sync_config):
    code = received(db, officer, hub, sync_config)
    hub.hub().post_update(code, "result", {"TrangThai": 9, "NoiDungXuLy": "Đã ký"})
    lifecycle.withdraw(db, code, officer, "Công dân rút hồ sơ")
    sync_once(db, sync_config)
    assert both_sides(db, hub, code) == (7, 9)
    assert sorted(k for k, *_ in conflicts(db, code)) == ["step", "update"]  # visible, not silent
    with db.read() as session:
        held = next(c.id for c in open_conflicts(session) if c.kind == "update")
    assert resolve_conflict(db, held, apply=False, actor=officer) == "kept"
    assert conflicts(db, code) == []  # the refused step was about the same decision
    assert sync_once(db, sync_config).ok
    assert both_sides(db, hub, code) == (7, 7)  # the counter told the province again, and it took it


def test_taking_the_provinces_version_where_no_step_leads_there(db, officer, hub, sync_config):
    code = received(db, officer, hub, sync_config)
    hub.hub().post_update(code, "result", {"TrangThai": 9, "NoiDungXuLy": "Đã ký"})
    lifecycle.withdraw(db, code, officer, "Công dân rút hồ sơ")
    sync_once(db, sync_config)
    with db.read() as session:
        step = next(c.id for c in open_conflicts(session) if c.kind == "step")
    assert resolve_conflict(db, step, apply=True, actor=officer) == "applied"
    assert conflicts(db, code) == []
    assert sync_once(db, sync_config).ok and both_sides(db, hub, code) == (9, 9)
    with db.read() as session:
        last = get_dossier(session, code).history[-1]
        assert last.action == "province_override" and "Theo bản của tỉnh" in last.reason


def test_a_step_without_a_base_version_is_judged_by_the_state_it_came_from(hub):
    """Events queued by a counter before this version carry no base version."""
    from test_sync_hub import event, post

    post(hub, "/events", json=(e := event()), headers={"Idempotency-Key": e["idempotency_key"]})
    hub.hub().post_update(e["MaHoSo"], "status", {"TrangThai": 3, "NoiDungXuLy": "Không đủ điều kiện"})
    stale = event("dossier.status", 2, TrangThaiTruoc=2)
    reply = post(hub, "/events", json=stale, headers={"Idempotency-Key": stale["idempotency_key"]})
    assert reply.status_code == 409 and reply.json()["province"]["TrangThai"] == 3
    replay = post(hub, "/events", json=stale, headers={"Idempotency-Key": stale["idempotency_key"]})
    assert replay.status_code == 409 and replay.json() == reply.json()  # recorded once, answered alike
    current = event("dossier.status", 3, TrangThaiTruoc=3, TrangThai=4)
    assert post(hub, "/events", json=current, headers={"Idempotency-Key": current["idempotency_key"]}).status_code == 201


COUNTER_STEPS = [
    lambda db, code, who: lifecycle.forward(db, code, who),
    lambda db, code, who: lifecycle.record_result(db, code, who),
    lambda db, code, who: lifecycle.return_result(db, code, who, collector="applicant", id_number="080190001234"),
    lambda db, code, who: lifecycle.withdraw(db, code, who, "Công dân rút hồ sơ"),
    lambda db, code, who: lifecycle.refuse(db, code, who, "Không đủ điều kiện"),
    lambda db, code, who: lifecycle.request_payment(db, code, who, "Nộp lệ phí"),
    lambda db, code, who: lifecycle.record_payment(db, code, who),
]
PROVINCE_CHANGES = [("status", {"TrangThai": 4}), ("status", {"TrangThai": 3}), ("status", {"TrangThai": 8}),
                    ("result", {"TrangThai": 9}), ("status", {"TrangThai": 10}), ("progress", {"NoiDungXuLy": "…"})]


@pytest.mark.parametrize("seed", range(int(__import__("os").environ.get("SEEDS", "5"))))
def test_randomised_interleaving_ends_equal_or_in_a_visible_conflict(db, officer, hub, sync_config, seed):
    rng = random.Random(seed)
    codes = [intake.receive(db, complete_draft(db, "2.000488"), officer).code for _ in range(3)]
    assert sync_once(db, sync_config).ok
    province, log = hub.hub(), []
    for _ in range(45):
        roll, code = rng.random(), rng.choice(codes)
        if roll < 0.35:
            step = rng.randrange(len(COUNTER_STEPS))
            try:
                COUNTER_STEPS[step](db, code, officer)
                log.append(("counter", code[-4:], step))
            except (NotAllowed, UserError):
                pass
        elif roll < 0.65:
            kind, data = rng.choice(PROVINCE_CHANGES)
            province.post_update(code, kind, {**data, "NguoiXuLy": "Phòng chuyên môn"})
            log.append(("province", code[-4:], kind, data.get("TrangThai")))
        elif roll < 0.85:
            r = sync_once(db, sync_config)
            log.append(("sync", r.sent, r.applied, r.conflicts, r.rejected))
        else:
            with db.read() as session:
                pending = [(c.id, c.dossier_code) for c in open_conflicts(session)]
            if pending:
                chosen, apply = rng.choice(pending), rng.random() < 0.5
                try:
                    log.append(("resolve", chosen[1][-4:], apply, resolve_conflict(db, chosen[0], apply=apply, actor=officer)))
                except (NotAllowed, UserError) as exc:
                    log.append(("resolve failed", chosen[1][-4:], apply, str(exc)[:60]))
        if os.environ.get("SHOW") == "2":
            print(log[-1:], [both_sides(db, hub, c) for c in codes])
    for _ in range(5):  # settle: the network is back, every queued step goes
        sync_once(db, sync_config)
    with db.read() as session:
        stuck = {e.dossier_code for e in session.scalars(select(OutboxEvent).where(OutboxEvent.state != "sent"))}
        open_for = {c.dossier_code for c in open_conflicts(session)}
    for code in codes:
        here, there = both_sides(db, hub, code)
        assert here == there or code in open_for | stuck, (seed, code, here, there, conflicts(db), log)
        if os.environ.get("SHOW"):
            print("END", code[-4:], "equal" if here == there else "conflict")
    with db.read() as session:  # every conflict shown has both sides
        assert all(c.local is not None and c.province is not None
                   for c in session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))))
    # and once officers have decided every conflict, both sides agree on every dossier
    if os.environ.get("SHOW"):
        with db.read() as session:
            for c in session.scalars(select(SyncConflict).order_by(SyncConflict.id)):
                print("C", c.id, c.kind, c.dossier_code[-4:], c.update_id, (c.local or {}).get("TrangThai"),
                      c.province, c.resolution, c.resolved_at is not None)
            for d in codes:
                print("PV", d[-4:], get_dossier(session, d).province_version)
    for _ in range(10):
        with db.read() as session:
            pending = [c.id for c in open_conflicts(session)]
        if not pending:
            break
        for conflict_id in pending:
            apply = rng.random() < 0.5
            try:
                log.append(("final resolve", conflict_id, apply, resolve_conflict(db, conflict_id, apply=apply, actor=officer)))
            except (NotAllowed, UserError) as exc:
                log.append(("final resolve failed", conflict_id, apply, str(exc)[:50]))
        for _ in range(2):
            r = sync_once(db, sync_config)
            log.append(("sync", r.sent, r.applied, r.conflicts, r.rejected))
    assert conflicts(db) == []
    assert [both_sides(db, hub, code)[0] for code in codes] == [both_sides(db, hub, code)[1] for code in codes], \
        "\n".join(map(str, log))
