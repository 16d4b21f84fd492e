"""Counter slots at the province (docs/codes.md): which installation of an agency issues dossier
codes in which slot (1–9, the first digit of the day's sequence).

``POST /api/v1/slots/claim`` is idempotent for an installation: asked without a slot, it assigns the
lowest slot no other installation of the agency holds and keeps answering with it; asked with a
slot (an administrator chose it offline), it records that claim. When two installations claim one
slot, every answer to either of them says so, with the other's name — both are told at their next
connection and both stop issuing codes until one moves.
"""

from __future__ import annotations

from datetime import datetime, timezone

from fastapi import Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import DateTime, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from counter.sync.hub.models import HubBase
from counter.sync.hub.schemas import BODY_ERRORS, UNAUTHORISED

SLOTS = range(1, 10)


class SlotClaim(HubBase):
    """One installation's slot in its agency's code sequence."""

    __tablename__ = "hub_slot_claim"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(20), index=True)
    installation_id: Mapped[str] = mapped_column(String(36))
    slot: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10))  # assigned | chosen
    label: Mapped[str] = mapped_column(String(255), default="")
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("agency_code", "installation_id"),)


class SlotClaimIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    installation_id: str = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
                                 description="The installation's identity, created once per database")
    slot: int | None = Field(default=None, ge=1, le=9, description="The slot chosen offline; absent: assign one")
    release: bool = Field(default=False, description="Give up the slot held and take the lowest free one")
    label: str = Field(default="", max_length=255, description="How people recognise the installation")


class SlotHolder(BaseModel):
    label: str
    since: datetime


class SlotClaimOut(BaseModel):
    slot: int = Field(ge=1, le=9)
    status: str = Field(description="ok, or conflict: another installation of the agency claims the same slot")
    message: str = ""
    others: list[SlotHolder] = []


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)


def claim(hub, agency_code: str, body: SlotClaimIn) -> tuple[int, dict]:
    with hub.write() as session:
        claims = list(session.scalars(select(SlotClaim).where(SlotClaim.agency_code == agency_code)))
        mine = next((c for c in claims if c.installation_id == body.installation_id), None)
        now = _now()
        if mine is not None and body.release and body.slot is None:
            session.delete(mine)
            session.flush()
            claims.remove(mine)
            mine = None
        if mine is None:
            slot = body.slot
            if slot is None:
                taken = {c.slot for c in claims}
                slot = next((s for s in SLOTS if s not in taken), None)
                if slot is None:
                    return 409, {"detail": f"Cơ quan {agency_code} đã dùng hết 9 số quầy: dùng chung một cơ sở dữ liệu "
                                           "cho các quầy của cùng trụ sở, hoặc thu hồi số của máy không còn dùng."}
            mine = SlotClaim(agency_code=agency_code, installation_id=body.installation_id, slot=slot,
                             source="chosen" if body.slot else "assigned", label=body.label, claimed_at=now, seen_at=now)
            session.add(mine)
            claims.append(mine)
        elif body.slot is not None and body.slot != mine.slot:
            mine.slot, mine.source, mine.claimed_at = body.slot, "chosen", now
        mine.seen_at = now
        if body.label:
            mine.label = body.label
        others = [c for c in claims if c is not mine and c.slot == mine.slot]
        answer = {"slot": mine.slot, "status": "ok", "message": "", "others": []}
        if others:
            names = ", ".join(f"{c.label or c.installation_id[:8]} (từ {c.claimed_at:%d/%m/%Y})" for c in others)
            answer.update(status="conflict", message=f"máy khác của cơ quan cũng dùng số quầy {mine.slot}: {names}",
                          others=[{"label": c.label, "since": c.claimed_at.replace(tzinfo=timezone.utc).isoformat()}
                                  for c in others])
        return 200, answer


def add_routes(app, hub) -> None:
    client_dependency = app.state.client_dependency

    @app.post("/api/v1/slots/claim", response_model=SlotClaimOut, tags=["slots"], responses={
        **UNAUTHORISED, **BODY_ERRORS, 409: {"description": "Every slot of the agency is taken"}},
        summary="Claim (or confirm) this installation's counter slot")
    def claim_slot(body: SlotClaimIn, c=Depends(client_dependency)):
        status, answer = claim(hub, c.agency_code, body)
        return JSONResponse(answer, status_code=status)
