"""Form 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (the receipt).

``render_receipt(data, layout="a4")`` returns PDF bytes: on A4 the two copies (Liên 1 kept with
the control sheet, Liên 2 handed to the applicant) one after the other; on 80 mm thermal paper
one strip sized to its content. A reprint carries "BẢN IN LẠI".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import groupby

from reportlab.graphics.barcode import code128, qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter.documents.common import (
    GRID,
    Applicant,
    Letterhead,
    SANS,
    SERIF,
    long_time,
    money,
    official_header,
    place_date,
    register_fonts,
    styles,
    t,
)

COPY_LABELS = ("Liên 1: Lưu tại Bộ phận Một cửa", "Liên 2: Giao người nộp hồ sơ")


@dataclass(frozen=True)
class ReceiptDocument:
    name: str
    originals: int
    certified_copies: int
    photocopies: int


@dataclass(frozen=True)
class ReceiptData(Applicant):
    code: str
    parent_name: str
    office_name: str
    unit_name: str
    place: str
    number: str  # "Số: …"
    proxy_name: str
    proxy_id_number: str
    procedure_code: str
    procedure_name: str
    documents: tuple[ReceiptDocument, ...]
    sets: int
    duration_label: str
    received_at: datetime
    due_at: datetime
    return_place: str
    fee_total: int
    fee_lines: tuple[tuple[str, int], ...]
    book_volume: str
    book_number: int
    officer_name: str
    deciding_agency: str
    department: str
    lookup_url: str = ""
    notes: str = ""
    restarted: bool = False  # a new receipt after the applicant completed a supplement
    catalogue_version: str = ""  # the procedure catalogue the dossier was received under

    def qr_payload(self) -> str:
        """What the QR code carries: one line a 2D scanner types as one look-up — the provincial
        look-up address ending in the dossier code when the office has one (the scan field
        understands it), otherwise the dossier code alone. Never the applicant's ID number: a
        receipt left on a desk must not give it away."""
        return self.lookup_url + self.code if self.lookup_url else self.code


class _Barcode(Flowable):
    """A Code128 barcode of the dossier code scaled to ``max_width``, with the code under it."""

    def __init__(self, value: str, max_width: float, height: float, font: str = SERIF):
        super().__init__()
        self.value, self.height_, self.font = value, height, font
        probe = code128.Code128(value, barWidth=1, humanReadable=False, quiet=False)
        modules = probe.width
        self.bar_width = min(0.36 * mm, max_width / (modules + 20))
        self.code = code128.Code128(value, barWidth=self.bar_width, barHeight=height, humanReadable=False, quiet=True,
                                    lquiet=10 * self.bar_width, rquiet=10 * self.bar_width)
        self.width = self.code.width
        self.height = height + 12

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        self.code.drawOn(self.canv, 0, 12)
        self.canv.setFont(self.font, 9)
        self.canv.drawCentredString(self.width / 2, 2, self.value)


@lru_cache(maxsize=32)
def _qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix, encoded once per value (both copies of a receipt share it)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


class _Qr(Flowable):
    """A QR code drawn as one filled path of horizontal runs (fast, sharp at any resolution)."""

    def __init__(self, value: str, size: float, border: int = 2):
        super().__init__()
        self.modules = _qr_modules(value)
        self.width = self.height = size
        self.border = border

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        count = len(self.modules)
        box = self.width / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            c = 0
            for dark, run in groupby(row):
                n = len(list(run))
                if dark:
                    path.rect((c + self.border) * box, self.height - (r + self.border + 1) * box, n * box, box)
                c += n
        self.canv.drawPath(path, stroke=0, fill=1)


def _counts(doc: ReceiptDocument) -> list[str]:
    return [str(doc.originals or ""), str(doc.certified_copies or ""), str(doc.photocopies or "")]


def _applicant_lines(d: ReceiptData) -> list[str]:
    lines = []
    if d.applicant_kind == "organisation":
        lines.append(f"Tên tổ chức: <b>{t(d.applicant_name)}</b>")
        lines.append(f"Mã số doanh nghiệp/mã số thuế: {t(d.id_number)}")
        lines.append(f"Người đại diện: {t(d.representative)}")
    else:
        lines.append(f"Ông/Bà: <b>{t(d.applicant_name)}</b>")
        lines.append(f"{t(d.id_label)}: {t(d.id_number)}")
    lines += d.contact_lines()
    if d.proxy_name:
        lines.append(f"Người được ủy quyền nộp hồ sơ: {t(d.proxy_name)} — Số định danh: {t(d.proxy_id_number)}")
    return lines


# -- A4 -------------------------------------------------------------------------------------


def _a4_copy(d: ReceiptData, label: str, reprint: bool, size: float = 10.5) -> list:
    s = styles(SERIF, size)
    width = A4[0] - 36 * mm
    header = official_header(Letterhead(d.parent_name, d.office_name, d.unit_name, d.place), d.number,
                             d.received_at, width)
    label_text = t(label) + ("<br/><b>BẢN IN LẠI</b>" if reprint else "")
    top = Table(
        [[_Qr(d.qr_payload(), 24 * mm), _Barcode(d.code, 95 * mm, 13 * mm), Paragraph(label_text, s["small"])]],
        colWidths=[30 * mm, width - 30 * mm - 42 * mm, 42 * mm],
    )
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [header, Spacer(1, 3 * mm), top]
    story.append(Paragraph("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", s["title"]))
    story.append(Paragraph(f"Mã hồ sơ: <b>{t(d.code)}</b>", s["center"]))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(f"{t(d.unit_name.capitalize())} — {t(d.office_name)} tiếp nhận hồ sơ của:", s["body"]))
    for line in _applicant_lines(d):
        story.append(Paragraph(line, s["body"]))
    story.append(Paragraph(f"Nội dung yêu cầu giải quyết: <b>{t(d.procedure_name)}</b> (mã thủ tục {t(d.procedure_code)})", s["body"]))
    story.append(Paragraph("1. Thành phần hồ sơ nộp gồm:", s["body"]))
    rows = [[Paragraph("TT", s["cell_center"]), Paragraph("Tên giấy tờ", s["cell_center"]),
             Paragraph("Bản chính", s["cell_center"]), Paragraph("Bản chứng thực", s["cell_center"]),
             Paragraph("Bản photo", s["cell_center"])]]
    for i, doc in enumerate(d.documents, 1):
        rows.append([Paragraph(str(i), s["cell_center"]), Paragraph(t(doc.name), s["cell"])]
                    + [Paragraph(c, s["cell_center"]) for c in _counts(doc)])
    table = Table(rows, colWidths=[10 * mm, width - 10 * mm - 3 * 22 * mm, 22 * mm, 22 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93))]))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(f"2. Số lượng hồ sơ: {d.sets:02d} bộ", s["body"]))
    story.append(Paragraph(f"3. Thời gian giải quyết hồ sơ theo quy định là: {t(d.duration_label)}", s["body"]))
    received = "4. Thời gian nhận hồ sơ" + (" (đã bổ sung đầy đủ)" if d.restarted else "")
    story.append(Paragraph(f"{received}: <b>{t(long_time(d.received_at))}</b>", s["body"]))
    story.append(Paragraph(f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{t(long_time(d.due_at))}</b>", s["body"]))
    story.append(Paragraph(f"6. Đăng ký nhận kết quả tại: {t(d.return_place)}", s["body"]))
    if d.fee_total:
        story.append(Paragraph(f"7. Phí, lệ phí đã thu: <b>{money(d.fee_total)}</b>, gồm:", s["body"]))
        for name, amount in d.fee_lines:
            story.append(Paragraph(f"&nbsp;&nbsp;&nbsp;– {t(name)}: {money(amount)}", s["body"]))
    else:
        story.append(Paragraph("7. Phí, lệ phí: không thu", s["body"]))
    story.append(Paragraph(f"Cơ quan giải quyết: {t(d.deciding_agency)}" + (f" — {t(d.department)}" if d.department else ""), s["body"]))
    story.append(Paragraph(f"Vào Sổ theo dõi hồ sơ, Quyển số: {t(d.book_volume)}, Số thứ tự: {d.book_number}", s["body"]))
    small = []
    if d.catalogue_version:
        small.append(f"Danh mục thủ tục phiên bản {t(d.catalogue_version)}")
    if d.lookup_url:
        small.append(f"Tra cứu tình trạng hồ sơ: {t(d.lookup_url + d.code)}")
    if small:
        story.append(Paragraph(" · ".join(small), s["small"]))
    signatures = Table(
        [[Paragraph("NGƯỜI NỘP HỒ SƠ", s["center_bold"]), Paragraph("NGƯỜI TIẾP NHẬN HỒ SƠ", s["center_bold"])],
         [Paragraph("(Ký và ghi rõ họ tên)", s["center_italic"]), Paragraph("(Ký và ghi rõ họ tên)", s["center_italic"])],
         [Spacer(1, (16 if size >= 10 else 12) * mm), Spacer(1, (16 if size >= 10 else 12) * mm)],
         [Paragraph(f"<b>{t(d.proxy_name or d.representative or d.applicant_name)}</b>", s["center"]),
          Paragraph(f"<b>{t(d.officer_name)}</b>", s["center"])]],
        colWidths=[width / 2, width / 2],
    )
    story.append(Spacer(1, 2 * mm))
    story.append(KeepTogether(signatures))
    return story


# -- 80 mm thermal --------------------------------------------------------------------------

THERMAL_WIDTH = 80 * mm
THERMAL_MARGIN = 4 * mm


def _thermal_story(d: ReceiptData, label: str, reprint: bool) -> list:
    s = styles(SANS, 8.5)
    width = THERMAL_WIDTH - 2 * THERMAL_MARGIN
    story: list = [
        Paragraph(t(d.office_name.upper()), s["center_bold"]),
        Paragraph(t(d.unit_name), s["center"]),
        Paragraph("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", s["center_bold"]),
        Paragraph(t(label) + (" — <b>BẢN IN LẠI</b>" if reprint else ""), s["center_italic"]),
        Spacer(1, 2 * mm),
        _Barcode(d.code, width, 12 * mm, font=SANS),
        Spacer(1, 1 * mm),
    ]
    qr_table = Table([[_Qr(d.qr_payload(), 22 * mm)]], colWidths=[width])
    qr_table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story.append(qr_table)
    for line in _applicant_lines(d):
        story.append(Paragraph(line, s["body"]))
    story.append(Paragraph(f"Thủ tục: <b>{t(d.procedure_name)}</b>", s["body"]))
    story.append(Paragraph("Giấy tờ đã nộp (chính/chứng thực/photo):", s["body"]))
    for i, doc in enumerate(d.documents, 1):
        counts = "/".join(str(c) for c in (doc.originals, doc.certified_copies, doc.photocopies))
        story.append(Paragraph(f"{i}. {t(doc.name)} ({counts})", s["small"]))
    story += [
        Paragraph(f"Số bộ hồ sơ: {d.sets}", s["body"]),
        Paragraph(f"Thời gian giải quyết: {t(d.duration_label)}", s["body"]),
        Paragraph(f"Nhận lúc: <b>{t(long_time(d.received_at))}</b>", s["body"]),
        Paragraph(f"Hẹn trả: <b>{t(long_time(d.due_at))}</b>", s["body"]),
        Paragraph(f"Nhận kết quả tại: {t(d.return_place)}", s["body"]),
        Paragraph(f"Phí, lệ phí: {money(d.fee_total) if d.fee_total else 'không thu'}", s["body"]),
        *[Paragraph(f"– {t(name)}: {money(amount)}", s["small"]) for name, amount in d.fee_lines],
        Paragraph(f"Sổ theo dõi: Quyển {t(d.book_volume)}, số {d.book_number}", s["body"]),
        Paragraph(f"Người tiếp nhận: {t(d.officer_name)}", s["body"]),
    ]
    if d.lookup_url:
        story.append(Paragraph(f"Tra cứu: {t(d.lookup_url + d.code)}", s["small"]))
    story.append(Paragraph(t(place_date(d.place, d.received_at)), s["center_italic"]))
    return story


FRAME_PADDING = 6  # points: reportlab's Frame pads its content by this on every side


def _story_height(story: list, width: float) -> float:
    total = 0.0
    for f in story:
        if isinstance(f, KeepTogether):  # measured by what it holds (its own wrap needs a canvas)
            total += _story_height(f._content, width)
            continue
        total += f.wrap(width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _a4_copy_on_one_page(d: ReceiptData, label: str, reprint: bool, doc) -> list:
    """One copy on one page: with many documents or long names, the type gets smaller (down to
    7.5 pt) rather than the copy running onto a second sheet."""
    width = doc.width - 2 * FRAME_PADDING
    height = doc.height - 2 * FRAME_PADDING
    for size in (10.5, 10, 9.5, 9, 8.5, 8, 7.5):
        story = _a4_copy(d, label, reprint, size)
        if _story_height(story, width) <= height:
            return story
    return story


def render_receipt(d: ReceiptData, layout: str = "a4", *, reprint: bool = False) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    meta = dict(title=f"Giấy tiếp nhận hồ sơ {d.code}", author=d.office_name, subject=d.procedure_name,
                creator="Counter")
    if layout == "a4":
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=14 * mm,
                                bottomMargin=14 * mm, **meta)
        story: list = []
        for i, label in enumerate(COPY_LABELS):
            if i:
                story.append(PageBreak())
            story += _a4_copy_on_one_page(d, label, reprint, doc)
        doc.build(story)
    elif layout == "80mm":
        story = _thermal_story(d, COPY_LABELS[1], reprint)
        # measured in the frame the slip is built in: its own 6 pt padding on each side, so one slip
        height = _story_height(story, THERMAL_WIDTH - 2 * THERMAL_MARGIN - 2 * FRAME_PADDING)
        height += 2 * THERMAL_MARGIN + 2 * FRAME_PADDING + 10 * mm
        doc = SimpleDocTemplate(buffer, pagesize=(THERMAL_WIDTH, height), leftMargin=THERMAL_MARGIN,
                                rightMargin=THERMAL_MARGIN, topMargin=THERMAL_MARGIN, bottomMargin=THERMAL_MARGIN, **meta)
        doc.build(story)
    else:
        raise ValueError(f"unknown receipt layout {layout!r} (a4 or 80mm)")
    return buffer.getvalue()
