"""The outbox: one row per change, written in the same transaction as the change itself, sent in
order, marked sent only after the server acknowledged it, never deleted.

States: ``pending`` (to send) → ``sent``; or → ``attention`` when the server rejected it (with the
server's message) until an officer fixes the dossier and re-queues it. Later events of a dossier
wait while an earlier one needs attention, so the server always sees each dossier in order; other
dossiers are not held up.

This is the writer's side (services write events in their own transaction); counter.sync.outbox
reads the queue and marks what the server answered.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from counter import clock
from counter.errors import NotFound, UserError
from counter.messages import msg
from counter.services.payloads import dossier_payload
from counter.store.models import Dossier, Meta, OutboxEvent

PENDING, SENT, ATTENTION = "pending", "sent", "attention"


def enqueue(session: Session, kind: str, dossier_code: str, payload: dict) -> dict:
    """Add an event in the caller's transaction (the same one that made the change), at once."""
    last = session.scalar(select(func.max(OutboxEvent.seq)).where(OutboxEvent.dossier_code == dossier_code)) or 0
    event = {"idempotency_key": str(uuid.uuid4()), "kind": kind, "dossier_code": dossier_code, "seq": last + 1,
             "payload": payload, "created_at": clock.now(), "state": PENDING, "attempts": 0, "last_error": ""}
    session.execute(insert(OutboxEvent), [event])
    return event


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


def attention_list(session: Session) -> list[OutboxEvent]:
    return list(session.scalars(select(OutboxEvent).where(OutboxEvent.state == ATTENTION).order_by(OutboxEvent.id)))


def requeue(session: Session, event_id: int) -> OutboxEvent:
    """Back to pending after the officer fixed the dossier. A creation event is rebuilt from the
    dossier as it is now: the server kept nothing for a rejected event, so its key is still free."""
    event = session.get(OutboxEvent, event_id)
    if event is None or event.state != ATTENTION:
        raise UserError(msg("Sự kiện này không ở danh sách cần xử lý."))
    if event.kind == "dossier.created":
        dossier = session.scalar(select(Dossier).where(Dossier.code == event.dossier_code))
        if dossier is None:
            raise NotFound(msg("Không tìm thấy hồ sơ có mã {code}.", code=event.dossier_code))
        fresh = dossier_payload(dossier)
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


def listing(session: Session, *, include_sent: bool = False) -> list[dict]:
    """The events in order, as ``counter outbox`` shows them (those already sent only when asked)."""
    query = select(OutboxEvent).order_by(OutboxEvent.id)
    if not include_sent:
        query = query.where(OutboxEvent.state != SENT)
    return [{"id": e.id, "idempotency_key": e.idempotency_key, "type": e.kind, "MaHoSo": e.dossier_code,
             "seq": e.seq, "state": e.state, "created_at": e.created_at.isoformat(), "attempts": e.attempts,
             "last_error": e.last_error} for e in session.scalars(query)]


def overview(db, *, include_sent: bool = False) -> tuple[Stats, list[dict]]:
    """The counts and the events, read together (``counter outbox``)."""
    with db.read() as session:
        return stats(session), listing(session, include_sent=include_sent)


def requeue_event(db, event_id: int) -> OutboxEvent:
    """:func:`requeue` in a transaction of its own (``counter outbox --requeue``)."""
    with db.write() as session:
        return requeue(session, event_id)

