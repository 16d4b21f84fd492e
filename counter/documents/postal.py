"""The address label of a postal order (100 × 150 mm): sender, receiver, the order number as a
Code128 barcode (the dossier code, or it with a suffix), the operator's tracking code, contents
and postage."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter.documents.common import GRID, SANS, money, register_fonts, styles, t
from counter.documents.receipt import _Barcode, _Qr

SIZE = (100 * mm, 150 * mm)


@dataclass(frozen=True)
class LabelData:
    number: str
    tracking_code: str
    sender_name: str
    sender_address: str
    sender_phone: str
    receiver_name: str
    receiver_address: str
    receiver_area: str  # "Xã Tân Trụ, Tây Ninh"
    receiver_phone: str
    contents: str
    postage: int
    created_at: datetime
    purpose_label: str


def render_label(d: LabelData) -> bytes:
    register_fonts()
    s = styles(SANS, 8.5)
    big = styles(SANS, 11)
    width = SIZE[0] - 8 * mm
    story: list = [
        Paragraph("<b>BƯU CHÍNH CÔNG ÍCH</b> — " + t(d.purpose_label), s["center"]),
        Spacer(1, 1.5 * mm),
        _Barcode(d.number, width, 14 * mm, font=SANS),
        Paragraph(f"Mã vận đơn: <b>{t(d.tracking_code or 'chưa cấp')}</b>", s["center"]),
        Spacer(1, 2 * mm),
    ]
    sender = [Paragraph("<b>NGƯỜI GỬI</b>", s["body"]), Paragraph(t(d.sender_name), s["small"]),
              Paragraph(t(d.sender_address), s["small"]), Paragraph(f"ĐT: {t(d.sender_phone)}", s["small"])]
    receiver = [Paragraph("<b>NGƯỜI NHẬN</b>", s["body"]), Paragraph(f"<b>{t(d.receiver_name)}</b>", big["body"]),
                Paragraph(t(d.receiver_address), big["body"]), Paragraph(f"<b>{t(d.receiver_area)}</b>", big["body"]),
                Paragraph(f"ĐT: <b>{t(d.receiver_phone)}</b>", big["body"])]
    box = Table([[sender], [receiver]], colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GRID), ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(box)
    story.append(Spacer(1, 2 * mm))
    bottom = Table([[_Qr(f"SoDonHang:{d.number}\nMaVanDon:{d.tracking_code}", 20 * mm),
                     [Paragraph(f"Nội dung: {t(d.contents)}", s["small"]),
                      Paragraph(f"Cước: {money(d.postage) if d.postage else 'miễn cước / đã thu'}", s["small"]),
                      Paragraph(f"Ngày gửi: {d.created_at:%d/%m/%Y}", s["small"])]]],
                   colWidths=[24 * mm, width - 24 * mm])
    bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(bottom)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=SIZE, leftMargin=4 * mm, rightMargin=4 * mm, topMargin=4 * mm, bottomMargin=4 * mm,
                      title=f"Nhãn bưu gửi {d.number}", creator="Counter").build(story)
    return buffer.getvalue()
