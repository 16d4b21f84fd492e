"""Scanner-first: a USB scanner types a code at 2 ms a key and ends with Enter, wherever the focus
is. Driven with real key events into the real main window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from counter.services import intake, lifecycle
from counter.services.dossiers import DossierFilter, list_dossiers
from counter.store.models import Dossier
from counter.ui.main_window import MainWindow
from helpers import complete_draft, postal_draft
from qt_helpers import type_text


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db, sync=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.sync_status.stop()


def scanner_types(widget, text: str, per_key_ms: int = 2) -> None:
    """A USB scanner: each character a key press 2 ms after the last, then Enter."""
    widget.setFocus()
    QTest.qWait(100)  # the officer puts the keyboard down and picks up the scanner
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(per_key_ms)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def dossier_count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Dossier))


def test_a_scan_into_the_intake_form_opens_the_dossier_and_accepts_nothing(qtbot, window, db, officer):
    code = intake.receive(db, complete_draft(db), officer).code
    page = window.intake
    page.search.setFocus()
    qtbot.keyClicks(page.search, "1.001193")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    page.all_required.click()
    type_text(page.name, "Đỗ Thị Mai")
    type_text(page.id_number, "0801")  # the officer is half-way through the ID number
    before = dossier_count(db)
    scanner_types(page.id_number, code)
    assert window.last_dialog.isVisible() and code in window.last_dialog.windowTitle()
    assert page.id_number.text() == "0801"  # the scan did not land in "Số giấy tờ"
    assert page.last_code is None and not page.banner.isVisible()  # its Enter accepted nothing
    assert dossier_count(db) == before
    window.last_dialog.close()


def test_a_scan_is_recognised_on_any_tab(qtbot, window, db, officer):
    code = intake.receive(db, complete_draft(db), officer).code
    window.tabs.setCurrentWidget(window.queues)
    scanner_types(window.queues.list, code)
    assert code in window.last_dialog.windowTitle()
    window.last_dialog.close()


def test_a_person_typing_a_code_into_a_field_is_left_alone(qtbot, window, db, officer):
    code = intake.receive(db, complete_draft(db), officer).code
    page = window.intake
    page.notes.setFocus()
    for ch in code[:10]:  # a person: far slower than a scanner
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.notes, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(60)
    assert page.notes.toPlainText() == code[:10]
    assert getattr(window, "last_dialog", None) is None


def test_an_unknown_scan_is_answered_in_place_with_the_whole_code_and_a_sound(qtbot, window):
    unknown = "000.01.34.H49-261123-0999"
    window.tabs.setCurrentWidget(window.list_page)
    scanner_types(window.list_page.table, unknown)
    assert window.scan_answer.isVisible()
    assert unknown in window.scan_answer.text()  # the whole code, not cut
    assert window.beeps == 1
    assert window.scan.hasFocus() and window.scan.selectedText() == unknown  # the next scan replaces it
    scanner_types(window.scan, unknown)  # into the scan field itself: the same answer
    assert window.beeps == 2 and window.scan.selectedText() == unknown


def test_a_scanned_lookup_address_finds_the_dossier(qtbot, window, db, officer):
    code = intake.receive(db, complete_draft(db), officer).code
    scanner_types(window.scan, "https://dichvucong.tayninh.gov.vn/tra-cuu?ma=" + code)
    assert code in window.last_dialog.windowTitle()
    window.last_dialog.close()


def test_scanning_a_postal_result_offers_the_postal_handover(qtbot, window, db, officer):
    code = intake.receive(db, postal_draft(db), officer).code
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer)
    window.bus.dossiers_changed.emit()
    scanner_types(window.scan, code)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.postal)
    assert [r.dossier_code for r in window.postal.selected()] == [code]
    assert getattr(window.last_dialog, "return_dialog", None) is None  # not the counter return


def test_search_finds_part_of_a_code(db, officer):
    codes = [intake.receive(db, complete_draft(db), officer).code for _ in range(3)]
    agency, day, serial = codes[1].rsplit("-", 2)[0], codes[1].split("-")[-2], codes[1].split("-")[-1]

    def found(query):
        with db.read() as session:
            return [r.code for r in list_dossiers(session, DossierFilter(query=query), limit=50)]

    assert found(f"{day}-{serial}") == [codes[1]]  # day and serial
    assert set(found(day)) == set(codes)  # the day part
    assert found(serial) == [codes[1]]  # the serial alone
    assert set(found(f"{agency.split('.')[-1]}-{day}")) == set(codes)  # the agency's tail and the day
    assert found(f"{day}-9999") == []
