"""Storage: pragmas, migrations from the first table on, backup before upgrade, one writer."""

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from counter.store import db as store
from counter.store.db import DatabaseError, DatabaseInUse, open_database


@pytest.mark.sqlite_only
def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_schema_is_at_head_and_matches_the_models(db):
    from alembic import command

    assert store.current_revision(db.engine) == store.head_revision()
    command.check(store.alembic_config(db.url))  # raises if models and migrations disagree


@pytest.mark.sqlite_only
def test_database_file_is_owner_only(db):
    assert oct(db.path.stat().st_mode & 0o777) == "0o600"


@pytest.mark.sqlite_only
def test_upgrade_backs_up_first_and_keeps_data(tmp_path):
    """A database at the first migration is copied aside, then upgraded, with its rows intact."""
    from alembic import command

    path = tmp_path / "old.sqlite3"
    url = store.resolve_url(str(path))
    engine = store.make_engine(url)
    cfg = store.alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO officer (username, full_name, title, role, active) "
                          "VALUES ('cu', 'Cán bộ Cũ', '', 'officer', 1)"))
    engine.dispose()

    db = open_database(str(path))
    try:
        assert store.current_revision(db.engine) == store.head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT full_name FROM officer")).scalar() == "Cán bộ Cũ"
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("old-*-truoc-nang-cap-0001.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT full_name FROM officer").fetchone() == ("Cán bộ Cũ",)
    copy.close()


def test_db_option_and_environment(tmp_path, monkeypatch):
    chosen = tmp_path / "chosen.sqlite3"
    monkeypatch.setenv("COUNTER_DB", str(chosen))
    assert store.resolve_url(None) == f"sqlite:///{chosen}"
    assert store.resolve_url(str(tmp_path / "x.sqlite3")) == f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert store.resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("COUNTER_DB")
    assert store.resolve_url(None).endswith("counter-data/counter.sqlite3")


@pytest.mark.sqlite_only
def test_second_instance_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "shared.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from counter.store.db import open_database
            db = open_database({str(path)!r}, lock=True)
            print("ready", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUse, match=r"đang được một phiên Counter khác sử dụng \(tiến trình \d+\)"):
            open_database(str(path), lock=True)
    finally:
        holder.communicate("\n", timeout=10)
    open_database(str(path), lock=True).close()  # free again once the first one has gone


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Day la ghi chu, khong phai co so du lieu" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="không phải cơ sở dữ liệu Counter"):
        open_database(str(path))
    assert path.read_bytes() == before


@pytest.mark.sqlite_only
def test_a_damaged_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    db = open_database(str(path))
    db.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(str(path) + suffix):
            os.remove(str(path) + suffix)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page after the header
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="Tệp được giữ nguyên"):
        open_database(str(path))
    assert path.read_bytes() == before
