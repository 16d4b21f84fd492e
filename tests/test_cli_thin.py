"""A thin command line (counter/cli/): every command calls services and formats their answer. The
database is opened, checked and closed in one place (counter.cli.common.database); the queries
and the hand-over list creation the commands used to run themselves live in services."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

import counter
from counter.cli import main
from counter.errors import UserError
from counter.services import outbox, postal, reports
from counter.services.accounts import command_line_actor

CLI = Path(counter.__file__).parent / "cli"


def _sources() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CLI.glob("*.py"))}


def test_the_commands_hold_no_queries_and_no_transactions():
    for name, source in _sources().items():
        tree = ast.parse(source)
        modules = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not [m for m in modules if m.startswith(("sqlalchemy", "counter.store.models"))], name
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)):
            assert call.func.attr not in ("read", "write", "scalar", "scalars", "execute"), \
                f"{name}:{call.lineno}: {ast.unparse(call)}"


def test_the_database_is_opened_and_closed_in_one_place():
    sources = _sources()
    everything = "".join(sources.values())
    assert everything.count("db.close()") == 1 and "db.close()" in sources["common.py"]
    assert everything.count("open_database(") == 2  # common.database, and `counter init` (which creates it)
    assert "closing(open_database(" in sources["office.py"]
    assert max(len(s.splitlines()) for s in sources.values()) < 300  # split by command group


def test_an_unknown_officer_is_refused_as_before(db_path, db, capsys):
    db.close()
    assert main(["--db", str(db_path), "--officer", "khong.co", "sweep"]) == 0  # sweep acts as the system
    assert main(["--db", str(db_path), "--officer", "khong.co", "catalogue", "x.json"]) == 1
    assert capsys.readouterr().err.strip() == "counter: không có cán bộ 'khong.co' đang hoạt động."


def test_the_services_the_commands_call(db):
    with pytest.raises(UserError, match="không có cán bộ 'khong.co'"):
        command_line_actor(db, "khong.co")
    assert command_line_actor(db, None).role == "system"
    with pytest.raises(UserError, match="Không có cán bộ 'khong.co'"):
        reports.officer_id(db, "khong.co")
    assert reports.officer_id(db, "lan.nt") > 0
    stats, rows = outbox.overview(db)
    assert stats.sent == 0 and all(r["state"] != outbox.SENT for r in rows)
    with pytest.raises(UserError, match="không có bưu gửi nào bàn giao"):
        postal.handover_lists(db, date(2020, 1, 2), command_line_actor(db, None))
