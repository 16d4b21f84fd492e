"""What needs an officer after sync — records the province refused, conflicts between the
counter and the province, and replies set aside — as plain frozen data for the sync screen
(counter/ui/sync_status.py), read on a worker thread through counter.ui.ops."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter.services import outbox
from counter.sync import inbound
from counter.sync.apply import open_conflicts


@dataclass(frozen=True)
class RefusedEvent:
    id: int
    dossier_code: str
    kind: str
    last_attempt_at: datetime | None
    last_error: str


@dataclass(frozen=True)
class OpenConflict:
    id: int
    dossier_code: str
    kind: str  # "step", or the province's update kind
    local: dict | None
    province: dict | None
    reason: str


@dataclass(frozen=True)
class Quarantined:
    id: int
    source: str
    remote_id: str
    received_at: datetime
    reason: str
    summary: str


@dataclass(frozen=True)
class Attention:
    """What needs an officer after sync."""

    refused: tuple[RefusedEvent, ...]
    conflicts: tuple[OpenConflict, ...]
    quarantined: tuple[Quarantined, ...]


def attention(db) -> Attention:
    with db.read() as session:
        return Attention(
            tuple(RefusedEvent(e.id, e.dossier_code, e.kind, e.last_attempt_at, e.last_error)
                  for e in outbox.attention_list(session)),
            tuple(OpenConflict(c.id, c.dossier_code, c.kind if c.kind == "step" else (c.update or {}).get("kind", ""),
                               c.local, c.province, c.reason) for c in open_conflicts(session)),
            tuple(Quarantined(q.id, q.source, q.remote_id, q.received_at, q.reason, q.summary)
                  for q in inbound.open_quarantine(session)))
