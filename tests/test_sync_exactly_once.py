"""Exactly once, proved: 2,000 dossiers and their status changes cross a network that refuses,
resets, times out, rate-limits, truncates and garbles — and arrive at the real hub exactly once and
in order per dossier. Then a client killed with SIGKILL twenty-odd times mid-sync loses and
duplicates nothing on either side."""

import os
import random
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select, text

from counter.domain.lifecycle import Action, allowed_actions
from counter.domain.status import Status
from counter.services.audit import Actor
from counter.services.demo import generate
from counter.services.history import transition
from counter.store.models import Dossier, OutboxEvent
from counter.sync.engine import SyncConfig, sync_once
from counter.sync.hub.models import Event as HubEvent
from counter.sync.hub.models import HubDossier
from faultproxy import FAULTS, FaultProxy
from helpers import at

SIMPLE = (Action.FORWARD, Action.RESULT, Action.REQUEST_PAYMENT, Action.RECORD_PAYMENT, Action.STOP)


def build(db, n: int, seed: int) -> None:
    """``n`` dossiers in the outbox, then one or two real status changes for each."""
    generate(db, n, seed=seed, queue=True)
    rng = random.Random(seed)
    actor = Actor(None, "Kiểm thử")
    with db.read() as session:
        codes = list(session.scalars(select(Dossier.code).order_by(Dossier.id)))
    for start in range(0, len(codes), 250):
        with db.write() as session:
            for d in session.scalars(select(Dossier).where(Dossier.code.in_(codes[start:start + 250]))):
                for _ in range(rng.choice((1, 2))):
                    choices = [a for a in allowed_actions(Status(d.status)) if a in SIMPLE]
                    if choices:
                        transition(session, d, rng.choice(choices), actor, reason="Bước kiểm thử")


def local_events(db):
    with db.read() as session:
        return session.execute(select(OutboxEvent.idempotency_key, OutboxEvent.dossier_code, OutboxEvent.seq,
                                      OutboxEvent.kind, OutboxEvent.state).order_by(OutboxEvent.id)).all()


def assert_exactly_once(db, hub):
    local = local_events(db)
    assert local and all(e.state == "sent" for e in local)
    h = hub.hub()
    with h.read_session() as session:
        remote = session.execute(select(HubEvent.idempotency_key, HubEvent.dossier_code, HubEvent.seq, HubEvent.kind)
                                 .order_by(HubEvent.id)).all()
        statuses = dict(session.execute(select(HubDossier.code, HubDossier.status)).all())
    assert len(remote) == len(local), "lost or duplicated"
    assert {r.idempotency_key for r in remote} == {e.idempotency_key for e in local}
    per_dossier_remote, per_dossier_local = {}, {}
    for r in remote:  # in the order the hub committed them
        per_dossier_remote.setdefault(r.dossier_code, []).append((r.seq, r.kind))
    for e in local:
        per_dossier_local.setdefault(e.dossier_code, []).append((e.seq, e.kind))
    assert per_dossier_remote == per_dossier_local
    assert all([s for s, _ in seqs] == list(range(1, len(seqs) + 1)) for seqs in per_dossier_remote.values())
    with db.read() as session:
        local_status = dict(session.execute(select(Dossier.code, Dossier.status)).all())
        if db.is_sqlite:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert statuses == local_status
    return len(local)


def test_two_thousand_dossiers_arrive_exactly_once_through_faults(db, hub):
    build(db, 2000, seed=5)
    proxy = FaultProxy(hub.port, seed=7, fault_rate=0.35, slow_seconds=2.5)
    config = SyncConfig(proxy.url, hub.token, timeout=(1.0, 1.5), batch_size=50)
    rounds = 0
    try:
        while rounds < 500:
            rounds += 1
            result = sync_once(db, config)
            with db.read() as session:
                pending = session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.state != "sent"))
            if not result.errors and pending == 0:
                break
            assert result.rejected == 0
            if result.retry_after:
                time.sleep(min(result.retry_after, 1.0))
    finally:
        proxy.close()
    total = assert_exactly_once(db, hub)
    with db.read() as session:
        steps = session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.kind == "dossier.status"))
        dossiers = session.scalar(select(func.count()).select_from(Dossier))
    assert dossiers == 2000 and steps >= 300 and total == dossiers + steps
    assert all(proxy.counts[f] > 0 for f in FAULTS), proxy.counts  # every kind of fault happened


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(db, hub):
    build(db, 1200, seed=11)
    db.close()  # the client runs as separate processes from now on
    env = {**os.environ, "COUNTER_SYNC_BATCH": "4"}
    command = [*at("2026-11-23T10:00:00", "-m", "counter"), "--db", db.url, "sync", "--once", "--server", hub.url,
               "--token", hub.token]
    rng = random.Random(3)
    h = hub.hub()

    def hub_count():
        with h.read_session() as session:
            return session.scalar(select(func.count()).select_from(HubEvent))

    mid_sync_kills = 0
    attempts = 0
    while mid_sync_kills < 22 and attempts < 60:
        attempts += 1
        before = hub_count()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        # Wait until the round has started sending (start-up time varies with the machine's load),
        # then kill it at a random moment within the round.
        started = time.monotonic()
        while process.poll() is None and hub_count() == before and time.monotonic() - started < 30:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.8))
        still_running = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait()
        if still_running and hub_count() > before:
            mid_sync_kills += 1
    assert mid_sync_kills >= 20, f"only {mid_sync_kills} kills landed during a sync"
    final = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert final.returncode == 0, final.stderr

    from counter.store.db import open_database

    reopened = open_database(db.url)
    try:
        assert_exactly_once(reopened, hub)
    finally:
        reopened.close()
