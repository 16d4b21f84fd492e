"""Printing PDFs through Qt's print dialog and print preview.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 at the printer's
resolution and painted onto the QPrinter — the reliable path for thermal printers too.

Two kinds of paper, each with its own remembered printer (counter.ui.preferences, per machine):
A4 documents (forms, lists, reports, labels) and the 80 mm receipt. Once a printer is chosen
with "print without asking", a document goes straight to it; a printer that is switched off,
unplugged, paused or refusing the job is reported in plain words, and the document can be
printed again — what it records is already saved.
"""

from __future__ import annotations

import logging
from typing import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox

from counter.services.errors import UserError, os_reason
from counter.ui import preferences
from counter.ui.labels import shown, shown_error

log = logging.getLogger(__name__)

A4, RECEIPT_80 = preferences.A4, preferences.RECEIPT_80


class PrintFailed(UserError):
    """The printer did not take the job; the message says what to do."""


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_size() for i in range(len(doc))]
    finally:
        doc.close()


def paper_kind(pdf: bytes) -> str:
    """80 mm receipts are narrow (at most 90 mm); everything else prints on the A4 printer."""
    width_pt = page_sizes(pdf)[0][0]
    return RECEIPT_80 if width_pt <= 90 / 25.4 * 72 else A4


def render_pages(pdf: bytes, dpi: int = 200) -> list[QImage]:
    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=dpi / 72, grayscale=True)
            pil = bitmap.to_pil().convert("L")
            image = QImage(pil.tobytes(), pil.width, pil.height, pil.width, QImage.Format.Format_Grayscale8).copy()
            images.append(image)
    finally:
        doc.close()
    return images


def configure_printer(printer: QPrinter, pdf: bytes, title: str, choice: preferences.PrinterChoice | None = None) -> None:
    """The document's own page size, or the paper remembered for this kind of document, on the
    remembered printer."""
    width, height = page_sizes(pdf)[0]
    if choice is not None and choice.printer:
        printer.setPrinterName(choice.printer)
    size = choice.page_size() if choice is not None else None
    if size is None:
        size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, title, QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(document_name(title))


def document_name(title: str) -> str:
    """The document's name, ending in ".pdf": "Print to PDF" proposes it as the file name. Qt
    drops what follows the last dot as an extension, so without it a dossier code
    (000.01.34.H49-…) was cut to "Hồ sơ 000.01.34.pdf"."""
    return title if title.lower().endswith(".pdf") else title + ".pdf"


def printer_problem(name: str) -> str | None:
    """Why the named printer cannot take a job now, or None when it looks ready."""
    if not name:
        return None
    if name not in QPrinterInfo.availablePrinterNames():
        return QCoreApplication.translate(
            "printing", "Máy in “%1” hiện không có trên máy này (máy in tắt, rút cáp, mất mạng hoặc đã bị gỡ)."
        ).replace("%1", name)
    state = QPrinterInfo.printerInfo(name).state()
    if state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return QCoreApplication.translate(
            "printing", "Máy in “%1” đang báo lỗi hoặc bị tạm dừng (hết giấy, kẹt giấy, mở nắp hoặc bị dừng hàng đợi in)."
        ).replace("%1", name)
    return None


PRINT_DPI = 300


def paint_pdf(printer: QPrinter, pdf: bytes, pages: list[QImage] | None = None) -> None:
    """Paint the document's pages; ``pages`` already rasterised (off the GUI thread, by
    counter.ui.output) are used as they are."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        # "Print to file (PDF)": the document is already a PDF — written as it is (vector, text that
        # can be searched), instead of pages rasterised and compressed again on the way
        try:
            with open(printer.outputFileName(), "wb") as out:
                out.write(pdf)
        except OSError as exc:
            raise PrintFailed(QCoreApplication.translate(
                "printing", "Không lưu được tệp PDF %1: %2. Những gì đã làm đều đã được lưu; chọn thư mục khác rồi "
                            "in lại.").replace(
                "%1", printer.outputFileName()).replace("%2", shown(os_reason(exc)))) from exc
        return
    if pages is None:
        pages = render_pages(pdf, min(max(printer.resolution(), 150), PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        where = printer.printerName() or printer.outputFileName()
        raise PrintFailed(QCoreApplication.translate(
            "printing", "Máy in “%1” không nhận lệnh in (máy in tắt, hết giấy, mất kết nối hoặc đang lỗi). Những gì "
                        "đã làm đều đã được lưu; kiểm tra máy in rồi bấm in lại, hoặc chọn máy in khác."
        ).replace("%1", where))
    try:
        for i, image in enumerate(pages):
            if i and not printer.newPage():
                raise PrintFailed(QCoreApplication.translate(
                    "printing", "Máy in ngừng nhận trang ở trang %1. Kiểm tra máy in rồi in lại.").replace("%1", str(i + 1)))
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scaled = QSizeF(image.size()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), scaled), image)
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintFailed(QCoreApplication.translate("printing", "Máy in báo lỗi khi nhận lệnh in. Kiểm tra máy in rồi "
                                                                 "in lại."))


def choose_printer(parent, pdf: bytes, title: str, kind: str | None = None) -> tuple[QPrinter | None, bool]:
    """The printer for ``pdf`` (on the GUI thread): the remembered one when the officer chose to
    print without asking, otherwise Qt's print dialog (whose choice is remembered). Returns
    (printer or None when cancelled, whether it was used without asking)."""
    kind = kind or paper_kind(pdf)
    choice = preferences.printer_choice(kind)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, pdf, title, choice)
    if choice is not None and choice.direct:
        problem = printer_problem(choice.printer)
        if problem is None:
            return printer, True
        QMessageBox.warning(parent, QCoreApplication.translate("printing", "Máy in chưa sẵn sàng"),
                            QCoreApplication.translate("printing", "%1\n\nChọn máy in khác, hoặc bật máy in, rồi bấm In "
                                                                   "trong hộp thoại sau.").replace("%1", problem))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "In — %1").replace("%1", title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None, False
    preferences.remember_printer(kind, printer.printerName(), printer.pageLayout().pageSize())
    return printer, False


def tell_sent(parent, title: str, printer: QPrinter) -> None:
    sent = QCoreApplication.translate("printing", "Đã gửi “%1” tới máy in %2.")
    _tell(parent, sent.replace("%1", title).replace("%2", printer.printerName()))


def print_pdf(parent, pdf: bytes, title: str, *, kind: str | None = None, pages: list[QImage] | None = None) -> bool:
    """Print ``pdf`` at once, on this thread. True when the job went out."""
    printer, direct = choose_printer(parent, pdf, title, kind)
    if printer is None:
        return False
    paint_pdf(printer, pdf, pages)
    if direct:
        tell_sent(parent, title, printer)
    return True


def _tell(parent, text: str) -> None:
    window = parent.window() if parent is not None else None
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(text, 8000)


def print_document(parent, title: str, render: Callable[[], bytes], *, kind: str | None = None) -> bool:
    """Render and print one document; a problem (the dossier gone meanwhile, a damaged font, a
    printer refusing the job) is shown to the officer and nothing else is affected."""
    try:
        return print_pdf(parent, render(), title, kind=kind)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("printing", "Chưa in được"), shown_error(exc))
        return False


def preview_document(parent, title: str, render: Callable[[], bytes]) -> "PreviewDialog | None":
    """The print preview of one document, or None after showing why it cannot be made."""
    try:
        return preview_pdf(parent, render(), title)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("printing", "Không xem trước được"), shown_error(exc))
        return None


class PreviewDialog(QPrintPreviewDialog):
    """Qt's print preview that owns its printer. ``QPrintPreviewDialog(printer)`` does not: with
    the printer a local of the function that made the dialog, the first paint used freed memory
    and the process died with a segmentation fault."""

    def __init__(self, printer: QPrinter, pdf: bytes, title: str, parent=None):
        super().__init__(printer, parent)
        self.printer, self.pdf, self.problem = printer, pdf, None
        self.setWindowTitle(title)
        self.paintRequested.connect(self._paint)
        fit_to_screen(self, 900, 670)  # the counters' 1366×705 with the title bar

    def _paint(self, printer: QPrinter) -> None:
        try:
            paint_pdf(printer, self.pdf)
        except PrintFailed as exc:  # printing from the preview's own button
            self.problem = shown_error(exc)
            QMessageBox.warning(self, QCoreApplication.translate("printing", "Chưa in được"), self.problem)

    def preview_widget(self) -> QPrintPreviewWidget:
        return self.findChild(QPrintPreviewWidget)


def preview_pdf(parent, pdf: bytes, title: str) -> PreviewDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, pdf, title, preferences.printer_choice(paper_kind(pdf)))
    dialog = PreviewDialog(printer, pdf, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def fit_to_screen(widget, width: int, height: int) -> None:
    """Size a top-level window to (width, height) or less, so that it fits on the screen it
    opens on with its frame and title bar (1366×705 usable at the counters)."""
    screen = (widget.parentWidget().screen() if widget.parentWidget() is not None else None) \
        or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    widget.resize(min(width, available.width() - 40), min(height, available.height() - 70))
