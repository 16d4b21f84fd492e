"""Exporting the tracking book (form 07) for a chosen period, as PDF or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QMessageBox

from counter.files import FileHeld, write_atomic
from counter.services.book import book_csv, book_pdf
from counter.services.errors import os_reason
from counter.ui.actions import StepDialog
from counter.ui.labels import shown, shown_error
from counter.ui.ops import Op, describe


class BookDialog(StepDialog):
    def __init__(self, db, parent=None):
        super().__init__(self.tr("Sổ theo dõi hồ sơ (mẫu 07)"), self.tr("Xuất sổ…"), parent)
        self.db = db
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.add(self.tr("Từ ngày"), "from", self.start)
        self.add(self.tr("Đến ngày"), "to", self.end)

    def export(self, target: str | None = None) -> Path | None:
        """The book for the period, made and written off the GUI thread (a year of dossiers takes
        a while), the buttons disabled meanwhile; the dialog closes when it is saved. The path
        when it was saved at once (tests run ops inline), else None."""
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu sổ theo dõi"), f"so-theo-doi-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
                                                    self.tr("PDF (*.pdf);;CSV (*.csv)"))
            if not target:
                return None
        path = Path(target)

        def work() -> Path:
            data = book_csv(self.db, start, end) if path.suffix.lower() == ".csv" else book_pdf(self.db, start, end)
            write_atomic(path, data)
            return path

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Không lưu được"), shown_error(exc) if isinstance(exc, FileHeld)
                                else f"{path}: {shown(os_reason(exc))}" if isinstance(exc, OSError)
                                else describe(exc, self.db))

        saved: list[Path] = []
        Op(self, work, key="book.export", label=self.tr("Đang xuất sổ theo dõi…"), db=self.db) \
            .disable(self.buttons) \
            .success(lambda done: (saved.append(done), self.accept())) \
            .failure(failed) \
            .run()
        return saved[0] if saved else None

    def _ok(self) -> None:
        self.error.clear_message()
        self.export()
