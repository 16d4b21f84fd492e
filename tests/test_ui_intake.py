"""The intake screen driven as an officer would, then the receipt read back."""

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from counter.services import forms
from counter.store.models import Dossier
from counter.ui import printing
from counter.ui.main_window import MainWindow
from helpers import pdf_barcodes, pdf_text
from qt_helpers import press, type_text


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def choose_procedure(qtbot, page, query: str) -> None:
    press(page, Qt.Key.Key_F3)  # focus the search box, its text selected
    qtbot.keyClicks(page.search, query)
    press(page.search, Qt.Key.Key_Return)
    assert page.procedure is not None


def tick_required_documents(page) -> None:
    """Space on each required line, moving down with the arrow key (focus is in the checklist)."""
    assert page.docs.hasFocus()
    for doc in page.procedure.documents:
        if doc.required:
            press(page.docs, Qt.Key.Key_Space)
        press(page.docs, Qt.Key.Key_Down)


def fill_person(page, name: str, id_number: str, phone: str, address: str, birth: str = "") -> None:
    type_text(page.name, name)
    type_text(page.id_number, id_number)
    if birth:
        type_text(page.birth_date, birth)
    type_text(page.phone, phone)
    type_text(page.address, address)


def dossier_count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Dossier))


def test_officer_receives_a_dossier_and_prints_its_receipt(qtbot, window, db, tmp_path):
    page = window.intake
    choose_procedure(qtbot, page, "dang ky khai sinh")  # typed without diacritics
    assert page.procedure.code == "1.001193"
    assert "hẹn trả kết quả lúc" in page.due_preview.text()
    tick_required_documents(page)
    fill_person(page, "Nguyễn Thị Hồng Nhung", "080190001234", "0912345678",
                "Ấp Bình Hòa, xã Tân Trụ, tỉnh Tây Ninh", birth="12/03/1990")
    press(page.address, Qt.Key.Key_Return)  # Enter accepts

    assert page.banner.isVisible(), page.summary.text()
    code = page.last_code
    assert code == "000.01.34.H49-261123-1001"
    assert code in page.banner_text.text() and "Hẹn trả" in page.banner_text.text()
    assert "17:00, 23/11/2026" in page.banner_text.text()  # same-day procedure accepted Monday 09:00
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == code))
        assert d.applicant_name == "Nguyễn Thị Hồng Nhung" and d.officer.full_name == window.current_actor().name
        assert [x.submitted for x in d.documents] == [x.required for x in page.procedure.documents]

    # the receipt, read back
    pdf = forms.receipt_pdf(db, code)
    text = pdf_text(pdf)[0]
    assert "Nguyễn Thị Hồng Nhung" in text and "Thủ tục đăng ký khai sinh" in text
    assert "17 giờ 00 phút, ngày 23 tháng 11 năm 2026" in text
    assert [t for f, t in pdf_barcodes(pdf)[0] if f == "Code128"] == [code]

    # the print path: what Qt sends to the printer still scans
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printing.configure_printer(printer, pdf, "test")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.paint_pdf(printer, pdf)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert [t for f, t in pdf_barcodes(printed)[0] if f == "Code128"] == [code]
    assert len(pdf_barcodes(printed)) == 2  # both copies

    # the list shows it at once; Ctrl+N starts a fresh dossier
    assert window.list_page.model.code_at(0) == code
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not page.banner.isVisible() and page.name.text() == ""
    qtbot.waitUntil(page.search.hasFocus)


def test_bad_input_gets_inline_messages_and_nothing_typed_is_lost(qtbot, window, db):
    page = window.intake
    choose_procedure(qtbot, page, "ly lich tu phap")
    tick_required_documents(page)
    name = unicodedata.normalize("NFD", "Trần Văn Đức")  # a keyboard that sends decomposed text
    fill_person(page, name, "0801900012", "0112345678", unicodedata.normalize("NFD", "Ấp Lạc Tấn"))
    type_text(page.email, "duc@")
    press(page.email, Qt.Key.Key_Return)

    assert not page.banner.isVisible() and dossier_count(db) == 0
    assert page.fields["id_number"].message.isVisible()
    assert "12 chữ số" in page.fields["id_number"].message.text()
    assert "Đầu số 011 chưa được cấp" in page.fields["phone"].message.text()
    assert page.fields["email"].message.isVisible()
    assert not page.fields["name"].message.isVisible()
    assert "3 thông tin cần sửa" in page.summary.text()
    assert page.name.text() == name and page.address.text() and page.email.text() == "duc@"
    assert page.id_number.hasFocus()  # the first faulty field

    page.id_number.clear()
    type_text(page.id_number, "080190001234")
    page.id_number.editingFinished.emit()
    assert not page.fields["id_number"].message.isVisible()  # fixed: its message goes away
    assert page.fields["phone"].message.isVisible()  # not fixed yet: stays

    page.phone.clear()
    type_text(page.phone, "0912345678")
    page.email.clear()
    press(page.phone, Qt.Key.Key_Return)
    assert page.banner.isVisible()
    with db.read() as session:
        stored = session.scalar(select(Dossier.applicant_name))
    assert stored == "Trần Văn Đức" and unicodedata.is_normalized("NFC", stored)


def test_missing_required_document_blocks_acceptance(qtbot, window, db):
    page = window.intake
    choose_procedure(qtbot, page, "1.001193")
    fill_person(page, "Lê Văn Tám", "080190001234", "0912345678", "Ấp Bình Lợi")
    press(page.address, Qt.Key.Key_Return)
    assert "chưa nộp" in page.fields["documents"].message.text()
    assert dossier_count(db) == 0
    page.all_required.click()
    press(page.address, Qt.Key.Key_Return)
    assert page.banner.isVisible()


def test_postal_return_is_disabled_for_procedures_that_exclude_it(qtbot, window):
    page = window.intake
    choose_procedure(qtbot, page, "1.000894")  # đăng ký kết hôn
    assert not page.ret_post.isEnabled()
    choose_procedure(qtbot, page, "2.000488")
    assert page.ret_post.isEnabled()
    page.ret_post.setChecked(True)
    assert page.delivery_address.isVisible()


def test_organisation_applicant_fields(qtbot, window, db):
    page = window.intake
    choose_procedure(qtbot, page, "2.001610")
    tick_required_documents(page)
    page.kind_org.setChecked(True)
    assert page.tax_code.isVisible() and not page.id_number.isVisible()
    type_text(page.name, "Công ty TNHH Gạo Sạch Tân Trụ")
    type_text(page.tax_code, "0100109106")
    type_text(page.representative, "Huỳnh Thị Mỹ")
    type_text(page.phone, "0909123456")
    type_text(page.address, "Khu phố 2, xã Tân Trụ")
    press(page.address, Qt.Key.Key_Return)
    # the representative is identified: personal ID and title, or the organisation is not accepted
    assert not page.banner.isVisible()
    assert "12 chữ số" in page.fields["representative_id_number"].message.text()
    assert "chức vụ" in page.fields["representative_title"].message.text()
    type_text(page.representative_id, "080190001234")
    type_text(page.representative_title, "Giám đốc")
    press(page.address, Qt.Key.Key_Return)
    assert page.banner.isVisible(), page.summary.text()


def test_scanning_a_receipt_opens_the_dossier(qtbot, window, db):
    page = window.intake
    choose_procedure(qtbot, page, "1.001193")
    tick_required_documents(page)
    fill_person(page, "Phạm Minh Châu", "080190001234", "0912345678", "Ấp Tân Phước")
    press(page.address, Qt.Key.Key_Return)
    code = page.last_code

    window.focus_scan()
    qtbot.keyClicks(window.scan, code)  # a scanner types the code, then Enter
    press(window.scan, Qt.Key.Key_Return)
    dialog = window.last_dialog
    assert dialog.isVisible() and code in dialog.windowTitle()
    assert "Phạm Minh Châu" in dialog.body.toPlainText()
    dialog.close()

    window.focus_scan()
    qtbot.keyClicks(window.scan, "000.01.34.H49-261123-0999")
    press(window.scan, Qt.Key.Key_Return)
    assert window.scan_answer.isVisible() and "000.01.34.H49-261123-0999" in window.scan_answer.text()


def test_officer_counts_pages_and_copies_and_the_receipt_shows_what_was_charged(qtbot, window, db):
    page = window.intake
    choose_procedure(qtbot, page, "2.000815")  # chứng thực bản sao: per page, per copy
    tick_required_documents(page)
    fill_person(page, "TRẦN VĂN BẢY", "080190001234", "0912345678", "Ấp Bình Hòa, xã Tân Trụ")
    row = page.fee_section.rows["PHI"]
    type_text(row["count"], "x")
    press(page.address, Qt.Key.Key_Return)
    assert not page.banner.isVisible() and dossier_count(db) == 0
    assert "số nguyên" in page.fields["fees"].message.text()
    assert page.name.text() == "TRẦN VĂN BẢY"  # nothing typed is lost
    row["count"].clear()
    type_text(row["count"], "５")  # a full-width digit from a Vietnamese keyboard
    row["copies"].setText("3")
    assert "21.000 đ" in page.fee_section.total.text() and row["amount"].text() == "21.000 đ"
    press(page.address, Qt.Key.Key_Return)
    assert page.banner.isVisible(), page.summary.text()
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == page.last_code))
        assert d.fee_total == 21_000 and d.fees[0].detail == "5 trang × 3 bản"
    text = pdf_text(forms.receipt_pdf(db, page.last_code))[0]
    assert "(5 trang × 3 bản): 21.000 đồng" in text and "Trần Văn Bảy" in text


def test_optional_copies_are_not_charged_unless_entered(qtbot, window, db):
    page = window.intake
    choose_procedure(qtbot, page, "dang ky khai sinh")
    assert page.fee_section.rows["PHI_TL"]["count"].text() == ""
    assert "Không thu phí, lệ phí" in page.fee_section.total.text()
    type_text(page.fee_section.rows["PHI_TL"]["count"], "1")
    assert "8.000 đ" in page.fee_section.total.text()


def test_an_old_dossier_shows_the_catalogue_it_was_received_under(qtbot, window, db):
    import copy

    from counter.services import catalogue as cat
    from counter.services import intake
    from counter.services.audit import SYSTEM
    from helpers import complete_draft

    code = intake.receive(db, complete_draft(db), SYSTEM).code
    newer = copy.deepcopy(cat.load_catalogue(cat.bundled_catalogue()))
    newer["version"] = "2099.1.0"
    with db.write() as session:
        cat.import_catalogue(session, newer)
    dialog = window.open_dossier(code)
    text = dialog.body.toPlainText()
    assert "Thủ tục 1.001193 theo danh mục phiên bản 2026.11.2" in text
    assert "nhận sau 15 giờ 00" in text
    dialog.close()
