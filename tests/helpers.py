"""Reading our PDFs back: text through pdfium, barcodes through zxing-cpp at 300 dpi."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

from counter.services import catalogue as cat
from counter.services.intake import DocumentLine, DossierDraft


def at(moment: str, *program: str) -> list[str]:
    """The command line that runs ``program`` (``"-m", "counter", …`` or a script and its arguments)
    with the office clock standing at ``moment`` (tests/run_at.py)."""
    return [sys.executable, str(Path(__file__).with_name("run_at.py")), moment, *program]


def pdf_text(pdf: bytes) -> list[str]:
    """Text per page, NFC, with every run of whitespace (line breaks included) as one space."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [" ".join(unicodedata.normalize("NFC", doc[i].get_textpage().get_text_range()).split())
                for i in range(len(doc))]
    finally:
        doc.close()


def pdf_barcodes(pdf: bytes, dpi: int = 300) -> list[list[tuple[str, str]]]:
    """Per page: (format, text) of every barcode found."""
    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for i in range(len(doc)):
            image = doc[i].render(scale=dpi / 72).to_pil()
            pages.append([(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)])
    finally:
        doc.close()
    return pages


def procedure(db, code: str) -> cat.ProcedureInfo:
    with db.read() as session:
        return next(p for p in cat.current_procedures(session) if p.code == code)


def complete_draft(db, code: str = "1.001193", **overrides) -> DossierDraft:
    """A valid draft for procedure ``code`` with every required document ticked."""
    proc = procedure(db, code)
    values = dict(
        procedure_id=proc.id,
        documents=[DocumentLine(d.position, d.required, d.originals, d.certified_copies, d.photocopies)
                   for d in proc.documents],
        name="Nguyễn Thị Hồng Nhung",
        id_number="080190001234",
        birth_date="12/03/1990",
        phone="0912 345 678",
        email="nhung@example.vn",
        address="Ấp Bình Hòa, xã Tân Trụ, tỉnh Tây Ninh",
    )
    values.update(overrides)
    return DossierDraft(**values)


def dossier_in_state(db, officer, state: str, draft: DossierDraft | None = None) -> str:
    """A dossier received from ``draft`` (a complete one by default) and taken to ``state``:
    received, forwarded, processed, returned or supplement. Returns its code."""
    from counter.services import intake, lifecycle

    draft = draft or complete_draft(db)
    code = intake.receive(db, draft, officer).code
    if state in ("forwarded", "processed", "returned"):
        lifecycle.forward(db, code, officer)
    if state in ("processed", "returned"):
        lifecycle.record_result(db, code, officer)
    if state == "returned":
        lifecycle.return_result(db, code, officer, collector="applicant", id_number=draft.id_number)
    if state == "supplement":
        lifecycle.request_supplement(db, code, officer, [lifecycle.MissingItem("Tờ khai", "Chưa ký", 1, 0, 0)])
    return code


def postal_draft(db, code: str = "2.000488", **overrides):
    """A valid draft with the result going home by post (Tây Ninh, xã Nhựt Tảo)."""
    from counter.domain.status import ReturnMethod

    values = dict(return_method=ReturnMethod.POST, delivery_address="Số 12, ấp Bình Hòa",
                  delivery_province="80", delivery_commune="28087", postage="25.000")
    values.update(overrides)
    return complete_draft(db, code, **values)


def scan_pdf(noise_bytes: int = 0, pages: int = 1) -> bytes:
    """A real PDF like a scanner makes (image pages), with incompressible noise when a large file
    is needed."""
    import io
    import os

    import img2pdf
    from PIL import Image

    images = []
    for n in range(pages):
        if noise_bytes:
            side = max(8, int((noise_bytes / 3) ** 0.5))
            image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        else:
            image = Image.new("L", (827, 1169), 250)  # A4 at 100 dpi
            image.paste(0, (80 + 10 * n, 100, 700, 130))
        out = io.BytesIO()
        image.save(out, "PNG", dpi=(100, 100))
        images.append(out.getvalue())
    return img2pdf.convert(images)


def paint_over(pdf: bytes) -> bytes:
    """Someone changes a signed PDF afterwards: a new revision that paints a black box over the
    first page (the signed bytes stay as they were)."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=b"q 0 g 40 40 200 60 re f Q")))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
class Officer:
    """Answers the window's dialogs at start as an officer would (counter.ui.app._start): creates
    the first administrator or signs in, answers the offer of an unfinished dossier, and reads
    every message box. ``look`` sees the main window once it is up, then Counter is left."""

    PASSWORD = "mat-khau-quan-tri"

    def __init__(self, restore_draft: bool = True, look=None):
        self.restore_draft = restore_draft
        self.look = look
        self.messages: list[tuple[str, str]] = []
        self.window = None
        self.seen = None

    def start(self, db: str) -> int:
        import argparse

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from PySide6.QtCore import QCoreApplication, QTranslator

        from counter.ui import app as app_module

        before = set(QCoreApplication.instance().findChildren(QTranslator)) if QCoreApplication.instance() else set()
        app = app_module.create_app()
        added = [t for t in app.findChildren(QTranslator) if t not in before]  # taken away again at the end
        app.setQuitOnLastWindowClosed(False)  # windows of other tests must not end this start
        started: dict = {}
        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(lambda: self._step(app, started))
        timer.start()
        try:
            return app_module._start(app, argparse.Namespace(db=db), started)
        finally:
            timer.stop()
            self.window = started.get("window")
            if self.window is not None:
                self.window.close()
            QApplication.processEvents()
            app.setQuitOnLastWindowClosed(True)
            for translator in added:
                app.removeTranslator(translator)

    def _step(self, app, started) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from counter.ui.signin import FirstAdminDialog, SignInDialog

        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstAdminDialog):
            dialog.full_name.setText(dialog.full_name.text() or "Quản trị hệ thống")
            dialog.password.setText(self.PASSWORD)
            dialog.confirm.setText(self.PASSWORD)
            dialog._ok()
        elif isinstance(dialog, SignInDialog):
            dialog.username.setText("quantri")
            dialog.password.setText(self.PASSWORD)
            dialog._ok()
        elif isinstance(dialog, QMessageBox):
            self.messages.append((dialog.windowTitle(), dialog.text()))
            yes = dialog.button(QMessageBox.StandardButton.Yes)
            if yes is not None:
                (yes if self.restore_draft else dialog.button(QMessageBox.StandardButton.No)).click()
            else:
                dialog.accept()
        elif dialog is None and started.get("window") is not None and started["window"].isVisible():
            if self.seen is None:
                self.seen = self.look(started["window"]) if self.look else True
                app.quit()


def window_stays_up(command: list[str], log, *, env: dict, cwd, stay: float = 3.0) -> str:
    """Start Counter's window as its own process (offscreen), wait until its log says the first
    window is painted, check it is still up ``stay`` seconds later, then end it. Returns what it
    wrote on stdout and stderr; fails if it ended early or printed a traceback."""
    import subprocess
    import time

    def said() -> str:
        return log.read_text(encoding="utf-8") if log.exists() else ""

    window = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8")
    try:
        deadline = time.monotonic() + 60
        while "ready: first-administrator dialog shown" not in said():
            assert window.poll() is None, f"the window ended with {window.returncode}: {window.communicate()}"
            assert time.monotonic() < deadline, "no window within a minute"
            time.sleep(0.2)
        time.sleep(stay)
        assert window.poll() is None, "the window closed by itself"
    finally:
        window.terminate()
        out, err = window.communicate(timeout=30)
    assert "Traceback" not in out + err + said(), out + err
    return out + err
