"""The outbox: one row per change, written in the same transaction as the change itself, sent in
order, marked sent only after the server acknowledged it, never deleted.

States: ``pending`` (to send) → ``sent``; or → ``attention`` when the server rejected it (with the
server's message) until an officer fixes the dossier and re-queues it. Later events of a dossier
wait while an earlier one needs attention, so the server always sees each dossier in order; other
dossiers are not held up.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from counter import clock
from counter.store.models import Meta, OutboxEvent

PENDING, SENT, ATTENTION = "pending", "sent", "attention"


def enqueue(session: Session, kind: str, dossier_code: str, payload: dict) -> dict:
    """Add an event in the caller's transaction (the same one that made the change), at once."""
    last = session.scalar(select(func.max(OutboxEvent.seq)).where(OutboxEvent.dossier_code == dossier_code)) or 0
    event = {"idempotency_key": str(uuid.uuid4()), "kind": kind, "dossier_code": dossier_code, "seq": last + 1,
             "payload": payload, "created_at": clock.now(), "state": PENDING, "attempts": 0, "last_error": ""}
    session.execute(insert(OutboxEvent), [event])
    return event


def envelope(event: OutboxEvent) -> dict:
    from counter.sync.protocol import ts

    return {"idempotency_key": event.idempotency_key, "type": event.kind, "MaHoSo": event.dossier_code,
            "seq": event.seq, "occurred_at": ts(event.created_at), "data": event.payload}


def next_batch(session: Session, limit: int) -> list[OutboxEvent]:
    """The oldest pending events, skipping dossiers that have an event needing attention."""
    blocked = select(OutboxEvent.dossier_code).where(OutboxEvent.state == ATTENTION)
    return list(session.scalars(
        select(OutboxEvent).where(OutboxEvent.state == PENDING, OutboxEvent.dossier_code.not_in(blocked))
        .order_by(OutboxEvent.id).limit(limit)))


@dataclass(frozen=True)
class Stats:
    pending: int
    attention: int
    sent: int
    last_success: datetime | None


def stats(session: Session) -> Stats:
    counts = dict(session.execute(select(OutboxEvent.state, func.count()).group_by(OutboxEvent.state)).all())
    last = session.get(Meta, "sync.last_success")
    return Stats(counts.get(PENDING, 0), counts.get(ATTENTION, 0), counts.get(SENT, 0),
                 datetime.fromisoformat(last.value) if last else None)


_MARK_SENT = (OutboxEvent.__table__.update()
              .where(OutboxEvent.__table__.c.idempotency_key == bindparam("key"),
                     OutboxEvent.__table__.c.state == PENDING)
              .values(state=SENT, sent_at=bindparam("now"), server_result=bindparam("result"), last_error="",
                      attempts=OutboxEvent.__table__.c.attempts + 1, last_attempt_at=bindparam("now")))


def mark_sent(session: Session, results: dict[str, dict], now: datetime) -> None:
    """One statement for the whole batch (executemany)."""
    if results:
        session.connection().execute(_MARK_SENT, [{"key": k, "now": now, "result": r} for k, r in results.items()])


def mark_attention(session: Session, key: str, message: str, now: datetime) -> None:
    session.execute(update(OutboxEvent).where(OutboxEvent.idempotency_key == key)
                    .values(state=ATTENTION, last_error=message, last_attempt_at=now))


def attention_list(session: Session) -> list[OutboxEvent]:
    return list(session.scalars(select(OutboxEvent).where(OutboxEvent.state == ATTENTION).order_by(OutboxEvent.id)))


def requeue(session: Session, event_id: int) -> OutboxEvent:
    """Back to pending after the officer fixed the dossier. A creation event is rebuilt from the
    dossier as it is now: the server kept nothing for a rejected event, so its key is still free."""
    from counter.services.dossiers import get_dossier
    from counter.sync.protocol import dossier_payload

    event = session.get(OutboxEvent, event_id)
    if event is None or event.state != ATTENTION:
        from counter.services.errors import UserError

        raise UserError("Sự kiện này không ở danh sách cần xử lý.")
    if event.kind == "dossier.created":
        fresh = dossier_payload(get_dossier(session, event.dossier_code))
        fresh["TrangThaiHoSo"] = event.payload.get("TrangThaiHoSo", fresh["TrangThaiHoSo"])  # as it was created
        event.payload = fresh
    event.state, event.last_error = PENDING, ""
    return event


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def get_meta(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else default


def pending_for(session: Session, dossier_code: str) -> int:
    return session.scalar(select(func.count()).select_from(OutboxEvent).where(
        OutboxEvent.dossier_code == dossier_code, OutboxEvent.state.in_((PENDING, ATTENTION))))

