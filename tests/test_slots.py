"""Dossier codes that cannot clash (docs/codes.md): installations left at their defaults get their
counter slot from the provincial server at the first connection and then work offline without ever
issuing the same code; a slot chosen by hand that another installation holds is reported to both.
The shared PostgreSQL office runs in the PostgreSQL pass of ./bootstrap test."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from sqlalchemy import select

from conftest import POSTGRES, RunningHub
from counter import clock
from counter.domain.codes import DOSSIER_CODE
from counter.services import audit, intake, slots
from counter.services.setup import ensure_initialised
from counter.store.db import open_database
from counter.store.models import Dossier
from counter.sync.engine import SyncConfig, claim_now, sync_once
from helpers import complete_draft

DAY = datetime(2026, 11, 23, 8, 0)


def _default_installation(url: str):
    """`counter init` and nothing else: the demo office, no slot."""
    db = open_database(url, lock=url.startswith("/"))
    ensure_initialised(db)
    return db


def _accept(db, n: int, start_minute: int = 0) -> list[str]:
    codes = []
    for i in range(n):
        clock.current().set(DAY.replace(  # the office_clock fixture's clock (every test has one)
            minute=(start_minute + i) % 60, hour=8 + (start_minute + i) // 60))
        codes.append(intake.receive(db, complete_draft(db), audit.SYSTEM).code)
    return codes


@pytest.fixture
def offline_day(office_clock):
    office_clock.set(DAY)
    yield
    office_clock.set(None)


def _installations(tmp_path, request) -> list:
    """Two default SQLite installations, and in the PostgreSQL pass a shared PostgreSQL office."""
    dbs = [_default_installation(str(tmp_path / "may-1.sqlite3")), _default_installation(str(tmp_path / "may-2.sqlite3"))]
    if POSTGRES:
        server = request.getfixturevalue("pg_server")
        url = server.create(template=None)
        request.addfinalizer(lambda: server.drop(url))
        dbs.append(_default_installation(url))
    return dbs


def test_default_installations_never_issue_the_same_code(tmp_path, request, offline_day):
    installations = _installations(tmp_path, request)
    try:
        # installed with defaults: nobody issues a code yet, and says why
        for db in installations:
            with pytest.raises(slots.NoSlot, match="chưa có số quầy"):
                intake.receive(db, complete_draft(db), audit.SYSTEM)
        # the first connection: the province assigns a slot to each
        hub = RunningHub(tmp_path / "hub.sqlite3")
        try:
            config = SyncConfig(hub.url, hub.token, timeout=(2.0, 5.0))
            for db in installations:
                assert sync_once(db, config).ok
        finally:
            hub.stop()
        states = []
        for db in installations:
            with db.read() as session:
                states.append(slots.state(session))
        assert all(s.usable and s.source == "hub" for s in states)
        assert len({s.slot for s in states}) == len(states)
        # offline all day: every counter accepts, no code twice
        codes = []
        for db in installations[:2]:
            codes += _accept(db, 40)
        if POSTGRES:  # the shared office: several counters on one PostgreSQL database, at once
            from test_shared_database import run_counters

            shared = installations[2]
            outputs = run_counters(shared, [["intake", "30"]] * 3)
            shared_codes = [c for out in outputs for c in out["codes"]]
            assert len(set(shared_codes)) == 90
            codes += shared_codes
        assert len(codes) == len(set(codes)) and all(DOSSIER_CODE.match(c) for c in codes)
        # back online: the province takes every dossier; none is refused as already known
        hub = RunningHub(tmp_path / "hub.sqlite3")
        try:
            config = SyncConfig(hub.url, hub.token, timeout=(2.0, 5.0))
            for db in installations:
                result = sync_once(db, config)
                assert result.ok and result.rejected == 0, result.errors
            from counter.sync.hub.app import Hub
            from counter.sync.hub.models import HubDossier

            province = Hub(str(tmp_path / "hub.sqlite3"))
            with province.read_session() as session:
                assert set(session.scalars(select(HubDossier.code))) == set(codes)
            province.engine.dispose()
        finally:
            hub.stop()
    finally:
        for db in installations:
            db.close()


def test_two_installations_claiming_one_slot_are_both_told(tmp_path, offline_day, hub):
    a = _default_installation(str(tmp_path / "a.sqlite3"))
    b = _default_installation(str(tmp_path / "b.sqlite3"))
    try:
        # both administrators chose slot 1 by hand, offline; both work
        for db in (a, b):
            slots.choose(db, 1, audit.SYSTEM, confirmed=True)
        config = SyncConfig(hub.url, hub.token, timeout=(2.0, 5.0))
        assert claim_now(a, config).usable            # first to tell the province: fine so far
        state_b = claim_now(b, config)                 # the second claim of slot 1: a clash
        assert not state_b.usable and "cũng dùng số quầy 1" in state_b.conflict
        state_a = claim_now(a, config)                 # and the first one is told at its next contact
        assert not state_a.usable and "cũng dùng số quầy 1" in state_a.conflict
        for db in (a, b):                              # neither issues codes until resolved
            with pytest.raises(slots.NoSlot, match="trùng"):
                intake.receive(db, complete_draft(db), audit.SYSTEM)
        # b gives its slot up and asks the province for a free one: both may work again
        slots.release(b, audit.SYSTEM)
        assert claim_now(b, config).slot == 2
        assert claim_now(a, config).usable and claim_now(b, config).usable
        assert intake.receive(a, complete_draft(a), audit.SYSTEM).code.endswith("-1001")
        assert intake.receive(b, complete_draft(b), audit.SYSTEM).code.endswith("-2001")
    finally:
        a.close()
        b.close()


def test_claims_are_idempotent_and_checked(hub, tmp_path):
    import requests

    url = hub.url + "/api/v1/slots/claim"
    headers = {"Authorization": f"Bearer {hub.token}"}
    body = {"installation_id": "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "label": "Máy 1"}
    first = requests.post(url, json=body, headers=headers, timeout=5)
    again = requests.post(url, json=body, headers=headers, timeout=5)
    assert first.status_code == again.status_code == 200 and first.json()["slot"] == again.json()["slot"] == 1
    assert requests.post(url, json={**body, "slot": 12}, headers=headers, timeout=5).status_code == 422
    assert requests.post(url, json={"installation_id": "x"}, headers=headers, timeout=5).status_code == 422
    assert requests.post(url, json=body, timeout=5).status_code == 401
    for i in range(8):
        other = {"installation_id": f"0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c{i:02d}"}
        assert requests.post(url, json=other, headers=headers, timeout=5).json()["slot"] == i + 2
    full = requests.post(url, json={"installation_id": "ffffffff-4f50-4a6b-8c7d-9e0f1a2b3c4d"}, headers=headers, timeout=5)
    assert full.status_code == 409 and "hết 9 số quầy" in full.json()["detail"]
