"""Translations: the bundled Vietnamese texts for Qt's own dialogs (qtbase_vi) and the English
translation of the interface (counter_en), both compiled from resources/i18n/*.ts by
scripts/update_translations.sh."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
UI = ROOT / "counter" / "ui"
FIX = "run scripts/update_translations.sh, translate the new entries in resources/i18n/counter_en.ts, then run it again"

# Messages lupdate keeps for strings gone from the sources; lrelease leaves them out of the .qm.
RETIRED = {"vanished", "obsolete"}


def messages(ts: Path):
    """(context, source, comment, numerus, translation type, [translation texts]) per message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            yield (name, message.findtext("source"), message.findtext("comment") or "",
                   message.get("numerus") == "yes", translation.get("type"), texts)


def live(ts: Path):
    return [m for m in messages(ts) if m[4] not in RETIRED]


@pytest.fixture
def translator(qapp):
    """Install a compiled translation for one test, and take it out again afterwards."""
    installed = []

    def install(name: str) -> QTranslator:
        qm = I18N / f"{name}.qm"
        t = QTranslator()
        assert t.load(str(qm)), f"cannot load {qm}: {FIX}"
        assert qapp.installTranslator(t)
        installed.append(t)
        return t

    yield install
    for t in installed:
        qapp.removeTranslator(t)


# --- Qt's own texts in Vietnamese ------------------------------------------------------------

def test_qt_standard_buttons_are_vietnamese(translator):
    translator("qtbase_vi")
    tr = QCoreApplication.translate
    assert tr("QPlatformTheme", "&Yes") == "&Có"
    assert tr("QPlatformTheme", "&No") == "&Không"
    assert tr("QPlatformTheme", "Cancel") == "Hủy"
    assert tr("QPlatformTheme", "Close") == "Đóng"
    assert tr("QPlatformTheme", "Save") == "Lưu"

    box = QMessageBox(QMessageBox.Icon.Question, "Counter", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    try:
        assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
        assert box.button(QMessageBox.StandardButton.No).text() == "&Không"
    finally:
        box.deleteLater()


def test_qt_print_dialog_texts_are_vietnamese(translator):
    translator("qtbase_vi")
    tr = QCoreApplication.translate
    assert tr("QPrintPreviewDialog", "Print Preview") == "Xem trước khi in"
    assert tr("QPrintPreviewDialog", "Next page") == "Trang sau"
    assert tr("QPrintPreviewDialog", "Zoom in") == "Phóng to"
    assert tr("QPrintDialog", "&Print") == "&In"
    assert tr("QPrintWidget", "Printer") == "Máy in"
    assert tr("QPrintSettingsOutput", "Copies") == "Số bản"
    assert tr("QLineEdit", "&Paste") == "&Dán"


def test_translator_is_removed_again(qapp):
    """Other tests see the untranslated (Vietnamese source / English Qt) texts."""
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"
    assert QCoreApplication.translate("MainWindow", "Thiết lập") == "Thiết lập"


# --- the interface in English ----------------------------------------------------------------

def test_english_translation_of_the_interface(translator):
    translator("counter_en")
    tr = QCoreApplication.translate
    assert tr("MainWindow", "Thiết lập") == "Settings"
    assert tr("FormSection", "&Cá nhân") == "&Individual"
    assert tr("SettingsDialog", "Lưu thông tin cơ quan") == "Save agency details"
    assert tr("DossierListPage", "%1 hồ sơ") == "Dossiers: %1"
    source = "Chưa tiếp nhận: còn %n thông tin cần sửa (đánh dấu màu đỏ)."
    assert tr("IntakePage", source, "", 1) == "Not accepted yet: 1 field needs correcting (marked in red)."
    assert tr("IntakePage", source, "", 3) == "Not accepted yet: 3 fields need correcting (marked in red)."


def test_app_installs_the_bundled_translations(qapp, monkeypatch):
    from counter.ui.app import install_translations

    default_locale = QLocale()
    for language, check in (("vi", ("QPlatformTheme", "Cancel", "Hủy")),
                            ("en", ("MainWindow", "Thiết lập", "Settings"))):
        monkeypatch.setenv("COUNTER_LANG", language)
        translators = install_translations(qapp)
        try:
            assert len(translators) == 1, f"resources/i18n .qm for {language!r} missing: {FIX}"
            assert QCoreApplication.translate(check[0], check[1]) == check[2]
        finally:
            for t in translators:
                qapp.removeTranslator(t)
            QLocale.setDefault(default_locale)


# --- the .ts files are complete, consistent and compiled -------------------------------------

def test_every_english_message_is_finished():
    bad = [(ctx, src) for ctx, src, _, _, kind, texts in live(I18N / "counter_en.ts")
           if kind == "unfinished" or not all(t.strip() for t in texts)]
    assert not bad, f"{len(bad)} untranslated message(s) in counter_en.ts ({FIX}): {bad[:10]}"


def test_vietnamese_qt_messages_are_finished():
    found = live(I18N / "qtbase_vi.ts")
    assert len(found) > 100
    bad = [(ctx, src) for ctx, src, _, _, kind, texts in found
           if kind == "unfinished" or not all(t.strip() for t in texts)]
    assert not bad, f"untranslated message(s) in qtbase_vi.ts: {bad[:10]}"


def _markup(text: str):
    """What a translation must carry over: placeholders, HTML tags, and one & accelerator."""
    placeholders = sorted(set(re.findall(r"%(?:\d+|n)", text)) | set(re.findall(r"\{\w*\}", text)))
    tags = sorted(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", text))
    accelerators = len(re.findall(r"&(?!&)", text.replace("&&", "")))
    return placeholders, tags, accelerators


@pytest.mark.parametrize("ts", ["counter_en.ts", "qtbase_vi.ts"])
def test_translations_keep_placeholders_tags_and_accelerators(ts):
    bad = []
    for ctx, src, _, _, kind, texts in live(I18N / ts):
        if kind == "unfinished":  # reported by the "finished" tests
            continue
        for text in texts:
            if _markup(text) != _markup(src):
                bad.append((ctx, src, text))
    assert not bad, f"{ts}: translation changes %-placeholders, HTML tags or & accelerators: {bad[:10]}"


@pytest.mark.parametrize("name", ["counter_en", "qtbase_vi"])
def test_compiled_qm_matches_ts(name, translator):
    """The committed .qm is what the .ts says (catches a .ts edited without recompiling)."""
    translator(name)
    stale = []
    for ctx, src, comment, numerus, kind, texts in live(I18N / f"{name}.ts"):
        if kind == "unfinished":  # reported by the "finished" tests
            continue
        if numerus:
            got = QCoreApplication.translate(ctx, src, comment or None, 1)
            want = texts[0].replace("%n", "1")
        else:
            got = QCoreApplication.translate(ctx, src, comment or None)
            want = texts[0]
        if got != want:
            stale.append((ctx, src, got, want))
    assert not stale, f"resources/i18n/{name}.qm is out of date ({FIX}): {stale[:5]}"


def _tr_calls():
    """(context or None, source, file:line) for every tr("literal") and translate("ctx", "literal")
    in counter/ui/*.py. The context of self.tr is the class the call is written in, as lupdate
    records it (PySide also looks it up under the base classes at run time)."""
    found = []

    def visit(node, cls):
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = node.args
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
            if node.func.attr == "tr" and args and literal[0]:
                receiver = node.func.value
                own = isinstance(receiver, ast.Name) and receiver.id == "self"
                found.append((cls if own else None, args[0].value, f"{path.name}:{node.lineno}"))
            elif node.func.attr == "translate" and len(args) >= 2 and all(literal[:2]):
                found.append((args[0].value, args[1].value, f"{path.name}:{node.lineno}"))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    for path in sorted(UI.glob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), None)
    return found


def test_every_ui_string_is_in_the_english_ts():
    calls = _tr_calls()
    assert len(calls) > 100
    present = {(ctx, src) for ctx, src, *_ in live(I18N / "counter_en.ts")}
    sources = {src for _, src in present}
    missing = [(ctx, src, where) for ctx, src, where in calls
               if ((ctx, src) not in present if ctx else src not in sources)]
    assert not missing, (f"{len(missing)} tr() string(s) of counter/ui are not in resources/i18n/counter_en.ts "
                         f"— {FIX}: {missing[:10]}")


def test_no_text_reaches_tr_in_a_variable():
    """lupdate only sees tr("literal"); a text from a table goes through tr_label (counter.ui.labels)."""
    hidden = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and node.args and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))):
                hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden, f"tr() called with a variable (use counter.ui.labels.tr_label): {hidden}"


def test_every_label_from_a_table_is_translated(qapp):
    from counter.ui.label_list import all_labels
    from counter.ui.labels import CONTEXT

    from counter.messages import CONTEXT as MESSAGES
    from counter.messages import Text

    labels = all_labels(with_messages=True)
    assert len(labels) > 60
    finished = {(ctx, src) for ctx, src, _, _, kind, texts in live(I18N / "counter_en.ts")
                if kind is None and all(t.strip() for t in texts)}
    missing = [text for text in labels
               if ((MESSAGES, text.template) if isinstance(text, Text) else (CONTEXT, text)) not in finished]
    assert not missing, f"labels without an English translation ({FIX}): {missing[:10]}"


VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĂÂĐÊÔƠƯ]")


def test_the_window_in_english_shows_no_vietnamese_chrome(qtbot, translator, db):
    """With the English translation installed, the names the window takes from tables — tabs,
    queues, statuses, headers, filters — are English too (data such as names stay as they are)."""
    from counter.ui.main_window import MainWindow

    translator("counter_en")
    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    texts = [window.tabs.tabText(i).split("·")[0] for i in range(window.tabs.count())]
    texts += [window.queues.list.item(i).text() for i in range(window.queues.list.count())]
    texts += [window.postal.list.item(i).text() for i in range(window.postal.list.count())]
    status = window.list_page.status
    texts += [status.itemText(i) for i in range(status.count())]
    model = window.list_page.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    board = window.dashboard
    texts += [board.preset.itemText(i) for i in range(board.preset.count())]
    texts += [board.tables.tabText(i) for i in range(board.tables.count())]
    vietnamese = [t for t in texts if VIETNAMESE.search(t)]
    assert len(texts) > 30 and not vietnamese, vietnamese
