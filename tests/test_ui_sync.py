"""Sync as the officer sees it: online/offline, waiting count, last success, needs-attention,
sync now, and the warning on exit when work is unsent."""

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, text

from counter.services import intake
from counter.store.models import OutboxEvent
from counter.ui.main_window import MainWindow
from counter.ui.settings import SettingsDialog
from counter.ui.sync_status import AttentionDialog
from helpers import complete_draft
from qt_helpers import press, when_modal


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.sync_status.stop()


def configure(qtbot, window, url, token):
    dialog = SettingsDialog(window.db, window.current_actor, window.bus, window)
    qtbot.addWidget(dialog)
    dialog.sync_url.setText(url)
    dialog.sync_token.setText(token)
    dialog.save_office()
    assert not dialog.fields["sync_url"].message.isVisible()


def test_status_bar_counts_and_sync_now(qtbot, window, db, officer, hub):
    status = window.sync_status
    assert "Chưa thiết lập đồng bộ" in status.text.text()
    for _ in range(3):
        intake.receive(db, complete_draft(db), officer)
    window.bus.dossiers_changed.emit()
    configure(qtbot, window, hub.url, hub.token)  # the worker starts once a server is set
    qtbot.waitUntil(lambda: bool(status.state and status.state.online and status.state.pending == 0), timeout=15000)
    assert "Trực tuyến" in status.text.text() and "Chờ gửi: 0" in status.text.text()
    assert "Đồng bộ lần cuối: " in status.text.text() and "chưa có" not in status.text.text()

    intake.receive(db, complete_draft(db), officer)
    press(window, Qt.Key.Key_F9)  # sync now
    qtbot.waitUntil(lambda: bool(status.state.pending == 0 and status.state.last_result
                                 and status.state.last_result.sent == 1), timeout=15000)


def test_offline_then_needs_attention(qtbot, window, db, officer, hub):
    code = intake.receive(db, complete_draft(db), officer).code
    configure(qtbot, window, "http://127.0.0.1:9", hub.token)  # nothing listens there
    status = window.sync_status
    qtbot.waitUntil(lambda: bool(status.state is not None and status.state.online is False), timeout=15000)
    assert "Ngoại tuyến" in status.text.text() and "Chờ gửi: 1" in status.text.text()
    assert "Không kết nối được" in status.text.toolTip()

    with db.write() as session:  # a record the province will refuse
        event = session.scalar(select(OutboxEvent))
        event.payload = {**event.payload, "SoDienThoai": "12345"}
        session.execute(text("UPDATE dossier SET phone='12345'"))
    configure(qtbot, window, hub.url, hub.token)
    qtbot.waitUntil(lambda: status.state.attention == 1, timeout=15000)
    assert "Cần xử lý: 1" in status.attention.text()

    def fix(dialog: AttentionDialog):
        assert dialog.rejected.rowCount() == 1 and "SoDienThoai" in dialog.rejected.item(0, 3).text()
        from counter.services.dossiers import update_contact

        update_contact(db, code, officer, phone="0912345678")
        dialog.rejected.selectRow(0)
        dialog.requeue_button.click()
        assert dialog.rejected.rowCount() == 0
        dialog.accept()

    when_modal(fix, AttentionDialog)
    status.attention.click()
    qtbot.waitUntil(lambda: status.state.attention == 0 and status.state.pending == 0, timeout=15000)


def test_exit_warns_when_work_is_unsent(qtbot, window, db, officer):
    intake.receive(db, complete_draft(db), officer)
    warnings = window.close_warnings()
    assert any("Còn 1 thay đổi chưa gửi lên hệ thống tỉnh" in w for w in warnings)
    answers = []

    def answer(box: QMessageBox):
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(answer, QMessageBox)
    press(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible() and "Vẫn thoát?" in answers[0]


def test_closing_time_warning(office_clock, qtbot, window, db, officer):
    from datetime import datetime

    from counter import clock

    intake.receive(db, complete_draft(db), officer)
    office_clock.set(datetime(2026, 11, 23, 14, 0))
    window._in_background(window.closing_time_check)  # the minute's tick, through counter.ui.ops
    assert getattr(window, "closing_box", None) is None
    office_clock.set(datetime(2026, 11, 23, 16, 50))
    window._in_background(window.closing_time_check)
    assert "Còn 1 thay đổi chưa gửi" in window.closing_box.text()
    window.closing_box.close()
    first = window.closing_box
    window._in_background(window.closing_time_check)
    assert window.closing_box is first  # once a day
    time.sleep(0)
