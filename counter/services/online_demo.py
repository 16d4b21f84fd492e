"""Demo online submissions with realistic files: a declaration (PDF, Vietnamese text) and a photo
of an identity card (PNG), as an applicant uploads them on the national portal."""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta

from counter import paths

DEMO_APPLICANTS = [
    ("Trần Thị Mỹ Linh", "080192004512", "14/02/1992", "0913 456 781", "mylinh@example.vn", "Ấp Bình Lợi, xã Tân Trụ"),
    ("Lê Văn Phúc", "080188007731", "03/09/1988", "0987 112 334", "phuc.lv@example.vn", "Khu phố 2, thị trấn Tân Trụ"),
    ("Nguyễn Hoàng Nam", "080195003390", "21/11/1995", "0934 550 772", "", "Ấp Tân Phước, xã Tân Trụ"),
    ("Phạm Ngọc Hân", "080199001207", "08/06/1999", "0908 771 205", "ngochan@example.vn", "Ấp Bình Hòa, xã Tân Trụ"),
    ("Võ Minh Khang", "080185006618", "30/01/1985", "0918 334 906", "", "Ấp Đông Hòa, xã Tân Trụ"),
]
DEMO_PROCEDURES = [("1.001193", "Thủ tục đăng ký khai sinh"), ("1.000656", "Thủ tục đăng ký khai tử"),
                   ("1.004873", "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân"),
                   ("1.000894", "Thủ tục đăng ký kết hôn")]


def declaration_pdf(title: str, applicant: str, lines: list[str], pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4  # lazy: reportlab (heavy), only to draw a PDF
    from reportlab.pdfgen import canvas  # lazy: reportlab (heavy), only to draw a PDF

    from counter.documents.common import (  # lazy: reportlab (heavy), only to draw a PDF
        SANS,
        SANS_BOLD,
        SERIF,
        SERIF_BOLD,
        register_fonts,
    )

    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for page in range(pages):
        c.setFont(SERIF_BOLD, 12)
        c.drawCentredString(width / 2, height - 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        c.setFont(SERIF_BOLD, 11)
        c.drawCentredString(width / 2, height - 76, "Độc lập - Tự do - Hạnh phúc")
        c.setFont(SANS_BOLD, 14)
        c.drawCentredString(width / 2, height - 120, title.upper())
        c.setFont(SERIF, 11)
        y = height - 160
        for line in [f"Người yêu cầu: {applicant}", *lines]:
            c.drawString(72, y, line)
            y -= 20
        c.setFont(SANS, 8)
        c.drawString(72, 40, f"Nộp trực tuyến trên Cổng Dịch vụ công quốc gia — trang {page + 1}/{pages}")
        c.showPage()
    c.save()
    return out.getvalue()


def id_card_png(name: str, number: str, birth: str, seed: int = 0) -> bytes:
    from PIL import Image, ImageDraw, ImageFont  # lazy: Pillow (heavy), only for images

    rng = random.Random(seed)
    img = Image.new("RGB", (856, 540), (rng.randint(200, 230), rng.randint(220, 240), 250))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(io.BytesIO(paths.resource_bytes("fonts", "DejaVuSans.ttf")), 30)
    bold = ImageFont.truetype(io.BytesIO(paths.resource_bytes("fonts", "DejaVuSans-Bold.ttf")), 32)
    draw.rectangle((20, 20, 836, 520), outline=(40, 60, 120), width=4)
    draw.text((60, 40), "CĂN CƯỚC CÔNG DÂN", font=bold, fill=(160, 20, 20))
    draw.rectangle((60, 120, 260, 380), fill=(180, 180, 190))
    for i, line in enumerate((f"Số: {number}", f"Họ và tên: {name}", f"Ngày sinh: {birth}", "Quốc tịch: Việt Nam")):
        draw.text((290, 130 + 60 * i), line, font=font, fill=(20, 20, 20))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def demo_submission(agency: str, index: int, at: datetime, procedure: tuple[str, str] | None = None) -> dict:
    """One submission (for Hub online.submit: body, files)."""
    name, number, birth, phone, email, address = DEMO_APPLICANTS[index % len(DEMO_APPLICANTS)]
    code, title = procedure or DEMO_PROCEDURES[index % len(DEMO_PROCEDURES)]
    files = [
        ("To-khai.pdf", "application/pdf", declaration_pdf(f"Tờ khai — {title.replace('Thủ tục ', '')}", name, [
            f"Số định danh cá nhân: {number}", f"Ngày sinh: {birth}", f"Nơi cư trú: {address}, tỉnh Tây Ninh",
            f"Số điện thoại: {phone}", "Tôi cam đoan nội dung khai trên đây là đúng sự thật."])),
        ("CCCD.png", "image/png", id_card_png(name, number, birth, seed=index)),
        ("Giay-to-kem-theo.pdf", "application/pdf", declaration_pdf("Giấy tờ kèm theo", name, [
            "Bản sao điện tử có chứng thực", f"Hồ sơ thủ tục {code}"], pages=2)),
    ]
    body = {"MaCoQuan": agency, "MaTTHC": code, "TenTTHC": title,
            "ChuHoSo": {"HoTen": name, "SoGiayTo": number, "NgaySinh": birth, "SoDienThoai": phone.replace(" ", ""),
                        "Email": email, "DiaChi": f"{address}, tỉnh Tây Ninh"},
            "ThoiDiemNop": (at - timedelta(minutes=37 * index)).isoformat(), "DaThanhToanTrucTuyen": index % 3 != 2}
    return {"body": body, "files": files}
