"""Append-only audit log with a hash chain: each entry's hash covers the previous entry's hash
and its own content, so a modified, inserted or deleted entry breaks the chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from counter import clock
from counter.store.models import AuditEntry

GENESIS = "0" * 64


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_default)


def entry_hash(prev_hash: str, at: datetime, officer_id, officer_name, action, entity, entity_key, before, after) -> str:
    body = canonical([prev_hash, at.isoformat(), officer_id, officer_name, action, entity, entity_key, before, after])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    """Who does an action (the signed-in officer)."""

    id: int | None
    name: str


SYSTEM = Actor(None, "Hệ thống")


def record(session: Session, actor: Actor, action: str, entity: str, entity_key: str, before=None, after=None) -> dict:
    """Append one entry in the caller's transaction (which must hold the write lock); written at
    once with a plain INSERT (no unit-of-work bookkeeping at commit)."""
    before = json.loads(canonical(before)) if before is not None else None
    after = json.loads(canonical(after)) if after is not None else None
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
    at = clock.now()
    entry = {
        "at": at, "officer_id": actor.id, "officer_name": actor.name, "action": action, "entity": entity,
        "entity_key": entity_key, "before": before, "after": after, "prev_hash": prev,
        "hash": entry_hash(prev, at, actor.id, actor.name, action, entity, entity_key, before, after),
    }
    session.execute(insert(AuditEntry), [entry])
    return entry
