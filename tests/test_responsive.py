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
    page.refresh()
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
