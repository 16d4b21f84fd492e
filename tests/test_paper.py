"""Paper: every receipt fits its paper, print-to-PDF proposes the whole code, the return form
says what the result is. PDFs read back with pdfium."""

from __future__ import annotations

import dataclasses
import re

import pypdfium2 as pdfium
import pytest

from counter.documents.receipt import ReceiptDocument, render_receipt
from counter.services import forms, intake, lifecycle
from helpers import complete_draft, pdf_text


def pages(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


LONG = ("Văn bản ủy quyền theo quy định của pháp luật có công chứng hoặc chứng thực chữ ký của người ủy quyền "
        "(trường hợp ủy quyền thực hiện thủ tục)")


@pytest.mark.parametrize("count", [1, 5, 10])
def test_the_a4_receipt_is_one_page_per_copy_up_to_ten_documents(db, officer, count):
    code = intake.receive(db, complete_draft(db, proxy_name="Trần Văn Bình", proxy_id_number="080190005678"),
                          officer).code
    with db.read() as session:
        data = forms.receipt_data(session, code)
    documents = tuple(ReceiptDocument(f"{i}. {LONG}", 1, 1, 2) for i in range(count))
    pdf = render_receipt(dataclasses.replace(data, documents=documents), "a4")
    assert pages(pdf) == 2  # Liên 1 and Liên 2, each on its own page
    first, second = pdf_text(pdf)
    assert "Liên 1" in first and "NGƯỜI TIẾP NHẬN HỒ SƠ" in first
    assert "Liên 2" in second and "NGƯỜI TIẾP NHẬN HỒ SƠ" in second


@pytest.mark.parametrize("count", [1, 5, 10])
def test_the_80mm_receipt_is_one_slip(db, officer, count):
    code = intake.receive(db, complete_draft(db), officer).code
    with db.read() as session:
        data = forms.receipt_data(session, code)
    documents = tuple(ReceiptDocument(f"{i}. {LONG}", 1, 1, 2) for i in range(count))
    pdf = render_receipt(dataclasses.replace(data, documents=documents), "80mm")
    assert pages(pdf) == 1
    assert pages(forms.receipt_pdf(db, code, "80mm")) == 1


def test_print_to_pdf_proposes_the_whole_code_as_file_name(qapp, db, officer):
    from PySide6.QtPrintSupport import QPrinter

    from counter.ui import printing

    code = intake.receive(db, complete_draft(db), officer).code
    pdf = forms.receipt_pdf(db, code, "a4")
    printer = QPrinter()
    printing.configure_printer(printer, pdf, "Hồ sơ " + code)
    # Qt's print dialog proposes docName with what follows its last dot dropped, plus ".pdf"
    # (qprintdialog_unix.cpp: QRegularExpression("(.*)\\.\\S+"))
    match = re.fullmatch(r"(.*)\.\S+", printer.docName())
    proposed = (match.group(1) if match else printer.docName()) + ".pdf"
    assert proposed == f"Hồ sơ {code}.pdf"


def test_the_return_form_says_what_the_result_is(db, officer):
    draft = complete_draft(db)
    code = intake.receive(db, draft, officer).code
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer, note="Giấy khai sinh số 125/2026")
    lifecycle.return_result(db, code, officer, collector="applicant", id_number=draft.id_number)
    text = " ".join(pdf_text(forms.form_pdf(db, "return", code)))
    assert "Kết quả giải quyết: Giấy khai sinh số 125/2026" in text
    assert not re.search(r"Kết quả:\s*(Thời gian|$)", text)  # never an empty "Kết quả:"
