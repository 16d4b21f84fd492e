"""The reference postal operator (public postal service, DOMAIN §7), served by ``counter hub``
under /postal/v1 so the whole loop runs on one machine: create an order (idempotent on its order
number, the dossier code), track it, cancel it; an API key per customer.

Order states: 0 chưa dùng · 1 đã đăng ký · 2 đã nhận hàng (collected) · 3 đã phát (delivered) ·
4 đã hủy (cancelled) — as in the real integration — plus 5 đang vận chuyển (in transit) and
6 chuyển hoàn (returned to sender), which the tracking of a real operator also reports."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from counter.sync.hub.models import PostalEvent, PostalKey, PostalOrder
from counter.sync.inbound import TrackingPage as TrackingOut

STATES = {0: "Chưa dùng", 1: "Đã đăng ký", 2: "Đã nhận hàng", 3: "Đã phát thành công", 4: "Đã hủy",
          5: "Đang vận chuyển", 6: "Chuyển hoàn"}
NAMED = {"registered": 1, "collected": 2, "delivered": 3, "cancelled": 4, "in_transit": 5, "returned": 6}
ALLOWED = {1: {2, 4}, 2: {5, 3, 6}, 5: {3, 6, 5}, 3: set(), 4: set(), 6: set()}
PHONE = r"^0\d{9,10}$"
NUMBER = r"^[0-9A-Z.\-]{6,60}$"


class Party(BaseModel):
    model_config = ConfigDict(extra="allow")
    HoTen: str = Field(min_length=1, max_length=120)
    DiaChi: str = Field(min_length=1, max_length=300)
    DienThoai: str = Field(pattern=PHONE)
    MaTinh: str = Field(min_length=1, max_length=10)
    MaXa: str = Field(default="", max_length=10)
    Email: str = Field(default="", max_length=120)


class OrderIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    SoDonHang: str = Field(pattern=NUMBER, description="Order number: the dossier code")
    MaKhachHang: str = Field(min_length=1, max_length=40)
    TienThuHo: int = Field(default=0, ge=0, le=100_000_000, description="COD amount, đồng")
    NguoiGui: Party
    NguoiNhan: Party
    NoiDung: str = Field(default="", max_length=500)


class OrderOut(BaseModel):
    SoDonHang: str
    MaVanDon: str
    TrangThai: int
    TenTrangThai: str
    CuocPhi: int
    NgayTao: datetime


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _out(order: PostalOrder) -> dict:
    return {"SoDonHang": order.number, "MaVanDon": order.tracking_code, "TrangThai": order.state,
            "TenTrangThai": STATES[order.state], "CuocPhi": order.postage,
            "NgayTao": order.created_at.replace(tzinfo=timezone.utc).isoformat()}


def postage(order: OrderIn) -> int:
    """The reference tariff: 25,000 đ within a province, 32,000 đ between provinces, + 1 % of COD."""
    base = 25_000 if order.NguoiGui.MaTinh == order.NguoiNhan.MaTinh else 32_000
    return base + order.TienThuHo // 100


def add_routes(app: FastAPI, hub) -> None:
    def customer(x_api_key: str | None = Header(default=None, alias="X-Api-Key")) -> str:
        if x_api_key:
            with hub.read_session() as session:
                row = session.get(PostalKey, hashlib.sha256(x_api_key.encode()).hexdigest())
            if row is not None:
                return row.customer_code
        raise HTTPException(401, "Khóa API bưu chính không hợp lệ hoặc thiếu (X-Api-Key).")

    errors = {401: {"description": "No valid API key"}, 422: {"description": "Invalid order, with field messages"}}

    @app.post("/postal/v1/orders", status_code=201, response_model=OrderOut, tags=["postal"],
              responses={**errors, 200: {"description": "Replay: the same order", "model": OrderOut},
                         400: {"description": "The body is not JSON"},
                         409: {"description": "The order number is taken by another order"}})
    def create(order: OrderIn, code: str = Depends(customer)):
        if order.MaKhachHang != code:
            raise HTTPException(422, [{"loc": ["body", "MaKhachHang"], "msg": "không khớp khóa API", "type": "value_error"}])
        digest = hashlib.sha256(order.model_dump_json().encode()).hexdigest()
        with hub.write() as session:
            existing = session.get(PostalOrder, (code, order.SoDonHang))
            if existing is not None:
                if existing.payload_sha256 == digest:
                    return JSONResponse(_out(existing), status_code=200)
                return JSONResponse({"detail": f"Số đơn hàng {order.SoDonHang} đã dùng cho một đơn khác."}, status_code=409)
            count = session.scalar(select(func.count()).select_from(PostalOrder)) or 0
            row = PostalOrder(number=order.SoDonHang, tracking_code=f"EB{count + 1:09d}VN", customer_code=code,
                              payload_sha256=digest, data=order.model_dump(mode="json"), state=1,
                              postage=postage(order), created_at=_now().replace(tzinfo=None))
            session.add(row)
            session.add(PostalEvent(number=row.number, customer_code=code, state=1, at=row.created_at,
                                    note="Đã đăng ký đơn hàng"))
            return JSONResponse(_out(row), status_code=201)

    number_param = PathParam(..., pattern=NUMBER)

    @app.get("/postal/v1/orders/{number}", response_model=OrderOut, tags=["postal"],
             responses={**errors, 404: {"description": "No such order"}})
    def get(number: str = number_param, code: str = Depends(customer)):
        with hub.read_session() as session:
            row = session.get(PostalOrder, (code, number))
            if row is None:
                return JSONResponse({"detail": "Không có đơn hàng này."}, status_code=404)
            return _out(row)

    @app.post("/postal/v1/orders/{number}/cancel", response_model=OrderOut, tags=["postal"],
              responses={**errors, 404: {"description": "No such order"}, 409: {"description": "Too late to cancel"}})
    def cancel(number: str = number_param, code: str = Depends(customer)):
        with hub.write() as session:
            row = session.get(PostalOrder, (code, number))
            if row is None:
                return JSONResponse({"detail": "Không có đơn hàng này."}, status_code=404)
            if row.state == 4:
                return _out(row)
            if row.state != 1:
                return JSONResponse({"detail": f"Đơn đã ở trạng thái '{STATES[row.state]}': không hủy được."},
                                    status_code=409)
            row.state = 4
            session.add(PostalEvent(number=number, customer_code=code, state=4, at=_now().replace(tzinfo=None),
                                    note="Khách hàng hủy đơn"))
            return _out(row)

    @app.get("/postal/v1/tracking", response_model=TrackingOut, tags=["postal"], responses=errors)
    def tracking(after: int = Query(0, ge=0, le=2**62), limit: int = Query(200, ge=1, le=1000),
                 code: str = Depends(customer)):
        with hub.read_session() as session:
            rows = session.scalars(select(PostalEvent).where(PostalEvent.customer_code == code, PostalEvent.id > after)
                                   .order_by(PostalEvent.id).limit(limit)).all()
            events = [{"id": r.id, "SoDonHang": r.number, "TrangThai": r.state, "TenTrangThai": STATES.get(r.state, ""),
                       "ThoiDiem": r.at.replace(tzinfo=timezone.utc).isoformat(), "GhiChu": r.note} for r in rows]
        return JSONResponse({"events": events, "next_cursor": events[-1]["id"] if events else after})


def add_key(hub, customer_code: str, key: str) -> None:
    with hub.write() as session:
        digest = hashlib.sha256(key.encode()).hexdigest()
        if session.get(PostalKey, digest) is None:
            session.add(PostalKey(key_sha256=digest, customer_code=customer_code))


def track(hub, number: str, state: str | int, note: str = "", at: datetime | None = None, *,
          customer: str | None = None) -> int:
    """The postman's progress (a trainer command). Order numbers are per customer: name the
    customer when two customers use the same number."""
    value = NAMED[state] if isinstance(state, str) else int(state)
    with hub.write() as session:
        query = select(PostalOrder).where(PostalOrder.number == number)
        if customer:
            query = query.where(PostalOrder.customer_code == customer)
        rows = session.scalars(query).all()
        if len(rows) > 1:
            raise LookupError(f"Số đơn {number} có ở {len(rows)} khách hàng: ghi rõ --customer.")
        row = rows[0] if rows else None
        if row is None:
            raise LookupError(f"Không có đơn hàng {number}.")
        if value not in ALLOWED.get(row.state, set()):
            raise ValueError(f"Đơn đang '{STATES[row.state]}', không chuyển sang '{STATES[value]}' được.")
        row.state = value
        event = PostalEvent(number=number, customer_code=row.customer_code, state=value,
                            at=(at or _now()).astimezone(timezone.utc).replace(tzinfo=None), note=note or STATES[value])
        session.add(event)
        session.flush()
        return event.id
