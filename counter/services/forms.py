"""Assembling printed forms from the database (the rendering itself is in counter.documents)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter.documents.receipt import ReceiptData, ReceiptDocument, render_receipt
from counter.domain.calendar import Duration
from counter.domain.status import ReturnMethod
from counter.services import audit
from counter.services.dossiers import get_dossier
from counter.services.office import get_office

ID_LABELS = {"cccd": "Số định danh cá nhân", "cmnd": "Số CMND", "passport": "Số hộ chiếu", "tax": "Mã số thuế"}


def receipt_data(session: Session, code: str) -> ReceiptData:
    d = get_dossier(session, code)
    office = get_office(session)
    if d.return_method == ReturnMethod.POST:
        return_place = f"Địa chỉ {d.delivery_address} (qua dịch vụ bưu chính công ích)"
    else:
        return_place = f"{office.unit_name.capitalize()} — {office.name}" + (f", {office.address}" if office.address else "")
    return ReceiptData(
        code=d.code,
        parent_name=office.parent_name,
        office_name=office.name,
        unit_name=office.unit_name,
        place=office.place,
        number=f"{d.book_number}/{d.book_volume}",
        applicant_kind=d.applicant_kind,
        applicant_name=d.applicant_name,
        id_label=ID_LABELS.get(d.id_kind, "Số giấy tờ"),
        id_number=d.id_number,
        address=d.address,
        phone=d.phone,
        email=d.email,
        representative=d.representative,
        proxy_name=d.proxy_name,
        proxy_id_number=d.proxy_id_number,
        procedure_code=d.procedure_code,
        procedure_name=d.procedure_name,
        documents=tuple(
            ReceiptDocument(x.name, x.originals, x.certified_copies, x.photocopies) for x in d.documents if x.submitted
        ),
        sets=d.sets,
        duration_label=Duration(d.duration_value, d.duration_unit).label(),
        received_at=d.received_at,
        due_at=d.due_at,
        return_place=return_place,
        fee_total=d.fee_total,
        fee_lines=tuple((f.name, f.amount) for f in d.fees),
        book_volume=d.book_volume,
        book_number=d.book_number,
        officer_name=d.officer.full_name if d.officer else "",
        deciding_agency=d.deciding_agency_name,
        department=d.department,
        lookup_url=office.lookup_url,
        notes=d.notes,
    )


def receipt_pdf(db, code: str, layout: str = "a4") -> bytes:
    """The receipt as PDF, marked "BẢN IN LẠI" when it has been printed before."""
    with db.read() as session:
        data = receipt_data(session, code)
        reprint = get_dossier(session, code).receipt_prints > 0
    return render_receipt(data, layout, reprint=reprint)


def record_receipt_print(db, code: str, layout: str, actor: audit.Actor) -> int:
    """Record that the receipt went to paper; returns how many times it has been printed."""
    with db.write() as session:
        dossier = get_dossier(session, code)
        reprint = dossier.receipt_prints > 0
        dossier.receipt_prints += 1
        audit.record(session, actor, "receipt.reprint" if reprint else "receipt.print", "dossier", code, None,
                     {"layout": layout, "prints": dossier.receipt_prints})
        return dossier.receipt_prints
