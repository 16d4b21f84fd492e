"""Results home by post, and dossiers that arrive by post (DOMAIN §7, QĐ 45/2016/QĐ-TTg).

When a result is ready for a dossier whose applicant chose delivery by post — or when a dossier
that came by post is accepted, so its receipt goes back — a postal order is queued in the same
transaction. The postal worker creates it at the operator when online (idempotent on the order
number, so a timeout after the operator created it never makes a second one), the counter hands
the parcels to the postman with a signed list, and tracking flows back: collected, in transit,
delivered (the dossier becomes "returned" at the delivery time) or returned to sender (back in the
counter's queue)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from counter import clock
from counter.domain.lifecycle import Action
from counter.domain.status import Status
from counter.domain.text import nfc
from counter.messages import Text, msg
from counter.services import audit
from counter.services.errors import NotFound, UserError, ValidationFailed
from counter.services.history import handover, transition
from counter.services.lifecycle import next_batch_number
from counter.services.office import get_office
from counter.services.payloads import parse_ts
from counter.services.postal_orders import queue_order
from counter.services.units import load_units
from counter.store.models import Dossier, Handover, HandoverBatch, PostalEvent, PostalOrder

STATE_LABELS = {
    "pending": msg("Chờ tạo đơn"), "created": msg("Đã tạo đơn, chờ bàn giao"), "handed_over": msg("Đã giao bưu tá"),
    "collected": msg("Bưu điện đã nhận"), "in_transit": msg("Đang vận chuyển"), "delivered": msg("Đã phát thành công"),
    "returned": msg("Chuyển hoàn về quầy"), "cancelled": msg("Đã hủy"), "failed": msg("Bị bưu điện từ chối"),
}
#: the same states as they read inside a sentence ("Bưu gửi đang 'đã giao bưu tá': …")
_STATE_IN_SENTENCE = {
    "pending": msg("chờ tạo đơn"), "created": msg("đã tạo đơn, chờ bàn giao"), "handed_over": msg("đã giao bưu tá"),
    "collected": msg("bưu điện đã nhận"), "in_transit": msg("đang vận chuyển"), "delivered": msg("đã phát thành công"),
    "returned": msg("chuyển hoàn về quầy"), "cancelled": msg("đã hủy"), "failed": msg("bị bưu điện từ chối"),
}
REMOTE_STATES = {1: "created", 2: "collected", 3: "delivered", 4: "cancelled", 5: "in_transit", 6: "returned"}
ACTIVE = ("pending", "created", "handed_over", "collected", "in_transit")


def received_note(code: str) -> Text:
    """The note of an order the post office took (stored with the event)."""
    return msg("Bưu điện nhận đơn, mã vận đơn {code}", code=code)


POSTAL_ACTOR = audit.Actor(None, "Bưu chính công ích", "system")  # vi-only: the actor's name, stored in the audit


def apply_tracking(session: Session, event: dict) -> bool:
    """One tracking event; returns True when it changed something (each event applies once)."""
    if session.scalar(select(PostalEvent.id).where(PostalEvent.remote_id == event["id"])) is not None:
        return False
    order = session.scalar(select(PostalOrder).where(PostalOrder.number == event["SoDonHang"]))
    state = REMOTE_STATES.get(event["TrangThai"])
    if order is None or state is None or state == "created":
        return False
    at = parse_ts(event.get("ThoiDiem")) or clock.now()
    _set_state(session, order, state, at, event.get("GhiChu") or STATE_LABELS[state], remote_id=event["id"])
    return True


def _set_state(session: Session, order: PostalOrder, state: str, at: datetime, note: str, *,
               remote_id: int | None = None) -> None:
    """One step of a parcel (from the operator's tracking, or set by hand): on delivery of a
    result, the dossier is returned."""
    session.add(PostalEvent(order_id=order.id, remote_id=remote_id, state=state, at=at, note=note))
    order.state = state
    if state == "delivered":
        order.delivered_at = at
        dossier = order.dossier
        if order.purpose == "result" and dossier.status == Status.PROCESSED:
            dossier.returned_at = at
            dossier.returned_to_name = order.payload["NguoiNhan"]["HoTen"]
            handover(session, dossier, "return", "Bưu chính công ích",  # vi-only: party names, stored and printed
                     dossier.returned_to_name, "Bưu tá",  # vi-only: the giver's name, stored and printed
                     dossier.returned_to_name, at, "",
                     msg("Phát thành công, mã vận đơn {code}", code=order.tracking_code))
            transition(session, dossier, Action.RETURN, POSTAL_ACTOR, at=at,
                       reason=msg("Đã phát kết quả qua bưu chính (mã vận đơn {code})",
                                  code=order.tracking_code or msg("không có")),
                       details={"postal_order": order.number, "tracking_code": order.tracking_code})


# -- at the counter ------------------------------------------------------------------------------


_WAYBILL = re.compile(r"^[A-Z0-9]{8,20}$")
MANUAL_STATES = ("in_transit", "delivered", "returned")  # what the officer can set by hand


def enter_waybill(db, order_id: int, tracking_code: str, actor: audit.Actor) -> None:
    """Without the operator's connection: the waybill number the post office wrote or stuck on
    the parcel, typed (or scanned) by the officer. The parcel is then ready for the postman."""
    code = nfc(tracking_code).strip().upper().replace(" ", "")
    if not _WAYBILL.match(code):
        raise ValidationFailed({"tracking_code": msg("Mã vận đơn gồm 8–20 chữ và số, ví dụ EB123456789VN.")})
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None:
            raise NotFound(msg("Không có bưu gửi này."))
        if order.state not in ("pending", "created"):
            raise UserError(msg("Bưu gửi đang '{state}': không nhập mã vận đơn được nữa.",
                                state=_STATE_IN_SENTENCE[order.state]))
        before = order.tracking_code
        order.tracking_code, order.state = code, "created"
        order.registered_at = order.registered_at or clock.now()
        session.add(PostalEvent(order_id=order.id, state="created", at=clock.now(),
                                note=msg("Nhập mã vận đơn {code} bằng tay", code=code)))
        audit.record(session, actor, "postal.waybill", "postal_order", order.number, {"tracking_code": before},
                     {"tracking_code": code})


def track_by_hand(db, order_id: int, state: str, actor: audit.Actor, *, note: str = "",
                  at: datetime | None = None) -> None:
    """Without the operator's connection: the parcel's progress as the post office told it
    (in transit, delivered — which returns the dossier — or returned to the counter)."""
    if state not in MANUAL_STATES:
        raise ValidationFailed({"state": msg("Chọn: đang vận chuyển, đã phát thành công hoặc chuyển hoàn.")})
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None:
            raise NotFound(msg("Không có bưu gửi này."))
        if order.state not in ("handed_over", "collected", "in_transit"):
            raise UserError(msg("Bưu gửi đang '{state}': chỉ cập nhật được bưu gửi đã giao bưu tá.",
                                state=_STATE_IN_SENTENCE[order.state]))
        before = order.state
        text = nfc(note).strip() or STATE_LABELS[state]
        _set_state(session, order, state, at or clock.now(),
                   msg("{note} (cán bộ cập nhật: {officer})", note=text, officer=actor.name))
        audit.record(session, actor, "postal.track_by_hand", "postal_order", order.number, {"state": before},
                     {"state": state, "note": text})


def handover_to_postman(db, order_ids: list[int], actor: audit.Actor, *, postman: str,
                        without_waybill: bool = False) -> str:
    """Hand the parcels to the postman with one signed list; returns the list's number. An office
    without the operator's connection may hand over parcels that have no waybill number
    (``without_waybill``): the signed list is the proof, the waybill can be typed later."""
    if not order_ids:
        raise ValidationFailed({"orders": msg("Chọn ít nhất một bưu gửi để bàn giao.")})
    with db.write() as session:
        now = clock.now()
        orders = list(session.scalars(select(PostalOrder).where(PostalOrder.id.in_(order_ids))))
        ready = ("created", "pending") if without_waybill else ("created",)
        not_ready = [o.number for o in orders if o.state not in ready]
        if not_ready:
            raise UserError(msg("Chỉ bàn giao được bưu gửi đã có mã vận đơn và chưa giao: {numbers}",
                                numbers=", ".join(not_ready)))
        batch = HandoverBatch(number=next_batch_number(session, now.date(), "post"), at=now, kind="post",
                              from_party="Bộ phận Một cửa",  # vi-only: party name, stored and printed on the list
                              to_party="Bưu chính công ích",  # vi-only: party name, stored and printed on the list
                              giver_name=actor.name, receiver_name=postman.strip())
        session.add(batch)
        session.flush()
        for order in orders:
            order.state, order.handed_over_at, order.batch_id = "handed_over", now, batch.id
            session.add(PostalEvent(order_id=order.id, state="handed_over", at=now,
                                    note=msg("Giao bưu tá {postman} theo danh sách {number}",
                                             postman=postman.strip(), number=batch.number)))
            session.add(Handover(dossier_id=order.dossier_id, batch_id=batch.id, at=now, kind="post",
                                 from_party="Bộ phận Một cửa",  # vi-only: party name, stored and printed
                                 to_party="Bưu chính công ích",  # vi-only: party name, stored and printed
                                 giver_name=actor.name, receiver_name=postman.strip(),
                                 note=msg("Mã vận đơn {code}", code=order.tracking_code) if order.tracking_code
                                 else msg("Chưa có mã vận đơn")))
        audit.record(session, actor, "postal.handover", "handover_batch", batch.number, None,
                     {"orders": [o.number for o in orders], "postman": postman.strip()})
        return batch.number


def cancel(db, order_id: int, actor: audit.Actor, cancel_at_operator: Callable[[str], None] | None) -> None:
    """Cancel an order. One not yet created at the operator is cancelled here; one created there is
    cancelled at the operator first, by ``cancel_at_operator(number)`` (counter.sync.postal's
    client, given by the caller; None when the postal service is not set up)."""
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None:
            raise NotFound(msg("Không có bưu gửi này."))
        if order.state == "pending":
            order.state = "cancelled"
            session.add(PostalEvent(order_id=order.id, state="cancelled", at=clock.now(), note=msg("Hủy trước khi tạo đơn")))
            audit.record(session, actor, "postal.cancel", "postal_order", order.number, None, {"state": "cancelled"})
            return
        if order.state != "created":
            raise UserError(msg("Bưu gửi đang '{state}': không hủy được nữa.", state=_STATE_IN_SENTENCE[order.state]))
        number = order.number
    if cancel_at_operator is None:
        raise UserError(msg("Chưa thiết lập dịch vụ bưu chính: không hủy được đơn đã tạo."))
    cancel_at_operator(number)
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        order.state = "cancelled"
        session.add(PostalEvent(order_id=order.id, state="cancelled", at=clock.now(), note=msg("Đã hủy đơn")))
        audit.record(session, actor, "postal.cancel", "postal_order", number, None, {"state": "cancelled"})


def resend(db, order_id: int, actor: audit.Actor) -> str:
    """After a return to sender: queue a new order (a new number) for the same result."""
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None or order.state not in ("returned", "failed", "cancelled"):
            raise UserError(msg("Chỉ gửi lại được bưu gửi bị chuyển hoàn, bị từ chối hoặc đã hủy."))
        count = session.scalar(select(func.count()).select_from(PostalOrder).where(
            PostalOrder.dossier_id == order.dossier_id, PostalOrder.purpose == order.purpose))
        new = queue_order(session, order.dossier, order.purpose, number=f"{order.number.split('-L')[0]}-L{count + 1}")
        audit.record(session, actor, "postal.resend", "postal_order", new.number, None, {"after": order.number})
        return new.number


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    dossier_code: str
    purpose: str
    state: str
    tracking_code: str
    receiver: str
    address: str
    at: datetime
    note: str


QUEUES = (("hand_over", msg("Chờ bàn giao bưu tá")), ("in_transit", msg("Đang chuyển phát")),
          ("delivered", msg("Đã phát")), ("problems", msg("Cần xử lý")))


def queue(db, key: str, *, limit: int = 500) -> list[OrderRow]:
    states = {"hand_over": ("pending", "created"), "in_transit": ("handed_over", "collected", "in_transit"),
              "delivered": ("delivered",), "problems": ("returned", "failed")}[key]
    with db.read() as session:
        query = (select(PostalOrder).where(PostalOrder.state.in_(states))
                 .options(selectinload(PostalOrder.dossier), selectinload(PostalOrder.events))
                 .order_by(PostalOrder.id.desc() if key == "delivered" else PostalOrder.id).limit(limit))
        rows = []
        for o in session.scalars(query):
            last = o.events[-1] if o.events else None
            receiver = o.payload["NguoiNhan"]
            area = _area(receiver)
            rows.append(OrderRow(o.id, o.number, o.dossier.code, o.purpose, o.state, o.tracking_code,
                                 receiver["HoTen"], receiver["DiaChi"] + (f", {area}" if area else ""),
                                 last.at if last else o.created_at, (last.note if last else "") or o.last_error))
        return rows


def counts(db) -> dict[str, int]:
    groups = {"hand_over": ("pending", "created"), "in_transit": ("handed_over", "collected", "in_transit"),
              "delivered": ("delivered",), "problems": ("returned", "failed")}
    with db.read() as session:
        by_state = dict(session.execute(select(PostalOrder.state, func.count()).group_by(PostalOrder.state)).all())
    return {k: sum(by_state.get(s, 0) for s in states) for k, states in groups.items()}


def batches_on(db, day: date, kind: str = "post") -> list[str]:
    start = datetime.combine(day, datetime.min.time())
    with db.read() as session:
        return list(session.scalars(select(HandoverBatch.number).where(
            HandoverBatch.kind == kind, HandoverBatch.at >= start, HandoverBatch.at < start + timedelta(days=1))
            .order_by(HandoverBatch.id)))


def handover_lists(db, day: date, actor: audit.Actor, *, postman: str = "") -> tuple[list[str], int]:
    """The hand-over lists of ``day``. Today, when none was made yet, one is made of the parcels
    ready to go (created at the operator). Returns the list numbers and how many parcels the new
    list holds (0 when none was made)."""
    numbers = batches_on(db, day)
    if not numbers and day == clock.now().date():
        ready = [r.id for r in queue(db, "hand_over") if r.state == "created"]
        if ready:
            return [handover_to_postman(db, ready, actor,
                                        postman=postman or "Bưu tá")], len(ready)  # vi-only: receiver's name, printed
    if not numbers:
        raise UserError(msg("Ngày {day} không có bưu gửi nào bàn giao cho bưu tá.", day=f"{day:%d/%m/%Y}"))
    return numbers, 0


# -- printed --------------------------------------------------------------------------------------


def _area(payload_party: dict) -> str:
    units = load_units()
    province = units.province(payload_party.get("MaTinh", ""))
    commune = units.commune(province.code, payload_party.get("MaXa", "")) if province else None
    return ", ".join(x.label for x in (commune, province) if x is not None)


def label_pdf(db, number: str) -> bytes:
    from counter.documents.postal import LabelData, render_label  # lazy: reportlab (heavy), only to draw a PDF

    with db.read() as session:
        order = session.scalar(select(PostalOrder).where(PostalOrder.number == number))
        if order is None:
            raise NotFound(msg("Không có bưu gửi số {number}.", number=number))
        sender, receiver = order.payload["NguoiGui"], order.payload["NguoiNhan"]
        data = LabelData(
            number=order.number, tracking_code=order.tracking_code, sender_name=sender["HoTen"],
            sender_address=sender["DiaChi"], sender_phone=sender["DienThoai"], receiver_name=receiver["HoTen"],
            receiver_address=receiver["DiaChi"], receiver_area=_area(receiver), receiver_phone=receiver["DienThoai"],
            contents=order.payload.get("NoiDung", ""), postage=order.postage, created_at=order.created_at,
            purpose_label="Kết quả giải quyết TTHC" if order.purpose == "result"  # vi-only: printed on the label
            else "Giấy hẹn trả kết quả")  # vi-only: printed on the label
    return render_label(data)


def resolve_number(db, text: str) -> str:
    """An order number as typed, or a dossier code standing for its latest postal order."""
    text = text.strip().upper()
    with db.read() as session:
        if session.scalar(select(PostalOrder.id).where(PostalOrder.number == text)) is not None:
            return text
        number = session.scalar(select(PostalOrder.number).join(Dossier).where(Dossier.code == text)
                                .order_by(PostalOrder.id.desc()).limit(1))
    if number is None:
        raise NotFound(msg("Không có bưu gửi nào cho {code}.", code=text))
    return number


def handover_list_pdf(db, batch_number: str) -> bytes:
    """The postman's hand-over list: each parcel's order number as a barcode, receiver, signatures."""
    from counter.documents import forms as paper  # lazy: reportlab (heavy), only to draw a PDF
    from counter.services.forms import letterhead  # lazy: reportlab (heavy), only to draw a PDF

    with db.read() as session:
        batch = session.scalar(select(HandoverBatch).where(HandoverBatch.number == batch_number,
                                                           HandoverBatch.kind == "post"))
        if batch is None:
            raise NotFound(msg("Không có danh sách bàn giao bưu gửi số {number}.", number=batch_number))
        orders = session.scalars(select(PostalOrder).where(PostalOrder.batch_id == batch.id)
                                 .options(selectinload(PostalOrder.dossier)).order_by(PostalOrder.id)).all()
        rows = tuple(paper.HandoverRow(o.number, f"{o.payload['NguoiNhan']['DiaChi']} — {_area(o.payload['NguoiNhan'])}",
                                       o.payload["NguoiNhan"]["HoTen"], 1, 1, o.dossier.due_at) for o in orders)
        data = paper.HandoverListData(letterhead(get_office(session)), batch.number, batch.at, batch.from_party, batch.to_party,
                                      batch.giver_name, batch.receiver_name, rows, title="DANH SÁCH BÀN GIAO BƯU GỬI")  # vi-only: printed
    return paper.render_handover_list(data)
