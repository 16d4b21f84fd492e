"""Opening the database: URL resolution, SQLite pragmas, the one-writer lock, backup before
migration, Alembic upgrade, and transaction helpers.

A service opens one transaction per user action::

    with db.write() as s:   # BEGIN IMMEDIATE on SQLite: the write lock is taken up front
        ...
    with db.read() as s:    # a plain read transaction, rolled back at the end
        ...
"""

from __future__ import annotations

import errno
import importlib.util
import logging
import os
import re
import sqlite3
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from counter import __version__, paths
from counter.errors import ChangedMeanwhile, DatabaseProblem, UserError, os_reason
from counter.files import replace
from counter.store.problems import explain, explain_server, newest_backup, with_backup
from counter.messages import Text, msg
from counter import environment

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(DatabaseProblem):
    """A database that cannot be opened, reported to the user as it is (message in Vietnamese)."""


# What the database drivers raise: mapped to DatabaseProblem by Database.read/write (never shown raw)
DRIVER_ERRORS = (DBAPIError, sqlite3.Error)


class DatabaseInUse(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    """The schema was written by a newer Counter: this one must not touch it."""


def resolve_url(value: str | None) -> str:
    """``--db`` / ``COUNTER_DB`` value → SQLAlchemy URL. A plain path means a SQLite file."""
    value = value or environment.get("COUNTER_DB") or str(paths.default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's implicit BEGIN is unreliable).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")  # an accepted dossier survives a power cut
    # Checkpoints run beside the officer's commits (Database.start_checkpointer), not inside one of
    # them: an automatic checkpoint copying the WAL into a 2 GB file made one acceptance in twenty
    # take 150 ms at a million dossiers.
    cur.execute("PRAGMA wal_autocheckpoint = 0")
    cur.close()


def _sqlite_on_begin(conn) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


# PostgreSQL: every write transaction takes one transaction-level advisory lock first, the
# shared-database equivalent of SQLite's BEGIN IMMEDIATE. Writes from all counters are therefore
# applied one after another (each takes milliseconds) while reads never wait. The audit log needs
# exactly this: its hash chain is one total order of all actions. Dossier codes (an atomic upsert)
# and status changes (a version column) stay correct on their own even without it.
WRITE_LOCK = 0x436F756E74657201  # "Counter" + 1
SYNC_LOCK = 0x436F756E74657202
MIGRATE_LOCK = 0x436F756E74657203
LOCK_TIMEOUT = "10s"  # like SQLite's busy timeout: a writer stuck longer than this is reported


def _pg_on_begin(conn) -> None:
    if conn.get_execution_options().get("write"):
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def _sqlite_read_only_on_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.execute("PRAGMA query_only = ON")
    cur.close()


def unwritable(path: Path) -> str:
    """Why the SQLite file at ``path`` cannot be written ("" when it can, or does not exist yet):
    a read-only or immutable file, a read-only folder (SQLite writes its journal beside the file)
    or a read-only disk."""
    if not path.exists():
        return ""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        kind = msg("tệp chỉ đọc hoặc bị khóa không cho sửa (immutable)") if exc.errno in (errno.EACCES, errno.EPERM) \
            else msg("ổ đĩa chỉ đọc") if exc.errno == errno.EROFS else os_reason(exc)
        return kind
    try:
        fd, probe = tempfile.mkstemp(prefix=".counter-ghi-thu-", dir=str(path.parent))
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return msg("thư mục chứa tệp chỉ đọc") if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) else os_reason(exc)
    return ""


def read_only_message(path: Path, why: str) -> Text:
    return msg("Cơ sở dữ liệu {path} chỉ cho đọc ({why}): Counter mở ở chế độ chỉ xem để tra cứu hồ sơ, không tiếp "
               "nhận hay ghi được gì. Nhờ quản trị viên cho phép ghi tệp này (quyền của tệp và thư mục, ổ đĩa), rồi mở "
               "lại Counter.", path=str(path), why=why)


def make_read_only_engine(path: Path, immutable: bool) -> Engine:
    uri = f"file:{path.as_posix()}?mode=ro" + ("&immutable=1" if immutable else "")
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, timeout=5.0,
                                                                         check_same_thread=False))
    event.listen(engine, "connect", _sqlite_read_only_on_connect)
    return engine


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        if importlib.util.find_spec("psycopg") is None:
            raise DatabaseError(msg("Counter trên máy này chưa có phần kết nối PostgreSQL. Người quản trị cài thêm bằng: "
                                    "pip install \"counter[postgresql]\" (bộ cài Windows đã có sẵn), rồi mở lại Counter."))
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 5.0})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    connect_args = {"connect_timeout": 10, "application_name": "counter"} if parsed.get_backend_name() == "postgresql" else {}
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _pg_on_begin)
    return engine


@dataclass
class Database:
    url: str
    engine: Engine
    _lock: FileLock | None = None
    read_only: str = ""  # why nothing can be written (a read-only or immutable file), or ""

    def __post_init__(self) -> None:
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self.engine.execution_options(write=True), expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_url(self) -> str:
        """Where the data is, for people and logs: the password is never shown."""
        return str(self.path) if self.path is not None else make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self.read_only:
            raise UserError(read_only_message(self.path, self.read_only))
        try:
            with self._write() as session, session.begin():
                yield session
        except StaleDataError as exc:  # the dossier's version moved under this transaction
            raise ChangedMeanwhile(msg("Hồ sơ vừa được một quầy khác cập nhật cùng lúc. Chưa có gì được ghi; "
                                       "hãy xem lại hồ sơ rồi thao tác lại.")) from exc
        except DRIVER_ERRORS as exc:
            raise self.problem(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        # closing (not rolling back) ends the read transaction but leaves loaded objects usable
        try:
            with self._read() as session:
                yield session
        except DRIVER_ERRORS as exc:
            raise self.problem(exc) from exc

    def problem(self, exc: BaseException) -> DatabaseProblem:
        """The driver's error (SQLite, PostgreSQL, or the disk under the file) as the one error type
        the officer is shown, explained once, here (counter.store.problems.explain)."""
        return DatabaseProblem(explain(exc, self.path, self.url))

    @contextmanager
    def exclusive(self, name: str) -> Iterator[bool]:
        """One process at a time for ``name`` (the sync round, the postal round) across every
        counter on this database: yields True when this process holds it, False when another does
        (then do nothing: the other one is doing the same work). PostgreSQL: a session advisory
        lock on a connection of its own. SQLite: a lock file beside the database."""
        if self.is_sqlite:
            if self.path is None:
                yield True
                return
            lock = FileLock(str(self.path.with_name(f"{self.path.name}.{name}.lock")), timeout=0)
            try:
                lock.acquire()
            except Timeout:
                yield False
                return
            try:
                yield True
            finally:
                lock.release()
            return
        key = {"sync": SYNC_LOCK}.get(name, SYNC_LOCK + 16 + sum(map(ord, name)))
        with self.engine.connect() as conn:
            got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({key})").scalar()
            conn.commit()
            try:
                yield bool(got)
            finally:
                if got:
                    conn.exec_driver_sql(f"SELECT pg_advisory_unlock({key})")
                    conn.commit()

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        """Copy the WAL back into the database file. PASSIVE never waits for or blocks a writer."""
        if not self.is_sqlite or self.read_only:
            return
        try:
            con = sqlite3.connect(str(self.path), timeout=1.0)
        except sqlite3.Error:
            return
        try:
            con.execute(f"PRAGMA wal_checkpoint({mode})")
        except sqlite3.Error:  # busy (the next round will do it), or a file no longer a database
            pass
        finally:
            con.close()

    def start_checkpointer(self, every: float = 20.0) -> None:
        """A background thread that checkpoints every ``every`` seconds while the app runs."""
        if not self.is_sqlite or self.read_only or getattr(self, "_checkpointer", None) is not None:
            return
        stop = threading.Event()

        def run():
            while not stop.wait(every):
                self.checkpoint()

        thread = threading.Thread(target=run, name="counter-checkpoint", daemon=True)
        thread.start()
        self._checkpointer = (thread, stop)

    def close(self) -> None:
        checkpointer = getattr(self, "_checkpointer", None)
        if checkpointer is not None:
            checkpointer[1].set()
            checkpointer[0].join(5)
            self._checkpointer = None
        self.engine.dispose()
        if self.is_sqlite and self.path is not None and self.path.exists():
            self.checkpoint("TRUNCATE")
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def acquire_lock(path: Path) -> FileLock:
    """One writer per database file: refuse a second app instance with a clear message."""
    lock_path = path.with_name(path.name + ".lock")
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        info = lock_path.with_name(lock_path.name + ".pid")
        if info.exists():
            raise DatabaseInUse(msg("Cơ sở dữ liệu {path} đang được một phiên Counter khác sử dụng (tiến trình {pid}). "
                                    "Hãy dùng cửa sổ Counter đang mở, hoặc đóng nó trước khi mở lại.",
                                    path=str(path), pid=info.read_text().strip())) from None
        raise DatabaseInUse(msg("Cơ sở dữ liệu {path} đang được một phiên Counter khác sử dụng. "
                                "Hãy dùng cửa sổ Counter đang mở, hoặc đóng nó trước khi mở lại.", path=str(path))) from None
    lock_path.with_name(lock_path.name + ".pid").write_text(str(os.getpid()))
    return lock


# -- migrations ----------------------------------------------------------------------------

_REV = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.M)


def known_revisions() -> dict[str, str | None]:
    """Every migration this Counter knows: revision → the one before it. Read from the version
    files without importing Alembic (fast start)."""
    revisions: dict[str, str | None] = {}
    for file in (MIGRATIONS / "versions").glob("*.py"):
        text = file.read_text(encoding="utf-8")
        rev, down = _REV.search(text), _DOWN.search(text)
        if rev:
            revisions[rev.group(1)] = down.group(1) if down else None
    return revisions


def head_revision() -> str:
    """The newest migration."""
    revisions = known_revisions()
    parents = {d for d in revisions.values() if d}
    heads = [r for r in revisions if r not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            row = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            if row is None:
                return None
        else:
            if not inspect(conn).has_table("alembic_version"):
                return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def alembic_config(url: str):
    from alembic.config import Config  # lazy: Alembic is loaded only when the schema must change (fast start)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def backups_dir(db_path: Path) -> Path:
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def backup_sqlite(db_path: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(tmp, 0o600)
    return replace(tmp, target)


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        found = newest_backup(path)
        raise DatabaseError(with_backup(msg(
            "Tệp {path} không phải cơ sở dữ liệu Counter (SQLite) hoặc đã hỏng. Tệp được giữ nguyên; "
            "hãy chọn đúng tệp bằng --db hoặc khôi phục từ bản sao lưu ('counter restore TỆP').", path=str(path)), found))


def migrate(engine: Engine, url: str, *, backup: bool = True) -> str | None:
    """Create or upgrade the schema. Returns the path of the pre-migration backup, if any."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        # Before any backup or change: an older Counter must never "upgrade" a newer schema.
        raise NewerDatabase(msg(
            "Cơ sở dữ liệu {where} do một phiên bản Counter mới hơn tạo ra (lược đồ dữ liệu {revision}). "
            "Counter {version} trên máy này không mở được nó. Hãy cài phiên bản Counter mới nhất, giống các máy "
            "khác trong cơ quan. Dữ liệu được giữ nguyên: chưa có gì bị thay đổi.",
            where=_where(url), revision=current, version=__version__))
    backup_path = None
    path = sqlite_path(url)
    if backup and path is not None and path.exists() and current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup_sqlite(path, backups_dir(path) / f"{path.stem}-{stamp}-truoc-nang-cap-{current}.sqlite3")
        log.info("backup before migration: %s", backup_path)
    from alembic import command  # lazy: Alembic is loaded only when the schema must change (fast start)

    cfg = alembic_config(url)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # counters starting together on a new server: one migrates, the others wait and find it done
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return str(backup_path) if backup_path else None


def _where(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def open_database(url_or_path: str | None = None, *, lock: bool = False, migrate_schema: bool = True,
                  create_folders: bool = False, read_only_ok: bool = False) -> Database:
    """Resolve, lock (for the app and writing commands), create or upgrade, and return the store.

    A database file in a folder that does not exist is refused (a mistyped ``--db`` must not
    quietly start an empty database) unless ``create_folders`` is given (``counter init
    --create-folders``); the default location in the user's data folder is always created."""
    url = resolve_url(url_or_path)
    path = sqlite_path(url)
    file_lock = None
    if path is not None:
        if not path.parent.is_dir() and not create_folders and path != paths.default_db_path().resolve():
            raise DatabaseError(msg(
                "Thư mục {folder} không có, nên không mở được cơ sở dữ liệu {name} trong đó. Kiểm tra lại "
                "đường dẫn (--db hoặc COUNTER_DB). Muốn tạo cơ sở dữ liệu mới ở đó thì chạy: "
                'counter --db "{path}" init --create-folders', folder=str(path.parent), name=path.name, path=str(path)))
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DatabaseError(msg("Không tạo được thư mục dữ liệu {folder}: {reason}.", folder=str(path.parent),
                                    reason=os_reason(exc))) from exc
        _check_sqlite_file(path)
        why = unwritable(path)
        if why:
            if not read_only_ok:
                raise DatabaseError(msg(
                    "Cơ sở dữ liệu {path} chỉ cho đọc ({why}): lệnh này cần ghi nên không chạy; không có gì bị thay "
                    "đổi. Nhờ quản trị viên cho phép ghi tệp này (quyền của tệp và thư mục, ổ đĩa), rồi mở lại Counter.",
                    path=str(path), why=why))
            return _open_read_only(url, path, why)
        if lock:
            file_lock = acquire_lock(path)
    engine = make_engine(url)
    try:
        if migrate_schema:
            migrate(engine, url)
        if path is not None:
            try:
                os.chmod(path, 0o600)
            except OSError:
                pass
    except Exception as exc:
        engine.dispose()
        if file_lock:
            file_lock.release()
        if isinstance(exc, (sqlite3.DatabaseError, SADatabaseError, OperationalError)):
            if path is None:
                raise DatabaseError(explain_server(exc, url)) from exc
            raise DatabaseError(msg("Không mở được cơ sở dữ liệu {path}. Tệp được giữ nguyên. {reason}",
                                    path=str(path), reason=explain(exc, path))) from exc
        raise
    return Database(url=url, engine=engine, _lock=file_lock)


def _open_read_only(url: str, path: Path, why: str) -> Database:
    """A database that cannot be written, opened for look-ups: nothing is migrated, locked or
    written (Database.write says why, in plain words)."""
    folder_writable = "thư mục" not in why and "ổ đĩa" not in why  # vi-only: compared with unwritable()'s Vietnamese
    engine = make_read_only_engine(path, immutable=not folder_writable)
    try:
        current = current_revision(engine)
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(msg("Không đọc được cơ sở dữ liệu {path} (chỉ đọc): {error}.", path=str(path),
                                error=type(exc).__name__)) from exc
    if current != head_revision():
        engine.dispose()
        raise DatabaseError(msg("Cơ sở dữ liệu {path} chỉ cho đọc ({why}), mà dữ liệu cần được nâng cấp lên phiên bản "
                                "mới trước khi dùng. Nhờ quản trị viên cho phép ghi tệp này rồi mở lại Counter.",
                                path=str(path), why=why))
    return Database(url=url, engine=engine, read_only=why)
