"""Applying what the province changed (department decisions, results, new due dates) to the local
dossiers — never over local changes that have not been sent: those become conflicts an officer
sees and resolves."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import clock
from counter.domain.lifecycle import Action, NotAllowed
from counter.domain.status import Status
from counter.services.audit import Actor
from counter.services.errors import NotFound
from counter.services.history import transition
from counter.store.models import Dossier, StatusHistory, SyncConflict
from counter.sync import outbox
from counter.sync.protocol import parse_ts

#: the action a status from the province stands for
STATUS_ACTIONS = {
    Status.IN_PROGRESS: Action.FORWARD, Status.SUPPLEMENT_REQUESTED: Action.REQUEST_SUPPLEMENT,
    Status.PAYMENT_REQUESTED: Action.REQUEST_PAYMENT, Status.REFUSED: Action.REFUSE, Status.WITHDRAWN: Action.WITHDRAW,
    Status.STOPPED: Action.STOP, Status.PROCESSED: Action.RESULT, Status.RETURNED: Action.RETURN,
}


def _actor(data: dict) -> Actor:
    return Actor(None, f"{data.get('NguoiXuLy') or 'Cơ quan giải quyết'} (tỉnh)", "system")


def apply_update(session: Session, update: dict, *, force: bool = False) -> str:
    """Apply one update from /updates. Returns "applied", "conflict" or "unknown"."""
    code = update["MaHoSo"]
    dossier = session.scalar(select(Dossier).where(Dossier.code == code))
    if dossier is None:
        return "unknown"
    if not force and outbox.pending_for(session, code):
        _conflict(session, update, "Hồ sơ có thay đổi tại quầy chưa gửi lên tỉnh: không ghi đè, cần cán bộ xem xét.")
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
                raise NotAllowed("Cập nhật hạn mới không có NgayHenTra.")
            if dossier.extended_at is not None and new_due != dossier.due_at:
                raise NotAllowed("Hồ sơ đã được gia hạn một lần: hạn mới từ tỉnh cần cán bộ xem xét.")
            previous = dossier.due_at
            dossier.original_due_at, dossier.due_at, dossier.extended_at = previous, new_due, at
            transition(session, dossier, Action.EXTEND, _actor(data), reason=data.get("NoiDungXuLy") or "Gia hạn từ tỉnh",
                       details={**details, "NgayHenTraTruoc": previous.isoformat(), "NgayHenTraMoi": new_due.isoformat()},
                       at=at, origin="hub")
        else:
            status = Status(int(data.get("TrangThai", Status.PROCESSED if kind == "result" else dossier.status)))
            action = STATUS_ACTIONS.get(status)
            if action is None:
                raise NotAllowed(f"Trạng thái {status.label.lower()} từ tỉnh không áp dụng được tại quầy.")
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
        _conflict(session, update, str(exc))
        return "conflict"
    return "applied"


def _conflict(session: Session, update: dict, reason: str) -> None:
    existing = session.scalar(select(SyncConflict).where(SyncConflict.update_id == update["id"]))
    if existing is None:
        session.add(SyncConflict(dossier_code=update["MaHoSo"], update_id=update["id"], update=update, reason=reason,
                                 created_at=clock.now()))


def open_conflicts(session: Session) -> list[SyncConflict]:
    return list(session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)))


def resolve_conflict(db, conflict_id: int, *, apply: bool) -> str:
    """The officer decides: apply the province's change after all, or keep the counter's."""
    with db.write() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFound("Xung đột này đã được xử lý.")
        outcome = "kept"
        if apply:
            with session.begin_nested() as nested:
                result = apply_update(session, conflict.update, force=True)
                if result != "applied":
                    nested.rollback()
                    raise NotAllowed(f"Không áp dụng được cập nhật từ tỉnh: {conflict.reason}")
            outcome = "applied"
        conflict.resolved_at = clock.now()
        conflict.resolution = outcome
        return outcome

