"""The operations helper: work on a worker thread, results and errors back on the GUI thread,
changes announced on the bus, the same action never twice at once, and a synchronous mode for
tests."""

import sys
import threading
from contextvars import ContextVar

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from counter.services.errors import UserError
from counter.ui import ops
from counter.ui.bus import Bus

marker: ContextVar[str] = ContextVar("marker", default="")


def test_inline_mode_runs_at_once_and_announces(qtbot, inline_ops):
    assert inline_ops and ops.is_inline()
    bus = Bus()
    seen = []
    bus.dossiers_changed.connect(lambda: seen.append("dossiers"))
    widget = QWidget()
    qtbot.addWidget(widget)
    started = ops.Op(widget, lambda: threading.get_ident(), bus=bus, changes=("dossiers",)) \
        .success(lambda ident: seen.append(ident)).run()
    assert started and seen == ["dossiers", threading.get_ident()]  # same thread, before run() returned


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(qtbot, threaded_ops):
    widget = QWidget()
    qtbot.addWidget(widget)
    button = QPushButton(widget)
    release = threading.Event()
    where = {}

    def work():
        where["work"] = QThread.currentThread()
        release.wait(10)
        return 42

    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    busy = []
    threaded_ops.busy.connect(busy.append)
    op = ops.Op(widget, work, key="slow", label="Đang làm").disable(button)
    op.success(lambda value: where.update(result=value, gui=QThread.currentThread()))
    assert op.run()
    assert not button.isEnabled() and busy == [True]
    # while the work waits, the event loop keeps turning: the timer fires, a second start is refused
    refused = []
    threaded_ops.refused.connect(lambda key, label: refused.append((key, label)))
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=3000)
    assert ops.Op(widget, lambda: 0, key="slow").run() is False and refused == [("slow", "Đang làm")]
    assert "result" not in where
    release.set()
    qtbot.waitUntil(lambda: "result" in where, timeout=5000)
    timer.stop()
    app_thread = QApplication.instance().thread()
    assert where["result"] == 42 and where["gui"] is app_thread and where["work"] is not app_thread
    assert button.isEnabled() and busy == [True, False]
    assert ops.Op(widget, lambda: 1, key="slow").run()  # free again


def test_a_user_error_goes_to_the_failure_handler_and_the_widgets_come_back(qtbot, threaded_ops):
    widget = QWidget()
    qtbot.addWidget(widget)
    button = QPushButton(widget)
    got = []

    def work():
        raise UserError("Số giấy tờ không khớp.")

    ops.Op(widget, work, bus=Bus(), changes=("dossiers",)).disable(button) \
        .success(lambda _r: got.append("success")).failure(lambda exc: got.append(str(exc))) \
        .always(lambda: got.append("always")).run()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == ["always", "Số giấy tờ không khớp."] and button.isEnabled()


def test_a_bug_reaches_the_crash_report(qtbot, threaded_ops, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append((kind, str(exc), tb is not None)))
    widget = QWidget()
    qtbot.addWidget(widget)
    failures = []
    ops.Op(widget, lambda: 1 / 0).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert reported == [(ZeroDivisionError, "division by zero", True)] and failures == []


def test_a_closed_screen_gets_no_callback_but_the_change_is_announced(qtbot, threaded_ops):
    bus = Bus()
    announced = []
    bus.dossiers_changed.connect(lambda: announced.append(1))
    widget = QWidget()
    release = threading.Event()
    called = []
    ops.Op(widget, lambda: release.wait(10), bus=bus, changes=("dossiers",)).success(called.append).run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not ops._alive(widget), timeout=3000)
    release.set()
    assert threaded_ops.wait(5000)
    assert announced == [1] and called == []


def test_the_callers_context_travels_with_the_work(qtbot, threaded_ops):
    widget = QWidget()
    qtbot.addWidget(widget)
    got = []
    token = marker.set("000.01.34.H49-261123-0001")
    try:
        ops.Op(widget, marker.get).success(got.append).run()
    finally:
        marker.reset(token)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == ["000.01.34.H49-261123-0001"]


def test_unknown_changes_are_a_programming_error():
    with pytest.raises(ValueError):
        ops.Op(None, lambda: None, changes=("everything",))


def test_the_busy_indicator_shows_while_work_lasts_and_says_when_an_action_is_repeated(qtbot, threaded_ops):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = ops.BusyIndicator(window.statusBar(), delay=50)
    window.show()
    release = threading.Event()
    ops.Op(window, lambda: release.wait(10), key="backup", label="Đang sao lưu").run()
    qtbot.waitUntil(indicator.visible, timeout=3000)
    assert indicator.label.text() == "Đang sao lưu"
    ops.Op(window, lambda: None, key="backup").run()
    assert "Đang sao lưu" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: not indicator.visible(), timeout=5000)
