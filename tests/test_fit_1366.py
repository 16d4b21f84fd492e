"""Every window and dialog fits the counters' screen: 1366×768 with a taskbar, about 1366×705
usable. Each is built as the officer meets it, shown, and measured: the smallest it can be
(its minimum size and the minimum its layout needs) and the size it opens at."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from counter import clock
from counter.services import intake, lifecycle
from helpers import complete_draft, dossier_in_state, postal_draft

USABLE = QSize(1366, 705)
TITLE_BAR = 32  # the window manager's title bar, above the client area we measure


def needed(widget) -> QSize:
    return widget.minimumSize().expandedTo(widget.minimumSizeHint())


def in_scroll_area(widget, top) -> bool:
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def fits(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    least, shown = needed(widget), widget.size()
    assert least.width() <= USABLE.width() and least.height() + TITLE_BAR <= USABLE.height(), \
        f"{name}: needs at least {least.width()}×{least.height()}"
    assert shown.width() <= USABLE.width() and shown.height() + TITLE_BAR <= USABLE.height(), \
        f"{name}: opens at {shown.width()}×{shown.height()}"
    for button in widget.findChildren(QPushButton):  # nothing that matters falls off the window
        if button.isVisibleTo(widget) and button.window() is widget and not in_scroll_area(button, widget):
            corner = button.mapTo(widget, button.rect().bottomRight())
            assert corner.x() <= widget.width() and corner.y() <= widget.height(), \
                f"{name}: “{button.text()}” is outside the window"


@pytest.fixture
def window(qtbot, db):
    from counter.ui.main_window import MainWindow

    w = MainWindow(db, sync=False)
    qtbot.addWidget(w)
    w.resize(1366, 705 - TITLE_BAR)
    yield w
    w.sync_status.stop()


def longest_procedure(db) -> str:
    from counter.services import catalogue as cat

    with db.read() as session:
        return max(cat.current_procedures(session), key=lambda p: len(p.name)).code


def test_the_main_window_and_each_tab_fit(qtbot, window):
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        fits(window, f"main window, tab {window.tabs.tabText(index)}")


def test_the_status_bar_never_overlaps_on_a_narrow_window(qtbot, window):
    """Narrower than the common screen (a window beside another), the office's line is cut and the
    sync state, the officer and the lock button stay apart."""
    window.show()
    for width in (1366, 1100, 1000):
        window.resize(width, 700)
        QApplication.processEvents()
        bar = window.statusBar()
        parts = [window.db_label, window.sync_status.text, window.sync_status.attention, window.officer_label,
                 window.lock_button]
        boxes = [(w, w.mapTo(bar, w.rect().topLeft()).x(), w.width()) for w in parts if w.isVisible()]
        boxes.sort(key=lambda b: b[1])
        for (left, x, w), (right, x2, _) in zip(boxes, boxes[1:]):
            assert x + w <= x2, f"at {width} px {left} overlaps {right}"


def test_the_intake_buttons_stay_in_view_with_errors_and_postal_return(qtbot, window):
    window.show()
    page = window.intake
    page.search.setFocus()
    qtbot.keyClicks(page.search, "ly lich tu phap")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(page.search, Qt.Key.Key_Return)
    page.ret_post.setChecked(True)
    page.accept_dossier()  # every field in error, the postal block open
    QApplication.processEvents()
    assert page.summary.isVisible()
    for button in (page.accept_button, page.incomplete_button, page.refuse_button, page.new_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert button.isVisible() and corner.y() <= window.centralWidget().geometry().bottom(), button.text()
    assert page.footer.parentWidget() is page  # the footer is not inside the scrolling form
    fits(window, "intake with errors and postal return")


@pytest.mark.parametrize("state", ["received", "long name", "forwarded", "processed", "returned", "supplement"])
def test_the_dossier_window_fits_in_each_state(office_clock, qtbot, window, db, officer, state):
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    draft = complete_draft(db, longest_procedure(db)) if state == "long name" else complete_draft(db)
    code = dossier_in_state(db, officer, state, draft)
    dialog = window.open_dossier(code)
    qtbot.addWidget(dialog)
    fits(dialog, f"dossier window ({state})")
    shown = [b for b in dialog.action_buttons.values() if b.isVisibleTo(dialog)]
    assert shown or state == "returned", state
    for button in shown:  # every step button inside the window, whichever row it wrapped to
        assert dialog.rect().contains(button.geometry().translated(button.parentWidget().mapTo(dialog, button.pos())
                                                                   - button.pos()))


def test_every_step_dialog_fits(qtbot, window):
    from counter.ui import actions

    long_name = "Giấy ủy quyền (trường hợp ủy quyền) có chứng thực chữ ký của người ủy quyền " * 3
    documents = [(long_name, 1, 0, 0, False)] + [(f"Giấy tờ {i}", 1, 1, 0, False) for i in range(14)]
    dialogs = {
        "supplement": actions.SupplementDialog(documents, lambda *a: None, window),
        "forward": actions.ForwardDialog(["Phòng Tư pháp"], lambda *a: None, window),
        "extend": actions.ExtendDialog(datetime(2026, 11, 23, 9, 0), lambda *a: None, window),
        "result": actions.ResultDialog(lambda *a: None, window),
        "return": actions.ReturnDialog("Nguyễn Thị Hồng Nhung", lambda *a: None, window),
        "reason": actions.reason_dialog(window, "Từ chối", "Lý do *", "Từ chối", lambda *a: None),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        fits(dialog, name)


def test_settings_dashboard_and_the_small_windows_fit(qtbot, window, db, officer):
    from counter.services import forms
    from counter.ui import printing
    from counter.ui.about import AboutDialog
    from counter.ui.book import BookDialog
    from counter.ui.crash import CrashDialog
    from counter.ui.printers import PrintersDialog
    from counter.ui.settings import SettingsDialog
    from counter.ui.signin import FirstAdminDialog, LockDialog, SignInDialog

    code = intake.receive(db, complete_draft(db), officer).code
    built = {
        "settings": SettingsDialog(db, lambda: officer, window.bus, window),
        "about": AboutDialog(db, window),
        "printers": PrintersDialog(window),
        "crash": CrashDialog("Traceback …\n" * 400, True, window),
        "sign-in": SignInDialog(db, "UBND xã Tân Trụ", window),
        "first administrator": FirstAdminDialog(db, window),
        "lock": LockDialog(db, officer, "UBND xã Tân Trụ", window),
        "book": BookDialog(db, window),
        "preview": printing.preview_pdf(window, forms.receipt_pdf(db, code, "a4"), "Giấy tiếp nhận " + code),
    }
    for name, dialog in built.items():
        qtbot.addWidget(dialog)
        fits(dialog, name)
    settings = built["settings"]
    for index in range(settings.findChild(type(window.tabs)).count() if settings.findChild(type(window.tabs)) else 0):
        settings.findChild(type(window.tabs)).setCurrentIndex(index)
        fits(settings, f"settings, page {index}")


def test_dashboard_tables_show_eight_rows_with_whole_headers(qtbot, window, db, officer):
    from PySide6.QtWidgets import QTableWidget

    window.show()
    window.tabs.setCurrentWidget(window.dashboard)
    QApplication.processEvents()
    tables = list(window.dashboard.dimension_tables.values()) + [window.dashboard.overdue_list,
                                                                 window.dashboard.soon_list]
    for table in tables:
        assert isinstance(table, QTableWidget)
        header = table.horizontalHeader()
        rows_in_view = (table.minimumHeight() - header.sizeHint().height()) // table.verticalHeader().defaultSectionSize()
        assert rows_in_view >= 8
        for c in range(1, table.columnCount()):
            assert header.sectionSize(c) >= header.sectionSizeHint(c), table.horizontalHeaderItem(c).text()
    fits(window, "dashboard")
    from PySide6.QtWidgets import QScrollArea

    window.resize(1366, 705 - TITLE_BAR)
    QApplication.processEvents()
    assert not window.dashboard.findChild(QScrollArea).horizontalScrollBar().isVisible()  # nothing off to the right
