"""The dossier window with signed copies, driven as an officer does: the PIN dialog (a wrong PIN
said once, nothing retried), signing a batch off the GUI thread, each file's state, signer and time,
the signed PDF in the viewer, the forward refused while a scan is unsigned, and the settings tab."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from counter.domain.lifecycle import Action
from counter.services import attachments, intake, signing
from counter.signing import machine
from counter.ui.dossier_view import DossierDialog
from counter.ui.settings import SettingsDialog
from counter.ui.signing import PinDialog, SignedViewer, holder
from helpers import complete_draft
from pki import PIN
from qt_helpers import type_text, when_modal
from signing_fixtures import ca_server, machine_settings, officers, p12, trusted  # noqa: F401


@pytest.fixture(autouse=True)
def no_key_left():
    holder().forget()
    yield
    holder().forget()


@pytest.fixture
def dossier(qtbot, db, officer, trusted, p12, tmp_path):
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    for i, shade in enumerate((235, 225)):
        out = io.BytesIO()
        Image.new("L", (500, 700), shade).save(out, "PNG", dpi=(100, 100))
        (tmp_path / f"trang {i + 1}.png").write_bytes(out.getvalue())
        attachments.attach(db, code, officer, tmp_path / f"trang {i + 1}.png", document_position=i)
    machine.save(key_source="pkcs12", pkcs12_path=str(p12["valid"]))
    dialog = DossierDialog(db, code, lambda: officer)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_from_the_dossier_window_after_one_wrong_pin(qtbot, dossier, db):
    assert dossier.sign_button.text() == "Ký số (2)"
    assert "Chưa ký số" in dossier.scans.item(0).text()
    attempts = []

    def enter_pins(d: PinDialog):
        type_text(d.pin, "sai-mat-khau")
        d.ok.click()
        attempts.append(d.message.text())
        assert d.isVisible() and d.pin.text() == ""  # still open, the field emptied: no retry by itself
        type_text(d.pin, PIN)
        d.ok.click()

    when_modal(enter_pins, PinDialog)
    dossier.sign_button.click()
    assert attempts == ["Mật khẩu của tệp chữ ký số valid cán bộ.p12 không đúng. Counter không tự thử lại: kiểm tra "
                        "kỹ rồi nhập lại."]
    lines = [dossier.scans.item(i).text() for i in range(dossier.scans.count())]
    assert all("Hợp lệ, chưa gắn dấu thời gian — Nguyễn Thị Lan, 09:00 23/11/2026 · B-B" in line for line in lines)
    assert dossier.sign_button.text() == "Ký số" and not dossier.sign_button.isEnabled()
    assert "Đã ký số 2 bản quét" in dossier.message.text()

    shown = []
    when_modal(lambda v: (shown.append(v.banner.text()), v.reject()), SignedViewer)
    dossier.scans.setCurrentRow(0)
    dossier.open_signed_button.click()
    assert "Nguyễn Thị Lan" in shown[0] and "Hợp lệ, chưa gắn dấu thời gian" in shown[0]
    assert dossier.signed_viewer.images  # the pages, with the visible signature block


def test_the_pin_is_asked_once_per_session_and_the_next_scan_is_signed_on_attach(qtbot, dossier, db, tmp_path):
    when_modal(lambda d: (type_text(d.pin, PIN), d.ok.click()), PinDialog)
    dossier.sign_button.click()
    out = io.BytesIO()
    Image.new("L", (500, 700), 200).save(out, "PNG", dpi=(100, 100))
    (tmp_path / "trang 3.png").write_bytes(out.getvalue())
    # no PIN asked again (a PIN dialog would block here, nothing answers it): signed at once
    dossier.attach_scan(str(tmp_path / "trang 3.png"))
    assert "Nguyễn Thị Lan" in dossier.scans.item(2).text()


def test_forward_refused_while_a_scan_is_unsigned(qtbot, dossier, db):
    from counter.ui.actions import ForwardDialog

    messages = []

    def submit(d: ForwardDialog):
        d.buttons.button(d.buttons.StandardButton.Ok).click()
        messages.append(d.error.text())
        d.reject()

    when_modal(submit, ForwardDialog)
    dossier.action_buttons[Action.FORWARD].click()
    assert "còn 2 bản quét chưa ký số" in messages[0]


def test_signing_settings_tab(qtbot, db, officer):
    dialog = SettingsDialog(db, lambda: officer, bus=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tsa_url.setText("ftp://sai")
    dialog.save_signing()
    assert "http://" in dialog.fields["tsa_url"].message.text()
    dialog.tsa_url.setText("http://127.0.0.1:8765/api/v1/tsa")
    dialog.grace_hours.setText("4")
    dialog.key_source.setCurrentIndex(1)
    dialog.pkcs12_path.setText("/tmp/Chữ ký số/lan.p12")
    dialog.save_signing()
    values = signing.settings(db)
    assert (values.tsa_url, values.grace_hours, values.key_source, values.pkcs12_path) == (
        "http://127.0.0.1:8765/api/v1/tsa", 4.0, "pkcs12", "/tmp/Chữ ký số/lan.p12")
    assert dialog.status.text() == "Đã lưu thiết lập chữ ký số."
