"""Every form of the life cycle rendered and read back: text, and barcodes decoded."""

import csv
import io
import os
import subprocess
import sys
from datetime import date, datetime

import pytest
from sqlalchemy import select

from counter import clock
from counter.services import forms, intake, lifecycle
from counter.services.book import book_csv, book_pdf
from counter.services.errors import UserError
from counter.store.models import Dossier
from helpers import at, complete_draft, pdf_barcodes, pdf_text


@pytest.fixture
def code(db, officer):
    return intake.receive(db, complete_draft(db, "2.000488", name="Đinh Thị Ngọc Ánh"), officer).code


def text_of(db, kind, code):
    pages = pdf_text(forms.form_pdf(db, kind, code))
    return " ".join(pages)


def test_supplement_form(db, officer, code):
    lifecycle.request_supplement(db, code, officer, [
        lifecycle.MissingItem("Bản chụp CCCD còn rõ nét", "Bản đã nộp bị mờ", photocopies=1),
        lifecycle.MissingItem("Văn bản ủy quyền", "Người nộp thay chưa có ủy quyền", originals=1)],
        reason="Hồ sơ chưa hợp lệ")
    text = text_of(db, "supplement", code)
    for expected in ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Đinh Thị Ngọc Ánh", "Bản chụp CCCD còn rõ nét",
                     "Bản đã nộp bị mờ", "Văn bản ủy quyền", "Người nộp thay chưa có ủy quyền", "08/12/2026",
                     "NGƯỜI HƯỚNG DẪN", "Nguyễn Thị Lan", "Lý do: Hồ sơ chưa hợp lệ", f"Mã hồ sơ: {code}"):
        assert expected in text, expected
    assert [t for f, t in pdf_barcodes(forms.form_pdf(db, "supplement", code))[0] if f == "Code128"] == [code]


def test_refusal_form_has_both_signatures(db, officer, code):
    lifecycle.refuse(db, code, officer, "Người yêu cầu không thuộc đối tượng được cấp phiếu")
    text = text_of(db, "refusal", code)
    for expected in ("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "thông báo không tiếp nhận, giải quyết hồ sơ này",
                     "Người yêu cầu không thuộc đối tượng được cấp phiếu", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                     "Đinh Thị Ngọc Ánh", "Nguyễn Thị Lan"):
        assert expected in text, expected


def test_transfer_slip_lists_each_agency_task_and_deadline(db, officer, code):
    lifecycle.set_route(db, code, officer, [
        lifecycle.Step("000.00.18.H49", "Phòng Hồ sơ nghiệp vụ", "Tra cứu, xác minh lý lịch", days=5),
        lifecycle.Step("000.00.15.H49", "Phòng Hành chính tư pháp", "Cấp Phiếu lý lịch tư pháp")])
    lifecycle.forward(db, code, officer, receiver="Trần Văn Bảo")
    text = text_of(db, "transfer", code)
    for expected in ("PHIẾU CHUYỂN XỬ LÝ HỒ SƠ", "Công an tỉnh Tây Ninh", "Tra cứu, xác minh lý lịch", "09:00 01/12/2026",
                     "Sở Tư pháp tỉnh Tây Ninh", "Cấp Phiếu lý lịch tư pháp", "NGƯỜI CHUYỂN"):
        assert expected in text, expected


def test_control_sheet_has_one_row_per_handover(office_clock, db, officer, code):
    office_clock.set(datetime(2026, 11, 23, 10, 0))
    lifecycle.forward(db, code, officer, receiver="Trần Văn Bảo")
    office_clock.set(datetime(2026, 12, 1, 9, 0))
    lifecycle.record_result(db, code, officer, giver="Trần Văn Bảo")
    office_clock.set(datetime(2026, 12, 1, 10, 30))
    lifecycle.return_result(db, code, officer, collector="applicant", id_number="080190001234")
    text = text_of(db, "control", code)
    for expected in ("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "1. Giao: Bộ phận Một cửa",
                     "10 giờ 00 phút, ngày 23 tháng 11 năm 2026", "2. Giao: Phòng Hồ sơ nghiệp vụ",
                     "09 giờ 00 phút, ngày 01 tháng 12 năm 2026", "3. Giao: Bộ phận Một cửa Nhận: Đinh Thị Ngọc Ánh",
                     "Đúng hạn", "Trước hạn", "Người giao: Nguyễn Thị Lan", "Người nhận: Trần Văn Bảo"):
        assert expected in text, expected
    text = text_of(db, "return", code)
    for expected in ("PHIẾU XÁC NHẬN TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ", f"Mã kết quả: {code}-KQ1",
                     "10 giờ 30 phút, ngày 01 tháng 12 năm 2026", "Người nhận kết quả: Đinh Thị Ngọc Ánh", "Trước hạn"):
        assert expected in text, expected


def test_extension_form(db, officer, code):
    lifecycle.forward(db, code, officer)
    lifecycle.extend(db, code, officer, datetime(2026, 12, 15, 16, 0), "Chờ kết quả xác minh từ tỉnh khác")
    text = text_of(db, "extension", code)
    for expected in ("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Đinh Thị Ngọc Ánh",
                     "Chờ kết quả xác minh từ tỉnh khác", "xin lỗi", "16 giờ 00 phút, ngày 15 tháng 12 năm 2026",
                     "09 giờ 00 phút, ngày 08 tháng 12 năm 2026", "chỉ được điều chỉnh một lần"):
        assert expected in text, expected


@pytest.mark.parametrize("withdrawn", [True, False])
def test_stop_notice(db, officer, code, withdrawn):
    if withdrawn:
        lifecycle.withdraw(db, code, officer, "Công dân có đơn xin rút hồ sơ")
    else:
        lifecycle.stop(db, code, officer, "Có tranh chấp đang được Tòa án giải quyết")
    text = text_of(db, "stop", code)
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text
    assert ("theo đề nghị rút hồ sơ" in text) is withdrawn
    assert ("Công dân có đơn xin rút hồ sơ" if withdrawn else "Có tranh chấp đang được Tòa án giải quyết") in text


def test_a_form_for_a_step_not_taken_is_refused_clearly(db, code):
    with pytest.raises(UserError, match="chưa có gia hạn"):
        forms.form_pdf(db, "extension", code)


def test_receipt_after_supplement_is_a_new_original_with_the_same_code(office_clock, db, officer, code):
    forms.record_receipt_print(db, code, "a4", officer)
    office_clock.set(datetime(2026, 11, 25, 9, 0))
    lifecycle.request_supplement(db, code, officer, [lifecycle.MissingItem("Tờ khai có chữ ký")])
    office_clock.set(datetime(2026, 11, 26, 8, 0))
    lifecycle.complete_supplement(db, code, officer)
    pdf = forms.receipt_pdf(db, code)
    text = pdf_text(pdf)[0]
    assert "BẢN IN LẠI" not in text
    assert "Thời gian nhận hồ sơ (đã bổ sung đầy đủ): 08 giờ 00 phút, ngày 26 tháng 11 năm 2026" in text
    assert "08 giờ 00 phút, ngày 10 tháng 12 năm 2026" in text  # 10 working days from 26/11 08:00
    assert [t for f, t in pdf_barcodes(pdf)[0] if f == "Code128"] == [code]


def test_handover_list_decodes_by_barcode(db, officer):
    codes = [intake.receive(db, complete_draft(db, p), officer).code
             for p in ("2.000488", "2.000488", "3.000347", "2.001610", "2.000488")]
    number = lifecycle.handover_batch(db, codes, officer, to_party="Công an tỉnh Tây Ninh", receiver="Đỗ Thị Hạnh")
    pdf = forms.handover_list_pdf(db, number)
    text = " ".join(pdf_text(pdf))
    for expected in ("DANH SÁCH BÀN GIAO HỒ SƠ", "Bên giao: Bộ phận Một cửa", "Bên nhận: Công an tỉnh Tây Ninh",
                     "Đỗ Thị Hạnh", "5 hồ sơ", "BÊN GIAO", "BÊN NHẬN", f"Số: {number}"):
        assert expected in text, expected
    decoded = [t for page in pdf_barcodes(pdf) for f, t in page if f == "Code128"]
    assert sorted(decoded) == sorted(codes)


def test_tracking_book_pdf_and_csv(office_clock, db, officer):
    codes = []
    for day, proc in ((23, "2.000488"), (25, "1.001193"), (26, "3.000347")):
        office_clock.set(datetime(2026, 11, day, 9, 0))
        codes.append(intake.receive(db, complete_draft(db, proc), officer).code)
    lifecycle.forward(db, codes[0], officer, to_party="Công an tỉnh Tây Ninh")
    rows = list(csv.reader(io.StringIO(book_csv(db, date(2026, 11, 23), date(2026, 11, 25)).decode("utf-8-sig"))))
    assert rows[0][:3] == ["TT", "Mã hồ sơ", "Tên thủ tục hành chính"] and len(rows[0]) == 14
    assert rows[0][11:13] == ["Trả kết quả cho cá nhân, tổ chức: Ngày, tháng, năm",
                              "Trả kết quả cho cá nhân, tổ chức: Ký nhận"]
    assert [r[1] for r in rows[1:]] == codes[:2]
    assert rows[1][9].startswith("Công an tỉnh Tây Ninh, 09:00 26/11/2026")
    text = " ".join(pdf_text(book_pdf(db, date(2026, 11, 1), date(2026, 11, 30))))
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Từ ngày 01/11/2026 đến ngày 30/11/2026 — 3 hồ sơ" in text
    # the official template's columns, the applicant's signature on return included
    assert "Trả kết quả cho cá nhân, tổ chức" in text and "Ký nhận" in text and "(14)" in text
    for c in codes:
        assert c in text


def test_form_and_book_commands(db, officer, code, tmp_path):
    lifecycle.refuse(db, code, officer, "Không đủ điều kiện")
    db.close()
    env = dict(os.environ)

    def run(*args):
        return subprocess.run(at("2026-11-23T10:00:00", "-m", "counter", "--db", db.url, *args), capture_output=True,
                              text=True, env=env, timeout=120)

    out = run("form", "refusal", code, "-o", str(tmp_path / "tu-choi.pdf"))
    assert out.returncode == 0, out.stderr
    assert "Không đủ điều kiện" in pdf_text((tmp_path / "tu-choi.pdf").read_bytes())[0]
    out = run("form", "extension", code, "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 1 and "chưa có gia hạn" in out.stderr
    out = run("book", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(tmp_path / "so.csv"))
    assert out.returncode == 0, out.stderr
    assert code in (tmp_path / "so.csv").read_text(encoding="utf-8-sig")
    out = run("book", "--from", "2026-11-31", "--to", "2026-11-30", "-o", str(tmp_path / "so.pdf"))
    assert out.returncode == 1 and "YYYY-MM-DD" in out.stderr


def test_names_typed_in_capitals_print_in_title_case_and_fees_as_charged(db, officer):
    from counter.services.intake import FeeEntry

    draft = complete_draft(db, "1.001193", name="NGUYỄN THỊ HỒNG NHUNG", fees=[FeeEntry("PHI_TL", count="2")])
    code = intake.receive(db, draft, officer).code
    with db.read() as session:
        assert session.scalar(select(Dossier.applicant_name).where(Dossier.code == code)) == "NGUYỄN THỊ HỒNG NHUNG"
    text = pdf_text(forms.receipt_pdf(db, code))[0]
    assert "Nguyễn Thị Hồng Nhung" in text and "NGUYỄN THỊ HỒNG NHUNG" not in text
    assert "Phí, lệ phí đã thu: 16.000 đồng" in text
    assert "Phí cấp bản sao trích lục (nếu người yêu cầu đề nghị) (2 bản): 16.000 đồng" in text
    assert "Trong ngày (nhận sau 15 giờ 00: trả trong ngày làm việc tiếp theo)" in text
