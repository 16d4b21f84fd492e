"""Keeping the records safe: backups through SQLite's online backup API (automatic, daily,
rotated; one before every migration), optional passphrase encryption, a restore that checks the
backup first and keeps the current database aside, the integrity check, and plain messages for a
database in trouble — each with what to do and the newest backup to restore from."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from counter import environment
from counter.files import replace
from counter.messages import Text, msg
from counter.store.db import DatabaseError, backup_sqlite, backups_dir
from counter.store.problems import explain, explain_server, list_backups, newest_backup, sqlite_reason

__all__ = ["BackupError", "backup", "backup_postgres", "check_file", "count_records", "daily_backup", "explain",
           "explain_server", "list_backups", "newest_backup", "office_of", "restore", "restore_postgres", "sqlite_reason"]

log = logging.getLogger(__name__)

MAGIC = b"COUNTER-BACKUP-1\n"
KEEP_DAILY = 14


class BackupError(DatabaseError):
    pass


def _key(passphrase: str, salt: bytes) -> bytes:
    """A Fernet key from the passphrase (scrypt, n = 2**15)."""
    raw = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=2 ** 15, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32)
    return base64.urlsafe_b64encode(raw)


def backup(db_path: Path, target: Path, passphrase: str | None = None) -> Path:
    """A consistent copy of the live database; encrypted when a passphrase is given."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not passphrase:
        return backup_sqlite(db_path, target)
    with tempfile.TemporaryDirectory() as tmp:
        plain = backup_sqlite(db_path, Path(tmp) / "plain.sqlite3")
        return _encrypt(plain, target, passphrase)


def _pg_tool(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)), None)
    if not found:
        raise BackupError(msg("Cần chương trình {name} (gói postgresql-client) để sao lưu PostgreSQL: "
                              "sudo apt-get install postgresql-client.", name=name))
    return str(found)


def _pg_env(url: str) -> dict:
    """libpq's environment for a SQLAlchemy URL (the password never appears on a command line)."""
    u = make_url(url)
    env = environment.for_child()
    host = u.host or u.query.get("host")
    for key, value in (("PGHOST", host), ("PGPORT", u.port or u.query.get("port")), ("PGUSER", u.username),
                       ("PGPASSWORD", u.password), ("PGDATABASE", u.database)):
        if value:
            env[key] = str(value)
    return env


def backup_postgres(url: str, target: Path, passphrase: str | None = None) -> Path:
    """A PostgreSQL database to one file with pg_dump's custom format (restore with pg_restore,
    docs/postgresql.md); encrypted like a SQLite backup when a passphrase is given."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.dump"
        done = subprocess.run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(plain)],
                              env=_pg_env(url), capture_output=True, text=True)
        if done.returncode != 0:
            raise BackupError(msg("pg_dump không sao lưu được. {said}", said=_tool_said(done)))
        if passphrase:
            return _encrypt(plain, target, passphrase)
        part = target.with_name(target.name + ".part")
        shutil.copyfile(plain, part)
    os.chmod(part, 0o600)
    return replace(part, target)


def restore_postgres(source: Path, target_url: str, passphrase: str | None = None) -> None:
    """Restore a dump made by :func:`backup_postgres` into ``target_url``, which must be an
    empty database: an existing Counter database is never written over."""
    engine = create_engine(target_url)
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    except Exception as exc:
        raise BackupError(msg("Cơ sở dữ liệu đích chưa dùng được. {reason} Nếu nó chưa có, tạo trước bằng createdb.",
                              reason=explain_server(exc, target_url))) from exc
    finally:
        engine.dispose()
    if tables:
        raise BackupError(msg("Cơ sở dữ liệu đích không trống: khôi phục vào một cơ sở dữ liệu mới (createdb), "
                              "không ghi đè dữ liệu đang có."))
    with tempfile.TemporaryDirectory() as tmp:
        plain = _decrypt(Path(source), passphrase, Path(tmp) / "plain.dump")
        listed = subprocess.run([_pg_tool("pg_restore"), "--list", str(plain)], capture_output=True, text=True)
        if listed.returncode != 0:
            raise BackupError(msg("Tệp {path} không phải bản sao lưu PostgreSQL đọc được. {said}", path=str(source),
                                  said=_tool_said(listed)))
        done = subprocess.run([_pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
                               "--dbname", _pg_env(target_url)["PGDATABASE"], str(plain)],
                              env=_pg_env(target_url), capture_output=True, text=True)
        if done.returncode != 0:
            raise BackupError(msg("pg_restore không khôi phục được; cơ sở dữ liệu đích không được dùng. {said}",
                                  said=_tool_said(done)))


def _tool_said(done) -> Text:
    """A PostgreSQL tool's own (English) words, labelled for whoever supports the office."""
    said = (done.stderr or "").strip() or msg("mã thoát {code}", code=done.returncode)
    return msg("Thông báo gốc của chương trình (tiếng Anh, cho người hỗ trợ): «{said}».", said=said)


def _encrypt(plain: Path, target: Path, passphrase: str) -> Path:
    from cryptography.fernet import Fernet  # lazy: cryptography (heavy), only for keys

    salt = os.urandom(16)
    token = Fernet(_key(passphrase, salt)).encrypt(plain.read_bytes())
    part = target.with_name(target.name + ".part")
    part.write_bytes(MAGIC + salt + token)
    os.chmod(part, 0o600)
    return replace(part, target)


def _decrypt(source: Path, passphrase: str | None, into: Path) -> Path:
    data = Path(source).read_bytes()
    if not data.startswith(MAGIC):
        shutil.copyfile(source, into)
        return into
    if not passphrase:
        raise BackupError(msg("Bản sao lưu này được mã hóa: cần cụm mật khẩu (passphrase) đã dùng khi sao lưu."))
    from cryptography.fernet import Fernet, InvalidToken  # lazy: cryptography (heavy), only for keys

    salt, token = data[len(MAGIC):len(MAGIC) + 16], data[len(MAGIC) + 16:]
    try:
        into.write_bytes(Fernet(_key(passphrase, salt)).decrypt(token))
    except InvalidToken:
        raise BackupError(msg("Cụm mật khẩu không đúng, hoặc tệp sao lưu đã bị sửa.")) from None
    return into


def check_file(path: Path, *, quick: bool = False) -> str:
    """'ok', or what is wrong: a SQLite integrity check (quick_check at start-up) plus Counter's
    own tables."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                return msg("kiểm tra toàn vẹn báo lỗi: {result}", result=result)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"dossier", "alembic_version", "office"} <= tables:
                return msg("không phải cơ sở dữ liệu Counter")
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return msg("không đọc được: {reason}", reason=sqlite_reason(exc))
    return "ok"


def office_of(path: Path) -> tuple[str, str] | None:
    """(agency code, name) of the office a SQLite file belongs to; None if it has none."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT agency_code, name FROM office WHERE id = 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return (row[0], row[1]) if row else None


def restore(db_path: Path, source: Path, passphrase: str | None = None, *, other_office: bool = False) -> Path:
    """Put a backup in place of the database (which must not be open): the backup is decrypted and
    checked first, and the current database is kept aside, never overwritten. A backup of another
    office is refused unless ``other_office`` is given. Returns where the previous database was kept."""
    db_path = Path(db_path)
    with tempfile.TemporaryDirectory(dir=str(db_path.parent)) as tmp:
        candidate = _decrypt(Path(source), passphrase, Path(tmp) / "restore.sqlite3")
        verdict = check_file(candidate)
        if verdict != "ok":
            raise BackupError(msg("Không khôi phục: bản sao lưu {path} {verdict}. Cơ sở dữ liệu hiện tại được giữ nguyên.",
                                  path=str(source), verdict=verdict))
        theirs = office_of(candidate)
        ours = office_of(db_path) if db_path.exists() else None
        if ours and theirs and ours[0] != theirs[0] and not other_office:
            raise BackupError(msg("Không khôi phục: bản sao lưu {path} là của cơ quan khác — {their_name} (mã "
                                  "{their_code}), còn cơ sở dữ liệu này là của {our_name} (mã {our_code}). Cơ sở dữ liệu "
                                  "hiện tại được giữ nguyên. Nếu thật sự muốn thay bằng dữ liệu của cơ quan kia, chạy lại "
                                  "lệnh với --other-office.", path=str(source), their_name=theirs[1], their_code=theirs[0],
                                  our_name=ours[1], our_code=ours[0]))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = db_path.with_name(f"{db_path.stem}-truoc-khoi-phuc-{stamp}{db_path.suffix}")
        if db_path.exists():
            con = sqlite3.connect(str(db_path))  # fold the WAL in, so the kept copy is whole
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
            replace(db_path, kept)
            for suffix in ("-wal", "-shm"):
                side = Path(str(db_path) + suffix)
                if side.exists():
                    replace(side, Path(str(kept) + suffix))
        os.chmod(candidate, 0o600)
        replace(candidate, db_path)
    return kept


def daily_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """Once a day (at start and from a timer): a backup if the newest daily one is older than a
    day; keeps the last 14 daily backups."""
    now = now or datetime.now()
    folder = backups_dir(Path(db_path))
    daily = sorted(folder.glob(f"{Path(db_path).stem}-hang-ngay-*.sqlite3"))
    if daily:
        stamp = datetime.strptime(daily[-1].stem.rsplit("-hang-ngay-", 1)[1], "%Y%m%d-%H%M%S")
        if timedelta(0) <= now - stamp < timedelta(hours=23):
            return None
    target = folder / f"{Path(db_path).stem}-hang-ngay-{now:%Y%m%d-%H%M%S}.sqlite3"
    backup_sqlite(Path(db_path), target)
    for old in sorted(folder.glob(f"{Path(db_path).stem}-hang-ngay-*.sqlite3"))[:-KEEP_DAILY]:
        old.unlink()
    return target


def count_records(db) -> tuple[list[str], list[str]]:
    """Dossiers counted against their history and the audit log: (what was counted, what does not
    add up). A dossier row removed behind the application's back (its guard dropped first) still
    has its history steps and audit entries; they are listed by code."""
    with db.engine.connect() as conn:
        dossiers = conn.execute(text("SELECT COUNT(*) FROM dossier")).scalar() or 0
        steps, with_history = conn.execute(text("SELECT COUNT(*), COUNT(DISTINCT dossier_id) FROM status_history")).one()
        orphan_steps = conn.execute(text(
            "SELECT COUNT(*), COUNT(DISTINCT h.dossier_id) FROM status_history h "
            "LEFT JOIN dossier d ON d.id = h.dossier_id WHERE d.id IS NULL")).one()
        audited = conn.execute(text(
            "SELECT COUNT(DISTINCT entity_key) FROM audit_log WHERE entity = 'dossier' AND action = 'dossier.receive'"
        )).scalar() or 0
        missing = [r[0] for r in conn.execute(text(
            "SELECT DISTINCT a.entity_key FROM audit_log a LEFT JOIN dossier d ON d.code = a.entity_key "
            "WHERE a.entity = 'dossier' AND a.action = 'dossier.receive' AND d.id IS NULL ORDER BY a.entity_key"))]
        without_history = conn.execute(text(
            "SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM status_history h WHERE h.dossier_id = d.id)"
        )).scalar() or 0
    counted: list[str] = [msg("Hồ sơ: {dossiers}; lịch sử trạng thái: {steps} bước của {with_history} hồ sơ; nhật ký "
                              "kiểm toán: {audited} hồ sơ được tiếp nhận.", dossiers=dossiers, steps=steps,
                              with_history=with_history, audited=audited)]
    problems: list[str] = []
    if missing:
        codes = ", ".join(missing[:10])
        shown = msg("{codes} và {more} hồ sơ khác", codes=codes, more=len(missing) - 10) if len(missing) > 10 else codes
        problems.append(msg("{count} hồ sơ có trong nhật ký kiểm toán nhưng không còn trong cơ sở dữ liệu "
                            "(đã bị xóa ngoài phần mềm): {codes}.", count=len(missing), codes=shown))
    if orphan_steps[0]:
        problems.append(msg("{steps} bước lịch sử của {dossiers} hồ sơ không còn hồ sơ tương ứng "
                            "(hồ sơ đã bị xóa ngoài phần mềm).", steps=orphan_steps[0], dossiers=orphan_steps[1]))
    if without_history:
        problems.append(msg("{count} hồ sơ không có lịch sử trạng thái nào (được thêm ngoài phần mềm, hoặc "
                            "lịch sử đã bị xóa).", count=without_history))
    return counted, problems
