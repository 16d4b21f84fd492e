"""Assembling printed forms from the database (the rendering itself is in counter.documents)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from counter import clock
from counter.documents.common import Letterhead
from counter.documents.forms import (
    ControlData,
    ControlRow,
    DossierSummary,
    ExtensionData,
    HandoverListData,
    HandoverRow,
    RefusalData,
    ReturnData,
    StopData,
    SupplementData,
    TransferData,
    render_control,
    render_extension,
    render_handover_list,
    render_refusal,
    render_return,
    render_stop,
    render_supplement,
    render_transfer,
)
from counter.documents.receipt import ReceiptData, ReceiptDocument, render_receipt
from counter.domain.status import ReturnMethod
from counter.domain.text import print_name
from counter.messages import msg
from counter.services import audit
from counter.services.catalogue import duration_of
from counter.services.dossiers import get_dossier
from counter.services.errors import NotFound, UserError
from counter.services.office import get_office
from counter.services.units import load_units
from counter.store.models import Dossier, HandoverBatch


def applicant_printed(d) -> str:
    """The applicant's name as printed: a person's name typed in capitals in title case
    (counter.domain.text.print_name); an organisation's name as registered."""
    return print_name(d.applicant_name) if d.applicant_kind == "person" else d.applicant_name


ID_LABELS = {"cccd": msg("Số định danh cá nhân"), "cmnd": msg("Số CMND"), "passport": msg("Số hộ chiếu"),
             "tax": msg("Mã số thuế")}
OTHER_ID = msg("Số giấy tờ")


def receipt_data(session: Session, code: str) -> ReceiptData:
    d = get_dossier(session, code)
    office = get_office(session)
    if d.return_method == ReturnMethod.POST:
        units = load_units()
        province = units.province(d.delivery_province_code)
        commune = units.commune(province.code, d.delivery_commune_code) if province else None
        area = ", ".join(u.label for u in (commune, province) if u is not None)
        return_place = f"Địa chỉ {d.delivery_address}{', ' + area if area else ''} (qua dịch vụ bưu chính công ích)"  # vi-only: printed on the receipt
    else:
        return_place = f"{office.unit_name.capitalize()} — {office.name}" + (f", {office.address}" if office.address else "")
    return ReceiptData(
        code=d.code,
        parent_name=office.parent_name,
        office_name=office.name,
        unit_name=office.unit_name,
        place=office.place,
        number=f"{d.book_number}/{d.book_volume}",
        **applicant_of(d),
        proxy_name=print_name(d.proxy_name),
        proxy_id_number=d.proxy_id_number,
        procedure_code=d.procedure_code,
        procedure_name=d.procedure_name,
        documents=tuple(
            ReceiptDocument(x.name, x.originals, x.certified_copies, x.photocopies) for x in d.documents if x.submitted
        ),
        sets=d.sets,
        duration_label=duration_of(d).label(),
        received_at=d.clock_started_at or d.received_at,
        due_at=d.due_at,
        return_place=return_place,
        fee_total=d.fee_total,
        fee_lines=tuple((f.name + (f" ({f.detail})" if f.detail else ""), f.amount) for f in d.fees),
        catalogue_version=d.catalogue_version,
        book_volume=d.book_volume,
        book_number=d.book_number,
        officer_name=d.officer.full_name if d.officer else "",
        deciding_agency=d.deciding_agency_name,
        department=d.department,
        lookup_url=office.lookup_url,
        notes=d.notes,
        restarted=bool(d.clock_started_at and d.clock_started_at != d.received_at),
    )


def receipt_pdf(db, code: str, layout: str = "a4") -> bytes:
    """The receipt as PDF, marked "BẢN IN LẠI" when it has been printed before."""
    with db.read() as session:
        data = receipt_data(session, code)
        reprint = get_dossier(session, code).receipt_prints > 0
    return render_receipt(data, layout, reprint=reprint)


def newest_receipt(db) -> bytes | None:
    """The receipt of the dossier received last (None in an empty office). The window renders it
    once at start-up, off its thread, so the officer's first print does not pay for loading the
    fonts, the barcode makers and PDFium. Nothing is recorded."""
    with db.read() as session:
        code = session.scalar(select(Dossier.code).order_by(Dossier.received_at.desc()).limit(1))
    return receipt_pdf(db, code) if code else None


def record_receipt_print(db, code: str, layout: str, actor: audit.Actor) -> int:
    """Record that the receipt went to paper; returns how many times it has been printed."""
    with db.write() as session:
        dossier = get_dossier(session, code)
        reprint = dossier.receipt_prints > 0
        dossier.receipt_prints += 1
        audit.record(session, actor, "receipt.reprint" if reprint else "receipt.print", "dossier", code, None,
                     {"layout": layout, "prints": dossier.receipt_prints})
        return dossier.receipt_prints


# -- the other forms ------------------------------------------------------------------------------

from counter.documents.kinds import FORM_KINDS  # noqa: E402  (re-exported)


def letterhead(office) -> Letterhead:
    return Letterhead(office.parent_name, office.name, office.unit_name, office.place)


def applicant_of(d) -> dict[str, Any]:
    """Dossier ``d``'s applicant as every form prints them (the fields of documents.common.Applicant)."""
    return {"applicant_kind": d.applicant_kind, "applicant_name": applicant_printed(d),
            "id_label": ID_LABELS.get(d.id_kind, OTHER_ID), "id_number": d.id_number, "address": d.address,
            "phone": d.phone, "email": d.email, "representative": print_name(d.representative)}


def summary(d) -> DossierSummary:
    return DossierSummary(
        code=d.code, **applicant_of(d), procedure_code=d.procedure_code,
        procedure_name=d.procedure_name, received_at=d.received_at, due_at=d.due_at,
        deciding_agency=d.deciding_agency_name, department=d.department, sets=d.sets,
        duration_label=duration_of(d).label())


def _last(d, *actions: str):
    entries = [h for h in d.history if h.action in actions]
    return entries[-1] if entries else None


def _missing(what: str, code: str):
    return UserError(msg("Hồ sơ {code} chưa có {what}, nên chưa in được phiếu này.", code=code, what=what))


def form_data(session: Session, kind: str, code: str):
    """The data of form ``kind`` for dossier ``code`` (raises UserError if the dossier has not
    been through the step the form records)."""
    d = get_dossier(session, code)
    office = get_office(session)
    head, info = letterhead(office), summary(d)
    number = f"{d.book_number}/{d.book_volume}"
    if kind == "supplement":
        request = d.supplements[-1] if d.supplements else None
        if request is None:
            raise _missing(msg("yêu cầu bổ sung"), code)
        contact = f"{office.unit_name.capitalize()} — {office.name}" + (f", điện thoại {office.phone}" if office.phone else "")  # vi-only: printed on form 02
        return render_supplement, SupplementData(head, number, info, request.requested_at, tuple(request.items),
                                                 request.reason, request.deadline, contact, request.officer_name)
    if kind == "refusal":
        entry = _last(d, "refuse", "register_refused")
        if entry is None:
            raise _missing(msg("quyết định từ chối"), code)
        return render_refusal, RefusalData(head, number, info, entry.at, entry.reason, entry.officer_name)
    if kind == "transfer":
        steps = tuple((s.agency_name, s.department, s.task, s.due_at) for s in d.steps) or (
            (d.deciding_agency_name, d.department, "Giải quyết hồ sơ", d.due_at),)  # vi-only: printed on the transfer slip
        entry = _last(d, "forward")
        return render_transfer, TransferData(head, number, info, entry.at if entry else clock.now(), steps,
                                             entry.officer_name if entry else "")
    if kind == "control":
        rows = tuple(ControlRow(h.from_party, h.to_party, h.at, h.giver_name, h.receiver_name, h.timeliness, h.note)
                     for h in d.handovers)
        return render_control, ControlData(head, number, info, rows, clock.now())
    if kind == "extension":
        entry = _last(d, "extend")
        if entry is None:
            raise _missing(msg("gia hạn"), code)
        return render_extension, ExtensionData(
            head, number, info, entry.at, datetime.fromisoformat(entry.details["NgayHenTraTruoc"]),
            datetime.fromisoformat(entry.details["NgayHenTraMoi"]), entry.reason)
    if kind == "stop":
        entry = _last(d, "stop", "withdraw", "close_unsupplemented")
        if entry is None:
            raise _missing(msg("quyết định dừng giải quyết hoặc đơn rút hồ sơ"), code)
        return render_stop, StopData(head, number, info, entry.at, entry.reason, entry.action == "withdraw",
                                     entry.officer_name)
    if kind == "return":
        entry = _last(d, "return")
        if entry is None:
            raise _missing(msg("việc trả kết quả"), code)
        result = next((h for h in reversed(d.handovers) if h.kind == "result"), None)
        timeliness = next((h.timeliness for h in reversed(d.handovers) if h.kind == "return" and h.timeliness), "") \
            or (result.timeliness if result is not None else "")
        return render_return, ReturnData(head, number, info, entry.at, d.result_code, print_name(d.returned_to_name),
                                         d.returned_to_id, entry.details.get("authorisation", ""), entry.officer_name,
                                         timeliness, result.note if result is not None else "")
    raise UserError(msg("Loại phiếu '{kind}' không có; chọn một trong: {kinds}.", kind=kind, kinds=", ".join(FORM_KINDS)))


def form_pdf(db, kind: str, code: str, layout: str = "a4") -> bytes:
    if kind == "receipt":
        return receipt_pdf(db, code, layout)
    with db.read() as session:
        render, data = form_data(session, kind, code)
    return render(data)


def handover_list_pdf(db, batch_number: str) -> bytes:
    with db.read() as session:
        batch = session.scalar(select(HandoverBatch).where(HandoverBatch.number == batch_number)
                               .options(selectinload(HandoverBatch.handovers)))
        if batch is None:
            raise NotFound(msg("Không có danh sách bàn giao số {number}.", number=batch_number))
        office = get_office(session)
        rows = []
        for h in batch.handovers:
            d = h.dossier
            rows.append(HandoverRow(d.code, d.procedure_name, applicant_printed(d), d.sets,
                                    sum(x.originals + x.certified_copies + x.photocopies for x in d.documents if x.submitted),
                                    d.due_at))
        data = HandoverListData(letterhead(office), batch.number, batch.at, batch.from_party, batch.to_party,
                                batch.giver_name, batch.receiver_name, tuple(rows))
    return render_handover_list(data)
