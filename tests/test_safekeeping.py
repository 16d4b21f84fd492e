"""The legal record kept safe: the audit chain catches tampering; backups restore record for
record; a full disk, a locked, read-only or corrupt database, or a killed process never cost an
accepted dossier, and each problem is told plainly with the newest backup."""

import json
from datetime import datetime
from pathlib import Path
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import text

from counter.services import audit, intake, safekeeping
from counter.services.demo import generate
from counter.store.db import DatabaseError, open_database
from helpers import at, complete_draft


def run_cli(db_path, *args, env=None):
    return subprocess.run(at("2026-11-23T10:00:00", "-m", "counter", "--db", str(db_path), *args), capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


class Attacker:
    """Someone with the file (SQLite) or the database owner's password (PostgreSQL): drops the
    guards, then edits the log directly with plain SQL."""

    def __init__(self, url):
        from sqlalchemy import create_engine

        self.engine = create_engine(url)
        self.conn = self.engine.connect()
        if self.engine.dialect.name == "sqlite":
            self.execute("DROP TRIGGER audit_log_no_update")
            self.execute("DROP TRIGGER audit_log_no_delete")
        else:
            self.execute("DROP TRIGGER audit_log_no_update ON audit_log")
            self.execute("DROP TRIGGER audit_log_no_delete ON audit_log")

    def execute(self, sql, params=None):
        return self.conn.execute(text(sql), params or {})

    def close(self):
        self.conn.commit()
        self.conn.close()
        self.engine.dispose()


def attacker(url):
    return Attacker(url)


@pytest.fixture
def logged(db, officer):
    for _ in range(5):
        intake.receive(db, complete_draft(db), officer)
    assert audit.verify(db).ok
    db.close()
    return db.url


def test_audit_log_is_append_only(db, officer):
    intake.receive(db, complete_draft(db), officer)
    with pytest.raises(Exception) as refused:
        with db.write() as session:
            session.execute(text("UPDATE audit_log SET officer_name = 'Người khác'"))
    assert "append-only" in str(refused.value.__cause__)  # the trigger's refusal, under the store's DatabaseProblem


def test_verify_passes_on_an_untouched_log(logged):
    ok = run_cli(logged, "audit", "verify")
    assert ok.returncode == 0 and "nguyên vẹn" in ok.stdout


def test_a_modified_entry_is_caught(logged):
    con = attacker(logged)
    con.execute("UPDATE audit_log SET officer_name = 'Kẻ gian' WHERE id = 4")
    con.close()
    result = run_cli(logged, "audit", "verify")
    assert result.returncode == 1 and "Mục #4" in result.stderr and "bị sửa" in result.stderr


def test_a_deleted_entry_is_caught(logged):
    con = attacker(logged)
    con.execute("DELETE FROM audit_log WHERE id = 3")
    con.close()
    result = run_cli(logged, "audit", "verify")
    assert result.returncode == 1 and "Mục #3 đã bị xóa" in result.stderr


def test_an_inserted_entry_is_caught(logged):
    con = attacker(logged)
    rows = con.execute("SELECT id, hash FROM audit_log ORDER BY id").fetchall()
    # make room after entry 2 and insert a well-formed entry that claims to follow it
    for entry_id, _ in reversed(rows[2:]):
        con.execute("UPDATE audit_log SET id = id + 1 WHERE id = :i", {"i": entry_id})
    at = datetime(2026, 11, 23, 9, 30)
    forged = audit.entry_hash(rows[1][1], at, None, "Kẻ gian", "dossier.receive", "dossier", "gia-mao", None, None)
    con.execute("INSERT INTO audit_log (id, at, officer_id, officer_name, action, entity, entity_key, before, after, "
                "prev_hash, hash) VALUES (3, :at, NULL, 'Kẻ gian', 'dossier.receive', 'dossier', 'gia-mao', NULL, NULL, "
                ":prev, :hash)", {"at": at if not logged.startswith("sqlite") else at.isoformat(" ") + ".000000",
                                  "prev": rows[1][1], "hash": forged})
    con.close()
    result = run_cli(logged, "audit", "verify")
    assert result.returncode == 1 and "Mục #3 đã bị chèn thêm" in result.stderr


def test_a_deleted_tail_is_caught(logged):
    con = attacker(logged)
    con.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM (SELECT id FROM audit_log) AS a)")
    con.close()
    result = run_cli(logged, "audit", "verify")
    assert result.returncode == 1 and "mục cuối" in result.stderr


def _snapshot(path):
    con = sqlite3.connect(str(path))
    con.row_factory = sqlite3.Row
    out = {table: [tuple(r) for r in con.execute(f"SELECT * FROM {table} ORDER BY id")]
           for table in ("dossier", "dossier_document", "dossier_fee", "status_history", "audit_log")}
    con.close()
    return out


@pytest.mark.sqlite_only
def test_backup_and_restore_ten_thousand_dossiers_record_by_record(db, tmp_path):
    generate(db, 10_000, seed=31, days=120)
    before = _snapshot(db.path)
    assert len(before["dossier"]) == 10_000
    db.close()
    backup_file = tmp_path / "sao-luu.bak"
    env = {"BACKUP_PASSPHRASE": "cụm mật khẩu dài"}
    made = run_cli(db.path, "backup", "-o", str(backup_file), "--passphrase-env", "BACKUP_PASSPHRASE", env=env)
    assert made.returncode == 0, made.stderr
    assert b"SQLite format 3" not in backup_file.read_bytes()[:4096]  # encrypted
    assert oct(backup_file.stat().st_mode & 0o777) == "0o600"
    # afterwards the database changes, and is then restored
    later = open_database(str(db.path))
    intake.receive(later, complete_draft(later), audit.SYSTEM)
    later.close()
    wrong = run_cli(db.path, "restore", str(backup_file), "--passphrase-env", "WRONG", env={"WRONG": "sai"})
    assert wrong.returncode == 1 and "không đúng" in wrong.stderr
    restored = run_cli(db.path, "restore", str(backup_file), "--passphrase-env", "BACKUP_PASSPHRASE", env=env)
    assert restored.returncode == 0, restored.stderr
    kept = [p for p in db.path.parent.iterdir() if "truoc-khoi-phuc" in p.name and p.suffix == ".sqlite3"]
    assert len(kept) == 1 and len(_snapshot(kept[0])["dossier"]) == 10_001  # the current one, kept aside
    after = _snapshot(db.path)
    for table in ("dossier", "dossier_document", "dossier_fee", "status_history"):
        assert after[table] == before[table], table
    assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]


@pytest.mark.sqlite_only
def test_a_damaged_backup_is_refused_and_the_database_kept(db, tmp_path):
    intake.receive(db, complete_draft(db), audit.SYSTEM)
    db.close()
    bad = tmp_path / "hong.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = db.path.read_bytes()
    result = run_cli(db.path, "restore", str(bad))
    assert result.returncode == 1 and "Không khôi phục" in result.stderr and "được giữ nguyên" in result.stderr
    assert db.path.read_bytes() == before


@pytest.mark.sqlite_only
def test_daily_backups_rotate(db):
    from datetime import datetime, timedelta

    start = datetime(2026, 11, 1, 8, 0)
    assert safekeeping.daily_backup(db.path, start) is not None
    assert safekeeping.daily_backup(db.path, start + timedelta(hours=5)) is None  # one a day
    for i in range(1, 20):
        assert safekeeping.daily_backup(db.path, start + timedelta(days=i)) is not None
    kept = sorted((db.path.parent / "backups").glob("*-hang-ngay-*"))
    assert len(kept) == 14 and kept[0].name.endswith("20261107-080000.sqlite3")
    assert safekeeping.check_file(kept[-1]) == "ok"


ACCEPT_LOOP = textwrap.dedent("""
    import os, resource, signal, sys
    sys.path.insert(0, {tests!r})
    from datetime import datetime, timedelta
    from counter import clock
    from counter.services import intake
    from counter.services.audit import SYSTEM
    from counter.store.db import open_database
    from helpers import complete_draft
    office_clock = clock.FixedClock(datetime(2026, 11, 23, 8, 0))  # this process's office clock
    clock.use(office_clock)
    limit = int(sys.argv[2])
    db = open_database(sys.argv[1])
    draft = complete_draft(db)
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a full disk: writes beyond the limit fail
        size = os.path.getsize(sys.argv[1]) + os.path.getsize(sys.argv[1] + "-wal")
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + limit, size + limit))
    for i in range(100000):
        office_clock.set(datetime(2026, 11, 23, 8, 0) + timedelta(seconds=i))
        try:
            code = intake.receive(db, draft, SYSTEM).code
        except Exception as exc:
            from counter.services.safekeeping import explain
            print("ERROR", explain(exc, db.path), flush=True)
            break
        print("ACCEPTED", code, flush=True)
""")


def _tiny_filesystem(folder):
    """A 3 MB tmpfs, when this machine lets us mount one (root); else None."""
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True)
    return folder if done.returncode == 0 else None


@pytest.mark.sqlite_only
@pytest.mark.parametrize("how", ["tiny filesystem", "file-size limit"])
def test_a_full_disk_loses_nothing_accepted(db, tmp_path, how):
    db.close()
    path, limit, mounted = db.path, 400_000, None
    if how == "tiny filesystem":
        mounted = _tiny_filesystem(tmp_path / "tiny")
        if mounted is not None:  # without mount rights the file-size limit case covers the same ground
            path = mounted / "counter.sqlite3"
            con = sqlite3.connect(str(db.path))
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute(f"VACUUM INTO '{path}'")
            con.close()
            limit = 0
    script = tmp_path / "accept.py"
    script.write_text(ACCEPT_LOOP.format(tests=os.path.dirname(__file__)))
    try:
        out = subprocess.run([sys.executable, str(script), str(path), str(limit)], capture_output=True, text=True,
                             timeout=300)
        check_path = path
        accepted = [line.split()[1] for line in out.stdout.splitlines() if line.startswith("ACCEPTED")]
        errors = [line for line in out.stdout.splitlines() if line.startswith("ERROR")]
        assert accepted and errors, out.stdout[-500:] + out.stderr[-2000:]
        assert "các hồ sơ đã tiếp nhận trước đó an toàn" in errors[0], errors[0]
        assert ("Ổ đĩa đã đầy" if mounted else "Không ghi được xuống đĩa") in errors[0]
        _assert_kept(check_path, accepted)
    finally:
        if mounted is not None:
            subprocess.run(["umount", "-l", str(mounted)], capture_output=True)


def _assert_kept(path, accepted):
    con = sqlite3.connect(str(path))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in con.execute("SELECT code FROM dossier")}
    con.close()
    assert set(accepted) <= stored


@pytest.mark.sqlite_only
def test_a_killed_process_leaves_a_consistent_database(db, tmp_path):
    db.close()
    script = tmp_path / "accept.py"
    script.write_text(ACCEPT_LOOP.format(tests=os.path.dirname(__file__)))
    accepted = []
    rng = random.Random(4)
    for _ in range(6):
        process = subprocess.Popen([sys.executable, str(script), str(db.path), "0"], stdout=subprocess.PIPE, text=True)
        first = process.stdout.readline()  # accepting has begun (start-up time varies with the load)
        time.sleep(rng.uniform(0.3, 1.2))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate()
        accepted += [line.split()[1] for line in (first + output).splitlines() if line.startswith("ACCEPTED")]
    assert len(accepted) > 20
    con = sqlite3.connect(str(db.path))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in con.execute("SELECT code FROM dossier")}
    histories = con.execute("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS "
                            "(SELECT 1 FROM status_history h WHERE h.dossier_id = d.id)").fetchone()[0]
    con.close()
    assert set(accepted) <= stored and histories == 0  # every dossier came with its history, or not at all


@pytest.mark.sqlite_only
def test_problems_are_told_plainly_with_the_newest_backup(db, tmp_path):
    safekeeping.daily_backup(db.path)
    newest = safekeeping.newest_backup(db.path)
    # locked by another program
    other = sqlite3.connect(str(db.path), timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(Exception) as err:
        with db.write() as session:
            session.execute(text("UPDATE office SET phone = phone"))
    message = safekeeping.explain(err.value, db.path)
    assert "khóa" in message and str(newest) in message
    other.rollback()
    other.close()
    # read-only: a filesystem mounted read-only (root ignores file modes), or the file modes
    db.close()
    ro_path, undo = _read_only_copy(db.path, tmp_path)
    try:
        try:  # opening may already fail (a WAL database needs its -shm file), or the first write
            ro = open_database(str(ro_path))
        except DatabaseError as exc:
            message = str(exc)
        else:
            with pytest.raises(Exception) as err:
                with ro.write() as session:
                    session.execute(text("UPDATE office SET phone = phone"))
            message = safekeeping.explain(err.value, ro_path)
            ro.engine.dispose()
        assert "chỉ cho đọc" in message and ro_path.read_bytes()[:16] == b"SQLite format 3\x00"
    finally:
        undo()
    # corrupt: reported, never overwritten, the newest backup named
    data = bytearray(db.path.read_bytes())
    data[0:16] = b"not a database!!"
    db.path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as err:
        open_database(str(db.path))
    assert "hỏng" in str(err.value) and str(newest) in str(err.value)
    assert db.path.read_bytes() == bytes(data)


def _read_only_copy(path, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    if os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                                            capture_output=True).returncode == 0:
        target = folder / path.name
        target.write_bytes(path.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        return target, lambda: subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    target = folder / path.name
    target.write_bytes(path.read_bytes())
    os.chmod(target, 0o400)
    os.chmod(folder, 0o500)
    return target, lambda: (os.chmod(folder, 0o700), os.chmod(target, 0o600))


@pytest.mark.sqlite_only
def test_database_files_are_owner_only(db):
    assert oct(db.path.stat().st_mode & 0o777) == "0o600"
    assert oct(db.path.parent.stat().st_mode & 0o777) in ("0o700", "0o755")  # pytest's tmp dir is its own


def test_secrets_kept_and_logs_masked(db, tmp_path):
    from counter import logs, secrets

    where = secrets.put(db.url, "sync_token", "bi-mat-123")
    assert secrets.get(db.url, "sync_token") == "bi-mat-123"
    if where != "keyring":
        stored = json.loads(Path(where).read_text(encoding="utf-8"))
        assert "keyring" in stored["note"] and oct(os.stat(where).st_mode & 0o777) == "0o600"
    masked = logs.mask('sent {"ChuHoSo": "Nguyễn Văn An", "MaDoiTuong": "080190001234", "SoDienThoai": "0912345678",'
                       ' "Email": "an@example.vn"}')
    assert "Nguyễn Văn An" not in masked and "080190001234" not in masked and "0912345678" not in masked
    assert "an@example.vn" not in masked and "080***234" in masked
