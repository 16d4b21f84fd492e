"""Printing, preview and print-to-PDF, one way: the document is rendered (data → PDF bytes, the
slow part: reportlab) off the GUI thread through counter.ui.ops, then printed or previewed on the
GUI thread. The same document cannot be started twice while it renders; a problem (the dossier
gone meanwhile, a damaged font, a printer refusing the job) is said to the officer.

    output.print_document(self, title, lambda: forms.form_pdf(db, kind, code), printed=record)
    output.preview_document(self, title, lambda: forms.form_pdf(db, kind, code), shown=keep)

In tests every op runs at once (the ``inline_ops`` fixture), so a print is done when the call
returns, as before.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from counter.ui import printing
from counter.ui.labels import shown_error
from counter.ui.ops import Op, describe


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def _render(parent, title: str, render: Callable[[], bytes], then: Callable[[bytes], None], *, key: str,
            problem_title: str) -> bool:
    return Op(parent, render, key=key, label=_tr("Đang chuẩn bị bản in…")) \
        .success(then) \
        .failure(lambda exc: QMessageBox.warning(parent, problem_title, describe(exc))) \
        .run()


def print_document(parent, title: str, render: Callable[[], bytes], *, kind: str | None = None,
                   printed: Callable[[], None] | None = None) -> bool:
    """Render off the GUI thread, then print (``printed`` is called once the job went out).
    Returns whether the work started (False: the same document is still being prepared)."""
    def work():
        pdf = render()
        return pdf, printing.render_pages(pdf, printing.PRINT_DPI)  # the heavy rasterising, off the GUI thread too

    def then(rendered) -> None:
        pdf, pages = rendered
        printer, direct = printing.choose_printer(parent, pdf, title, kind)  # the dialog: on the GUI thread
        if printer is None:
            return

        def sent(_none) -> None:
            if direct:
                printing.tell_sent(parent, title, printer)
            if printed is not None:
                printed()

        # painting into the printer (the PDF engine compresses every page) runs off the GUI thread too
        Op(parent, lambda: printing.paint_pdf(printer, pdf, pages), key=f"paint.{title}",
           label=_tr("Đang gửi tới máy in…")) \
            .success(sent) \
            .failure(lambda exc: QMessageBox.warning(parent, _tr("Chưa in được"), shown_error(exc))) \
            .run()

    return _render(parent, title, work, then, key=f"print.{title}", problem_title=_tr("Chưa in được"))


def preview_document(parent, title: str, render: Callable[[], bytes],
                     shown: Callable[[printing.PreviewDialog], None] | None = None) -> bool:
    """Render off the GUI thread, then open the print preview (``shown`` gets the dialog before
    it runs, so the screen can keep it)."""

    def then(pdf: bytes) -> None:
        dialog = printing.preview_pdf(parent, pdf, title)
        if shown is not None:
            shown(dialog)
        dialog.exec()

    return _render(parent, title, render, then, key=f"preview.{title}", problem_title=_tr("Không xem trước được"))
