"""Applying what the province changed (department decisions, results, new due dates) to the local
dossiers — never over local changes that have not been sent: those become conflicts an officer
sees and resolves."""

from __future__ import annotations

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from counter import clock
from counter.domain.lifecycle import Action, NotAllowed
from counter.domain.status import STATUS_IN_SENTENCE, Status
from counter.messages import msg, text_of
from counter.services import audit
from counter.services.audit import SYSTEM, Actor
from counter.services.errors import NotFound
from counter.services.history import audit_view, transition
from counter.store.models import Dossier, OutboxEvent, StatusHistory, SyncConflict
from counter.sync import outbox, wire
from counter.sync.inbound import ProvinceUpdate, StepRefusal
from counter.sync.protocol import parse_ts, ts

#: the action a status from the province stands for
STATUS_ACTIONS = {
    Status.IN_PROGRESS: Action.FORWARD, Status.SUPPLEMENT_REQUESTED: Action.REQUEST_SUPPLEMENT,
    Status.PAYMENT_REQUESTED: Action.REQUEST_PAYMENT, Status.REFUSED: Action.REFUSE, Status.WITHDRAWN: Action.WITHDRAW,
    Status.STOPPED: Action.STOP, Status.PROCESSED: Action.RESULT, Status.RETURNED: Action.RETURN,
}


def _actor(data: dict) -> Actor:
    return Actor(None, f"{data.get('NguoiXuLy') or 'Cơ quan giải quyết'} (tỉnh)", "system")  # vi-only: a name, stored in history


def apply_update(session: Session, update: dict, *, force: bool = False) -> str:
    """Apply one update from /updates (already validated: counter.sync.inbound.ProvinceUpdate).
    Returns "applied", "conflict", "seen" (applied before) or "unknown" (not this counter's)."""
    code = update["MaHoSo"]
    dossier = session.scalar(select(Dossier).where(Dossier.code == code))
    if dossier is None:
        return "unknown"
    if not force and dossier.province_version >= update["id"]:
        return "seen"
    if not force and outbox.pending_for(session, code):
        _conflict(session, update, msg("Hồ sơ có thay đổi tại quầy chưa gửi lên tỉnh: không ghi đè, cần cán bộ xem xét."))
        return "conflict"
    if not force and session.scalar(select(SyncConflict.id).where(
            SyncConflict.dossier_code == code, SyncConflict.kind == "update",
            SyncConflict.resolved_at.is_(None)).limit(1)) is not None:
        _conflict(session, update, msg("Một thay đổi trước đó của tỉnh cho hồ sơ này đang chờ cán bộ xem xét: "
                                       "thay đổi sau chờ theo thứ tự."))
        return "conflict"
    data = update.get("data") or {}
    kind = update["kind"]
    at = parse_ts(data.get("ThoiDiemXuLy")) or clock.now()
    details = {"hub_update_id": update["id"], "origin": "hub"}
    try:
        if kind == "progress":
            session.add(StatusHistory(dossier_id=dossier.id, at=at, officer_name=_actor(data).name, action="progress",
                                      from_status=dossier.status, to_status=dossier.status,
                                      reason=data.get("NoiDungXuLy", ""), details=details))
        elif kind == "due":
            new_due = parse_ts(data.get("NgayHenTra"))
            if new_due is None:
                raise NotAllowed(msg("Cập nhật hạn mới không có NgayHenTra."))
            if dossier.extended_at is not None and new_due != dossier.due_at:
                raise NotAllowed(msg("Hồ sơ đã được gia hạn một lần: hạn mới từ tỉnh cần cán bộ xem xét."))
            previous = dossier.due_at
            dossier.original_due_at, dossier.due_at, dossier.extended_at = previous, new_due, at
            transition(session, dossier, Action.EXTEND, _actor(data),
                       reason=data.get("NoiDungXuLy") or "Gia hạn từ tỉnh",  # vi-only: stored in the history
                       details={**details, "NgayHenTraTruoc": previous.isoformat(), "NgayHenTraMoi": new_due.isoformat()},
                       at=at, origin="hub")
        else:
            status = Status(int(data.get("TrangThai") or (Status.PROCESSED if kind == "result" else dossier.status)))
            action = STATUS_ACTIONS.get(status)
            if action is None:
                raise NotAllowed(msg("Trạng thái {status} từ tỉnh không áp dụng được tại quầy.", status=STATUS_IN_SENTENCE[status]))
            if action == Action.RESULT:
                dossier.result_code = data.get("MaKetQua") or f"{code}-KQ1"
                dossier.finished_at = at
            if action in (Action.REFUSE, Action.STOP, Action.WITHDRAW):
                dossier.closed_reason = data.get("NoiDungXuLy", "")
            if action == Action.RETURN:
                dossier.returned_at = parse_ts(data.get("NgayTra")) or at
            transition(session, dossier, action, _actor(data), reason=data.get("NoiDungXuLy") or status.label,
                       details=details, at=at, origin="hub")
    except NotAllowed as exc:
        if not force:
            _conflict(session, update, text_of(exc))
            return "conflict"
        _override(session, dossier, update, at, details)
    dossier.province_version = max(dossier.province_version, update["id"])
    return "applied"


def _override(session: Session, dossier: Dossier, update: dict, at, details: dict) -> None:
    """An officer chose the province's version where the counter's state machine has no step to
    it (the counter withdrew the dossier, the province made a result): the state is set as the
    province has it, recorded in the history and the audit log as such."""
    data = update.get("data") or {}
    before = audit_view(dossier)
    new_status = dossier.status
    if update["kind"] == "due":
        dossier.due_at = parse_ts(data.get("NgayHenTra")) or dossier.due_at
    else:
        new_status = int(data.get("TrangThai") or Status.PROCESSED)
        if new_status == Status.PROCESSED and not dossier.result_code:
            dossier.result_code, dossier.finished_at = data.get("MaKetQua") or f"{dossier.code}-KQ1", at
        if new_status == Status.RETURNED and dossier.returned_at is None:
            dossier.returned_at = parse_ts(data.get("NgayTra")) or at
    session.add(StatusHistory(dossier_id=dossier.id, at=at, officer_name=_actor(data).name, action="province_override",
                              from_status=dossier.status, to_status=new_status,
                              reason="Theo bản của tỉnh (cán bộ chọn khi xung đột)"  # vi-only: stored in the history
                                     + (f": {data['NoiDungXuLy']}" if data.get("NoiDungXuLy") else ""),
                              details=details))
    dossier.status, dossier.updated_at = new_status, clock.now()
    flag_modified(dossier, "updated_at")
    audit.record(session, _actor(data), "dossier.province_override", "dossier", dossier.code, before, audit_view(dossier))


def _conflict(session: Session, update: dict, reason: str) -> None:
    existing = session.scalar(select(SyncConflict).where(SyncConflict.update_id == update["id"]))
    if existing is None:
        dossier = session.scalar(select(Dossier).where(Dossier.code == update["MaHoSo"]))
        session.add(SyncConflict(dossier_code=update["MaHoSo"], update_id=update["id"], update=update, reason=reason,
                                 created_at=clock.now(), kind="update", local=local_side(session, dossier),
                                 province=_province_side(update)))


def local_side(session: Session, dossier: Dossier | None) -> dict:
    """The counter's side of a conflict, as the officer sees it: the state and the steps not yet
    accepted by the province."""
    if dossier is None:
        return {}
    unsent = list(session.scalars(select(OutboxEvent).where(
        OutboxEvent.dossier_code == dossier.code, OutboxEvent.state.in_((outbox.PENDING, outbox.ATTENTION)))
        .order_by(OutboxEvent.seq)))
    return {"TrangThai": int(dossier.status), "NgayHenTra": ts(dossier.due_at),
            "ChuaGui": [{"loai": e.kind, "HanhDong": e.payload.get("HanhDong", ""), "TrangThai": e.payload.get("TrangThai")}
                        for e in unsent]}


def _province_side(update: dict) -> dict:
    data = update.get("data") or {}
    return {"kind": update.get("kind"), "TrangThai": data.get("TrangThai"), "NgayHenTra": data.get("NgayHenTra"),
            "NoiDungXuLy": data.get("NoiDungXuLy", ""), "NguoiXuLy": data.get("NguoiXuLy", ""),
            "PhienBan": update.get("id")}


def open_conflicts(session: Session) -> list[SyncConflict]:
    return list(session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)))


def record_step_conflict(session: Session, event: OutboxEvent, reply: dict) -> None:
    """The province refused a local step as taken from an older state of the dossier (409 with
    status "conflict"): it recorded the step without applying it, so the event is delivered; here
    it becomes a conflict with both sides. When the counter has already applied or ruled on the
    province's version it was refused for, the officer decided already: it is closed as
    superseded. Raises ValidationError for a reply that is not such a refusal."""
    refusal = StepRefusal.model_validate(reply)
    dossier = session.scalar(select(Dossier).where(Dossier.code == event.dossier_code))
    province = refusal.province.model_dump()
    data = event.payload
    local = {"TrangThai": data.get("TrangThai"), "TrangThaiTruoc": data.get("TrangThaiTruoc"),
             "HanhDong": data.get("HanhDong", ""), "NguoiXuLy": data.get("NguoiXuLy", ""),
             "NoiDungXuLy": data.get("NoiDungXuLy", ""), "ThoiDiemXuLy": data.get("ThoiDiemXuLy")}
    decided = dossier is not None and dossier.province_version >= refusal.province.PhienBan
    now = clock.now()
    reason = msg("Tỉnh đã ghi '{province}' trước khi nhận bước '{local}' của quầy (bước đó làm trên trạng thái cũ): "
                 "tỉnh không áp dụng bước này.", province=_label(province["TrangThai"]), local=_label(local["TrangThai"]))
    if session.scalar(select(SyncConflict.id).where(SyncConflict.event_key == event.idempotency_key)) is None:
        session.add(SyncConflict(kind="step", event_key=event.idempotency_key, dossier_code=event.dossier_code,
                                 update_id=None, update=reply, reason=reason, local=local, province=province,
                                 created_at=now, resolved_at=now if decided else None,
                                 resolution="superseded" if decided else ""))


def _label(status) -> str:
    try:
        return STATUS_IN_SENTENCE[Status(int(status))]
    except (TypeError, ValueError):
        return msg("không rõ")


def resolve_conflict(db, conflict_id: int, *, apply: bool, actor: Actor = SYSTEM) -> str:
    """The officer decides, and both sides end equal: ``apply`` — the province's version stands
    (its held-back changes are applied here); otherwise the counter's version stands (the counter
    tells the province its state again, taken from the province's newest version it knows)."""
    with db.write() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFound(msg("Xung đột này đã được xử lý."))
        dossier = session.scalar(select(Dossier).where(Dossier.code == conflict.dossier_code))
        if dossier is None:
            raise NotFound(msg("Không có hồ sơ {code} tại quầy.", code=conflict.dossier_code))
        # the province's version this decision is about, and its changes held back here that the
        # decision covers (that version and the ones before it), oldest first
        version = _valid_update(conflict.update)["id"] if conflict.kind == "update" else \
            int((conflict.province or {}).get("PhienBan") or 0)
        held = list(session.scalars(select(SyncConflict).where(
            SyncConflict.dossier_code == dossier.code, SyncConflict.kind == "update",
            SyncConflict.resolved_at.is_(None), SyncConflict.update_id <= version).order_by(SyncConflict.update_id)))
        province_status = (conflict.province or {}).get("TrangThai")
        now = clock.now()
        if apply:  # the province's version: as far as its changes are here (the rest arrive by the pull)
            seen = dossier.province_version
            for item in held:
                update = _valid_update(item.update)
                if update["id"] > dossier.province_version:  # never an older change over a newer one
                    with session.begin_nested() as nested:
                        if apply_update(session, update, force=True) != "applied":
                            nested.rollback()
                            raise NotAllowed(msg("Không áp dụng được thay đổi của tỉnh: {reason}", reason=item.reason))
                seen = max(seen, update["id"])
                if item is not conflict:
                    item.resolved_at, item.resolution = now, "applied"
            outcome = "applied"
        else:  # the counter's version, over the province's up to ``version``
            seen = version
            for item in held:
                if item is not conflict:
                    item.resolved_at, item.resolution = now, "superseded"
            province_due = parse_ts((conflict.province or {}).get("NgayHenTra"))
            if (province_status is not None and int(province_status) != int(dossier.status)) or \
                    (province_due is not None and province_due != dossier.due_at):
                _reassert(session, dossier, actor, max(dossier.province_version, seen),
                          int(province_status) if province_status is not None else None)
            outcome = "kept"
        dossier.province_version = max(dossier.province_version, seen)
        conflict.resolved_at, conflict.resolution = now, outcome
        # steps refused for province changes now ruled on need no second decision
        for other in session.scalars(select(SyncConflict).where(
                SyncConflict.dossier_code == dossier.code, SyncConflict.kind == "step",
                SyncConflict.resolved_at.is_(None), SyncConflict.id != conflict.id)):
            if int((other.province or {}).get("PhienBan") or 0) <= dossier.province_version:
                other.resolved_at, other.resolution = now, "superseded"
        audit.record(session, actor, "sync.conflict_resolved", "dossier", dossier.code, None,
                     {"conflict": conflict.id, "kind": conflict.kind, "resolution": outcome})
        return outcome


def _valid_update(raw: dict) -> dict:
    """A stored update, checked again (conflicts recorded before validation existed may hold
    anything)."""
    try:
        return ProvinceUpdate.model_validate(raw).model_dump(mode="json")
    except ValidationError as exc:
        raise NotAllowed(msg("Thay đổi của tỉnh này không hợp lệ, không áp dụng được: {reason}",
                             reason=wire.reason(exc))) from None


def _reassert(session: Session, dossier: Dossier, actor: Actor, base: int, province_status: int | None) -> None:
    """Tell the province the counter's state again, as a step taken from the province's version
    ``base``: the officer kept the counter's version."""
    now = clock.now()
    outbox.enqueue(session, "dossier.status", dossier.code, {
        "MaHoSo": dossier.code, "NguoiXuLy": actor.name, "ThoiDiemXuLy": ts(now), "PhongBanXuLy": dossier.department,
        "NoiDungXuLy": "Giữ trạng thái tại quầy sau xung đột với tỉnh", "HanhDong": "reassert",  # vi-only: sent to the province
        "TrangThaiTruoc": province_status, "TrangThai": int(dossier.status),
        "NgayBatDau": ts(dossier.clock_started_at or dossier.received_at), "NgayKetThucTheoQuyDinh": ts(dossier.due_at),
        "PhienBanCoSo": base, "ChiTiet": {}})
