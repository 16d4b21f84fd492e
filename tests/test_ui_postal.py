"""The postal choices at the intake screen and the postal queue, driven as an officer would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from counter.domain.status import Channel
from counter.services import intake, lifecycle, postal
from counter.sync import postal as postal_net
from counter.services.dossiers import get_dossier
from counter.store.models import HandoverBatch
from counter.ui.main_window import MainWindow
from counter.ui.settings import SettingsDialog
from helpers import postal_draft
from qt_helpers import press, type_text, when_modal


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.sync_status.stop()


def test_result_by_post_at_the_intake_screen(qtbot, window, db):
    page = window.intake
    press(page, Qt.Key.Key_F3)
    qtbot.keyClicks(page.search, "ly lich tu phap")
    press(page.search, Qt.Key.Key_Return)
    page.all_required.click()
    type_text(page.name, "Đỗ Thị Mai")
    type_text(page.id_number, "080190001234")
    type_text(page.phone, "0912345678")
    type_text(page.address, "Số 12, ấp Bình Hòa")
    assert not page.delivery_province.isVisible()
    page.ret_post.setChecked(True)
    assert page.delivery_province.isVisible() and page.postage.isVisible()
    assert page.delivery_address.text() == "Số 12, ấp Bình Hòa"
    assert page.delivery_province.currentText() == "Tỉnh Tây Ninh"  # the office's own province first
    assert page.postage.text() == "25.000"  # the office's in-province tariff
    press(page.address, Qt.Key.Key_Return)
    assert "Chọn xã, phường" in page.fields["delivery_commune"].message.text()  # nothing typed is lost
    page.delivery_commune.setFocus()
    page.delivery_commune.lineEdit().setText("")
    type_text(page.delivery_commune.lineEdit(), "nhut tao")  # without diacritics, as typed at speed
    popup = page.delivery_commune.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Xã Nhựt Tảo"  # the only match
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)
    assert page.delivery_commune.currentText() == "Xã Nhựt Tảo" and page.delivery_commune.code() == "28087"
    press(page.address, Qt.Key.Key_Return)
    assert page.banner.isVisible(), page.summary.text()
    with db.read() as session:
        d = get_dossier(session, page.last_code)
        assert (d.delivery_province_code, d.delivery_commune_code, d.postage) == ("80", "28087", 25_000)


def test_dossier_by_post_needs_its_postal_number(qtbot, window, db):
    page = window.intake
    press(page, Qt.Key.Key_F3)
    qtbot.keyClicks(page.search, "1.001193")
    press(page.search, Qt.Key.Key_Return)
    page.all_required.click()
    page.channel.setCurrentIndex(page.channel.findData(int(Channel.POSTAL)))
    assert page.inbound_number.isVisible() and page.delivery_commune.isVisible() and not page.postage.isVisible()
    type_text(page.name, "Đỗ Thị Mai")
    type_text(page.id_number, "080190001234")
    type_text(page.phone, "0912345678")
    type_text(page.address, "Ấp Tân Thạnh")
    page.delivery_commune.setCurrentIndex(page.delivery_commune.findData("28075"))
    press(page.address, Qt.Key.Key_Return)
    assert "số hiệu bưu gửi" in page.fields["inbound_postal_number"].message.text()
    type_text(page.inbound_number, "EB123456789VN")
    press(page.inbound_number, Qt.Key.Key_Return)
    assert page.banner.isVisible()
    with db.read() as session:
        assert [o.purpose for o in get_dossier(session, page.last_code).postal_orders] == ["receipt"]


def test_postal_queue_handover(qtbot, window, db, officer, hub):
    codes = []
    for _ in range(2):
        code = intake.receive(db, postal_draft(db), officer).code
        lifecycle.forward(db, code, officer)
        lifecycle.record_result(db, code, officer)
        codes.append(code)
    postal_net.postal_once(db, postal_net.PostalConfig(hub.url, hub.postal_key))
    page = window.postal
    window.tabs.setCurrentWidget(page)
    assert page.counts()["hand_over"] == 2 and page.table.rowCount() == 2
    assert "Đã tạo đơn" in page.table.item(0, 4).text()
    page.table.selectAll()

    def postman(dialog: QInputDialog):
        dialog.setTextValue("Lê Văn Bưu")
        when_modal(lambda printer: printer.reject(), QPrintDialog)
        dialog.accept()

    when_modal(postman, QInputDialog)
    number = page.handover_selected()
    assert number == "BC-20261123-01"
    assert page.counts() == {"hand_over": 0, "in_transit": 2, "delivered": 0, "problems": 0}
    with db.read() as session:
        assert session.scalar(select(HandoverBatch.receiver_name)) == "Lê Văn Bưu"
    dialog = window.open_dossier(codes[0])
    assert "Bưu chính (" in dialog.timeline.item(0).text() and "Đã giao bưu tá" in dialog.timeline.item(0).text()


def test_postal_settings(qtbot, window, db):
    dialog = SettingsDialog(db, window.current_actor, window.bus, window)
    qtbot.addWidget(dialog)
    dialog.postal_url.setText("buudien.vn")
    dialog.save_office()
    assert "https://" in dialog.fields["postal_url"].message.text()
    # the office's province and commune are chosen by name, not typed as raw unit codes
    dialog.province_code.setCurrentIndex(dialog.province_code.findText("Tỉnh Tây Ninh"))
    dialog.commune_code.setCurrentIndex(dialog.commune_code.findText("Xã Nhựt Tảo"))
    assert dialog.province_code.text() == "80" and dialog.commune_code.text() == "28087"
    dialog.postal_url.setText("https://buudien.example.vn")
    dialog.postal_key.setText("khoa")
    dialog.save_office()
    assert postal_net.postal_config(db).url == "https://buudien.example.vn"
