"""The receipt (form 01) rendered, then read back: text with diacritics, barcode, QR code."""

from datetime import datetime

import pytest

from counter import clock
from counter.domain.status import ReturnMethod
from counter.services import forms, intake
from helpers import complete_draft, pdf_barcodes, pdf_text


@pytest.fixture
def accepted(office_clock, db, officer):
    office_clock.set(datetime(2026, 11, 23, 14, 5))
    draft = complete_draft(db, "2.000488", name="Đặng Thị Thu Hà", address="Ấp Nhựt Tân, xã Tân Trụ, tỉnh Tây Ninh",
                           has_proxy=True, proxy_name="Võ Minh Đức", proxy_id_number="072093004567")
    return intake.receive(db, draft, officer)


def test_a4_receipt_has_both_copies_and_the_legal_content(db, accepted):
    pdf = forms.receipt_pdf(db, accepted.code, "a4")
    pages = pdf_text(pdf)
    assert len(pages) == 2
    first, second = pages
    for page in pages:
        for expected in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "UBND XÃ TÂN TRỤ",
            f"Mã hồ sơ: {accepted.code}", "Đặng Thị Thu Hà", "Ấp Nhựt Tân, xã Tân Trụ, tỉnh Tây Ninh",
            "Võ Minh Đức", "Cấp Phiếu lý lịch tư pháp",
            "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Số lượng hồ sơ: 01 bộ",
            "10 ngày làm việc", "14 giờ 05 phút, ngày 23 tháng 11 năm 2026",
            "14 giờ 15 phút, ngày 08 tháng 12 năm 2026", "Tân Trụ, ngày 23 tháng 11 năm 2026",
            "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", "Nguyễn Thị Lan",
            "Vào Sổ theo dõi hồ sơ, Quyển số: 2026/Q1, Số thứ tự: 1", "Công an tỉnh Tây Ninh",
            "Số: 1/2026/Q1", "Phí, lệ phí đã thu: 200.000 đồng", "Danh mục thủ tục phiên bản 2026.11.2",
        ):
            assert expected in page, expected
        assert "BẢN IN LẠI" not in page
    assert "Liên 1: Lưu" in first and "Liên 2: Giao người nộp hồ sơ" in second


def test_barcode_and_qr_decode_to_the_dossier(db, accepted):
    pdf = forms.receipt_pdf(db, accepted.code, "a4")
    for page in pdf_barcodes(pdf):
        linear = [text for fmt, text in page if fmt == "Code128"]
        qr = [text for fmt, text in page if fmt == "QRCode"]
        assert linear == [accepted.code]
        assert len(qr) == 1
        from counter.domain.codes import code_from_scan

        assert len(qr[0].splitlines()) == 1  # one line: one look-up for a 2D scanner
        assert qr[0].endswith(accepted.code) and code_from_scan(qr[0]) == accepted.code  # the scan field reads it
        assert "080190001234" not in qr[0]  # the applicant's ID stays off the QR


def test_thermal_80mm_layout(db, accepted):
    import pypdfium2 as pdfium

    pdf = forms.receipt_pdf(db, accepted.code, "80mm")
    doc = pdfium.PdfDocument(pdf)
    width, height = doc[0].get_size()
    doc.close()
    assert round(width / 72 * 25.4) == 80 and height > width
    text = pdf_text(pdf)[0]
    assert "Đặng Thị Thu Hà" in text and "Hẹn trả: 14 giờ 15 phút, ngày 08 tháng 12 năm" in text
    codes = pdf_barcodes(pdf)[0]
    assert ("Code128", accepted.code) in codes


def test_reprint_is_marked_as_a_copy(db, accepted, officer):
    assert "BẢN IN LẠI" not in pdf_text(forms.receipt_pdf(db, accepted.code))[0]
    assert forms.record_receipt_print(db, accepted.code, "a4", officer) == 1
    assert "BẢN IN LẠI" in pdf_text(forms.receipt_pdf(db, accepted.code))[0]
    assert forms.record_receipt_print(db, accepted.code, "a4", officer) == 2


def test_postal_return_and_fees_on_the_receipt(db, officer):
    draft = complete_draft(db, "3.000347", return_method=ReturnMethod.POST, delivery_address="Số 12 đường Nguyễn Huệ",
                           delivery_province="80", delivery_commune="25459")
    code = intake.receive(db, draft, officer).code
    text = pdf_text(forms.receipt_pdf(db, code))[0]
    assert "Số 12 đường Nguyễn Huệ, Phường Tân Ninh, Tỉnh Tây Ninh (qua dịch vụ bưu chính công ích)" in text
    assert "135.000 đồng" in text


def test_many_documents_flow_onto_more_pages(db, officer):
    code = intake.receive(db, complete_draft(db, "1.003976"), officer).code  # con nuôi: 6 documents
    pdf = forms.receipt_pdf(db, code)
    assert len(pdf_text(pdf)) >= 2
    assert all([t for f, t in page if f == "Code128"] == [code] for page in pdf_barcodes(pdf)[:1])
