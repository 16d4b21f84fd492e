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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import requests
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from counter import clock, environment, settings
from counter.domain.lifecycle import Action
from counter.domain.status import Channel, ReturnMethod, Status
from counter.domain.text import nfc
from counter.services import audit
from counter.services.errors import NotFound, UserError, ValidationFailed
from counter.services.office import get_office
from counter.store.models import Dossier, HandoverBatch, Handover, PostalEvent, PostalOrder
from counter.sync import outbox
from counter.sync.client import Transient, _retry_after
from counter.sync.protocol import parse_ts

STATE_LABELS = {
    "pending": "Chờ tạo đơn", "created": "Đã tạo đơn, chờ bàn giao", "handed_over": "Đã giao bưu tá",
    "collected": "Bưu điện đã nhận", "in_transit": "Đang vận chuyển", "delivered": "Đã phát thành công",
    "returned": "Chuyển hoàn về quầy", "cancelled": "Đã hủy", "failed": "Bị bưu điện từ chối",
}
REMOTE_STATES = {1: "created", 2: "collected", 3: "delivered", 4: "cancelled", 5: "in_transit", 6: "returned"}
ACTIVE = ("pending", "created", "handed_over", "collected", "in_transit")


# -- queuing orders (called inside the transaction of the step) ---------------------------------


def _party_office(office) -> dict:
    return {"HoTen": f"{office.unit_name.capitalize()} — {office.name}", "DiaChi": office.address,
            "DienThoai": office.phone or "0000000000", "MaTinh": settings.get(office, settings.PROVINCE_CODE),
            "MaXa": settings.get(office, settings.COMMUNE_CODE)}


def order_payload(dossier: Dossier, office, purpose: str, number: str) -> dict:
    customer = settings.get(office, settings.POSTAL_CUSTOMER)
    receiver_name = dossier.proxy_name or dossier.applicant_name
    content = ("Kết quả giải quyết thủ tục hành chính" if purpose == "result"
               else "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
    return {
        "SoDonHang": number,
        "MaKhachHang": office.agency_code if customer is None else customer,
        "TienThuHo": 0,
        "NguoiGui": _party_office(office),
        "NguoiNhan": {"HoTen": receiver_name,
                      "DiaChi": dossier.delivery_address or dossier.address,
                      "DienThoai": dossier.delivery_phone or dossier.phone,
                      "MaTinh": dossier.delivery_province_code, "MaXa": dossier.delivery_commune_code,
                      "Email": dossier.email},
        "NoiDung": f"{content}: {dossier.procedure_name} — mã hồ sơ {dossier.code}",
    }


def queue_order(session: Session, dossier: Dossier, purpose: str, *, number: str | None = None) -> PostalOrder:
    office = get_office(session)
    number = number or (dossier.code if purpose == "result" else f"{dossier.code}-BN")
    now = clock.now()
    order = PostalOrder(dossier_id=dossier.id, purpose=purpose, number=number,
                        payload=order_payload(dossier, office, purpose, number), state="pending",
                        postage=dossier.postage if purpose == "result" else 0, created_at=now)
    session.add(order)
    session.flush()
    session.add(PostalEvent(order_id=order.id, state="pending", at=now, note="Lập đơn gửi bưu chính"))
    return order


def on_step(session: Session, dossier: Dossier, action: Action) -> None:
    """Hook from the status history: the steps that start a postal order."""
    if action == Action.RESULT and dossier.return_method == ReturnMethod.POST:
        if not any(o.purpose == "result" and o.state != "cancelled" for o in dossier.postal_orders):
            queue_order(session, dossier, "result")
    elif action in (Action.RECEIVE, Action.COMPLETE_SUPPLEMENT) and dossier.channel == Channel.POSTAL:
        existing = [o for o in dossier.postal_orders if o.purpose == "receipt"]
        queue_order(session, dossier, "receipt", number=f"{dossier.code}-BN{len(existing) + 1 if existing else ''}")


# -- the operator's client -------------------------------------------------------------------


@dataclass
class PostalConfig:
    url: str
    key: str
    timeout: tuple[float, float] = (5.0, 20.0)
    allow_plain_http: bool = False


def postal_config(db) -> PostalConfig | None:
    with db.read() as session:
        from counter.sync.transport import allowed_by_setting

        office = get_office(session)
        values = settings.office_settings(office)
        plain_allowed = allowed_by_setting(office)
    from counter import secrets

    url = environment.get("COUNTER_POSTAL_URL") or values.postal_url
    key = (environment.get("COUNTER_POSTAL_KEY") or secrets.get(db.url, settings.POSTAL_KEY.key)
           or values.postal_key)
    if not url or not key:
        return None
    timeout = float(environment.get("COUNTER_SYNC_TIMEOUT", "20") or "20")
    return PostalConfig(url.rstrip("/"), key, (min(5.0, timeout), timeout), plain_allowed)


class PostalClient:
    def __init__(self, config: PostalConfig):
        self.config = config
        self.http = requests.Session()
        self.http.headers["X-Api-Key"] = config.key

    def request(self, method: str, path: str, **kwargs):
        from counter.sync.transport import allowed_by_setting, network_message, refusal

        why = refusal(self.config.url, self.config.allow_plain_http or allowed_by_setting(), "dịch vụ bưu chính")
        if why:
            raise UserError(why)
        kwargs.setdefault("verify", True)
        try:
            response = self.http.request(method, self.config.url + "/postal/v1" + path, timeout=self.config.timeout,
                                         **kwargs)
        except requests.exceptions.RequestException as exc:
            raise Transient(network_message(exc, "dịch vụ bưu chính")) from exc
        if response.status_code == 401:
            raise UserError("Dịch vụ bưu chính từ chối khóa API: kiểm tra Thiết lập → Bưu chính.")
        if response.status_code == 429 or response.status_code >= 500:
            raise Transient(f"Dịch vụ bưu chính tạm lỗi ({response.status_code}), sẽ thử lại.",
                            _retry_after(response.headers.get("Retry-After")))
        return response

    def json(self, response):
        try:
            return response.json()
        except ValueError as exc:
            raise Transient("Dịch vụ bưu chính trả lời không đúng định dạng, sẽ thử lại.") from exc

    def close(self):
        self.http.close()


@dataclass
class PostalResult:
    created: int = 0
    updated: int = 0
    failed: int = 0
    quarantined: int = 0  # tracking events that failed validation, under "Cần xử lý"
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def postal_once(db, config: PostalConfig) -> PostalResult:
    """Send the pending orders and pull tracking; one counter at a time on a shared database."""
    result = PostalResult()
    with db.exclusive("postal") as mine:
        if not mine:
            return result
        client = PostalClient(config)
        try:
            _create_pending(db, client, result)
            _pull_tracking(db, client, result)
        except (Transient, UserError) as exc:
            result.errors.append(str(exc))
        finally:
            client.close()
    return result


def _create_pending(db, client: PostalClient, result: PostalResult) -> None:
    with db.read() as session:
        pending = [(o.id, o.number, o.payload) for o in session.scalars(
            select(PostalOrder).where(PostalOrder.state == "pending").order_by(PostalOrder.id))]
    for order_id, number, payload in pending:
        response = client.request("POST", "/orders", json=payload)
        now = clock.now()
        with db.write() as session:
            order = session.get(PostalOrder, order_id)
            order.attempts += 1
            if response.status_code in (200, 201):
                body = client.json(response)
                if body.get("SoDonHang") != number or not body.get("MaVanDon"):
                    raise Transient("Dịch vụ bưu chính trả lời không khớp đơn đã gửi.")
                order.state, order.tracking_code, order.registered_at = "created", body["MaVanDon"], now
                order.postage = body.get("CuocPhi", order.postage)
                order.last_error = ""
                session.add(PostalEvent(order_id=order.id, state="created", at=now,
                                        note=f"Bưu điện nhận đơn, mã vận đơn {body['MaVanDon']}"))
                result.created += 1
            else:
                try:
                    detail = response.json().get("detail")
                except ValueError:
                    detail = response.text[:300]
                order.state, order.last_error = "failed", f"{response.status_code}: {detail}"
                session.add(PostalEvent(order_id=order.id, state="failed", at=now, note=order.last_error))
                result.failed += 1


def _pull_tracking(db, client: PostalClient, result: PostalResult) -> None:
    """Tracking events, each validated (counter.sync.inbound.TrackingEvent): an invalid one goes
    to "Cần xử lý" with the reason, the others are applied, the cursor moves past them all."""
    from counter.sync import inbound

    def fetch(cursor: int):
        response = client.request("GET", "/tracking", params={"after": cursor})
        if response.status_code != 200:
            raise Transient(f"Tra cứu hành trình lỗi ({response.status_code}).")
        return client.json(response)

    pulled = inbound.pull_pages(
        db, fetch=fetch, items_key="events", model=inbound.TrackingEvent, cursor_key="postal.cursor",
        source="tracking", what="Hành trình bưu chính", budget=inbound.Budget(),
        handle=lambda session, event: "updated" if apply_tracking(session, event.model_dump(mode="json")) else "")
    result.updated += pulled.counts["updated"]
    result.quarantined += pulled.counts["quarantined"]
    if pulled.problem:
        result.errors.append(pulled.problem)


POSTAL_ACTOR = audit.Actor(None, "Bưu chính công ích", "system")


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
            from counter.services.history import handover, transition

            dossier.returned_at = at
            dossier.returned_to_name = order.payload["NguoiNhan"]["HoTen"]
            handover(session, dossier, "return", "Bưu chính công ích", dossier.returned_to_name, "Bưu tá",
                     dossier.returned_to_name, at, "", f"Phát thành công, mã vận đơn {order.tracking_code}")
            transition(session, dossier, Action.RETURN, POSTAL_ACTOR, at=at,
                       reason=f"Đã phát kết quả qua bưu chính (mã vận đơn {order.tracking_code or 'không có'})",
                       details={"postal_order": order.number, "tracking_code": order.tracking_code})


# -- at the counter ------------------------------------------------------------------------------


_WAYBILL = re.compile(r"^[A-Z0-9]{8,20}$")
MANUAL_STATES = ("in_transit", "delivered", "returned")  # what the officer can set by hand


def enter_waybill(db, order_id: int, tracking_code: str, actor: audit.Actor) -> None:
    """Without the operator's connection: the waybill number the post office wrote or stuck on
    the parcel, typed (or scanned) by the officer. The parcel is then ready for the postman."""
    code = nfc(tracking_code).strip().upper().replace(" ", "")
    if not _WAYBILL.match(code):
        raise ValidationFailed({"tracking_code": "Mã vận đơn gồm 8–20 chữ và số, ví dụ EB123456789VN."})
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None:
            raise NotFound("Không có bưu gửi này.")
        if order.state not in ("pending", "created"):
            raise UserError(f"Bưu gửi đang '{STATE_LABELS[order.state].lower()}': không nhập mã vận đơn được nữa.")
        before = order.tracking_code
        order.tracking_code, order.state = code, "created"
        order.registered_at = order.registered_at or clock.now()
        session.add(PostalEvent(order_id=order.id, state="created", at=clock.now(),
                                note=f"Nhập mã vận đơn {code} bằng tay"))
        audit.record(session, actor, "postal.waybill", "postal_order", order.number, {"tracking_code": before},
                     {"tracking_code": code})


def track_by_hand(db, order_id: int, state: str, actor: audit.Actor, *, note: str = "",
                  at: datetime | None = None) -> None:
    """Without the operator's connection: the parcel's progress as the post office told it
    (in transit, delivered — which returns the dossier — or returned to the counter)."""
    if state not in MANUAL_STATES:
        raise ValidationFailed({"state": "Chọn: đang vận chuyển, đã phát thành công hoặc chuyển hoàn."})
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None:
            raise NotFound("Không có bưu gửi này.")
        if order.state not in ("handed_over", "collected", "in_transit"):
            raise UserError(f"Bưu gửi đang '{STATE_LABELS[order.state].lower()}': chỉ cập nhật được bưu gửi đã giao "
                            "bưu tá.")
        before = order.state
        text = nfc(note).strip() or STATE_LABELS[state]
        _set_state(session, order, state, at or clock.now(), f"{text} (cán bộ cập nhật: {actor.name})")
        audit.record(session, actor, "postal.track_by_hand", "postal_order", order.number, {"state": before},
                     {"state": state, "note": text})


def handover_to_postman(db, order_ids: list[int], actor: audit.Actor, *, postman: str,
                        without_waybill: bool = False) -> str:
    """Hand the parcels to the postman with one signed list; returns the list's number. An office
    without the operator's connection may hand over parcels that have no waybill number
    (``without_waybill``): the signed list is the proof, the waybill can be typed later."""
    from counter.services.lifecycle import next_batch_number

    if not order_ids:
        raise ValidationFailed({"orders": "Chọn ít nhất một bưu gửi để bàn giao."})
    with db.write() as session:
        now = clock.now()
        orders = list(session.scalars(select(PostalOrder).where(PostalOrder.id.in_(order_ids))))
        ready = ("created", "pending") if without_waybill else ("created",)
        not_ready = [o.number for o in orders if o.state not in ready]
        if not_ready:
            raise UserError("Chỉ bàn giao được bưu gửi đã có mã vận đơn và chưa giao: " + ", ".join(not_ready))
        batch = HandoverBatch(number=next_batch_number(session, now.date(), "post"), at=now, kind="post",
                              from_party="Bộ phận Một cửa", to_party="Bưu chính công ích", giver_name=actor.name,
                              receiver_name=postman.strip())
        session.add(batch)
        session.flush()
        for order in orders:
            order.state, order.handed_over_at, order.batch_id = "handed_over", now, batch.id
            session.add(PostalEvent(order_id=order.id, state="handed_over", at=now,
                                    note=f"Giao bưu tá {postman.strip()} theo danh sách {batch.number}"))
            session.add(Handover(dossier_id=order.dossier_id, batch_id=batch.id, at=now, kind="post",
                                 from_party="Bộ phận Một cửa", to_party="Bưu chính công ích", giver_name=actor.name,
                                 receiver_name=postman.strip(),
                                 note=f"Mã vận đơn {order.tracking_code}" if order.tracking_code else "Chưa có mã vận đơn"))
        audit.record(session, actor, "postal.handover", "handover_batch", batch.number, None,
                     {"orders": [o.number for o in orders], "postman": postman.strip()})
        return batch.number


def cancel(db, order_id: int, actor: audit.Actor, config: PostalConfig | None) -> None:
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None:
            raise NotFound("Không có bưu gửi này.")
        if order.state == "pending":
            order.state = "cancelled"
            session.add(PostalEvent(order_id=order.id, state="cancelled", at=clock.now(), note="Hủy trước khi tạo đơn"))
            audit.record(session, actor, "postal.cancel", "postal_order", order.number, None, {"state": "cancelled"})
            return
        if order.state != "created":
            raise UserError(f"Bưu gửi đang '{STATE_LABELS[order.state].lower()}': không hủy được nữa.")
        number = order.number
    if config is None:
        raise UserError("Chưa thiết lập dịch vụ bưu chính: không hủy được đơn đã tạo.")
    client = PostalClient(config)
    try:
        response = client.request("POST", f"/orders/{number}/cancel")
    finally:
        client.close()
    if response.status_code != 200:
        raise UserError(f"Bưu điện không cho hủy: {response.text[:200]}")
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        order.state = "cancelled"
        session.add(PostalEvent(order_id=order.id, state="cancelled", at=clock.now(), note="Đã hủy đơn"))
        audit.record(session, actor, "postal.cancel", "postal_order", number, None, {"state": "cancelled"})


def resend(db, order_id: int, actor: audit.Actor) -> str:
    """After a return to sender: queue a new order (a new number) for the same result."""
    with db.write() as session:
        order = session.get(PostalOrder, order_id)
        if order is None or order.state not in ("returned", "failed", "cancelled"):
            raise UserError("Chỉ gửi lại được bưu gửi bị chuyển hoàn, bị từ chối hoặc đã hủy.")
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


QUEUES = (("hand_over", "Chờ bàn giao bưu tá"), ("in_transit", "Đang chuyển phát"), ("delivered", "Đã phát"),
          ("problems", "Cần xử lý"))


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


# -- printed --------------------------------------------------------------------------------------


def _area(payload_party: dict) -> str:
    from counter.services.units import load_units

    units = load_units()
    province = units.province(payload_party.get("MaTinh", ""))
    commune = units.commune(province.code, payload_party.get("MaXa", "")) if province else None
    return ", ".join(x.label for x in (commune, province) if x is not None)


def label_pdf(db, number: str) -> bytes:
    from counter.documents.postal import LabelData, render_label

    with db.read() as session:
        order = session.scalar(select(PostalOrder).where(PostalOrder.number == number))
        if order is None:
            raise NotFound(f"Không có bưu gửi số {number}.")
        sender, receiver = order.payload["NguoiGui"], order.payload["NguoiNhan"]
        data = LabelData(
            number=order.number, tracking_code=order.tracking_code, sender_name=sender["HoTen"],
            sender_address=sender["DiaChi"], sender_phone=sender["DienThoai"], receiver_name=receiver["HoTen"],
            receiver_address=receiver["DiaChi"], receiver_area=_area(receiver), receiver_phone=receiver["DienThoai"],
            contents=order.payload.get("NoiDung", ""), postage=order.postage, created_at=order.created_at,
            purpose_label="Kết quả giải quyết TTHC" if order.purpose == "result" else "Giấy hẹn trả kết quả")
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
        raise NotFound(f"Không có bưu gửi nào cho {text}.")
    return number


def handover_list_pdf(db, batch_number: str) -> bytes:
    """The postman's hand-over list: each parcel's order number as a barcode, receiver, signatures."""
    from counter.documents.forms import HandoverListData, HandoverRow, render_handover_list
    from counter.services.forms import letterhead

    with db.read() as session:
        batch = session.scalar(select(HandoverBatch).where(HandoverBatch.number == batch_number,
                                                           HandoverBatch.kind == "post"))
        if batch is None:
            raise NotFound(f"Không có danh sách bàn giao bưu gửi số {batch_number}.")
        orders = session.scalars(select(PostalOrder).where(PostalOrder.batch_id == batch.id)
                                 .options(selectinload(PostalOrder.dossier)).order_by(PostalOrder.id)).all()
        rows = tuple(HandoverRow(o.number, f"{o.payload['NguoiNhan']['DiaChi']} — {_area(o.payload['NguoiNhan'])}",
                                 o.payload["NguoiNhan"]["HoTen"], 1, 1, o.dossier.due_at) for o in orders)
        data = HandoverListData(letterhead(get_office(session)), batch.number, batch.at, batch.from_party, batch.to_party,
                                batch.giver_name, batch.receiver_name, rows, title="DANH SÁCH BÀN GIAO BƯU GỬI")
    return render_handover_list(data)
