"""The officer's signature in the window: the PIN dialog (asked once per session, never stored,
never retried by itself), the key held for the session, and the viewer of a signed PDF with the
state of each of its signatures."""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter.clock import OFFICE_TZ
from counter.services import signing
from counter.ui.ops import Op, describe
from counter.signing import pades
from counter.signing.keys import WrongPin
from counter.ui.labels import shown, tr_label
from counter.ui.widgets import dialog_buttons

STATE_COLOURS = {pades.VALID: "#1b5e20", pades.UNTIMESTAMPED: "#2e7d32", pades.UNSIGNED: "#8e24aa",
                 pades.EXPIRED: "#e65100", pades.REVOKED: "#b3261e", pades.CHANGED: "#b3261e", pades.INVALID: "#b3261e"}
STATE_MARKS = {pades.VALID: "✔", pades.UNTIMESTAMPED: "✔", pades.UNSIGNED: "✎", pades.EXPIRED: "⚠",
               pades.REVOKED: "✖", pades.CHANGED: "✖", pades.INVALID: "✖"}


class KeyHolder(QObject):
    """The unlocked key of the signed-in officer, for this session only (closed when another
    officer signs in, or the window closes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._key = None
        self._officer = None

    def key_for(self, actor):
        if self._key is not None and self._officer != actor.id:
            self.forget()
        return self._key

    def keep(self, actor, key) -> None:
        self.forget()
        self._key, self._officer = key, actor.id

    def forget(self) -> None:
        if self._key is not None:
            try:
                self._key.close()
            finally:
                self._key, self._officer = None, None


_holder: KeyHolder | None = None


def holder() -> KeyHolder:
    global _holder
    if _holder is None:
        _holder = KeyHolder()
    return _holder


class PinDialog(QDialog):
    """The PIN of the token (or the password of the PKCS#12 file), asked once per session. A wrong
    PIN is said plainly and the field is emptied: nothing tries it again."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.key = None
        self.values = signing.settings(db)
        self.setWindowTitle(self.tr("Mở chữ ký số"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ký số bản sao điện tử bằng chữ ký số cá nhân (NĐ 118/2025, Điều 17). Mã PIN chỉ dùng "
                               "cho phiên làm việc này, không được lưu."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.source = QLabel()
        self.source.setWordWrap(True)
        form.addRow(self.tr("Nguồn khóa"), self.source)
        self.certificate = QComboBox()
        self.certificate.setMinimumWidth(380)
        form.addRow(self.tr("Chứng thư số"), self.certificate)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        form.addRow(self.tr("Mã PIN *") if self.values.key_source == "token" else self.tr("Mật khẩu tệp *"), self.pin)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.message)
        buttons = dialog_buttons(self, self.tr("Mở khóa ký"), self.unlock, self.tr("Hủy"))
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        values = self.values
        if values.key_source == "pkcs12":
            self.source.setText(self.tr("Tệp chữ ký số: %1").replace("%1", values.pkcs12_path) if values.pkcs12_path
                                else self.tr("Tệp chữ ký số: chưa chọn"))
            self.certificate.setVisible(False)
            self.layout().itemAt(1).layout().labelForField(self.certificate).setVisible(False)
            return
        self.source.setText(self.tr("Token (PKCS#11): %1").replace("%1", values.library) if values.library
                            else self.tr("Token (PKCS#11): chưa tìm thấy trình điều khiển"))
        self.ok.setEnabled(False)  # until the token has answered (read off the GUI thread: a USB token can be slow)
        self.message.setText(self.tr("Đang đọc token…"))
        Op(self, lambda: signing.token_choices(values), key="token.choices", label=self.tr("Đang đọc token…")) \
            .success(self._found).failure(lambda exc: self.message.setText(describe(exc))).run()

    def _found(self, found) -> None:
        values = self.values
        self.message.clear()
        self.ok.setEnabled(True)
        for item in found:
            self.certificate.addItem(shown(item.describe()), item.serial)
        if values.token_certificate:
            index = self.certificate.findData(values.token_certificate)
            if index >= 0:
                self.certificate.setCurrentIndex(index)
        if len(found) > 1:
            self.message.setText(self.tr("Token có %1 chứng thư số: chọn chứng thư ký số của mình.").replace(
                "%1", str(len(found))))

    def unlock(self) -> None:
        """The PIN goes to the token off the GUI thread; OK waits meanwhile (a PIN is never tried twice)."""
        serial = self.certificate.currentData() if self.certificate.isVisible() else None
        values, pin = self.values, self.pin.text()
        Op(self, lambda: signing.unlock(values, pin, certificate_serial=serial), key="token.unlock",
           label=self.tr("Đang mở khóa ký…")).disable(self.ok).success(self._unlocked).failure(self._not_unlocked).run()

    def _unlocked(self, key) -> None:
        self.key = key
        self.pin.clear()
        self.accept()

    def _not_unlocked(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPin):
            self.pin.clear()
            self.pin.setFocus()
        self.message.setText(describe(exc))


def ensure_key(parent, db, actor):
    """The session's key, asking for the PIN the first time; None when the officer cancels."""
    keys = holder()
    key = keys.key_for(actor)
    if key is not None:
        return key
    dialog = PinDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
        return None
    keys.keep(actor, dialog.key)
    return dialog.key


def state_line(state: str, signer: str, signed_at, level: str) -> str:
    text = f"{STATE_MARKS.get(state, '')} {tr_label(pades.STATE_LABELS[state])}"
    if signer and state != pades.UNSIGNED:
        text += f" — {signer}"
        if signed_at is not None:
            text += f", {signed_at:%H:%M %d/%m/%Y}"
        if level:
            text += f" · {level}"
    return text


class SignedViewer(QDialog):
    """A signed PDF as it is (the visible signature block included), under the state of each of
    its signatures: who signed, when, the level, the timestamp and the date of the revocation answer."""

    def __init__(self, name: str, data: bytes, check: signing.AttachmentCheck, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bản đã ký: %1").replace("%1", name))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        colour = STATE_COLOURS.get(check.state, "#000")
        lines = [f"<span style='font-size:13pt; color:{colour}'><b>{escape(STATE_MARKS.get(check.state, ''))} "
                 f"{escape(tr_label(pades.STATE_LABELS[check.state]))}</b></span> — {escape(shown(check.detail))}"]
        for s in check.signatures:
            when = f"{s.signed_at.astimezone(_tz()):%H:%M:%S %d/%m/%Y}" if s.signed_at else "—"
            stamp = (" · " + self.tr("dấu thời gian %1").replace("%1", f"{s.timestamp.astimezone(_tz()):%H:%M %d/%m/%Y}")
                     if s.timestamp else "")
            serial = self.tr("số hiệu %1").replace("%1", escape(s.serial))
            lines.append(f"<b>{escape(s.signer)}</b> ({serial}) · {when} · {s.level}{stamp}"
                         f" — <span style='color:{STATE_COLOURS.get(s.state, '#000')}'>"
                         f"{escape(tr_label(pades.STATE_LABELS[s.state]))}</span>")
        revocation = (self.tr("Kiểm tra thu hồi theo trả lời CRL/OCSP lúc %1").replace(
                          "%1", f"{check.revocation_checked_at:%H:%M %d/%m/%Y}")
                      if check.revocation_checked_at else self.tr("Chưa có trả lời CRL/OCSP nào (chưa kiểm tra thu hồi khi có mạng)."))
        lines.append(escape(revocation))
        self.banner.setText("<br>".join(lines))
        layout.addWidget(self.banner)
        scroll = QScrollArea()
        self.scroll = scroll
        pages = QWidget()
        pv = QVBoxLayout(pages)
        self.images = render_with_signatures(data, 96)
        for image in self.images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            pv.addWidget(label)
        scroll.setWidget(pages)
        layout.addWidget(scroll, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def show_signature_block(self) -> None:
        """Scroll to the foot of the first page, where the visible signature block is."""
        if self.images:
            bar = self.scroll.verticalScrollBar()
            bar.setValue(max(0, self.images[0].height() - self.scroll.viewport().height() + 20))


def _tz():
    return OFFICE_TZ


def render_with_signatures(pdf: bytes, dpi: int) -> list[QImage]:
    """Pages with their form fields drawn, so the visible signature block shows."""
    import pypdfium2 as pdfium  # lazy: pdfium (heavy), only to read a PDF

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        doc.init_forms()
        for i in range(len(doc)):
            pil = doc[i].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
            images.append(QImage(pil.tobytes(), pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy())
    finally:
        doc.close()
    return images
