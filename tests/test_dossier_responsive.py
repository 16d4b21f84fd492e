"""The dossier window while another counter holds the database (a write lock on SQLite, the
dossier's row on PostgreSQL) or a big scan is being imported: the window keeps answering, the
step cannot be started twice, and it completes when the other writer lets go. Real threads
(``threaded_ops``), real databases."""

from __future__ import annotations

import random
import sqlite3
from contextlib import contextmanager

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from sqlalchemy import create_engine, text

from counter.domain.lifecycle import Action
from counter.domain.status import Status
from counter.services import intake, scanjob
from counter.services.detail import dossier_detail
from counter.ui.actions import StepDialog
from helpers import complete_draft
from qt_helpers import type_text, when_modal


@contextmanager
def other_counter_writing(db, code: str):
    """Another counter in the middle of a write to this dossier, until the block ends."""
    if db.is_sqlite:
        con = sqlite3.connect(str(db.path), timeout=1.0)
        con.isolation_level = None
        con.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            con.execute("ROLLBACK")
            con.close()
        return
    engine = create_engine(db.url)
    try:
        with engine.connect() as con:
            con.execute(text("SELECT id FROM dossier WHERE code = :c FOR UPDATE"), {"c": code})
            try:
                yield
            finally:
                con.rollback()
    finally:
        engine.dispose()


@pytest.fixture
def window(qtbot, db, threaded_ops):
    from counter.ui.main_window import MainWindow

    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    yield w
    threaded_ops.wait(30000)


def opened(qtbot, window, code):
    dialog = window.open_dossier(code)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=15000)
    return dialog


def test_a_step_waits_for_another_counter_without_freezing_the_window(qtbot, window, db, officer, threaded_ops):
    code = intake.receive(db, complete_draft(db), officer).code
    dialog = opened(qtbot, window, code)
    ticks, seen = [], {}
    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(lambda: ticks.append(1))
    other = other_counter_writing(db, code)
    other.__enter__()

    def let_go():
        seen["ticks while waiting"] = len(ticks)
        seen["running at release"] = any(k.startswith("step.") for k in threaded_ops.running)
        other.__exit__(None, None, None)

    def refuse(step: StepDialog):
        type_text(step.reason, "Hồ sơ giả mạo giấy tờ")
        ok = step.buttons.button(step.buttons.StandardButton.Ok)
        ok.click()
        seen["waiting"] = threaded_ops.is_running(f"step.{id(step)}")
        seen["ok disabled"] = not step.buttons.isEnabled()
        ok.click()  # a second click while the first is waiting starts nothing
        seen["still one"] = len([k for k in threaded_ops.running if k.startswith("step.")]) == 1
        ticks.clear()
        ticker.start()
        QTimer.singleShot(1200, let_go)  # the other counter commits after 1.2 s

    when_modal(refuse, StepDialog)
    dialog.action_buttons[Action.REFUSE].click()  # exec() returns once the step is done
    ticker.stop()
    assert seen["waiting"] and seen["ok disabled"] and seen["still one"] and seen["running at release"], seen
    assert seen["ticks while waiting"] >= 20, seen  # 1.2 s of a 20 ms timer: the window kept answering
    assert dossier_detail(db, code).status == Status.REFUSED
    qtbot.waitUntil(lambda: dialog.status == Status.REFUSED, timeout=10000)
    assert "Đã từ chối hồ sơ." in dialog.message.text()


@pytest.mark.sqlite_only  # SQLite's 5 s busy timeout; PostgreSQL's 10 s lock wait is covered by the test above
def test_a_step_refused_because_the_lock_never_came_keeps_what_was_typed(qtbot, window, db, officer, threaded_ops):
    code = intake.receive(db, complete_draft(db), officer).code
    dialog = opened(qtbot, window, code)
    result = {}

    def refuse(step: StepDialog):
        type_text(step.reason, "Lý do dài của cán bộ")
        step.buttons.button(step.buttons.StandardButton.Ok).click()

        def finished():
            if threaded_ops.is_running(f"step.{id(step)}"):
                QTimer.singleShot(100, finished)
                return
            result["error"] = step.error.text()
            result["kept"] = step.reason.toPlainText()
            result["enabled"] = step.buttons.isEnabled()
            step.reject()

        QTimer.singleShot(100, finished)

    with other_counter_writing(db, code):
        when_modal(refuse, StepDialog)
        dialog.action_buttons[Action.REFUSE].click()
    assert result["kept"] == "Lý do dài của cán bộ" and result["enabled"], result
    assert "khóa" in result["error"] or "bận" in result["error"], result  # said plainly, in Vietnamese
    assert dossier_detail(db, code).status == Status.ACCEPTED


def test_attaching_a_big_scan_keeps_the_window_answering(qtbot, window, db, officer, threaded_ops, tmp_path):
    code = intake.receive(db, complete_draft(db), officer).code
    dialog = opened(qtbot, window, code)
    scan = tmp_path / "ban-ve.jpg"
    side = 1800
    Image.frombytes("RGB", (side, side), random.Random(1).randbytes(side * side * 3)).save(scan, quality=100)
    assert scan.stat().st_size >= scanjob.PROCESS_FROM
    ticks = []
    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    dialog.attach_scan(str(scan))
    assert not dialog.attach_button.isEnabled() and threaded_ops.is_running(f"attach.{code}.{scan}")
    dialog.attach_scan(str(scan))  # the same file again while it is being read: refused, not twice
    assert len([k for k in threaded_ops.running if k.startswith("attach.")]) == 1
    qtbot.waitUntil(lambda: not threaded_ops.is_running(f"attach.{code}.{scan}"), timeout=60000)
    ticker.stop()
    qtbot.waitUntil(lambda: dialog.detail is not None and len(dialog.detail.scans) == 1, timeout=10000)
    assert dialog.attach_button.isEnabled() and "Đã đính kèm ban-ve.jpg" in dialog.message.text()
    assert ticks, "the timer never fired while the scan was attached"
