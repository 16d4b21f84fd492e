"""An officer's day, without dead ends: the first administrator, the supplement, the extension,
postal work without the operator's connection, and the smaller traps — driven as an officer would."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from counter import clock
from counter.services import intake, lifecycle
from counter.store.models import Officer, PostalOrder
from helpers import complete_draft, pdf_text
from qt_helpers import type_text
from test_scanner import window  # noqa: F401 (the main window, shown: the same fixture)


def test_first_administrator_keeps_the_name_typed_and_shows_every_message_whole(qtbot, db):
    from counter.services import accounts
    from counter.ui.signin import FirstAdminDialog

    assert accounts.needs_first_admin(db)
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.username.text() and dialog.focusWidget() is dialog.full_name  # the first empty field
    type_text(dialog.full_name, "Trần Thị Bích")
    type_text(dialog.password, "ngan")
    type_text(dialog.confirm, "khac")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    QApplication.processEvents()
    shown = {name: f.message for name, f in dialog.fields.items() if f.message.isVisible()}
    assert set(shown) == {"password", "confirm"}  # both at once
    for label in shown.values():
        assert label.height() >= label.heightForWidth(label.width())  # not clipped
    assert dialog.full_name.text() == "Trần Thị Bích"
    dialog.password.clear()
    dialog.confirm.clear()
    type_text(dialog.password, "mat-khau-quan-tri")
    type_text(dialog.confirm, "mat-khau-quan-tri")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.actor is not None and dialog.actor.name == "Trần Thị Bích"
    with db.read() as session:
        assert session.scalar(select(Officer.full_name).where(Officer.username == "quantri")) == "Trần Thị Bích"


def test_supplement_ticks_only_required_papers_not_submitted_and_wraps_long_names(qtbot, window, db):
    from counter.ui.actions import SupplementDialog
    from helpers import procedure
    from qt_helpers import when_modal

    page = window.intake
    page.search.setFocus()
    qtbot.keyClicks(page.search, "2.000488")
    from PySide6.QtTest import QTest

    QTest.keyClick(page.search, Qt.Key.Key_Return)
    proc = procedure(db, "2.000488")
    type_text(page.name, "Đỗ Thị Mai")
    type_text(page.id_number, "080190001234")
    type_text(page.phone, "0912345678")
    type_text(page.address, "Ấp Bình Hòa")
    seen = {}

    def look(dialog: SupplementDialog):
        table = dialog.table
        seen["ticked"] = [table.item(r, 0).text() for r in range(table.rowCount())
                          if table.item(r, 0).checkState() == Qt.CheckState.Checked]
        seen["all"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        long_row = max(range(table.rowCount()), key=lambda r: len(table.item(r, 0).text()))
        seen["tall"] = table.rowHeight(long_row) > table.fontMetrics().height() * 1.5
        dialog.reject()

    when_modal(look, SupplementDialog)
    page.incomplete_button.click()  # nothing ticked on the checklist
    required = [d.name for d in proc.documents if d.required]
    assert seen["ticked"] == required  # required, not submitted
    conditional = [n for n in seen["all"] if "trường hợp" in n or "nếu có" in n]
    assert conditional and not set(conditional) & set(seen["ticked"])  # left to the officer
    assert seen["tall"]  # the long name wraps




def test_extension_proposes_and_accepts_only_a_working_moment(office_clock, qtbot, window, db, officer):
    from PySide6.QtCore import QDateTime

    from counter.services.errors import ValidationFailed
    from counter.ui.actions import ExtendDialog
    from qt_helpers import when_modal

    office_clock.set(datetime(2026, 11, 23, 9, 0))
    code = intake.receive(db, complete_draft(db), officer).code
    lifecycle.forward(db, code, officer)
    with pytest.raises(ValidationFailed) as refused:  # the service refuses a Sunday
        lifecycle.extend(db, code, officer, datetime(2026, 12, 6, 9, 0), "Chờ xác minh")
    assert "không phải giờ làm việc" in refused.value.errors["new_due"]
    dialog = window.open_dossier(code)
    seen = {}

    def extend(step: ExtendDialog):
        proposed = step.new_due.dateTime().toPython()
        seen["proposed"] = proposed
        step.new_due.setDateTime(QDateTime(datetime(2026, 12, 6, 9, 0)))  # a Sunday
        ok = step.buttons.button(step.buttons.StandardButton.Ok)
        seen["sunday_refused"] = not ok.isEnabled() and step.fields["new_due"].message.isVisible()
        step.new_due.setDateTime(QDateTime(proposed))
        type_text(step.reason, "Chờ xác minh")
        ok.click()

    when_modal(extend, ExtendDialog)
    dialog.do_extend()
    assert lifecycle.is_working_moment(db, seen["proposed"]) and seen["proposed"].weekday() < 5
    assert seen["sunday_refused"]
    with db.read() as session:
        from counter.services.dossiers import get_dossier

        assert get_dossier(session, code).due_at == seen["proposed"].replace(second=0, microsecond=0)


def test_postal_work_without_the_operators_connection(qtbot, window, db, officer):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QInputDialog

    from counter.domain.status import Status
    from counter.services import postal
    from counter.services.dossiers import get_dossier
    from counter.sync.postal import postal_config
    from helpers import postal_draft
    from qt_helpers import when_modal

    assert postal_config(db) is None  # no connection to the postal operator
    codes = []
    for _ in range(2):
        code = intake.receive(db, postal_draft(db), officer).code
        lifecycle.forward(db, code, officer)
        lifecycle.record_result(db, code, officer)
        codes.append(code)
    page = window.postal
    window.tabs.setCurrentWidget(page)
    page.refresh()
    assert page.table.rowCount() == 2 and page.waybill_button.isVisible()

    # the first parcel: the waybill number typed by hand
    page.table.selectRow(0)

    def waybill(dialog: QInputDialog):
        dialog.setTextValue("eb 123456789 vn")
        dialog.accept()

    when_modal(waybill, QInputDialog)
    assert page.enter_waybill()
    # both parcels to the postman — the second has no waybill: the printed list is the proof
    page.table.selectAll()

    def postman(dialog: QInputDialog):
        assert "chưa có mã vận đơn" in dialog.labelText()
        dialog.setTextValue("Lê Văn Bưu")
        when_modal(lambda printer: printer.reject(), QPrintDialog)
        dialog.accept()

    when_modal(postman, QInputDialog)
    number = page.handover_selected()
    assert number and page.counts()["in_transit"] == 2
    assert "Lê Văn Bưu" in " ".join(pdf_text(postal.handover_list_pdf(db, number)))
    # tracking set by hand: delivered returns the dossier
    page.list.setCurrentRow(1)
    page.table.selectRow(0)
    delivered = page.rows[0].dossier_code

    def state(dialog: QInputDialog):
        dialog.setTextValue(dialog.comboBoxItems()[1])  # Đã phát thành công
        dialog.accept()

    when_modal(state, QInputDialog)
    assert page.track_selected()
    with db.read() as session:
        d = get_dossier(session, delivered)
        assert d.status == Status.RETURNED
        orders = {o.dossier.code: o.tracking_code for o in session.scalars(select(PostalOrder))}
    assert sorted(orders.values()) == ["", "EB123456789VN"]


def test_the_smaller_things(qtbot, window, db, officer):
    from PySide6.QtTest import QTest

    from counter.ui.actions import ReturnDialog
    from counter.ui.signin import LockDialog
    from qt_helpers import press, when_modal

    # the list's dates can be changed only while they are used
    page = window.list_page
    assert not page.use_dates.isChecked() and not page.date_from.isEnabled() and not page.date_to.isEnabled()
    page.use_dates.setChecked(True)
    assert page.date_from.isEnabled() and page.date_to.isEnabled()

    # Tab reaches "Thiếu giấy tờ…" and "Từ chối…"
    intake_page = window.intake
    assert intake_page.accept_button.nextInFocusChain() is intake_page.incomplete_button
    assert intake_page.incomplete_button.nextInFocusChain() is intake_page.refuse_button

    # after acceptance the page no longer says "if accepted now"
    intake_page.search.setFocus()
    qtbot.keyClicks(intake_page.search, "1.001193")
    QTest.keyClick(intake_page.search, Qt.Key.Key_Return)
    intake_page.all_required.click()
    type_text(intake_page.name, "Phạm Minh Châu")
    type_text(intake_page.id_number, "080190001234")
    type_text(intake_page.phone, "0912345678")
    type_text(intake_page.address, "Ấp Tân Phước")
    press(intake_page.address, Qt.Key.Key_Return)
    assert intake_page.banner.isVisible()
    assert "Nếu tiếp nhận bây giờ" not in intake_page.due_preview.text()
    assert "Đã tiếp nhận" in intake_page.due_preview.text()

    # F12 says the counter was locked by hand, not after idle minutes
    seen = {}

    def locked(dialog: LockDialog):
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.done(0)

    when_modal(locked, LockDialog)
    window.lock(by_hand=True)
    assert "F12" in seen["text"] and "không thao tác" not in seen["text"]

    # F9 without a server says what to do
    window.sync_status.sync_now()
    assert "Chưa thiết lập máy chủ đồng bộ" in window.statusBar().currentMessage()

    # the return dialog's error never overlaps the next row
    dialog = ReturnDialog("Phạm Minh Châu", lambda *a: lifecycle.return_result(
        db, intake_page.last_code, officer, collector="applicant", id_number="079190009999"))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    lifecycle.forward(db, intake_page.last_code, officer)
    lifecycle.record_result(db, intake_page.last_code, officer)
    type_text(dialog.id_number, "079190009999")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    QApplication.processEvents()
    message = dialog.fields["id_number"].message
    assert message.isVisible() and message.text()
    below = dialog.fields["name"]
    bottom = message.mapTo(dialog, message.rect().bottomLeft()).y()
    assert bottom < below.mapTo(dialog, below.rect().topLeft()).y() + 2
    assert message.height() >= message.heightForWidth(message.width())


def test_the_queue_note_reads_whole(office_clock, qtbot, window, db, officer):
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    intake.receive(db, complete_draft(db), officer)
    window.show_queues()
    queues = window.queues
    queues.list.setCurrentRow(1)
    table = queues.table
    assert table.rowCount() >= 1
    note = table.item(0, 4)
    assert note.toolTip() == note.text()
    rect = table.visualItemRect(note)
    needed = table.fontMetrics().boundingRect(rect.adjusted(0, 0, -8, 0), int(Qt.TextFlag.TextWordWrap), note.text())
    assert rect.height() >= needed.height()  # wrapped onto the lines it needs, the deadline included


def test_an_organisations_result_goes_to_its_identified_representative(qtbot, db, officer):
    from counter.services.errors import ValidationFailed
    from counter.ui.actions import ReturnDialog

    draft = complete_draft(db, "2.001610", applicant_kind="organisation", name="Công ty TNHH Gạo Sạch Tân Trụ",
                           tax_code="0100109106", representative="Huỳnh Thị Mỹ", representative_id_number="",
                           representative_title="", id_number="", birth_date="")
    with pytest.raises(ValidationFailed) as missing:
        intake.receive(db, draft, officer)
    assert {"representative_id_number", "representative_title"} <= set(missing.value.errors)
    code = intake.receive(db, complete_draft(db, "2.001610", applicant_kind="organisation",
                                             name="Công ty TNHH Gạo Sạch Tân Trụ", tax_code="0100109106",
                                             representative="Huỳnh Thị Mỹ", representative_id_number="080190005555",
                                             representative_title="Giám đốc", id_number="", birth_date=""),
                          officer).code
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer)
    dialog = ReturnDialog("Huỳnh Thị Mỹ (Giám đốc)", lambda collector, name, id_number, authorisation:
                          lifecycle.return_result(db, code, officer, collector=collector, name=name,
                                                  id_number=id_number, authorisation=authorisation))
    qtbot.addWidget(dialog)
    type_text(dialog.id_number, "0100109106")  # the tax code is not a person
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "người đại diện Huỳnh Thị Mỹ (Giám đốc)" in dialog.fields["id_number"].message.text()
    dialog.id_number.clear()
    type_text(dialog.id_number, "080190005555")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    with db.read() as session:
        from counter.domain.status import Status
        from counter.services.dossiers import get_dossier

        assert get_dossier(session, code).status == Status.RETURNED
