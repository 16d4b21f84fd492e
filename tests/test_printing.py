"""Printing at the counter, against a real (private) CUPS print server: the printer and paper for
A4 documents and for the 80 mm receipt are remembered on this machine; once chosen with "print at
once", a document goes straight to its printer; a printer that is paused or gone is said plainly,
the print dialog offers another, and nothing already recorded is lost. Jobs are read back from
the print server's spool: their name, and the barcode on the page Qt sent."""

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QMessageBox
from counter import paths
from counter.services import intake
from counter.services.dossiers import get_dossier
from counter.ui import preferences, printing
from counter.ui.main_window import MainWindow
from counter.ui.printers import PrintersDialog
from helpers import complete_draft
from qt_helpers import when_modal

@pytest.fixture
def printers(cups, request):
    """An A4 printer and an 80 mm receipt printer on the print server, fresh for each test."""
    cups.a4 = f"May-in-A4-{request.node.name[-12:].strip('[]_')}".replace("_", "-")
    cups.receipt = cups.a4.replace("A4", "nhiet-80mm")
    for name in (cups.a4, cups.receipt):
        cups.add(name)
    yield cups
    for kind in preferences.KINDS:
        preferences.save_printer_choice(kind, None)
    for name in (cups.a4, cups.receipt):
        cups.remove(name)


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db, sync=False)
    qtbot.addWidget(w)
    w.show()
    return w


def accepted(window, db, officer) -> str:
    code = intake.receive(db, complete_draft(db), officer).code
    window.intake.last_code, window.intake.last_kind = code, "receipt"
    return code


def barcodes(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [r.text for i in range(len(doc)) for r in zxingcpp.read_barcodes(doc[i].render(scale=3).to_pil())]
    finally:
        doc.close()


def prints_recorded(db, code) -> int:
    with db.read() as session:
        return get_dossier(session, code).receipt_prints


def test_the_printers_dialog_remembers_a4_and_80mm_printers(qtbot, printers):
    A4_PRINTER, RECEIPT_PRINTER = printers.a4, printers.receipt
    dialog = PrintersDialog()
    qtbot.addWidget(dialog)
    names = [dialog.a4.printer.itemData(i) for i in range(dialog.a4.printer.count())]
    assert names[0] == "" and {A4_PRINTER, RECEIPT_PRINTER} <= set(names)  # "ask every time", the system's printers
    dialog.a4.printer.setCurrentIndex(dialog.a4.printer.findData(A4_PRINTER))
    dialog.a4.direct.setChecked(True)
    dialog.receipt.printer.setCurrentIndex(dialog.receipt.printer.findData(RECEIPT_PRINTER))
    dialog.receipt.direct.setChecked(True)
    dialog.save()
    assert preferences.printer_choice("a4") == preferences.PrinterChoice(A4_PRINTER, "", True)
    assert preferences.printer_choice("receipt80").printer == RECEIPT_PRINTER
    again = PrintersDialog()
    qtbot.addWidget(again)
    assert again.a4.printer.currentData() == A4_PRINTER and again.a4.direct.isChecked()
    assert again.receipt.printer.currentData() == RECEIPT_PRINTER


def test_once_chosen_each_paper_goes_straight_to_its_printer(qtbot, window, db, officer, printers):
    A4_PRINTER, RECEIPT_PRINTER = printers.a4, printers.receipt
    preferences.save_printer_choice("a4", preferences.PrinterChoice(A4_PRINTER, "", True))
    preferences.save_printer_choice("receipt80", preferences.PrinterChoice(RECEIPT_PRINTER, "", True))
    code = accepted(window, db, officer)
    window.intake.print_receipt("a4")  # no dialog opens: a modal one would block this call
    window.intake.print_receipt("80mm")
    (a4_title, a4_pdf), = printers.jobs(A4_PRINTER)
    (receipt_title, receipt_pdf), = printers.jobs(RECEIPT_PRINTER)
    assert a4_title == receipt_title == f"Hồ sơ {code}.pdf"  # "Print to PDF" proposes the whole code
    assert code in barcodes(a4_pdf)  # the printed page scans: Code 128 …
    assert barcodes(receipt_pdf)[0].endswith(code)  # … and the receipt's QR code
    assert pdfium.PdfDocument(a4_pdf)[0].get_size()[0] > 500  # A4 (595 pt wide) …
    assert pdfium.PdfDocument(receipt_pdf)[0].get_size()[0] < 240  # … and 80 mm (227 pt)
    assert f"Đã gửi “Hồ sơ {code}” tới máy in {RECEIPT_PRINTER}" in window.statusBar().currentMessage()
    assert prints_recorded(db, code) == 2


def test_the_print_dialog_choice_is_remembered_for_next_time(qtbot, window, db, officer, printers):
    RECEIPT_PRINTER = printers.receipt
    code = accepted(window, db, officer)

    def choose(dialog):
        names = dialog.findChild(QComboBox, "printers")
        names.setCurrentIndex(names.findText(RECEIPT_PRINTER))
        dialog.accept()

    when_modal(choose, QPrintDialog)
    window.intake.print_receipt("80mm")
    assert [t for t, _ in printers.jobs(RECEIPT_PRINTER)] == [f"Hồ sơ {code}.pdf"]
    remembered = preferences.printer_choice("receipt80")
    assert remembered.printer == RECEIPT_PRINTER and not remembered.direct and remembered.paper
    assert preferences.printer_choice("a4") is None  # the A4 documents keep their own choice


@pytest.mark.parametrize("trouble", ["paused", "gone"])
def test_a_printer_that_is_paused_or_gone_is_said_and_nothing_is_lost(qtbot, window, db, officer, printers, trouble):
    name = printers.a4 if trouble == "paused" else "May-in-cu-da-go"
    preferences.save_printer_choice("a4", preferences.PrinterChoice(name, "", True))
    if trouble == "paused":
        printers.pause(name)
    code = accepted(window, db, officer)
    said = []

    def read_warning(box):
        said.append((box.windowTitle(), box.text()))
        when_modal(lambda d: d.reject(), QPrintDialog)  # then the print dialog: the officer closes it
        box.accept()

    when_modal(read_warning, QMessageBox)
    window.intake.print_receipt("a4")
    title, text = said[0]
    assert title == "Máy in chưa sẵn sàng"
    expected = "đang báo lỗi hoặc bị tạm dừng" if trouble == "paused" else "hiện không có trên máy này"
    assert f"Máy in “{name}” {expected}" in text and "Chọn máy in khác" in text
    assert printers.jobs(printers.a4) == []  # nothing went to a paused queue
    assert prints_recorded(db, code) == 0  # not counted as printed; the dossier itself is recorded
    with db.read() as session:
        assert get_dossier(session, code).applicant_name == "Nguyễn Thị Hồng Nhung"


def test_a_printer_that_refuses_the_job_is_reported_in_words(tmp_path, qapp, db, officer):
    code = intake.receive(db, complete_draft(db), officer).code
    from counter.services import forms

    pdf = forms.receipt_pdf(db, code, "a4")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "không có thư mục này" / "out.pdf"))  # the file cannot be written
    with pytest.raises(printing.PrintFailed) as err:
        printing.paint_pdf(printer, pdf)
    assert "Không lưu được tệp PDF" in str(err.value) and "đã được lưu" in str(err.value)
    assert "không có tệp hoặc thư mục này" in str(err.value)  # why, in words


def test_a_missing_or_damaged_font_stops_printing_with_a_clear_message(qtbot, window, db, officer, tmp_path,
                                                                       monkeypatch):
    import shutil

    from counter.documents.common import register_fonts

    code = accepted(window, db, officer)
    copy = tmp_path / "resources"
    shutil.copytree(paths.resource(""), copy, ignore=shutil.ignore_patterns("__pycache__", "*.ts"))
    monkeypatch.setenv("COUNTER_RESOURCES", str(copy))
    (copy / "fonts" / "DejaVuSerif.ttf").unlink()
    register_fonts.cache_clear()
    said = []
    try:
        when_modal(lambda box: (said.append((box.windowTitle(), box.text())), box.accept()), QMessageBox)
        window.intake.print_receipt("a4")
        data = (copy / "fonts" / "DejaVuSans.ttf").read_bytes()
        (copy / "fonts" / "DejaVuSerif.ttf").write_bytes(data[: len(data) // 5])  # truncated by a bad copy
        register_fonts.cache_clear()
        when_modal(lambda box: (said.append((box.windowTitle(), box.text())), box.accept()), QMessageBox)
        window.intake.preview_receipt("a4")
    finally:
        monkeypatch.undo()
        register_fonts.cache_clear()
    assert said[0][0] == "Chưa in được" and "Thiếu tệp fonts/DejaVuSerif.ttf của Counter" in said[0][1]
    assert said[1][0] == "Không xem trước được" and "Tệp phông chữ DejaVuSerif.ttf của Counter bị hỏng" in said[1][1]
    assert all("cài lại Counter" in text and "dữ liệu hồ sơ không bị ảnh hưởng" in text for _, text in said)
    assert window.isVisible() and window.intake.last_code == code
    assert printing.page_sizes(window.intake.receipt_pdf("a4"))  # with the fonts back, it prints again
