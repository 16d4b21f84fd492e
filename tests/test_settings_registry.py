"""One typed settings registry (counter.settings) and one list of environment variables
(counter.environment): nothing else reads office.settings by key or the environment."""

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

from counter import environment, settings
from counter.services import intake
from counter.services.accounts import lock_minutes
from counter.services.errors import ValidationFailed
from counter.services.office import get_office, office_form, update_office
from counter.store.models import Office, Officer

COUNTER = Path(__file__).resolve().parents[1] / "counter"


def _modules():
    for path in sorted(COUNTER.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_only_the_registry_reads_office_settings():
    """``x.settings`` is only ever ``signing.settings(db)`` (a function) outside counter/settings.py."""
    found = []
    for path, tree in _modules():
        if path == COUNTER / "settings.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "settings" \
                    and not (isinstance(node.value, ast.Name) and node.value.id == "signing"):
                found.append(f"{path.relative_to(COUNTER.parent)}:{node.lineno} {ast.unparse(node)}")
    assert found == []


def test_only_counter_environment_reads_the_environment():
    found = []
    for path, tree in _modules():
        if path == COUNTER / "environment.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
                found.append(f"{path.relative_to(COUNTER.parent)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module == "os" \
                    and {a.name for a in node.names} & {"environ", "getenv", "environb"}:
                found.append(f"{path.relative_to(COUNTER.parent)}:{node.lineno}")
    assert found == []


def test_every_variable_read_is_in_the_documented_list():
    listed = {v.name for v in environment.VARIABLES}
    read = set()
    for _path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "environment":
                read.add(node.args[0].value)
    assert read and read <= listed
    assert all(v.meaning and v.used_by for v in environment.VARIABLES)
    with pytest.raises(KeyError):
        environment.get("COUNTER_SOMETHING_NOT_LISTED")


def test_each_setting_is_declared_once_with_a_scope():
    keys = [s.key for s in settings.REGISTRY.values()]
    assert len(keys) == len(set(keys))
    assert all(s.scope is settings.Scope.OFFICE for s in settings.REGISTRY.values())
    assert all(s.scope is settings.Scope.MACHINE and s.where for s in settings.MACHINE)
    assert settings.USER == ()
    for s in settings.REGISTRY.values():  # a default of the declared type (None: "not set" on purpose)
        assert s.default is None or isinstance(s.default, s.type) or (s.type is float and isinstance(s.default, int))
    for s in settings.REGISTRY.values():
        if s.minimum is not None and s.range_message:
            assert not s.in_range(s.minimum - 1) and (s.maximum is None or not s.in_range(s.maximum + 1))


def test_defaults_and_stored_values_are_typed():
    assert settings.get(None, settings.LOCK_MINUTES) == 10
    assert settings.get(None, settings.SUPPLEMENT_DAYS) == 15
    assert settings.get(None, settings.DUE_SOON_HOURS) == 8
    office = Office(settings={"lock_minutes": "7", "due_soon_hours": "1,5", "sign_on_attach": False,
                              "trust_roots_pem": ["a"], "supplement_days": "many"})
    values = settings.office_settings(office)
    assert values.lock_minutes == 7 and values.due_soon_hours == 1.5 and values.sign_on_attach is False
    assert values.trust_roots_pem == ("a",) and values.supplement_days == 15  # unreadable: the default
    with pytest.raises(AttributeError):
        values.no_such_setting  # noqa: B018
    settings.put(office, {settings.LOCK_MINUTES: 3}, drop=settings.SECRET_KEYS)
    assert office.settings["lock_minutes"] == 3 and office.settings["due_soon_hours"] == "1,5"


def test_existing_databases_keep_their_settings(db):
    """The stored keys did not change: a value written under the old key is the value read."""
    with db.write() as session:
        office = get_office(session)
        office.settings = {**(settings.stored(office)), "lock_minutes": 4, "supplement_days": 20,
                           "due_soon_hours": 2.5, "postage_in_province": 12000}
    assert lock_minutes(db) == 4
    with db.read() as session:
        form = office_form(get_office(session))
    assert (form.lock_minutes, form.supplement_days, form.due_soon_hours, form.postage_in_province) == \
        ("4", "20", "2.5", "12000")


def test_ranges_come_from_the_registry(db):
    from counter.services.audit import Actor

    with db.read() as session:
        admin = session.scalar(select(Officer).where(Officer.role == "admin"))
        actor = Actor(admin.id, admin.full_name, admin.role)
        form = office_form(get_office(session))
    form.supplement_days, form.due_soon_hours, form.lock_minutes = "91", "0", "x"
    with pytest.raises(ValidationFailed) as caught:
        with db.write() as session:
            update_office(session, form, actor)
    assert caught.value.errors["supplement_days"] == settings.SUPPLEMENT_DAYS.range_message
    assert caught.value.errors["due_soon_hours"] == settings.DUE_SOON_HOURS.range_message
    assert caught.value.errors["lock_minutes"] == "Giá trị không hợp lệ."


def test_postage_tariff_rule_lives_in_services():
    office = Office(settings={"province_code": "80", "postage_in_province": 20000, "postage_other_province": 35000})
    tariff = intake.postage_tariff(office)
    assert tariff.home_province == "80"
    assert tariff.for_province("80") == 20000 and tariff.for_province("79") == 35000
    assert intake.postage_tariff(Office(settings={})).for_province("79") == 0


def test_the_settings_screen_shows_the_declared_labels(qtbot, db):
    from counter.services.audit import Actor
    from counter.ui.bus import Bus
    from counter.ui.settings import SettingsDialog
    from PySide6.QtWidgets import QFormLayout, QLabel

    with db.read() as session:
        admin = session.scalar(select(Officer).where(Officer.role == "admin"))
        actor = Actor(admin.id, admin.full_name, admin.role)
    dialog = SettingsDialog(db, lambda: actor, Bus(), None)
    qtbot.addWidget(dialog)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    shown |= {box.text() for box in dialog.findChildren(type(dialog.sign_on_attach))}
    screen = [s for s in (*settings.REGISTRY.values(), *settings.MACHINE) if s.label and s.key != "postal_customer"]
    assert all(s.label in shown for s in screen), [s.label for s in screen if s.label not in shown]
    assert settings.POSTAL_CUSTOMER.label in shown
    assert dialog.findChildren(QFormLayout)


def test_the_settings_screen_takes_its_number_checks_from_the_registry(qtbot, db):
    """Each number setting's line accepts, while typing, what the registry declares: whole numbers
    within its bounds, decimals with a comma; letters and a minus sign are not taken, and the
    range message is its tooltip. Saving still checks the range (Setting.parse)."""
    from counter.services.audit import Actor
    from counter.ui.bus import Bus
    from counter.ui.settings import SettingsDialog
    from PySide6.QtGui import QValidator

    with db.read() as session:
        admin = session.scalar(select(Officer).where(Officer.role == "admin"))
        actor = Actor(admin.id, admin.full_name, admin.role)
    dialog = SettingsDialog(db, lambda: actor, Bus(), None)
    qtbot.addWidget(dialog)
    lock = dialog.lock_minutes
    assert lock.validator().bottom() == settings.LOCK_MINUTES.minimum
    assert lock.validator().top() == settings.LOCK_MINUTES.maximum
    assert lock.toolTip() == settings.LOCK_MINUTES.range_message
    lock.clear()
    qtbot.keyClicks(lock, "-a1x5")
    assert lock.text() == "15" and lock.hasAcceptableInput()
    lock.clear()
    qtbot.keyClicks(lock, "2400")
    assert lock.text() == "240"  # a fourth digit would go past 240 minutes
    lock.setText("300")
    assert not lock.hasAcceptableInput()
    assert dialog.supplement_days.validator().bottom() == 1 and dialog.supplement_days.validator().top() == 90
    assert dialog.postage_in_province.validator().bottom() == 0
    hours = dialog.due_soon_hours
    hours.clear()
    qtbot.keyClicks(hours, "x7,5h")
    assert hours.text() == "7,5"
    assert hours.validator().validate("1.5", 0)[0] == QValidator.State.Acceptable
    assert dialog.grace_hours.validator() is not None
    for edit in (dialog.sync_url, dialog.scan_folder):  # text settings take any text
        assert edit.validator() is None
