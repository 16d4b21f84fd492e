"""The sending side of the outbox (the writer is counter.services.outbox): the next batch in
order, each event's envelope, and what the server answered (sent, or needing attention)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from counter.services.outbox import (ATTENTION, PENDING, SENT, Stats, attention_list, enqueue, get_meta, pending_for,
                                     requeue, set_meta, stats)
from counter.services.payloads import ts
from counter.store.models import OutboxEvent

__all__ = ["ATTENTION", "PENDING", "SENT", "Stats", "attention_list", "enqueue", "envelope", "get_meta", "mark_attention",
           "mark_sent", "next_batch", "pending_for", "requeue", "set_meta", "stats"]


def envelope(event: OutboxEvent) -> dict:
    return {"idempotency_key": event.idempotency_key, "type": event.kind, "MaHoSo": event.dossier_code,
            "seq": event.seq, "occurred_at": ts(event.created_at), "data": event.payload}


def next_batch(session: Session, limit: int) -> list[OutboxEvent]:
    """The oldest pending events, skipping dossiers that have an event needing attention."""
    blocked = select(OutboxEvent.dossier_code).where(OutboxEvent.state == ATTENTION)
    return list(session.scalars(
        select(OutboxEvent).where(OutboxEvent.state == PENDING, OutboxEvent.dossier_code.not_in(blocked))
        .order_by(OutboxEvent.id).limit(limit)))


_MARK_SENT = (OutboxEvent.__table__.update()  # type: ignore[attr-defined]  # a Table
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
