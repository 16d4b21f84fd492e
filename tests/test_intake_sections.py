"""The intake screen's sections and its one field table (counter.ui.intake_sections): what the five
hand-kept widget lists did is now read from FIELDS, and the rules moved to services."""

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from counter.domain.status import Channel
from counter.services import intake
from counter.ui.intake_sections import FIELDS, TEXT_FIELDS, applies, tr_field
from counter.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def page(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w.intake


def test_every_row_of_the_table_is_on_the_page_in_its_order(page):
    for spec in FIELDS:
        assert getattr(page, spec.attr) is not None and getattr(page, f"{spec.attr}_label").text()
    keyed = [k for k in page.fields if k not in ("procedure", "documents")]
    assert keyed == [s.key for s in FIELDS if s.field]  # the first error found is the first on screen


def test_rows_are_shown_by_the_table_rules(page):
    def shown(key):
        spec = next(s for s in FIELDS if s.key == key)
        return not page.fields.get(key, getattr(page, spec.attr)).isHidden()

    assert shown("id_number") and not shown("tax_code") and not shown("postage") and not shown("inbound_postal_number")
    page.kind_org.setChecked(True)
    assert not shown("id_number") and shown("tax_code") and shown("representative_title")
    page.channel.setCurrentIndex(page.channel.findData(int(Channel.POSTAL)))
    assert shown("inbound_postal_number") and shown("delivery_address") and not shown("postage")
    page.ret_post.setChecked(True)
    assert shown("postage")


def test_a_draft_goes_back_on_screen_unchanged(page):
    page.choose_procedure(page.procedures[0].id)
    page.kind_org.setChecked(True)
    for i, spec in enumerate(TEXT_FIELDS):
        getattr(page, spec.attr).setText(f"{spec.key} {i}")
    draft = page.draft()
    assert draft.representative == "representative 4" and draft.id_number == ""  # a person's field, not taken
    assert all(getattr(draft, s.key) == (f"{s.key} {i}" if applies(s, False) else "")
               for i, s in enumerate(TEXT_FIELDS))
    page.new_dossier()
    assert all(getattr(page, s.attr).text() == ("1" if s.key == "sets" else "") for s in TEXT_FIELDS)
    page.load_draft(draft)
    assert page.draft() == draft


def test_the_form_is_locked_after_acceptance_and_open_again_for_the_next(page):
    page._set_form_enabled(False)
    assert not any(getattr(page, s.attr).isEnabled() for s in FIELDS if s.section != "proxy" and s.kind not in ("fees", "return_method"))
    assert not page.ret_counter.isEnabled() and not page.ret_post.isEnabled()
    page._set_form_enabled(True)
    assert all(getattr(page, s.attr).isEnabled() for s in FIELDS if s.section != "proxy")


def test_counts_are_read_by_the_service():
    assert [intake.parse_count(t) for t in ("2", " 3 ", "", "x", "-1")] == [2, 3, 0, -1, -1]


def test_the_table_labels_are_translated(qapp):
    t = QTranslator()
    assert t.load(str(ROOT / "resources" / "i18n" / "counter_en.qm"))
    qapp.installTranslator(t)
    try:
        assert tr_field("Số hiệu bưu gửi đến *") == QCoreApplication.translate("IntakeFields", "Số hiệu bưu gửi đến *")
        assert all(tr_field(s.label) != s.label or s.label == "Email" for s in FIELDS)
    finally:
        qapp.removeTranslator(t)


def test_no_method_of_the_intake_screen_is_long():
    for name in ("intake.py", "intake_sections.py"):
        tree = ast.parse((ROOT / "counter" / "ui" / name).read_text(encoding="utf-8"))
        long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(tree)
                if isinstance(n, ast.FunctionDef) and n.end_lineno - n.lineno + 1 > 60]
        assert long == [], name
