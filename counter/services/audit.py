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
    """Who does an action (the signed-in officer), with the role that decides what they may do."""

    id: int | None
    name: str
    role: str = "officer"  # officer | supervisor | admin | system


SYSTEM = Actor(None, "Hệ thống", "system")


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
    _anchor(session, entry["hash"])
    return entry


def _anchor(session: Session, head: str) -> None:
    """The number of entries and the newest hash, so a deleted tail is noticed too."""
    from sqlalchemy import text

    find = "strpos(app_meta.value, ':')" if session.get_bind().dialect.name == "postgresql" else "instr(app_meta.value, ':')"
    session.execute(text("INSERT INTO app_meta (key, value) VALUES ('audit.head', '1:' || :h) "
                         f"ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(substr(app_meta.value, 1, {find} - 1) AS INTEGER)"
                         " + 1 AS VARCHAR) || ':' || :h"), {"h": head})


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    problem: str = ""
    entry_id: int | None = None


def verify(db) -> VerifyResult:
    """Walk the chain from the first entry: each entry's hash must match its content, and each
    entry must point at the hash of the one before it. Reports the first modified, inserted or
    deleted entry."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, at, officer_id, officer_name, action, entity, entity_key, before, after, "
                                 "prev_hash, hash FROM audit_log ORDER BY id")).all()
    previous_hash, previous_id = GENESIS, None
    hashes = {}
    for row in rows:
        at = datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
        before = json.loads(row.before) if isinstance(row.before, str) else row.before
        after = json.loads(row.after) if isinstance(row.after, str) else row.after
        content = entry_hash(row.prev_hash, at, row.officer_id, row.officer_name, row.action, row.entity,
                             row.entity_key, before, after)
        if content != row.hash:
            return VerifyResult(False, len(rows), f"Mục #{row.id} ({row.action}, {at:%d/%m/%Y %H:%M}) đã bị sửa: nội dung "
                                                  "không khớp mã băm của nó.", row.id)
        if row.prev_hash != previous_hash:
            if previous_id is not None and row.id != previous_id + 1:
                missing = f"#{previous_id + 1}" + (f"–#{row.id - 1}" if row.id - 1 > previous_id + 1 else "")
                return VerifyResult(False, len(rows), f"Mục {missing} đã bị xóa: mục #{row.id} không nối với mục "
                                                      f"#{previous_id}.", row.id)
            if row.prev_hash in hashes.values() or row.prev_hash == GENESIS:
                return VerifyResult(False, len(rows), f"Mục #{previous_id} đã bị chèn thêm vào chuỗi: mục #{row.id} "
                                                      "nối với một mục trước đó.", previous_id)
            return VerifyResult(False, len(rows), f"Chuỗi bị đứt trước mục #{row.id}: một mục trước nó đã bị sửa, "
                                                  "chèn hoặc xóa.", row.id)
        hashes[row.id] = row.hash
        previous_hash, previous_id = row.hash, row.id
    head = None
    try:
        with db.engine.connect() as conn:
            head = conn.execute(text("SELECT value FROM app_meta WHERE key = 'audit.head'")).scalar()
    except Exception:
        head = None
    if head:
        count, last = head.split(":", 1)
        if int(count) > len(rows) or (rows and last != rows[-1].hash and int(count) >= len(rows)):
            return VerifyResult(False, len(rows), f"Các mục cuối của nhật ký đã bị xóa: nhật ký ghi nhận {count} mục, "
                                                  f"chỉ còn {len(rows)}.", rows[-1].id if rows else None)
    return VerifyResult(True, len(rows))
