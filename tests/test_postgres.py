"""What only a shared PostgreSQL database does: counters starting together on a new server,
backups through pg_dump restored with pg_restore into a new database (never over the one in use),
and the guards that SQLite gets from triggers. Run in the PostgreSQL pass of ./bootstrap test."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from conftest import POSTGRES
from helpers import at
from counter.services import audit
from counter.services.demo import generate
from counter.store import db as store

pytestmark = pytest.mark.skipif(not POSTGRES, reason="needs PostgreSQL (the second pass of ./bootstrap test)")


def counter(*args, env=None):
    return subprocess.run(at("2026-11-23T09:30:00", "-m", "counter", *args), capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def test_counters_starting_together_on_a_new_server_migrate_once(db_url):
    procs = [subprocess.Popen([sys.executable, "-m", "counter", "--db", db_url, "init"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-800:] for o in outs]
    assert sum("Đã tạo thông tin cơ quan." in o[0] for o in outs) == 1  # one office, created once
    assert sum("Đã nhập danh mục thủ tục" in o[0] for o in outs) == 1
    engine = create_engine(db_url)
    try:
        assert store.current_revision(engine) == store.head_revision()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM office")).scalar() == 1
            assert conn.execute(text("SELECT COUNT(*) FROM catalogue")).scalar() == 1
    finally:
        engine.dispose()


def _rows(url: str) -> dict:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
                    for t in ("dossier", "dossier_document", "dossier_fee", "status_history", "audit_log")}
    finally:
        engine.dispose()


def test_backup_with_pg_dump_restores_record_by_record_into_a_new_database(db, pg_server, tmp_path):
    generate(db, 3000, seed=11)
    before = _rows(db.url)
    dump = tmp_path / "ban-sao.dump"
    env = {"PASS": "cụm mật khẩu dài"}
    made = counter("--db", db.url, "backup", "-o", str(dump), "--passphrase-env", "PASS", env=env)
    assert made.returncode == 0, made.stderr
    assert dump.read_bytes().startswith(b"COUNTER-BACKUP-1")  # encrypted
    refused = counter("--db", db.url, "restore", str(dump), "--passphrase-env", "PASS", env=env)
    assert refused.returncode == 1 and "--into" in refused.stderr  # never over the database in use
    over = counter("--db", db.url, "restore", str(dump), "--into", db.url, "--passphrase-env", "PASS", env=env)
    assert over.returncode == 1 and "không trống" in over.stderr
    target = pg_server.create(template=None)
    try:
        done = counter("--db", db.url, "restore", str(dump), "--into", target, "--passphrase-env", "PASS", env=env)
        assert done.returncode == 0, done.stderr
        assert "nguyên vẹn" in done.stdout
        after = _rows(target)
        for table in ("dossier", "dossier_document", "dossier_fee", "status_history"):
            assert after[table] == before[table], table
        assert after["audit_log"][:len(before["audit_log"])] == before["audit_log"]  # plus the restore entry
        restored = store.open_database(target)
        try:
            assert audit.verify(restored).ok
        finally:
            restored.close()
    finally:
        pg_server.drop(target)


def test_history_and_audit_are_append_only_on_postgresql(db, officer):
    from counter.services import intake
    from helpers import complete_draft

    intake.receive(db, complete_draft(db), officer)
    outside = create_engine(db.url)
    try:
        for sql, message in (("UPDATE status_history SET reason = 'sửa'", "append-only"),
                             ("DELETE FROM audit_log", "append-only"),
                             ("DELETE FROM dossier", "never deleted")):
            with pytest.raises(Exception, match=message), outside.begin() as conn:
                conn.execute(text(sql))
    finally:
        outside.dispose()
