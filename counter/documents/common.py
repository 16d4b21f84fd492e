"""Fonts, styles and small pieces shared by the printed forms."""

from __future__ import annotations

import io
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from counter import paths

SERIF, SERIF_BOLD, SERIF_ITALIC = "CounterSerif", "CounterSerif-Bold", "CounterSerif-Italic"
SANS, SANS_BOLD = "CounterSans", "CounterSans-Bold"

NATIONAL_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}


_loaded = False


def register_fonts(pause: float = 0.0) -> None:
    """Bundled DejaVu fonts: they cover Vietnamese (reportlab's own Vera does not). Parsed once per
    process (reportlab reads each face in Python, about 35 ms); ``pause`` seconds between two faces
    let the window's thread run when the window warms up off it (counter.ui.warmup)."""
    global _loaded
    if _loaded:
        return
    for i, (name, file) in enumerate(FONT_FILES.items()):
        if pause and i:
            time.sleep(pause)
        data = paths.resource_bytes("fonts", file)
        try:
            font = TTFont(name, io.BytesIO(data))
        except Exception:  # reportlab's TTFError, struct.error, IndexError… on a damaged file
            raise paths.ResourceError(f"Tệp phông chữ {file} của Counter bị hỏng nên chưa in được phiếu. "
                                      f"{paths.reinstall_hint()}") from None
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    _loaded = True


def _forget_fonts() -> None:
    """Read the font files again at the next print (tests that damage a bundled font)."""
    global _loaded
    _loaded = False


register_fonts.cache_clear = _forget_fonts  # type: ignore[attr-defined]  # the name the tests use


def t(value) -> str:
    """Text for a Paragraph: NFC (reportlab places combining marks badly) and XML-escaped."""
    return escape(unicodedata.normalize("NFC", str(value if value is not None else "")))


def styles(base: str = SERIF, size: float = 11) -> dict[str, ParagraphStyle]:
    register_fonts()
    bold = SERIF_BOLD if base == SERIF else SANS_BOLD
    italic = SERIF_ITALIC if base == SERIF else SANS
    body = ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.35, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("center_bold", parent=body, fontName=bold, alignment=TA_CENTER),
        "center_italic": ParagraphStyle("center_italic", parent=body, fontName=italic, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3,
                                alignment=TA_CENTER, spaceBefore=6, spaceAfter=2),
        "bold": ParagraphStyle("bold", parent=body, fontName=bold),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cell_center": ParagraphStyle("cell_center", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25,
                                      alignment=TA_CENTER),
        "italic": ParagraphStyle("italic", parent=body, fontName=italic),
    }


def long_time(moment: datetime) -> str:
    """'14 giờ 05 phút, ngày 22 tháng 11 năm 2026' — the legal forms' way of writing a time."""
    return f"{moment:%H} giờ {moment:%M} phút, ngày {moment.day:02d} tháng {moment.month:02d} năm {moment.year}"


@dataclass(frozen=True)
class Applicant:
    """Who a dossier's forms are about, as printed: a person or an organisation, and how to reach them."""

    applicant_kind: str
    applicant_name: str
    id_label: str
    id_number: str
    address: str
    phone: str
    email: str
    representative: str

    def contact_lines(self) -> list[str]:
        """The address, then the phone and the e-mail, as every form prints them."""
        contact = f"Số điện thoại: {t(self.phone)}"
        if self.email:
            contact += f"&nbsp;&nbsp;&nbsp;Email: {t(self.email)}"
        return [f"Địa chỉ: {t(self.address)}", contact]


def place_date(place: str, moment: datetime) -> str:
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {moment.day:02d} tháng {moment.month:02d} năm {moment.year}"


def money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


GRID = colors.Color(0.2, 0.2, 0.2)


@dataclass(frozen=True)
class Letterhead:
    """Who issues a form: printed top-left, with the national motto top-right."""

    parent_name: str
    office_name: str
    unit_name: str
    place: str


def official_header(head: Letterhead, number: str, at: datetime, width: float):
    """The two-column heading of every administrative form (a reportlab Table)."""
    h = styles(SERIF, 9.5)
    left = [
        Paragraph(t(head.parent_name.upper()), h["center"]),
        Paragraph(t(head.office_name.upper()), h["center_bold"]),
    ]
    if head.unit_name:
        left.append(Paragraph(t(head.unit_name.upper()), h["center_bold"]))
    if number:
        left.append(Paragraph(f"Số: {t(number)}", h["center"]))
    right = [
        Paragraph(t(NATIONAL_MOTTO[0]), h["center_bold"]),
        Paragraph(f"<u>{t(NATIONAL_MOTTO[1])}</u>", h["center_bold"]),
        Spacer(1, 4),
        Paragraph(t(place_date(head.place, at)), h["center_italic"]),
    ]
    table = Table([[left, right]], colWidths=[width * 0.46, width * 0.54])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def signature_block(width: float, pairs: list[tuple[str, str]], s: dict, space: float = 56):
    """Side-by-side signature boxes: [(title, printed name)], each '(Ký và ghi rõ họ tên)'; an
    empty title leaves its column blank."""
    cols = len(pairs)
    rows = [
        [Paragraph(t(title), s["center_bold"]) for title, _ in pairs],
        [Paragraph("(Ký và ghi rõ họ tên)" if title else "", s["center_italic"]) for title, _ in pairs],
        [Spacer(1, space) for _ in pairs],
        [Paragraph(f"<b>{t(name)}</b>", s["center"]) for _, name in pairs],
    ]
    return KeepTogether(Table(rows, colWidths=[width / cols] * cols))
