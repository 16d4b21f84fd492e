"""No ORM object or transaction crosses into ui/: a screen calls service functions that open their
own session and return plain data (counter/services/desk.py and the others). Read from the
source with ast, so a new ``with self.db.read() as session`` in a screen fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "counter" / "ui"

# Screens allowed to hold a session: none (the dossier window, intake and settings were the last).
ALLOWED: set[str] = set()


def _is_db(node: ast.AST) -> bool:
    return (isinstance(node, ast.Name) and node.id == "db") or (isinstance(node, ast.Attribute) and node.attr == "db")


def problems(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("read", "write") \
                and _is_db(node.func.value):
            found.append(f"{node.lineno}: db.{node.func.attr}()")
        elif isinstance(node, ast.Attribute) and node.attr == "session":
            found.append(f"{node.lineno}: .session")
        elif isinstance(node, ast.Name) and node.id == "session":
            found.append(f"{node.lineno}: a session")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("counter.store.models"):
            found.append(f"{node.lineno}: import from counter.store.models")
        elif isinstance(node, ast.ImportFrom) and node.module == "counter.store" \
                and any(a.name == "models" for a in node.names):
            found.append(f"{node.lineno}: import counter.store.models")
        elif isinstance(node, ast.Import) and any(a.name.startswith("counter.store.models") for a in node.names):
            found.append(f"{node.lineno}: import counter.store.models")
    return found


@pytest.mark.parametrize("name", sorted(p.name for p in UI.glob("*.py") if p.name not in ALLOWED))
def test_a_screen_holds_no_session_and_no_orm_object(name):
    assert problems((UI / name).read_text(encoding="utf-8")) == [], name


def test_the_check_catches_what_it_must():
    caught = problems("from counter.store.models import Dossier\n"
                      "import counter.store.models\n"
                      "from counter.store import models\n"
                      "def f(self, db):\n"
                      "    with self.db.read() as session:\n"
                      "        pass\n"
                      "    with db.write() as s:\n"
                      "        s.add(1)\n"
                      "    return self.session\n")
    assert [c.split(": ", 1)[1] for c in sorted(caught, key=lambda c: int(c.split(":")[0]))] == [
        "import from counter.store.models", "import counter.store.models", "import counter.store.models",
        "db.read()", "a session", "db.write()", ".session"]
    assert problems("from counter.services import desk\nname = desk.office_name(self.db)\n# a session ends\n") == []


def test_the_allowed_list_names_only_screens_that_exist():
    assert ALLOWED <= {p.name for p in UI.glob("*.py")}
