"""The layers hold (domain ← store ← services ← sync ← ui ← cli, see tests/layering.py), no
module takes part in an import cycle, and no import hides in a function without a stated reason
(``# lazy: <why>``, for heavy optional parts only). Each check is also run over a small package
with a planted violation, so it is known to fail when it should."""

from __future__ import annotations

import textwrap
from pathlib import Path

import layering
import pytest

import counter

pytestmark = pytest.mark.once

ROOT = Path(counter.__file__).parent


@pytest.fixture(scope="module")
def found():
    return layering.imports(ROOT)


def test_no_layer_imports_a_higher_one(found):
    assert layering.upward(found, "counter") == []


def test_no_import_cycle(found):
    assert layering.cycles(found, "counter") == []


def test_no_function_level_import_without_a_reason(found):
    assert layering.hidden(found) == []


def test_the_known_breaks_stay_mended(found):
    """The three breaks the review found: store used services (safekeeping.explain); services and
    sync imported each other (outbox); services held the postal HTTP client."""
    edges = {(i.module, i.target) for i in found}
    assert not [e for e in edges if e[0].startswith("counter.store") and e[1].startswith("counter.services")]
    assert not [e for e in edges if e[0].startswith("counter.services") and e[1].startswith("counter.sync")]
    postal = (ROOT / "services" / "postal.py").read_text(encoding="utf-8")
    assert "requests" not in postal and "PostalClient" not in postal
    assert (ROOT / "services" / "outbox.py").is_file() and (ROOT / "sync" / "postal.py").is_file()


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "counter"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(root).parents:
            (root / parent / "__init__.py").touch()
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_the_checks_catch_planted_violations(tmp_path):
    root = _package(tmp_path, {
        "errors.py": "class UserError(Exception):\n    pass\n",
        "domain/rules.py": "from counter.errors import UserError\n",
        # store reaching up into services, as db.py once did with safekeeping.explain
        "store/db.py": """
            def open_database():
                from counter.services.safekeeping import explain  # lazy: hides a cycle
                return explain
            """,
        "services/safekeeping.py": "from counter.store import db\n\ndef explain():\n    return db\n",
        # services and sync importing each other, one side hidden in a function without a reason
        "services/dossiers.py": """
            def update():
                from counter.sync import outbox
                return outbox
            """,
        "sync/outbox.py": "from counter.services import dossiers\n",
        # two packages of one layer
        "documents/forms.py": "from counter.store import db\n",
        # a heavy optional part, lazily and with its reason: allowed
        "ui/window.py": "def show():\n    from PySide6.QtWidgets import QWidget  # lazy: Qt, only for the window\n    return QWidget\n",
    })
    found = layering.imports(root)
    up = layering.upward(found, "counter")
    assert any("counter.store.db (layer 2) imports counter.services.safekeeping (layer 3)" in u for u in up), up
    assert any("counter.services.dossiers (layer 3) imports counter.sync.outbox (layer 4)" in u for u in up), up
    assert any("counter.documents.forms (layer 2) imports counter.store.db (layer 2)" in u for u in up), up
    assert not any("counter.domain" in u.split(" imports ")[0] for u in up), up  # domain → the base is fine
    assert not any("counter.sync.outbox (layer 4) imports" in u for u in up), up  # sync → services is fine
    assert sorted(layering.cycles(found, "counter")) == [
        ["counter.services.dossiers", "counter.sync.outbox"],
        ["counter.services.safekeeping", "counter.store.db"],
    ]
    hidden = layering.hidden(found)
    assert len(hidden) == 1 and "counter.services.dossiers imports counter.sync.outbox" in hidden[0], hidden
