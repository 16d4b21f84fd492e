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
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from counter import environment
from counter.files import replace
from counter.logs import FILE_ONLY
from counter.store.db import DatabaseError, backup_sqlite, backups_dir

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
        raise BackupError(f"Cần chương trình {name} (gói postgresql-client) để sao lưu PostgreSQL: "
                          "sudo apt-get install postgresql-client.")
    return str(found)


def _pg_env(url: str) -> dict:
    """libpq's environment for a SQLAlchemy URL (the password never appears on a command line)."""
    from sqlalchemy.engine import make_url

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
    import subprocess

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.dump"
        done = subprocess.run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(plain)],
                              env=_pg_env(url), capture_output=True, text=True)
        if done.returncode != 0:
            raise BackupError("pg_dump không sao lưu được." + _tool_said(done))
        if passphrase:
            return _encrypt(plain, target, passphrase)
        part = target.with_name(target.name + ".part")
        shutil.copyfile(plain, part)
    os.chmod(part, 0o600)
    return replace(part, target)


def restore_postgres(source: Path, target_url: str, passphrase: str | None = None) -> None:
    """Restore a dump made by :func:`backup_postgres` into ``target_url``, which must be an
    empty database: an existing Counter database is never written over."""
    import subprocess

    from sqlalchemy import create_engine, inspect

    engine = create_engine(target_url)
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    except Exception as exc:
        raise BackupError(f"Cơ sở dữ liệu đích chưa dùng được. {explain_server(exc, target_url)} Nếu nó chưa có, tạo "
                          "trước bằng createdb.") from exc
    finally:
        engine.dispose()
    if tables:
        raise BackupError("Cơ sở dữ liệu đích không trống: khôi phục vào một cơ sở dữ liệu mới (createdb), "
                          "không ghi đè dữ liệu đang có.")
    with tempfile.TemporaryDirectory() as tmp:
        plain = _decrypt(Path(source), passphrase, Path(tmp) / "plain.dump")
        listed = subprocess.run([_pg_tool("pg_restore"), "--list", str(plain)], capture_output=True, text=True)
        if listed.returncode != 0:
            raise BackupError(f"Tệp {source} không phải bản sao lưu PostgreSQL đọc được." + _tool_said(listed))
        done = subprocess.run([_pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
                               "--dbname", _pg_env(target_url)["PGDATABASE"], str(plain)],
                              env=_pg_env(target_url), capture_output=True, text=True)
        if done.returncode != 0:
            raise BackupError("pg_restore không khôi phục được; cơ sở dữ liệu đích không được dùng." + _tool_said(done))


def _tool_said(done) -> str:
    """A PostgreSQL tool's own (English) words, labelled for whoever supports the office."""
    said = (done.stderr or "").strip() or f"mã thoát {done.returncode}"
    return f" Thông báo gốc của chương trình (tiếng Anh, cho người hỗ trợ): «{said}»."


def _encrypt(plain: Path, target: Path, passphrase: str) -> Path:
    from cryptography.fernet import Fernet

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
        raise BackupError("Bản sao lưu này được mã hóa: cần cụm mật khẩu (passphrase) đã dùng khi sao lưu.")
    from cryptography.fernet import Fernet, InvalidToken

    salt, token = data[len(MAGIC):len(MAGIC) + 16], data[len(MAGIC) + 16:]
    try:
        into.write_bytes(Fernet(_key(passphrase, salt)).decrypt(token))
    except InvalidToken:
        raise BackupError("Cụm mật khẩu không đúng, hoặc tệp sao lưu đã bị sửa.") from None
    return into


def check_file(path: Path, *, quick: bool = False) -> str:
    """'ok', or what is wrong: a SQLite integrity check (quick_check at start-up) plus Counter's
    own tables."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                return f"kiểm tra toàn vẹn báo lỗi: {result}"
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"dossier", "alembic_version", "office"} <= tables:
                return "không phải cơ sở dữ liệu Counter"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"không đọc được: {sqlite_reason(exc)}"
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
            raise BackupError(f"Không khôi phục: bản sao lưu {source} {verdict}. Cơ sở dữ liệu hiện tại được giữ nguyên.")
        theirs = office_of(candidate)
        ours = office_of(db_path) if db_path.exists() else None
        if ours and theirs and ours[0] != theirs[0] and not other_office:
            raise BackupError(f"Không khôi phục: bản sao lưu {source} là của cơ quan khác — {theirs[1]} (mã {theirs[0]}), "
                              f"còn cơ sở dữ liệu này là của {ours[1]} (mã {ours[0]}). Cơ sở dữ liệu hiện tại được giữ "
                              "nguyên. Nếu thật sự muốn thay bằng dữ liệu của cơ quan kia, chạy lại lệnh với "
                              "--other-office.")
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


def list_backups(db_path: Path) -> list[Path]:
    folder = Path(db_path).parent / "backups"
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("*.sqlite3*") if not p.name.endswith(".part")),
                  key=lambda p: p.stat().st_mtime, reverse=True)


def newest_backup(db_path: Path) -> Path | None:
    found = list_backups(db_path)
    return found[0] if found else None


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


def _read_only(db_path: Path | None) -> bool:
    if db_path is None:
        return False
    try:
        folder = Path(db_path).parent
        mounted_ro = hasattr(os, "statvfs") and bool(os.statvfs(folder).f_flag & os.ST_RDONLY)  # no statvfs on Windows
        return mounted_ro or not os.access(folder, os.W_OK) or (Path(db_path).exists() and not os.access(db_path, os.W_OK))
    except OSError:
        return False


# SQLite's own messages (English) → what they mean, for messages in Vietnamese.
_SQLITE_REASONS = (
    ("not a database", "tệp không phải cơ sở dữ liệu SQLite, đã bị mã hóa hoặc bị hỏng"),
    ("malformed", "tệp cơ sở dữ liệu bị hỏng"),
    ("file is encrypted", "tệp không phải cơ sở dữ liệu SQLite, đã bị mã hóa hoặc bị hỏng"),
    ("database or disk is full", "ổ đĩa đã đầy"),
    ("disk i/o error", "lỗi đọc/ghi đĩa"),
    ("readonly", "tệp hoặc thư mục chỉ cho đọc"),
    ("read-only", "tệp hoặc thư mục chỉ cho đọc"),
    ("locked", "cơ sở dữ liệu đang bị chương trình khác khóa"),
    ("busy", "cơ sở dữ liệu đang bận"),
    ("unable to open", "không mở được tệp"),
    ("no such table", "thiếu bảng dữ liệu (không phải cơ sở dữ liệu Counter, hoặc chưa được nâng cấp)"),
    ("no such column", "thiếu cột dữ liệu (cơ sở dữ liệu chưa được nâng cấp đúng)"),
)


def sqlite_reason(exc: BaseException) -> str:
    """A SQLite error in Vietnamese. The English original goes to the log, never to the officer."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for needle, reason in _SQLITE_REASONS:
        if needle in text:
            return reason
    log.warning("database error without a Vietnamese explanation: %r", exc, extra=FILE_ONLY)
    return "lỗi cơ sở dữ liệu chưa rõ nguyên nhân (chi tiết kỹ thuật đã ghi vào nhật ký của Counter)"


def explain_server(exc: BaseException, url: str) -> str:
    """A PostgreSQL server that cannot be reached or refuses us, in words an officer or the
    office's administrator can act on. psycopg's English text goes to the log only."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    where = f"{u.host or 'máy này'}:{u.port or 5432}"
    text = str(getattr(exc, "orig", None) or exc).lower()
    log.warning("PostgreSQL %s, database %s: %s", where, u.database, text.strip(), extra=FILE_ONLY)
    if "password authentication failed" in text or "no password supplied" in text:
        reason = (f"máy chủ PostgreSQL {where} từ chối tên đăng nhập hoặc mật khẩu '{u.username}'. Kiểm tra tên và "
                  "mật khẩu trong địa chỉ cơ sở dữ liệu (--db hoặc COUNTER_DB)")
    elif "does not exist" in text and "database" in text:
        reason = (f"trên máy chủ PostgreSQL {where} chưa có cơ sở dữ liệu '{u.database}'. Người quản trị tạo nó "
                  "(createdb, xem docs/postgresql.md) hoặc sửa tên trong địa chỉ")
    elif "pg_hba.conf" in text or "not permitted" in text or "permission denied" in text:
        reason = (f"máy chủ PostgreSQL {where} không cho máy này kết nối (pg_hba.conf) hoặc tài khoản '{u.username}' "
                  "thiếu quyền. Người quản trị máy chủ cần cho phép máy này")
    elif "could not translate host name" in text or "name or service not known" in text or "nodename nor servname" in text:
        reason = f"không tìm thấy máy chủ có tên '{u.host}'. Kiểm tra tên máy chủ trong địa chỉ cơ sở dữ liệu và mạng nội bộ"
    elif "timeout" in text or "timed out" in text:
        reason = (f"máy chủ PostgreSQL {where} không trả lời (quá thời gian chờ). Kiểm tra cáp mạng, Wi-Fi và máy chủ "
                  "của cơ quan")
    else:  # refused, closed, reset, server not running, starting up or shutting down
        reason = (f"máy chủ PostgreSQL {where} không chạy hoặc không nhận kết nối (máy chủ đang tắt, sai địa chỉ "
                  "hoặc cổng, hoặc mạng bị ngắt). Kiểm tra máy chủ cơ sở dữ liệu của cơ quan hoặc báo người quản trị")
    return (f"Không kết nối được cơ sở dữ liệu dùng chung: {reason}, rồi mở lại Counter. Dữ liệu trên máy chủ không "
            "bị ảnh hưởng.")


def explain(exc: BaseException, db_path: Path | None, url: str | None = None) -> str:
    """A database problem in words an officer can act on, with the newest backup. On PostgreSQL
    (``db_path`` None, ``url`` given) the server's problem is explained instead."""
    if db_path is None and url and not url.startswith("sqlite"):
        return explain_server(exc, url)
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text or "database or disk is full" in text or getattr(exc, "errno", None) == 28:
        message = ("Ổ đĩa đã đầy: không ghi được dữ liệu. Hồ sơ đang nhập chưa được lưu nhưng vẫn còn trên màn hình; "
                   "các hồ sơ đã tiếp nhận trước đó an toàn. Giải phóng dung lượng đĩa rồi bấm tiếp nhận lại.")
    elif "disk i/o error" in text or getattr(exc, "errno", None) in (5, 27):
        message = ("Không ghi được xuống đĩa (đĩa đầy, vượt giới hạn dung lượng hoặc thiết bị lỗi). Hồ sơ đang nhập "
                   "chưa được lưu nhưng vẫn còn trên màn hình; các hồ sơ đã tiếp nhận trước đó an toàn. Kiểm tra ổ đĩa, "
                   "giải phóng dung lượng rồi thử lại.")
    elif "readonly" in text or "read-only" in text or _read_only(db_path):
        message = ("Cơ sở dữ liệu chỉ cho đọc (tệp hoặc thư mục không cho ghi): kiểm tra quyền ghi của tệp "
                   f"{db_path} hoặc ổ đĩa, rồi mở lại Counter.")
    elif "locked" in text or "busy" in text:
        message = ("Cơ sở dữ liệu đang bị một chương trình khác khóa (phần mềm sao lưu, diệt virus hoặc một phiên "
                   "Counter khác). Đóng chương trình đó rồi thử lại; dữ liệu không bị mất.")
    elif "malformed" in text or "not a database" in text or "corrupt" in text or "file is encrypted" in text:
        message = ("Tệp cơ sở dữ liệu bị hỏng. Counter không ghi đè lên tệp. Hãy khôi phục từ bản sao lưu gần nhất "
                   "('counter restore TỆP').")
    elif "unable to open" in text or "permission denied" in text:
        message = f"Không mở được tệp cơ sở dữ liệu {db_path}: kiểm tra đường dẫn và quyền đọc, ghi."
    elif isinstance(exc, OSError) and not hasattr(exc, "orig"):
        from counter.services.errors import os_reason

        message = f"Không đọc/ghi được tệp {exc.filename or db_path}: {os_reason(exc)}."
    else:
        message = f"Cơ sở dữ liệu báo lỗi: {sqlite_reason(exc)}. Dữ liệu đã lưu trước đó không bị ảnh hưởng."
    backup_path = newest_backup(db_path) if db_path else None
    if backup_path is not None:
        message += f" Bản sao lưu gần nhất: {backup_path}."
    return message


def count_records(db) -> tuple[list[str], list[str]]:
    """Dossiers counted against their history and the audit log: (what was counted, what does not
    add up). A dossier row removed behind the application's back (its guard dropped first) still
    has its history steps and audit entries; they are listed by code."""
    from sqlalchemy import text

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
    counted = [f"Hồ sơ: {dossiers}; lịch sử trạng thái: {steps} bước của {with_history} hồ sơ; nhật ký kiểm toán: "
               f"{audited} hồ sơ được tiếp nhận."]
    problems = []
    if missing:
        shown = ", ".join(missing[:10]) + (f" và {len(missing) - 10} hồ sơ khác" if len(missing) > 10 else "")
        problems.append(f"{len(missing)} hồ sơ có trong nhật ký kiểm toán nhưng không còn trong cơ sở dữ liệu "
                        f"(đã bị xóa ngoài phần mềm): {shown}.")
    if orphan_steps[0]:
        problems.append(f"{orphan_steps[0]} bước lịch sử của {orphan_steps[1]} hồ sơ không còn hồ sơ tương ứng "
                        "(hồ sơ đã bị xóa ngoài phần mềm).")
    if without_history:
        problems.append(f"{without_history} hồ sơ không có lịch sử trạng thái nào (được thêm ngoài phần mềm, hoặc "
                        "lịch sử đã bị xóa).")
    return counted, problems
