"""Postal orders queued inside the transaction of a step (moved verbatim from
counter.services.postal, so that the status history can queue them without importing the module
that itself records steps): a result going home by post, a receipt going back."""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter import clock, settings
from counter.domain.lifecycle import Action
from counter.domain.status import Channel, ReturnMethod
from counter.messages import msg
from counter.services.office import get_office
from counter.store.models import Dossier, PostalEvent, PostalOrder


def _party_office(office) -> dict:
    return {"HoTen": f"{office.unit_name.capitalize()} — {office.name}", "DiaChi": office.address,
            "DienThoai": office.phone or "0000000000", "MaTinh": settings.get(office, settings.PROVINCE_CODE),
            "MaXa": settings.get(office, settings.COMMUNE_CODE)}


def order_payload(dossier: Dossier, office, purpose: str, number: str) -> dict:
    customer = settings.get(office, settings.POSTAL_CUSTOMER)
    receiver_name = dossier.proxy_name or dossier.applicant_name
    content = ("Kết quả giải quyết thủ tục hành chính" if purpose == "result"  # vi-only: sent to the postal service
               else "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")  # vi-only: sent to the postal service
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
        "NoiDung": f"{content}: {dossier.procedure_name} — mã hồ sơ {dossier.code}",  # vi-only: sent to the postal service
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
    session.add(PostalEvent(order_id=order.id, state="pending", at=now, note=msg("Lập đơn gửi bưu chính")))
    return order


def on_step(session: Session, dossier: Dossier, action: Action) -> None:
    """Hook from the status history: the steps that start a postal order."""
    if action == Action.RESULT and dossier.return_method == ReturnMethod.POST:
        if not any(o.purpose == "result" and o.state != "cancelled" for o in dossier.postal_orders):
            queue_order(session, dossier, "result")
    elif action in (Action.RECEIVE, Action.COMPLETE_SUPPLEMENT) and dossier.channel == Channel.POSTAL:
        existing = [o for o in dossier.postal_orders if o.purpose == "receipt"]
        queue_order(session, dossier, "receipt", number=f"{dossier.code}-BN{len(existing) + 1 if existing else ''}")

