"""Printing PDFs through Qt's print dialog and print preview.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 at the printer's
resolution and painted onto the QPrinter — the reliable path for thermal printers too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

import pypdfium2 as pdfium


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_size() for i in range(len(doc))]
    finally:
        doc.close()


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


def configure_printer(printer: QPrinter, pdf: bytes, title: str) -> None:
    width, height = page_sizes(pdf)[0]
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, title, QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)


def paint_pdf(printer: QPrinter, pdf: bytes) -> None:
    dpi = min(max(printer.resolution(), 150), 300)
    pages = render_pages(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("printer refused to start")
    try:
        for i, image in enumerate(pages):
            if i:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scaled = QSizeF(image.size()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), scaled), image)
    finally:
        painter.end()


def print_pdf(parent, pdf: bytes, title: str) -> bool:
    """Show Qt's print dialog and print; True when the officer printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, pdf, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "In") + f" — {title}")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True


def preview_pdf(parent, pdf: bytes, title: str) -> QPrintPreviewDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, pdf, title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf))
    dialog.resize(900, 1000)
    return dialog
