"""The counter slot of this installation (docs/codes.md, counter.domain.codes).

A dossier code is final when printed, so two installations of one agency must never issue the same
one, even offline. Each database issues codes in its own slot (1–9, the first digit of the day's
sequence). A new installation has none: it receives nothing until

* the provincial server assigns one at the first connection (:func:`apply_claim`, from the sync
  round or the "Nhận số quầy" button), or
* an administrator chooses one explicitly in Settings, after checking that no other installation of
  the agency uses it (:func:`choose`). The choice is reported to the server at the next connection;
  if another installation already holds that slot, the server tells both, and both stop issuing
  codes until one of them takes another slot.
"""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from counter import clock
from counter.domain.codes import SLOTS
from counter.messages import msg
from counter.services import audit
from counter.services.accounts import require as require_right
from counter.services.errors import UserError, ValidationFailed
from counter.services.office import get_office
from counter.store.models import Meta, Office

INSTALLATION_KEY = "installation_id"
RELEASE_KEY = "slot_release"


class NoSlot(UserError):
    """This installation may not issue dossier codes yet (no slot, or a slot in conflict)."""


@dataclass(frozen=True)
class SlotState:
    installation_id: str
    slot: int | None
    source: str  # "" | "hub" | "chosen"
    since: datetime | None
    conflict: str

    @property
    def usable(self) -> bool:
        return self.slot is not None and not self.conflict

    def describe(self) -> str:
        """One line for the settings screen and the status bar."""
        if self.conflict:
            return msg("Số quầy {slot} đang bị trùng: {conflict}", slot=self.slot, conflict=self.conflict)
        if self.slot is None:
            return msg("Chưa có số quầy: chưa cấp được mã hồ sơ. Kết nối máy chủ tỉnh để được cấp số, hoặc chọn số "
                       "quầy trong Thiết lập.")
        if self.source == "hub":
            return msg("Số quầy {slot} (do máy chủ tỉnh cấp)", slot=self.slot)
        if self.source == "chosen":
            return msg("Số quầy {slot} (do quản trị chọn, chờ máy chủ tỉnh xác nhận)", slot=self.slot)
        return msg("Số quầy {slot}", slot=self.slot)


def installation_id(session: Session) -> str:
    """This database's identity towards the provincial server, created once."""
    row = session.get(Meta, INSTALLATION_KEY)
    if row is None:
        row = Meta(key=INSTALLATION_KEY, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value


def state(session: Session) -> SlotState:
    office = get_office(session)
    row = session.get(Meta, INSTALLATION_KEY)
    has = bool(office.counter_slot_source)
    return SlotState(row.value if row else "", office.counter_no if has else None, office.counter_slot_source,
                     office.counter_slot_at, office.counter_slot_conflict or "")


def require(office: Office) -> int:
    """The slot to issue a code in; raises NoSlot with what to do."""
    if office.counter_slot_conflict:
        raise NoSlot(msg("Chưa cấp mã hồ sơ: số quầy {slot} trùng với một máy khác của cơ quan ({conflict}). Quản trị "
                         "vào Thiết lập → Số quầy để nhận số khác từ máy chủ tỉnh hoặc chọn số khác; hồ sơ đang nhập "
                         "được giữ nguyên.", slot=office.counter_no, conflict=office.counter_slot_conflict))
    if not office.counter_slot_source or office.counter_no not in SLOTS:
        raise NoSlot(msg("Chưa cấp mã hồ sơ: máy này chưa có số quầy (để hai máy của cùng cơ quan không bao giờ cấp "
                         "trùng mã). Kết nối máy chủ tỉnh một lần để được cấp số quầy, hoặc quản trị chọn số quầy "
                         "trong Thiết lập → Số quầy. Hồ sơ đang nhập được giữ nguyên."))
    return office.counter_no


def choose(db, slot: int | str, actor: audit.Actor, *, confirmed: bool) -> SlotState:
    """An administrator sets the slot explicitly (offline), having checked no other installation of
    the agency uses it."""
    require_right(actor, "office.edit")
    try:
        number = int(str(slot).strip())
    except ValueError:
        number = 0
    if number not in SLOTS:
        raise ValidationFailed({"counter_no": msg("Số quầy là một chữ số từ 1 đến 9.")})
    if not confirmed:
        raise ValidationFailed({"counter_no": msg("Xác nhận đã kiểm tra: không máy nào khác của cơ quan đang dùng số quầy "
                                                  "này.")})
    with db.write() as session:
        office = get_office(session)
        before = _snapshot(office)
        installation_id(session)
        office.counter_no, office.counter_slot_source = number, "chosen"
        office.counter_slot_at, office.counter_slot_conflict = clock.now(), ""
        audit.record(session, actor, "slot.choose", "office", "1", before, _snapshot(office))
        return state(session)


def apply_claim(session: Session, answer: dict) -> SlotState:
    """What the provincial server answered to this installation's claim: the slot it holds, and
    whether another installation claims the same one."""
    office = get_office(session)
    before = _snapshot(office)
    slot = answer.get("slot")
    if isinstance(slot, int) and slot in SLOTS:
        office.counter_no = slot
        if answer.get("status") == "conflict":
            default = "máy chủ tỉnh báo trùng số quầy"  # vi-only: stored with the office, like the province's own message
            office.counter_slot_conflict = str(answer.get("message") or default)[:500]
        else:
            office.counter_slot_conflict = ""
            if office.counter_slot_source != "hub":
                office.counter_slot_source, office.counter_slot_at = "hub", clock.now()
    release = session.get(Meta, RELEASE_KEY)
    if release is not None and office.counter_slot_source:
        session.delete(release)
    if _snapshot(office) != before:
        audit.record(session, audit.SYSTEM, "slot.server", "office", "1", before, _snapshot(office))
    return state(session)


def claim_request(session: Session) -> dict:
    """This installation's claim: its identity and, once it has one, the slot it holds or chose."""
    office = get_office(session)
    body = {"installation_id": installation_id(session), "label": f"{office.name} — {socket.gethostname()}"[:255]}
    if office.counter_slot_source:
        body["slot"] = office.counter_no
    elif session.get(Meta, RELEASE_KEY) is not None:
        body["release"] = True
    return body


def release(db, actor: audit.Actor) -> SlotState:
    """Give the slot up to ask the server for a free one (after a conflict)."""
    require_right(actor, "office.edit")
    with db.write() as session:
        office = get_office(session)
        before = _snapshot(office)
        office.counter_slot_source, office.counter_slot_conflict, office.counter_slot_at = "", "", None
        if session.get(Meta, RELEASE_KEY) is None:
            session.add(Meta(key=RELEASE_KEY, value=clock.now().isoformat()))
        audit.record(session, actor, "slot.release", "office", "1", before, _snapshot(office))
        return state(session)


def _snapshot(office: Office) -> dict:
    return {"counter_no": office.counter_no, "source": office.counter_slot_source,
            "conflict": office.counter_slot_conflict}


def current(db) -> SlotState:
    """:func:`state`, read in a transaction of its own."""
    with db.read() as session:
        return state(session)
