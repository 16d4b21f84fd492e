"""The interface under English (issue 17, point 6): the main screens, every dialog and the
validation and refusal messages, built on a database with demo data, show no Vietnamese letter
except the *data* — what the office typed or loaded (names, addresses, the procedure catalogue,
agencies, officers, reasons), which stays as it was written.

Each test walks every visible widget's text (window titles, labels, buttons, group boxes, tabs,
combo items, placeholders, tool tips, item views and their headers, text boxes, menus, the
status bar), removes each stored data value from it and fails on any Vietnamese letter left,
listing the widget's path and the text."""

from __future__ import annotations

import html
from contextlib import contextmanager
import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QHeaderView,
                               QLabel,
                               QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QStatusBar, QTabBar, QTabWidget,
                               QTextEdit, QWidget)
from sqlalchemy import text as sql

from counter import clock
from counter.services import demo, intake, lifecycle
from counter.messages import recognise
from counter.paths import message_templates
from helpers import complete_draft, dossier_in_state
from test_i18n import VIETNAMESE

#: where the test database keeps data (typed or loaded, never a sentence of the program):
#: table → text columns; JSON columns are read for their string leaves
DATA = {
    "office": ["name", "unit_name", "parent_name", "address", "place", "settings"],
    "agency": ["name"],
    "department": ["name"],
    "officer": ["full_name", "title"],
    "catalogue": ["publisher"],
    "procedure": ["name", "field_name", "department", "legal_basis", "variant"],
    "procedure_document": ["name"],
    "procedure_fee": ["name", "note", "unit", "legal_basis"],
    "dossier": ["procedure_name", "field_name", "deciding_agency_name", "department", "applicant_name", "address",
                "representative", "representative_title", "proxy_name", "delivery_address", "notes",
                "returned_to_name", "closed_reason"],
    "dossier_document": ["name"],
    "dossier_fee": ["name", "unit", "detail"],
    "status_history": ["officer_name", "reason"],  # reason: what the officer typed (refusal, extension…)
    "dossier_step": ["agency_name", "department", "task"],
    "handover_batch": ["from_party", "to_party", "giver_name", "receiver_name", "note"],
    "supplement": ["reason", "officer_name"],
    "postal_order": ["payload", "last_error"],  # last_error: the postal operator's own answer
    "online_dossier": ["procedure_name", "applicant", "taken_by"],
    "online_file": ["name"],
    "audit_log": ["officer_name"],
}
#: typed by this test into the forms
TYPED = ["Đỗ Thị Mai", "Ấp Bình Hòa", "Nguyễn Thị Hồng Nhung", "Tờ khai", "Chưa ký", "Phòng Tư pháp",
         "Giấy tờ", "UBND xã Tân Trụ", "Trần Thị Bích"]
#: proper names the English texts keep as they are (an example name, places, the Lunar New Year)
PROPER = ["Nguyễn Văn An", "Tây Ninh", "Tân Trụ", "Tết"]
#: the đồng's sign after an amount ("200.000 đ") is the currency, as $ or € would be
CURRENCY = re.compile(r"(?<=\d) đ(?!\w)")
#: a file's path (the log file, a backup) is data: its folders may have Vietnamese names
PATH = re.compile(r"(?:(?<=\s)|^)(?:/(?=\S)|[A-Za-z]:\\)[^\n]*", re.MULTILINE)


def _leaves(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif isinstance(value, str):
        yield value


#: columns where the program also stores sentences of its own ("Tiếp nhận hồ sơ đầy đủ" when a
#: dossier is accepted): a value written in the core's sources is the program's sentence, not data
STORED_SENTENCES = {("status_history", "reason"), ("supplement", "reason"), ("dossier", "closed_reason"),
                    ("handover_batch", "note"), ("postal_order", "last_error")}
COUNTER = Path(__file__).resolve().parent.parent / "counter"
CORE_SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted(COUNTER.rglob("*.py"))
                         if "ui" not in p.relative_to(COUNTER).parts and "demo" not in p.name)


def stored_data(db) -> list[str]:
    """Every stored data value with a Vietnamese letter, longest first (so a name is removed
    before a shorter name inside it)."""
    from counter.services.units import load_units

    found: set[str] = set(TYPED) | set(PROPER)
    with db.read() as session:
        for table, columns in DATA.items():
            for column in columns:
                for (value,) in session.execute(sql(f"SELECT {column} FROM {table}")):
                    if (table, column) in STORED_SENTENCES and value and (
                            value in CORE_SOURCES or recognise(value, message_templates())):
                        continue  # the program's sentence, stored as written: it must show in English
                    if isinstance(value, str) and value[:1] in "{[":
                        try:
                            value = json.loads(value)
                        except ValueError:
                            pass
                    found.update(_leaves(value))
    import holidays  # the public holidays' names (third-party data, in Vietnamese)

    for year in (2025, 2026, 2027):
        found.update(holidays.country_holidays("VN", years=year, language="vi").values())
    units = load_units()
    for province in units.provinces:
        found.update((province.name, province.label))
        found.update(x for c in province.communes for x in (c.name, c.label))
    parts = set()
    for value in found:  # a long value is also shown one line (or one "; " item) at a time
        parts.update(p.strip() for p in re.split(r"[\n;]", value))
    # a short value ("bản", "phiếu") would also take words out of the program's sentences
    return sorted({v for v in found | parts if (len(v) >= 6 or v in PROPER) and VIETNAMESE.search(v)},
                  key=len, reverse=True)


def _short_data(db) -> set[str]:
    """Stored values too short to take out of a sentence, recognised when a widget shows one whole."""
    found: set[str] = set()
    with db.read() as session:
        for table, column in (("procedure_fee", "unit"), ("dossier_fee", "unit")):
            found.update(v for (v,) in session.execute(sql(f"SELECT {column} FROM {table}")) if v)
    return found


def plain(value: str) -> str:
    if "<" in value and ">" in value:
        value = re.sub(r"<br\s*/?>|</p>|</li>|</tr>", "\n", value)
        value = re.sub(r"<[^>]+>", "", value)
    return html.unescape(value)


def _model_texts(view: QAbstractItemView, limit: int = 40):
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list's model (QListWidget) keeps it private: one column
            return 1

    def children(index: QModelIndex) -> bool:
        try:
            return model.hasChildren(index)
        except TypeError:
            return False

    for orientation in (Qt.Orientation.Horizontal,):
        for c in range(columns(QModelIndex())):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(c, orientation, role)
                if isinstance(value, str):
                    yield f"header {c}", value

    def rows(parent: QModelIndex, depth: int):
        for r in range(min(model.rowCount(parent), limit)):
            for c in range(columns(parent)):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"row {r} col {c}", value
            if depth < 3 and children(model.index(r, 0, parent)):
                yield from rows(model.index(r, 0, parent), depth + 1)

    yield from rows(QModelIndex(), 0)


def _path(widget: QWidget) -> str:
    parts = []
    while widget is not None:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))


def widget_texts(top: QWidget):
    """(path, text) for every text shown by ``top`` and its visible children."""
    yield _path(top) + " [title]", top.windowTitle()
    for w in [top, *top.findChildren(QWidget)]:
        if w is not top and not w.isVisibleTo(top):
            continue
        path = _path(w)
        if w.toolTip():
            yield path + " [tooltip]", w.toolTip()
        if isinstance(w, QLabel):
            yield path, w.text()
        elif isinstance(w, QAbstractButton):
            yield path, w.text()
        elif isinstance(w, QGroupBox):
            yield path, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{path} [tab {i}]", w.tabText(i)
                yield f"{path} [tab {i} tooltip]", w.tabToolTip(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{path} [item {i}]", w.itemText(i)
            if w.lineEdit() is not None:
                yield path + " [placeholder]", w.lineEdit().placeholderText()
            else:
                yield path + " [placeholder]", w.placeholderText()
        elif isinstance(w, QLineEdit):
            yield path + " [placeholder]", w.placeholderText()
            if w.isReadOnly():
                yield path, w.text()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield path + " [placeholder]", w.placeholderText()
            if w.isReadOnly():
                yield path, w.toPlainText()
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):  # a header: its view's model
            for where, value in _model_texts(w):
                yield f"{path} [{where}]", value
        elif isinstance(w, QStatusBar):
            yield path + " [message]", w.currentMessage()
        elif isinstance(w, QMenu):
            for action in w.actions():
                yield f"{path} [action]", action.text()
        if isinstance(w, QMessageBox):
            yield path + " [informative]", w.informativeText()
        for action in w.actions():
            if action.text():
                yield f"{path} [action]", action.text()
            if action.menu() is not None:
                for sub in action.menu().actions():
                    yield f"{path} [menu action]", sub.text()


class Seen:
    """What the test saw, checked all at once at the end (so one run lists everything)."""

    def __init__(self, db):
        self.data = stored_data(db)
        self.short = sorted(_short_data(db), key=len, reverse=True)
        self.whole = set(self.data) | set(self.short)
        self.left: dict[str, str] = {}  # text → where it was first seen
        self.boxes = 0  # message boxes read

    def strip(self, value: str) -> str:
        value = PATH.sub("·", CURRENCY.sub(" VND", plain(value)))
        if not VIETNAMESE.search(value):
            return value
        for data in self.data:
            if data in value:
                value = re.sub(rf"(?<!\w){re.escape(data)}(?!\w)", "·", value)  # whole words only
                if not VIETNAMESE.search(value):
                    break
        return value

    def strip_short(self, line: str) -> str:
        for data in self.short:
            line = re.sub(rf"(?<!\w){re.escape(data)}(?!\w)", "·", line)
        return line

    def text(self, where: str, value: str) -> None:
        """Each line of ``value`` that still has a Vietnamese letter once the data is taken out
        (data shown as ·) is kept, with where it was first seen."""
        if not value or not VIETNAMESE.search(value):
            return
        if value.strip() in self.whole:  # a widget showing one stored value, however short ("phiếu")
            return
        for line in self.strip(value).splitlines():
            if VIETNAMESE.search(line) and not VIETNAMESE.search(self.strip_short(line)):
                continue  # English around a short stored value: a fee's unit ("from phiếu no. 3")
            if VIETNAMESE.search(line):  # numbers and dates as #: one line per sentence
                self.left.setdefault(re.sub(r"\d+(?:[.,/:]\d+)*", "#", line.strip()), where)

    def look(self, top: QWidget, where: str = "") -> None:
        QApplication.processEvents()
        for path, value in widget_texts(top):
            self.text(f"{where}{path}", value)

    def check(self) -> None:
        """Fails on any Vietnamese left under English (the interface's or the core's), listing each."""
        if self.left:
            listing = "\n".join(f"  {p}: {v!r}" for v, p in sorted(self.left.items(), key=lambda i: i[1]))
            pytest.fail(f"{len(self.left)} text(s) with Vietnamese under English (data shown as ·):\n" + listing,
                        pytrace=False)


@contextmanager
def reading_boxes(seen: Seen, where: str):
    """Meanwhile every modal message box that opens is read and closed (a test never hangs on one)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.look(box, f"{where}: message box ")
            seen.boxes += 1
            box.done(QMessageBox.StandardButton.Cancel)  # Cancel, No or Escape: nothing is changed

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


@pytest.fixture
def english(translator):
    translator("counter_en")


@pytest.fixture
def demo_db(db, office_clock):
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    demo.generate(db, 40, seed=5, days=20)
    demo.showcase(db, seed=5)
    return db


@pytest.fixture
def window(qtbot, english, demo_db):
    from counter.ui.main_window import MainWindow

    w = MainWindow(demo_db, sync=False)
    qtbot.addWidget(w)
    w.resize(1366, 705)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.sync_status.stop()


def test_every_tab_of_the_main_window_is_english(window, demo_db):
    seen = Seen(demo_db)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = window.tabs.widget(index)
        for pane in page.findChildren(QTabWidget):  # the pages inside a page (dashboard tables…)
            for j in range(pane.count()):
                pane.setCurrentIndex(j)
                seen.look(window, f"tab {index}, inner tab {j}: ")
        seen.look(window, f"tab {index}: ")
    queues = window.queues
    for row in range(queues.list.count()):  # every queue and every postal state
        queues.list.setCurrentRow(row)
        seen.look(queues, f"queue {row}: ")
    for row in range(window.postal.list.count()):
        window.postal.list.setCurrentRow(row)
        seen.look(window.postal, f"postal {row}: ")
    seen.look(window.sync_status, "sync status: ") if isinstance(window.sync_status, QWidget) else None
    seen.check()


def _dossier_in_each_state(db, officer) -> dict[str, str]:
    return {state: dossier_in_state(db, officer, state)
            for state in ("received", "forwarded", "processed", "returned", "supplement")}


def test_the_dossier_window_in_each_state_and_a_refused_step_are_english(qtbot, window, demo_db, officer):
    codes = _dossier_in_each_state(demo_db, officer)
    seen = Seen(demo_db)
    with reading_boxes(seen, "dossier"):
        for state, code in codes.items():
            dialog = window.open_dossier(code)
            qtbot.addWidget(dialog)
            dialog.show()
            seen.look(dialog, f"dossier ({state}): ")
            for name, button in dialog.action_buttons.items():
                seen.text(f"dossier ({state}) button {name}", button.text())
            dialog.close()
        # a step refused because the dossier moved on since the window showed it
        dialog = window.open_dossier(codes["received"])
        qtbot.addWidget(dialog)
        dialog.show()
        lifecycle.forward(demo_db, codes["received"], officer)
        dialog.do_request_payment()  # refused: the message box says why
        qtbot.waitUntil(lambda: seen.boxes > 0, timeout=5000)
        seen.look(dialog, "dossier after a refused step: ")
    seen.check()


def test_every_step_dialog_and_its_refusal_are_english(qtbot, window, demo_db, officer):
    from counter.ui import actions
    from counter.ui.widgets import FieldMessage

    tr = QCoreApplication.translate
    codes = _dossier_in_each_state(demo_db, officer)
    seen = Seen(demo_db)
    code = codes["received"]
    documents = [("Tờ khai", 1, 0, 0, False)] + [(f"Giấy tờ {i}", 1, 1, 0, False) for i in range(3)]
    dialogs = {
        "supplement": actions.SupplementDialog(documents, lambda items, reason: lifecycle.request_supplement(
            demo_db, codes["returned"], officer, items, reason), window),
        "forward": actions.ForwardDialog(["Phòng Tư pháp"], lambda to, receiver: lifecycle.forward(
            demo_db, codes["returned"], officer, to_party=to, receiver=receiver), window),
        "extend": actions.ExtendDialog(datetime(2026, 11, 23, 9, 0), lambda *a: lifecycle.extend(
            demo_db, codes["returned"], officer, *a), window),
        "result": actions.ResultDialog(lambda giver, note: lifecycle.record_result(
            demo_db, codes["returned"], officer, giver=giver, note=note), window),
        "return": actions.ReturnDialog("Nguyễn Thị Hồng Nhung", lambda collector, name, id_number, authorisation:
                                       lifecycle.return_result(demo_db, code, officer, collector=collector, name=name,
                                                               id_number=id_number, authorisation=authorisation),
                                       window),
        "reason": actions.reason_dialog(  # as the dossier window opens it
            window, tr("DossierDialog", "Từ chối giải quyết hồ sơ (mẫu 03)"), tr("DossierDialog", "Lý do từ chối *"),
            tr("DossierDialog", "Từ chối"), lambda reason: lifecycle.refuse(demo_db, codes["returned"], officer, reason)),
    }
    with reading_boxes(seen, "step"):
        for name, dialog in dialogs.items():
            qtbot.addWidget(dialog)
            dialog.show()
            seen.look(dialog, f"{name}: ")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # refused: empty, or the wrong state
            QApplication.processEvents()
            assert any(m.isVisible() and m.text() for m in dialog.findChildren(FieldMessage)), f"{name}: not refused"
            seen.look(dialog, f"{name}, refused: ")
            dialog.close()
    seen.check()


def test_intake_validation_messages_are_english(qtbot, window, demo_db):
    from PySide6.QtTest import QTest

    from qt_helpers import type_text

    seen = Seen(demo_db)
    page = window.intake
    window.tabs.setCurrentWidget(page)
    seen.look(window, "intake, empty: ")
    with reading_boxes(seen, "intake"):
        page.accept_dossier()  # no procedure chosen
        QApplication.processEvents()
        seen.look(window, "intake, no procedure: ")
        page.search.setFocus()
        qtbot.keyClicks(page.search, "ly lich tu phap")
        QTest.keyClick(page.search, Qt.Key.Key_Return)
        page.ret_post.setChecked(True)
        type_text(page.id_number, "12ab")
        type_text(page.phone, "09")
        page.accept_dossier()  # every field in error, the postal block open
        QApplication.processEvents()
        seen.look(window, "intake, errors: ")
        page.incomplete_button.click()
        QApplication.processEvents()
        seen.look(window, "intake, incomplete: ")
    seen.check()


def test_settings_and_the_small_windows_are_english(qtbot, window, demo_db, officer):
    from counter.services import forms
    from counter.ui import printing
    from counter.ui.about import AboutDialog
    from counter.ui.book import BookDialog
    from counter.ui.crash import CrashDialog
    from counter.ui.printers import PrintersDialog
    from counter.ui.settings import SettingsDialog
    from counter.ui import online
    from counter.ui.signin import ChangePasswordDialog, FirstAdminDialog, LockDialog, SignInDialog
    from counter.ui.signing import PinDialog
    from counter.ui.sync_status import AttentionDialog

    seen = Seen(demo_db)
    code = intake.receive(demo_db, complete_draft(demo_db), officer).code
    built = {
        "settings": SettingsDialog(demo_db, lambda: officer, window.bus, window),
        "about": AboutDialog(demo_db, window),
        "printers": PrintersDialog(window),
        "crash": CrashDialog("Traceback …\n", True, window),
        "sign-in": SignInDialog(demo_db, "UBND xã Tân Trụ", window),
        "first administrator": FirstAdminDialog(demo_db, window),
        "lock": LockDialog(demo_db, officer, "UBND xã Tân Trụ", window),
        "book": BookDialog(demo_db, window),
        "preview": printing.preview_pdf(window, forms.receipt_pdf(demo_db, code, "a4"), "Receipt " + code),
        "change password": ChangePasswordDialog(demo_db, officer, window),
        "signing key": PinDialog(demo_db, window),
        "sync attention": AttentionDialog(demo_db, window),
        "online supplement": online.SupplementDialog(["Tờ khai"], window),
        "online not competent": online.NotCompetentDialog(window),
    }
    with reading_boxes(seen, "small windows"):
        for name, dialog in built.items():
            qtbot.addWidget(dialog)
            dialog.show()
            seen.look(dialog, f"{name}: ")
        settings = built["settings"]
        tabs = settings.findChild(QTabWidget)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            seen.look(settings, f"settings page {index}: ")
        for name in ("sign-in", "first administrator", "lock", "change password"):  # nothing typed: the messages
            dialog = built[name]
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            QApplication.processEvents()
            seen.look(dialog, f"{name}, refused: ")
    clock.now()
    seen.check()


def test_a_text_of_the_core_reaches_each_kind_of_place_in_english(qtbot, english, db):
    """The pipe the core's converted sentences go through (counter.messages.msg → labels.shown):
    a field's message, a dialog's message, an intake field, a message box — each in English. The
    templates used are already translated (counter/errors.py)."""
    from counter.messages import msg
    from counter.services.errors import UserError, ValidationFailed
    from counter.ui import actions
    from counter.ui.main_window import MainWindow

    full = msg("ổ đĩa đã đầy")
    for raised, where in ((ValidationFailed({"reason": full}), "field"),
                          (ValidationFailed({"elsewhere": full}), "dialog"),
                          (UserError(full), "dialog")):
        def run(_reason, raised=raised):
            raise raised

        dialog = actions.reason_dialog(None, "Refuse", "Reason *", "Refuse", run)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.reason.setPlainText("x")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        message = dialog.fields["reason"].message.text() if where == "field" else dialog.error.text()
        assert "the disk is full" in message and not VIETNAMESE.search(message), (where, message)

    from counter.ui.labels import shown

    assert shown(str(full)) == "the disk is full"  # the sentence stored plain and read back (a status reason)
    assert shown("Nguyễn Văn An") == "Nguyễn Văn An"  # data stays as it was written
    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    window.intake.show_messages({"name": full}, {"phone": msg("Có {count} thông tin cần sửa. {first}", count=1,
                                                              first=full)})
    assert window.intake.fields["name"].message.text() == "the disk is full"
    assert window.intake.fields["phone"].message.text() == "1 field(s) need correcting. the disk is full"
    window.sync_status.stop()


def test_the_online_queue_and_its_review_window_are_english(qtbot, english, db, hub, sync_config, officer):
    from test_ui_online import page, seed

    seed(hub, db, sync_config)
    online_page = page(qtbot, db, officer, sync_config)
    online_page.show()
    seen = Seen(db)
    seen.look(online_page, "online queue: ")
    online_page.table.selectRow(0)
    with reading_boxes(seen, "online review"):
        dialog = online_page.open_selected()
        qtbot.addWidget(dialog)
        for row in range(dialog.files.count()):
            dialog.files.setCurrentRow(row)
            seen.look(dialog, f"online review, file {row}: ")
    seen.check()
