"""One error family (counter.errors.UserError): everything meant for the officer derives from it,
the database's errors are mapped to it once (counter.store), the network's once (counter.sync),
and the UI and CLI catch that base only."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

import counter
from counter import errors, paths
from counter.domain.lifecycle import NotAllowed
from counter.domain.validation import Invalid
from counter.errors import DatabaseProblem, NetworkProblem, UserError
from counter.services.errors import ChangedMeanwhile, NotFound, ValidationFailed
from counter.store.db import DatabaseError, DatabaseInUse, NewerDatabase
from counter.store.problems import explain
from counter.sync.client import AuthFailed, HubClient, Refused, SyncError, Transient

ROOT = Path(counter.__file__).parent


def test_every_error_for_the_officer_is_a_user_error():
    for kind in (ValidationFailed, NotFound, ChangedMeanwhile, NotAllowed, Invalid, paths.ResourceError,
                 DatabaseProblem, DatabaseError, DatabaseInUse, NewerDatabase, NetworkProblem, SyncError,
                 Transient, AuthFailed, Refused):
        assert issubclass(kind, UserError), kind
    assert SyncError is NetworkProblem
    assert issubclass(NotAllowed, ValueError) and issubclass(Invalid, ValueError)  # as before


@pytest.mark.sqlite_only
def test_a_locked_database_reaches_the_caller_as_one_explained_problem(db):
    other = sqlite3.connect(str(db.path), timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as err:
            with db.write() as session:
                session.execute(text("UPDATE office SET phone = phone"))
    finally:
        other.rollback()
        other.close()
    assert "khóa" in str(err.value) and "locked" not in str(err.value)  # Vietnamese, the driver's English in the log
    assert isinstance(err.value.__cause__, Exception) and "locked" in str(err.value.__cause__)
    assert explain(err.value, db.path) == str(err.value)  # explained once: explaining again changes nothing


def test_a_server_that_is_not_there_is_a_network_problem(tmp_path):
    client = HubClient("http://127.0.0.1:9", "token", timeout=(0.5, 0.5))  # the discard port: nobody answers
    try:
        with pytest.raises(UserError) as err:
            client.info()
    finally:
        client.close()
    assert isinstance(err.value, NetworkProblem) and "Connection refused" not in str(err.value)


def _except_clauses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [ast.unparse(h.type) for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler) and h.type is not None]


def test_ui_and_cli_catch_the_base_not_their_own_tuples():
    """No user_errors()/DB_PROBLEMS/db_problems() tuples, and no driver errors caught above the store."""
    files = [*sorted((ROOT / "ui").glob("*.py")), *sorted((ROOT / "cli").glob("*.py"))]
    for path in files:
        source = path.read_text(encoding="utf-8")
        for name in ("user_errors(", "DB_PROBLEMS", "db_problems(", "SADatabaseError", "OperationalError", "DBAPIError"):
            assert name not in source, f"{path.name} uses {name}"
        for clause in _except_clauses(path):
            assert "sqlite3." not in clause, f"{path.name}: except {clause}"
    assert not hasattr(errors, "user_errors")
