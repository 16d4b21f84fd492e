"""A dossier's detail: what was received, its checklist and fees, its history; reprint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)
from xml.sax.saxutils import escape

from counter.domain.calendar import Duration
from counter.domain.status import Channel, ReturnMethod, Status
from counter.domain.validation import format_money
from counter.services.dossiers import get_dossier
from counter.services.errors import UserError
from counter.services.forms import ID_LABELS, receipt_pdf, record_receipt_print
from counter.ui import printing
from counter.ui.barcode import barcode_pixmap


def _e(value) -> str:
    return escape(str(value or ""))


class DossierDialog(QDialog):
    def __init__(self, db, code: str, actor, parent=None):
        super().__init__(parent)
        self.db, self.code, self.actor = db, code, actor
        self.setWindowTitle(self.tr("Hồ sơ ") + code)
        self.resize(820, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        barcode = QLabel()
        barcode.setPixmap(barcode_pixmap(code, height=50))
        top.addWidget(barcode)
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.headline, 1)
        layout.addLayout(top)
        self.body = QTextBrowser()
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox()
        self.reprint = QPushButton(self.tr("In lại giấy biên nhận (Ctrl+P)"))
        self.reprint.setShortcut("Ctrl+P")
        self.reprint.clicked.connect(lambda: self.print_receipt("a4"))
        self.reprint80 = QPushButton(self.tr("In lại khổ 80 mm"))
        self.reprint80.clicked.connect(lambda: self.print_receipt("80mm"))
        self.preview = QPushButton(self.tr("Xem trước"))
        self.preview.clicked.connect(self.preview_receipt)
        for b in (self.reprint, self.reprint80, self.preview):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        with self.db.read() as session:
            d = get_dossier(session, self.code)
            self.headline.setText(
                f"<span style='font-size:15pt'><b>{_e(d.code)}</b></span><br>{_e(d.procedure_name)}<br>"
                + self.tr("Trạng thái: ") + f"<b>{_e(self.tr(Status(d.status).label))}</b>"
            )
            docs = "".join(
                f"<tr><td>{i}</td><td>{_e(x.name)}</td><td align=center>{x.originals}</td>"
                f"<td align=center>{x.certified_copies}</td><td align=center>{x.photocopies}</td>"
                f"<td align=center>{'✔' if x.submitted else '—'}</td></tr>"
                for i, x in enumerate(d.documents, 1)
            )
            history = "".join(
                f"<tr><td>{h.at:%d/%m/%Y %H:%M}</td><td>{_e(h.officer_name)}</td>"
                f"<td>{_e(self.tr(Status(h.to_status).label))}</td><td>{_e(h.reason)}</td></tr>"
                for h in d.history
            )
            applicant = (
                f"<b>{_e(d.applicant_name)}</b> — {_e(ID_LABELS.get(d.id_kind, ''))}: {_e(d.id_number)}"
                + (f"<br>{self.tr('Người đại diện')}: {_e(d.representative)}" if d.representative else "")
                + (f"<br>{self.tr('Ngày sinh')}: {d.birth_date:%d/%m/%Y}" if d.birth_date else "")
                + f"<br>{self.tr('Điện thoại')}: {_e(d.phone)}"
                + (f" · Email: {_e(d.email)}" if d.email else "")
                + f"<br>{self.tr('Địa chỉ')}: {_e(d.address)}"
            )
            if d.proxy_name:
                applicant += (f"<br>{self.tr('Người được ủy quyền')}: {_e(d.proxy_name)} ({_e(d.proxy_id_number)})")
            ret = self.tr(ReturnMethod(d.return_method).label)
            if d.return_method == ReturnMethod.POST:
                ret += f": {_e(d.delivery_address)} ({_e(d.delivery_phone)})"
            fees = ", ".join(f"{_e(f.name)}: {format_money(f.amount)}" for f in d.fees) or self.tr("không thu")
            self.body.setHtml(
                f"<h3>{self.tr('Người nộp')}</h3><p>{applicant}</p>"
                f"<h3>{self.tr('Tiếp nhận')}</h3><p>"
                + self.tr("Nhận lúc: ") + f"<b>{d.received_at:%H:%M, %d/%m/%Y}</b> · "
                + self.tr("Hẹn trả: ") + f"<b>{d.due_at:%H:%M, %d/%m/%Y}</b> · "
                + _e(Duration(d.duration_value, d.duration_unit).label()) + "<br>"
                + self.tr("Kênh: ") + _e(self.tr(Channel(d.channel).label)) + " · " + self.tr("Nhận kết quả: ") + ret + "<br>"
                + self.tr("Cơ quan giải quyết: ") + f"{_e(d.deciding_agency_name)} — {_e(d.department)}<br>"
                + self.tr("Phí, lệ phí: ") + fees + "<br>"
                + self.tr("Cán bộ tiếp nhận: ") + _e(d.officer.full_name if d.officer else "")
                + f" · {self.tr('Sổ theo dõi')}: {_e(d.book_volume)}/{d.book_number}"
                + (f"<br>{self.tr('Ghi chú')}: {_e(d.notes)}" if d.notes else "") + "</p>"
                f"<h3>{self.tr('Thành phần hồ sơ')}</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>"
                f"<tr><th>TT</th><th>{self.tr('Tên giấy tờ')}</th><th>{self.tr('Chính')}</th>"
                f"<th>{self.tr('Chứng thực')}</th><th>{self.tr('Photo')}</th><th>{self.tr('Đã nộp')}</th></tr>{docs}</table>"
                f"<h3>{self.tr('Quá trình xử lý')}</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>"
                f"<tr><th>{self.tr('Thời điểm')}</th><th>{self.tr('Cán bộ')}</th><th>{self.tr('Trạng thái')}</th>"
                f"<th>{self.tr('Nội dung')}</th></tr>{history}</table>"
            )

    def print_receipt(self, layout: str) -> None:
        try:
            preview = receipt_pdf(self.db, self.code, layout)
            if printing.print_pdf(self, preview, self.tr("Giấy tiếp nhận hồ sơ ") + self.code):
                record_receipt_print(self.db, self.code, layout, self.actor())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không in được"), str(exc))

    def preview_receipt(self) -> None:
        pdf = receipt_pdf(self.db, self.code, "a4")
        printing.preview_pdf(self, pdf, self.tr("Giấy tiếp nhận hồ sơ ") + self.code).exec()
