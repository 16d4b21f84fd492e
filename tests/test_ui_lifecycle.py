"""pytest-qt flows of the life cycle: supplement → completion → new receipt; scan → return;
the work queues and a batch hand-over; incomplete and refused dossiers at the intake screen."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from sqlalchemy import select

from counter import clock
from counter.domain.status import Status
from counter.services import intake, lifecycle
from counter.services.dossiers import get_dossier
from counter.store.models import HandoverBatch
from counter.ui.actions import ReturnDialog, StepDialog, SupplementDialog
from counter.ui.dossier_view import DossierDialog
from counter.ui.main_window import MainWindow
from helpers import complete_draft, pdf_barcodes, pdf_text
from qt_helpers import press, type_text, when_modal


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def status_of(db, code):
    with db.read() as session:
        return Status(get_dossier(session, code).status)


def test_supplement_then_completion_prints_a_new_receipt(office_clock, qtbot, window, db, officer):
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    dialog = window.open_dossier(code)
    visible = {a for a, b in dialog.action_buttons.items() if not b.isHidden()}
    assert {str(a) for a in visible} == {"forward", "request_supplement", "request_payment", "result", "extend",
                                         "refuse", "withdraw", "stop"}

    def fill(d: SupplementDialog):
        d.table.item(0, 1).setText("Tờ khai thiếu chữ ký")
        d.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
        d.reason.setPlainText("Đề nghị bổ sung trong tuần")
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    office_clock.set(datetime(2026, 11, 25, 9, 0))
    when_modal(fill, SupplementDialog)
    dialog.action_buttons[lifecycle.Action.REQUEST_SUPPLEMENT].click()
    assert status_of(db, code) == Status.SUPPLEMENT_REQUESTED
    assert dialog.suggested_form == "supplement"
    assert "Tờ khai thiếu chữ ký" in " ".join(pdf_text(dialog.form_pdf("supplement")))
    assert not dialog.action_buttons[lifecycle.Action.FORWARD].isVisible()
    assert dialog.action_buttons[lifecycle.Action.COMPLETE_SUPPLEMENT].isVisible()

    office_clock.set(datetime(2026, 11, 27, 10, 0))
    dialog.action_buttons[lifecycle.Action.COMPLETE_SUPPLEMENT].click()
    assert status_of(db, code) == Status.ACCEPTED
    assert "hẹn trả mới: 10:00, 11/12/2026" in dialog.message.text()
    assert dialog.suggested_form == "receipt" and "Ctrl+P" in dialog.print_suggested.text()
    assert dialog.timeline.item(0).text().startswith(f"27/11/2026 10:00 · {window.current_actor().name}")
    pdf = dialog.form_pdf("receipt")
    text = pdf_text(pdf)[0]
    assert "(đã bổ sung đầy đủ): 10 giờ 00 phút, ngày 27 tháng 11 năm 2026" in text
    assert "10 giờ 00 phút, ngày 11 tháng 12 năm 2026" in text and "BẢN IN LẠI" not in text
    assert [t for f, t in pdf_barcodes(pdf)[0] if f == "Code128"] == [code]


def test_scanning_the_receipt_starts_the_return(qtbot, window, db, officer):
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer)
    window.tabs.setCurrentWidget(window.queues)
    assert window.queues.counts()["ready"] == 1

    attempts = []

    def collect(d: ReturnDialog):
        if not attempts:  # the officer first types a wrong ID: told, nothing recorded
            type_text(d.id_number, "080190009999")
            press(d.id_number, Qt.Key.Key_Return)
            attempts.append(d.fields["id_number"].message.text())
            d.id_number.clear()
        type_text(d.id_number, "080190001234")
        press(d.id_number, Qt.Key.Key_Return)

    when_modal(collect, ReturnDialog)
    window.focus_scan()
    qtbot.keyClicks(window.scan, code)
    press(window.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status_of(db, code) == Status.RETURNED, timeout=5000)
    assert "không khớp" in attempts[0]
    dialog = window.last_dialog
    qtbot.waitUntil(lambda: dialog.suggested_form == "return")
    text = " ".join(pdf_text(dialog.form_pdf("return")))
    assert "PHIẾU XÁC NHẬN TRẢ KẾT QUẢ" in text and f"{code}-KQ1" in text
    assert window.queues.counts()["ready"] == 0


def test_queues_and_batch_handover(qtbot, window, db, officer):
    codes = [intake.receive(db, complete_draft(db, "2.000488"), officer).code for _ in range(3)]
    window.bus.dossiers_changed.emit()
    page = window.queues
    window.show_queues()
    assert page.counts()["forward"] == 3 and "· 3" in window.tabs.tabText(2)
    press(page.list, Qt.Key.Key_3)
    assert page.current_key() == "overdue" and not page.batch_button.isVisible()
    press(page.list, Qt.Key.Key_1)
    assert page.current_key() == "forward" and page.table.rowCount() == 3
    page.table.selectAll()

    def handover(d: StepDialog):
        d.receiver.setText("Đỗ Thị Hạnh")
        d.buttons.button(d.buttons.StandardButton.Ok).click()
        when_modal(lambda printer: printer.reject(), QPrintDialog)  # then the print dialog: cancelled here

    when_modal(handover, StepDialog)
    number = page.handover_selected()
    assert number == "BG-20261123-01"
    assert all(status_of(db, c) == Status.IN_PROGRESS for c in codes)
    assert page.counts()["forward"] == 0
    with db.read() as session:
        batch = session.scalar(select(HandoverBatch))
        assert batch.to_party == "Công an tỉnh Tây Ninh — Phòng Hồ sơ nghiệp vụ" and len(batch.handovers) == 3


def test_incomplete_and_refused_at_the_intake_screen(qtbot, window, db):
    page = window.intake
    press(page, Qt.Key.Key_F3)
    qtbot.keyClicks(page.search, "2.000488")
    press(page.search, Qt.Key.Key_Return)
    page.incomplete_button.click()  # nothing typed yet: the form says what is missing first
    assert page.fields["name"].message.isVisible()
    type_text(page.name, "Võ Thị Sáu")
    type_text(page.id_number, "080190001234")
    type_text(page.phone, "0912345678")
    type_text(page.address, "Ấp Bình Trinh")

    def fill(d: SupplementDialog):
        assert d.table.rowCount() == 4 and d.table.item(0, 1).text() == "Chưa nộp"
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    when_modal(fill, SupplementDialog)
    page.incomplete_button.click()
    code = page.last_code
    assert status_of(db, code) == Status.SUPPLEMENT_REQUESTED and page.last_kind == "supplement"
    assert "PHIẾU YÊU CẦU BỔ SUNG" in pdf_text(page.receipt_pdf())[0]

    window.activateWindow()  # the modal dialog has closed: the window is active again
    qtbot.waitUntil(window.isActiveWindow)
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not page.banner.isVisible()
    press(page, Qt.Key.Key_F3)
    qtbot.keyClicks(page.search, "2.000488")
    press(page.search, Qt.Key.Key_Return)
    type_text(page.name, "Lê Văn Bảy")
    type_text(page.id_number, "080190001234")
    type_text(page.phone, "0912345678")
    type_text(page.address, "Ấp Bình Trinh")

    def refuse(d: StepDialog):
        d.buttons.button(d.buttons.StandardButton.Ok).click()  # no reason: refused by the dialog
        assert "lý do" in d.fields["reason"].message.text()
        d.reason.setPlainText("Không thuộc thẩm quyền")
        d.buttons.button(d.buttons.StandardButton.Ok).click()

    when_modal(refuse, StepDialog)
    page.refuse_button.click()
    assert status_of(db, page.last_code) == Status.REFUSED
    assert "Không thuộc thẩm quyền" in pdf_text(page.receipt_pdf())[0]


def test_dossier_dialog_attach_and_view_scan(qtbot, db, officer, tmp_path):
    from PIL import Image

    code = intake.receive(db, complete_draft(db), officer).code
    dialog = DossierDialog(db, code, lambda: officer)
    qtbot.addWidget(dialog)
    scan = tmp_path / "giay-chung-sinh.png"
    Image.new("RGB", (80, 50), (120, 120, 200)).save(scan)
    dialog.attach_scan(str(scan), document_position=1)
    assert dialog.scans.count() == 1 and "giay-chung-sinh.png" in dialog.scans.item(0).text()
    from counter.ui.dossier_view import ScanViewer

    viewer_pages = []
    when_modal(lambda v: (viewer_pages.append(v.page_count), v.accept()), ScanViewer)
    dialog.view_scan(dialog.scans.item(0).data(Qt.ItemDataRole.UserRole))
    assert viewer_pages == [1]


def test_a_step_on_a_dossier_changed_at_another_counter_is_refused_and_the_view_reloads(qtbot, db, officer):
    code = intake.receive(db, complete_draft(db), officer).code
    dialog = DossierDialog(db, code, lambda: officer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.action_buttons[lifecycle.Action.REFUSE].isHidden()
    # meanwhile, another counter on the same database forwards it
    lifecycle.forward(db, code, officer, to_party="Phòng Tư pháp", receiver="Lê Văn Tám")
    seen = []

    def refuse(step: StepDialog):
        type_text(step.reason, "Không đủ điều kiện")
        step.buttons.button(step.buttons.StandardButton.Ok).click()
        seen.append((step.isVisible(), step.error.text(), step.reason.toPlainText()))
        step.reject()

    when_modal(refuse, StepDialog)
    dialog.action_buttons[lifecycle.Action.REFUSE].click()
    still_open, message, typed = seen[0]
    assert still_open and typed == "Không đủ điều kiện"  # nothing typed is lost
    assert f"Hồ sơ {code} vừa được cập nhật ở nơi khác (Chuyển xử lý, Nguyễn Thị Lan" in message
    assert "Chưa có gì được ghi" in message
    assert status_of(db, code) == Status.IN_PROGRESS  # the refusal was not written
    assert "Đang xử lý" in dialog.headline.text()  # the window now shows the dossier as it is
