"""Exporting the tracking book (form 07) for a chosen period, as PDF or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QMessageBox

from counter.files import FileHeld, write_atomic
from counter.services.book import book_csv, book_pdf
from counter.services.errors import os_reason
from counter.ui.actions import StepDialog


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
        self.action = self.export

    def export(self, target: str | None = None) -> Path | None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu sổ theo dõi"), f"so-theo-doi-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
                                                    self.tr("PDF (*.pdf);;CSV (*.csv)"))
            if not target:
                raise _Cancelled()
        path = Path(target)
        data = book_csv(self.db, start, end) if path.suffix.lower() == ".csv" else book_pdf(self.db, start, end)
        try:
            write_atomic(path, data)
        except (OSError, FileHeld) as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), str(exc) if isinstance(exc, FileHeld)
                                else f"{path}: {os_reason(exc)}")
            raise _Cancelled() from exc
        return path

    def _ok(self) -> None:
        try:
            super()._ok()
        except _Cancelled:
            return


class _Cancelled(Exception):
    pass

