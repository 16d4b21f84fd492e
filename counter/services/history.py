"""Recording a dossier's steps: the state machine check, the append-only status history, the
hand-over rows of the control sheet and the audit entry — shared by intake and the life cycle."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from counter import clock
from counter.domain.lifecycle import Action, target
from counter.domain.status import Status
from counter.services import audit, outbox, payloads, postal_orders
from counter.services.office import get_office, office_calendar
from counter.store.models import Dossier, Handover, StatusHistory


def audit_view(d: Dossier) -> dict:
    return {
        "code": d.code, "procedure": d.procedure_code, "applicant": d.applicant_name, "id_number": d.id_number,
        "status": int(d.status) if d.status is not None else None, "received_at": d.received_at, "due_at": d.due_at,
        "return_method": d.return_method, "fee_total": d.fee_total,
    }


def transition(session: Session, dossier: Dossier, action: Action, actor: audit.Actor, *, reason: str = "",
               details: dict | None = None, at: datetime | None = None, initial: bool = False,
               origin: str = "local") -> StatusHistory:
    """Move ``dossier`` by ``action`` (raising NotAllowed with the reason when its state does not
    allow it) and record who, when, what and why. ``initial``: the dossier has just been created
    (its first entry comes from no state). A local step also goes to the outbox, in this same
    transaction; a step that came from the province (``origin="hub"``) does not go back."""
    current = None if initial else Status(dossier.status)
    new = target(action, current)
    at = at or clock.now()
    before = None if initial else audit_view(dossier)
    dossier.status = int(new)
    if new == Status.ACCEPTED and dossier.accepted_at is None:
        dossier.accepted_at = at
    if action == Action.RESULT and dossier.finished_at is not None:
        dossier.timeliness = str(office_calendar(get_office(session)).timeliness(dossier.finished_at, dossier.due_at))
    dossier.updated_at = at
    flag_modified(dossier, "updated_at")  # every step rewrites the row, so its version always moves on
    entry = StatusHistory(dossier_id=dossier.id, at=at, officer_id=actor.id, officer_name=actor.name,
                          action=str(action), from_status=int(current) if current is not None else None,
                          to_status=int(new), reason=reason, details=details or {})
    session.add(entry)
    session.flush()
    audit.record(session, actor, f"dossier.{action}", "dossier", dossier.code, before, audit_view(dossier))
    if origin == "local":
        if initial:
            outbox.enqueue(session, "dossier.created", dossier.code, payloads.dossier_payload(dossier))
        else:
            outbox.enqueue(session, "dossier.status", dossier.code, payloads.step_payload(dossier, entry))
    postal_orders.on_step(session, dossier, action)  # a result going home by post, a receipt going back
    return entry


def handover(session, dossier, kind, from_party, to_party, giver, receiver, at, timeliness="", note="", batch=None):
    row = Handover(dossier_id=dossier.id, batch=batch, at=at, kind=kind, from_party=from_party, to_party=to_party,
                   giver_name=giver, receiver_name=receiver, timeliness=str(timeliness or ""), note=note)
    session.add(row)
    return row
