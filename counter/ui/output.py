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
    from counter.services.errors import user_errors

    def then(pdf: bytes) -> None:
        try:
            sent = printing.print_pdf(parent, pdf, title, kind=kind)
        except user_errors() as exc:
            QMessageBox.warning(parent, _tr("Chưa in được"), str(exc))
            return
        if sent and printed is not None:
            printed()

    return _render(parent, title, render, then, key=f"print.{title}", problem_title=_tr("Chưa in được"))


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
