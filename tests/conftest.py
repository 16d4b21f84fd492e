"""Shared fixtures: a real database per test, a fixed office clock, PDF read-back helpers.

The database is a SQLite file, or, when ``COUNTER_TEST_POSTGRES`` holds the URL of a PostgreSQL
server (``./bootstrap test`` starts one), a fresh PostgreSQL database per test, copied from a
migrated template. Tests of SQLite's own file behaviour are marked ``sqlite_only``."""

from __future__ import annotations

import os
import tempfile

# Before Qt loads anywhere: no display here, and keep QSettings / the data folder out of $HOME.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = tempfile.mkdtemp(prefix="counter-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")
os.environ["COUNTER_DATA_DIR"] = os.path.join(_SANDBOX, "counter-data")
os.environ["COUNTER_CACHE_DIR"] = os.path.join(_SANDBOX, "counter-cache")
os.environ["COUNTER_LOG_DIR"] = os.path.join(_SANDBOX, "counter-logs")
# Printers: only the throw-away CUPS server of the `cups` fixture, never the machine's own.
os.environ["CUPS_SERVER"] = os.path.join(_SANDBOX, "cups", "cups.sock")
os.environ.pop("COUNTER_DB", None)

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from counter import clock  # noqa: E402
from counter.services.audit import Actor  # noqa: E402
from counter.services.setup import ensure_initialised  # noqa: E402
from counter.store.db import open_database  # noqa: E402

# Monday 23 November 2026, 09:00 — a working day (24/11 is "Ngày Văn hóa Việt Nam", a day off).
MONDAY = datetime(2026, 11, 23, 9, 0)


class ClockForTests(clock.FixedClock):
    """The office clock of a test: the computer's time until the test sets one
    (``office_clock.set(moment)``, ``.advance(minutes=5)``); ``set(None)`` gives real time back."""

    def __init__(self) -> None:
        super().__init__(None)  # type: ignore[arg-type]

    def now(self) -> datetime:
        return clock.SYSTEM.now() if self.moment is None else self.moment


@pytest.fixture(autouse=True)
def office_clock():
    """Injected into counter.clock for every test and taken out after it: no test leaks its time
    into the next. Processes a test starts get theirs from tests/run_at.py (helpers.at)."""
    test_clock = ClockForTests()
    previous = clock.use(test_clock)
    yield test_clock
    clock.use(previous)


@pytest.fixture
def now(office_clock):
    """The office clock stands at Monday 23/11/2026 09:00; tests move it with office_clock.set()."""
    office_clock.set(MONDAY)
    return MONDAY


POSTGRES = os.environ.get("COUNTER_TEST_POSTGRES", "")
BACKEND = "postgresql" if POSTGRES else "sqlite"


def pytest_report_header(config):
    return f"database: {BACKEND}" + (f" ({POSTGRES})" if POSTGRES else "")


def pytest_collection_modifyitems(config, items):
    if not POSTGRES:
        return
    skip = pytest.mark.skip(reason="SQLite's own file, lock or backup behaviour (PostgreSQL has its own, see docs/postgresql.md)")
    once = pytest.mark.skip(reason="tests the package, not the database: already run in the SQLite pass")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)
        elif "once" in item.keywords:
            item.add_marker(once)


@pytest.fixture(scope="session")
def pg_server():
    from pgtest import PostgresServer

    server = PostgresServer(POSTGRES)
    yield server
    server.close()


@pytest.fixture(scope="session")
def cups():
    """A private CUPS server for the printer tests (tests/cupstest.py)."""
    import cupstest

    missing = cupstest.available()
    if missing:
        pytest.skip(missing)
    server = cupstest.CupsServer(Path(os.environ["CUPS_SERVER"]).parent)
    yield server
    server.stop()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "counter.sqlite3"


@pytest.fixture
def db_url(request, tmp_path) -> str:
    """Where a test's own database lives, for ``--db``: an empty SQLite file path, or an empty
    PostgreSQL database."""
    if not POSTGRES:
        yield str(tmp_path / "counter.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    url = server.create(template=None)
    yield url
    server.drop(url)


@pytest.fixture
def db(request, db_path, now):
    if POSTGRES:
        server = request.getfixturevalue("pg_server")
        url = server.create(template="schema")
        database = open_database(url, lock=True)
    else:
        url = None
        database = open_database(str(db_path), lock=True)
    ensure_initialised(database)
    # as an administrator does at set-up: this test office issues its codes in counter slot 1
    from counter.services import slots
    from counter.services.audit import SYSTEM

    slots.choose(database, 1, SYSTEM, confirmed=True)
    yield database
    database.close()
    if url:
        server.drop(url)


@pytest.fixture
def officer(db) -> Actor:
    from sqlalchemy import select

    from counter.store.models import Officer

    with db.read() as session:
        o = session.scalar(select(Officer).where(Officer.username == "lan.nt"))
        return Actor(o.id, o.full_name, o.role)


# -- the reference provincial server, as a real process on 127.0.0.1 ------------------------------

AGENCY = "000.01.34.H49"
TOKEN = "token-quay-tan-tru-1"
POSTAL_CUSTOMER, POSTAL_KEY = "TANTRU01", "khoa-buu-chinh-1"


class RunningHub:
    def __init__(self, db_path: Path, extra: list[str] | None = None, env: dict | None = None):
        import subprocess
        import sys

        self.db_path = db_path
        self.token = TOKEN
        self.postal_key = POSTAL_KEY
        self.process = subprocess.Popen(
            [sys.executable, "-m", "counter", "hub", "--db", str(db_path), "--port", "0",
             "--token", f"{AGENCY}={TOKEN}", "--postal-key", f"{POSTAL_CUSTOMER}={POSTAL_KEY}", *(extra or [])],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})
        line = self.process.stdout.readline()
        if "đang chạy tại" not in line:
            raise RuntimeError(f"hub did not start: {line} {self.process.stderr.read()}")
        self.url = line.split("đang chạy tại ")[1].split()[0]
        self.port = int(self.url.rsplit(":", 1)[1])

    def hub(self):
        from counter.sync.hub.app import Hub

        return Hub(str(self.db_path))

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except Exception:
            self.process.kill()
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()


@pytest.fixture
def hub(tmp_path):
    running = RunningHub(tmp_path / "hub.sqlite3")
    yield running
    running.stop()


@pytest.fixture
def sync_config(hub):
    from counter.sync.engine import SyncConfig

    return SyncConfig(hub.url, hub.token, timeout=(2.0, 5.0))


# -- background work: synchronous in tests, like Picard's FakeThreadPool ------------------------------


@pytest.fixture(autouse=True)
def inline_ops(request):
    """Every op (counter.ui.ops) runs at once on the test's thread — no sleeps, no races. A test
    about responsiveness asks for ``threaded_ops`` instead."""
    if "threaded_ops" in request.fixturenames:
        yield False
        return
    from counter.ui import ops

    ops.set_inline(True)
    yield True
    ops.set_inline(False)


@pytest.fixture
def threaded_ops(qapp):
    """Ops run on worker threads as in the application; waits for them at the end."""
    from counter.ui import ops

    ops.set_inline(False)
    yield ops.runner()
    ops.runner().wait(60000)


# -- translations ------------------------------------------------------------------------------------


@pytest.fixture
def translator(qapp):
    """Install a compiled translation (resources/i18n/<name>.qm) for one test, and take it out again
    afterwards."""
    from PySide6.QtCore import QTranslator

    i18n = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    installed = []

    def install(name: str) -> QTranslator:
        qm = i18n / f"{name}.qm"
        t = QTranslator()
        assert t.load(str(qm)), f"cannot load {qm}: run scripts/update_translations.sh"
        assert qapp.installTranslator(t)
        installed.append(t)
        return t

    yield install
    for t in installed:
        qapp.removeTranslator(t)


@pytest.fixture(scope="session", autouse=True)
def softhsm_token(tmp_path_factory):
    """One SoftHSM2 configuration (a token "Token Lan") for the whole run, set before any test can
    load the PKCS#11 library. The library reads its configuration once per process: a screen that
    lists the tokens early (the signing-key dialog, the settings' driver search) would otherwise
    bind it to the system's configuration and leave the signing tests' token unrecognised.
    None when SoftHSM2 is not installed (those tests are then skipped, saying why)."""
    from pki import init_softhsm, softhsm_library

    if softhsm_library() is None:
        return None
    return init_softhsm(tmp_path_factory.mktemp("softhsm"))
