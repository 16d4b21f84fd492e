"""A network that hangs — a server that accepts the connection and never answers — while the
officer keeps working: the window keeps answering, the same action cannot start twice, and when
the call fails the officer is told. Real threads (``threaded_ops``), a real socket on 127.0.0.1."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from counter.services import intake, lifecycle, postal
from helpers import postal_draft
from qt_helpers import type_text, when_modal


class HangingServer:
    """Accepts every connection, reads nothing, answers nothing — until closed."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)

    def close(self) -> None:
        for conn in self.connections:
            conn.close()
        self.sock.close()


@pytest.fixture
def hanging():
    server = HangingServer()
    yield server
    server.close()


def test_a_hanging_postal_server_never_freezes_the_window(qtbot, threaded_ops, db, officer, hanging, monkeypatch):
    from counter.ui.main_window import MainWindow

    code = intake.receive(db, postal_draft(db), officer).code
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer)
    with db.read() as session:
        from sqlalchemy import select

        from counter.store.models import PostalOrder

        order_id = session.scalar(select(PostalOrder.id))
    postal.enter_waybill(db, order_id, "EB123456789VN", officer)
    monkeypatch.setenv("COUNTER_POSTAL_URL", hanging.url)
    monkeypatch.setenv("COUNTER_POSTAL_KEY", "khoa-thu")
    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    window.show()
    page = window.postal
    window.tabs.setCurrentWidget(page)
    page.refresh()  # read off the GUI thread too
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and not threaded_ops.running, timeout=15000)
    page.table.selectRow(0)

    page.cancel_selected()  # calls the postal operator: it hangs
    qtbot.waitUntil(lambda: bool(hanging.connections), timeout=5000)
    assert threaded_ops.is_running("postal.cancel") and not page.cancel_button.isEnabled()
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the event loop runs while the call hangs
    type_text(window.scan, "abc")  # and the officer types
    assert window.scan.text() == "abc"
    assert page.cancel_selected() is None and threaded_ops.is_running("postal.cancel")  # not twice
    assert len(hanging.connections) == 1
    told = []
    when_modal(lambda box: (told.append(box.text()), box.accept()), QMessageBox)
    hanging.close()  # the network gives up
    qtbot.waitUntil(lambda: not threaded_ops.is_running("postal.cancel"), timeout=15000)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "Không kết nối được dịch vụ bưu chính" in told[0]
    assert page.cancel_button.isEnabled()
    with db.read() as session:
        assert session.get(PostalOrder, order_id).state == "created"  # nothing cancelled behind the officer's back


# -- a database held by another counter ------------------------------------------------------------


class HeldDatabase:
    """Another connection holds the database until released. SQLite: ``BEGIN EXCLUSIVE`` — every
    write waits (reads go on: WAL). PostgreSQL: the writers' lock and the dossier table in ACCESS
    EXCLUSIVE mode — every write, and every read of dossiers, waits."""

    def __init__(self, db):
        self.db = db
        if db.is_sqlite:
            import sqlite3

            self.conn = sqlite3.connect(str(db.path), isolation_level=None, timeout=5)
            self.conn.execute("BEGIN EXCLUSIVE")
        else:
            from counter.store.db import WRITE_LOCK

            self.conn = db.engine.connect()
            self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
            self.conn.exec_driver_sql("LOCK TABLE dossier IN ACCESS EXCLUSIVE MODE")
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        if self.db.is_sqlite:
            self.conn.execute("ROLLBACK")
        else:
            self.conn.rollback()
        self.conn.close()


@pytest.fixture
def held(db):
    holders: list[HeldDatabase] = []

    def hold() -> HeldDatabase:
        holders.append(HeldDatabase(db))
        return holders[-1]

    yield hold
    for h in holders:
        h.release()


def _answers(qtbot, widget) -> None:
    """The event loop turns (a timer fires) and a key typed lands in ``widget``."""
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)
    widget.clear()
    type_text(widget, "abc")
    assert widget.text() == "abc"


def _refusals(runner) -> list[str]:
    seen: list[str] = []
    runner.refused.connect(lambda key, _label: seen.append(key))
    return seen


def test_a_scan_looks_the_dossier_up_off_the_gui_thread(qtbot, threaded_ops, db, officer, held):
    from counter.ui.main_window import MainWindow
    from helpers import complete_draft

    code = intake.receive(db, complete_draft(db), officer).code
    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    window.show()
    threaded_ops.wait()
    refused = _refusals(threaded_ops)
    lock = held()
    window.scan.setText(code)
    window.scan_entered()  # Enter in the scan field
    # nothing opened yet: the look-up runs on a worker (on PostgreSQL it waits for the lock)
    assert getattr(window, "last_dialog", None) is None and threaded_ops.is_running("scan.look_up")
    assert window.look_up(code) is None and refused == ["scan.look_up"]  # the same look-up is not started twice
    _answers(qtbot, window.list_page.search)
    lock.release()
    qtbot.waitUntil(lambda: getattr(window, "last_dialog", None) is not None, timeout=15000)
    assert window.last_dialog.code == code and window.scan.text() == ""
    window.last_dialog.close()
    assert threaded_ops.wait()  # the window's other loads, held by the lock too on PostgreSQL


def test_the_list_search_runs_off_the_gui_thread_and_shows_when_the_database_answers(
        qtbot, threaded_ops, db, officer, held):
    from counter.ui.dossier_list import DossierListPage
    from counter.ui.bus import Bus
    from helpers import complete_draft

    codes = [intake.receive(db, complete_draft(db), officer).code for _ in range(3)]
    page = DossierListPage(db, Bus())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=15000)
    lock = held()
    page.search.setText(codes[1])
    page.apply_filter()  # what the search timer does
    key = f"list.search.{id(page.model)}"
    assert threaded_ops.is_running(key) and page.model.rowCount() == 3  # the old rows stay until the answer
    page.apply_filter()  # typed again meanwhile: not refused with a message, run again afterwards
    _answers(qtbot, page.search)
    page.search.setText(codes[1])
    page.apply_filter()
    lock.release()
    qtbot.waitUntil(lambda: not threaded_ops.is_running(key) and page.model.rowCount() == 1, timeout=15000)
    assert page.model.code_at(0) == codes[1] and page.count.text() == "1 hồ sơ"
    assert threaded_ops.wait()


def test_a_dashboard_export_runs_off_the_gui_thread_and_cannot_start_twice(
        qtbot, threaded_ops, db, officer, held, tmp_path):
    from counter.ui.bus import Bus
    from counter.ui.dashboard import Dashboard
    from counter.ui.main_window import MainWindow
    from helpers import complete_draft

    intake.receive(db, complete_draft(db), officer)
    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    window.show()
    board = window.dashboard
    window.tabs.setCurrentWidget(board)
    qtbot.waitUntil(lambda: board.summary is not None and not threaded_ops.running, timeout=15000)
    saved = []
    board.saved.connect(saved.append)
    refused = _refusals(threaded_ops)
    lock = held()
    target = tmp_path / "bao-cao.pdf"
    assert board.export("pdf", str(target)) is None  # started, not done on the GUI thread
    assert threaded_ops.is_running("dashboard.export")
    assert not (board.pdf_button.isEnabled() or board.csv_button.isEnabled() or board.xlsx_button.isEnabled())
    assert board.export("csv", str(tmp_path / "lan-hai.csv")) is None and refused == ["dashboard.export"]
    _answers(qtbot, window.scan)
    lock.release()
    qtbot.waitUntil(lambda: bool(saved), timeout=30000)
    assert saved == [target] and target.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "lan-hai.csv").exists()
    assert board.pdf_button.isEnabled() and board.csv_button.isEnabled()
    assert board.export("csv", str(tmp_path / "sau.csv")) is None  # free again once done
    qtbot.waitUntil(lambda: (tmp_path / "sau.csv").exists(), timeout=15000)
    assert threaded_ops.wait()


@pytest.mark.sqlite_only
def test_the_backup_from_the_window_runs_off_the_gui_thread_and_never_twice(qtbot, threaded_ops, db, officer):
    from counter.services.safekeeping import backups_dir
    from counter.ui.app import SAFEKEEPING, start_safekeeping
    from counter.ui.main_window import MainWindow

    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    window.show()
    threaded_ops.wait()
    folder = backups_dir(db.path)
    before = set(folder.glob("*-hang-ngay-*")) if folder.exists() else set()
    start_safekeeping(db, window)  # the integrity check, then the daily backup
    assert threaded_ops.is_running(SAFEKEEPING) and "Đang kiểm tra và sao lưu" in " ".join(threaded_ops.labels())
    assert window.safekeeping_start(False) is False  # the hourly tick while it runs: not a second one
    _answers(qtbot, window.scan)
    qtbot.waitUntil(lambda: not threaded_ops.is_running(SAFEKEEPING), timeout=30000)
    made = set(folder.glob("*-hang-ngay-*")) - before
    assert len(made) == 1 and next(iter(made)).stat().st_size > 0
    window.safekeeping_timer.stop()


def test_signing_in_waits_for_a_locked_database_without_freezing(qtbot, threaded_ops, db, officer, held):
    from counter.services import accounts
    from counter.ui.main_window import _default_actor
    from counter.ui.signin import SignInDialog

    accounts.set_password(db, _default_actor(db), officer.id, "lan-mat-khau-1")

    dialog = SignInDialog(db, "UBND xã Tân Trụ")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    lock = held()  # another counter is writing: the sign-in's own write (and audit entry) waits
    type_text(dialog.username, "lan.nt")
    type_text(dialog.password, "lan-mat-khau-1")
    ok.click()
    key = f"account.{id(dialog)}"
    assert threaded_ops.is_running(key) and not ok.isEnabled() and dialog.result() == 0
    refused = _refusals(threaded_ops)
    dialog._ok()  # Enter pressed again: not sent twice
    assert refused == [key]
    qtbot.waitUntil(lambda: threaded_ops.is_running(key), timeout=2000)
    _answers(qtbot, dialog.username)
    assert threaded_ops.is_running(key) and dialog.actor is None  # still waiting for the lock
    lock.release()
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=15000)
    assert dialog.actor == officer and dialog.result() == dialog.DialogCode.Accepted
    assert threaded_ops.wait()
