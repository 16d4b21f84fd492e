"""Never a crash without a trace: the rotating, masked log file in the platform's log folder;
a log folder that cannot be written; the crash dialog with the intake kept and offered back at
the next start, also after a native crash; Qt's own warnings in the log."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import threading

from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from counter import logs
from counter.services import drafts
from counter.ui import crash
from counter.ui.main_window import MainWindow
from helpers import Officer
from qt_helpers import type_text, when_modal

WORKER = Path(__file__).resolve().parent / "crash_worker.py"


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "Nhật ký"
    monkeypatch.setenv("COUNTER_LOG_DIR", str(folder))
    yield folder
    logs.setup()  # back to the session's log folder


def test_the_log_file_rotates_and_never_holds_personal_data(log_dir):
    state = logs.setup()
    assert state.file == log_dir / "counter.log" and state.problem is None
    log = logging.getLogger("counter.test")
    try:
        raise ValueError("applicant 080190001234, phone 0912345678, nhung@example.vn")
    except ValueError:
        log.exception("intake failed for 080190001234")
    text = state.file.read_text(encoding="utf-8")
    assert "080***234" in text and "091***678" in text and "n***@example.vn" in text
    assert "080190001234" not in text and "0912345678" not in text  # nor in the traceback
    assert "Traceback" in text and "ValueError" in text
    for i in range(9000):  # about 1.2 MB
        log.info("record %05d %s", i, "x" * 100)
    assert (log_dir / "counter.log.1").exists() and state.file.stat().st_size < logs.MAX_BYTES


def test_a_log_folder_that_cannot_be_written_is_said_and_nothing_stops(tmp_path, monkeypatch, qtbot, db):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    monkeypatch.setenv("COUNTER_LOG_DIR", str(blocker / "log"))
    done = subprocess.run([sys.executable, "-m", "counter", "--db", str(tmp_path / "other.sqlite3"), "init"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert f"Không ghi được nhật ký vào thư mục {blocker / 'log'}" in done.stderr
    assert "nhật ký tạm ghi vào" in done.stderr and "Traceback" not in done.stderr
    state = logs.setup()
    try:
        assert state.file is not None and state.file.exists() and blocker not in state.file.parents
        logging.getLogger("counter.test").warning("still logging")
        assert "still logging" in state.file.read_text(encoding="utf-8")
        from counter.ui.about import AboutDialog

        about = AboutDialog(db)
        qtbot.addWidget(about)
        shown = about.findChild(QLabel, "log_file").text()
        assert shown.startswith(str(state.file)) and f"Không ghi được nhật ký vào thư mục {blocker / 'log'}" in shown
    finally:
        monkeypatch.undo()
        logs.setup()


def fill(page):
    type_text(page.name, "Nguyễn Thị Hồng Nhung")
    type_text(page.id_number, "080190001234")
    type_text(page.address, "Ấp Bình Hòa, xã Tân Trụ")


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_the_crash_dialog_and_keeps_the_intake(qtbot, db, log_dir):
    logs.setup()
    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    window.show()
    fill(window.intake)
    saved = sys.excepthook, threading.excepthook
    handler = crash.install(window.intake.draft_keeper.save_now, native=False)
    try:
        def broken_slot():
            raise KeyError("a bug in a slot, officer 080190001234")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=5000)
        dialog = handler.dialog
        assert dialog.windowTitle() == "Counter gặp lỗi ngoài dự kiến"
        said = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Hồ sơ đang nhập dở đã được giữ lại" in said and "Sao chép chi tiết" in said
        assert "KeyError" in dialog.details and "080***234" in dialog.details and "080190001234" not in dialog.details
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert "KeyError" in QGuiApplication.clipboard().text()
        dialog.continue_button.click()
        assert window.isVisible()  # the officer carries on
        assert "uncaught error" in logs.state.file.read_text(encoding="utf-8")
    finally:
        sys.excepthook, threading.excepthook = saved
        qInstallMessageHandler(None)
    kept = drafts.load(db.url)
    assert kept is not None and kept.draft.name == "Nguyễn Thị Hồng Nhung"
    # the next start offers it back
    window.intake.draft_keeper.timer.stop()
    window.close()  # closed by the program, not by the officer: the draft stays
    again = MainWindow(db, sync=False)
    qtbot.addWidget(again)
    again.show()
    when_modal(lambda box: box.button(box.StandardButton.Yes).click())
    assert again.offer_saved_draft() is True
    page = again.intake
    assert (page.name.text(), page.id_number.text(), page.address.text()) == (
        "Nguyễn Thị Hồng Nhung", "080190001234", "Ấp Bình Hòa, xã Tân Trụ")
    page.new_dossier()  # the officer starts afresh: the draft is gone
    assert drafts.load(db.url) is None


def test_a_native_crash_leaves_a_trace_and_the_intake_comes_back(db_url, log_dir):
    assert subprocess.run([sys.executable, "-m", "counter", "--db", db_url, "init"], timeout=120).returncode == 0
    worker = subprocess.run([sys.executable, str(WORKER), db_url], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "COUNTER_LOG_DIR": str(log_dir)})
    assert worker.stdout.startswith("typed") and worker.returncode == -11, worker.stderr
    trace = (log_dir / "crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in trace and "crash_worker.py" in trace
    officer = Officer(look=lambda w: (w.intake.name.text(), w.intake.phone.text(), w.intake.notes.toPlainText()))
    assert officer.start(db_url) == 0
    offers = [text for title, text in officer.messages if title == "Khôi phục hồ sơ đang nhập dở?"]
    assert len(offers) == 1 and "Trần Thị Mỹ Duyên" in offers[0]
    assert officer.seen == ("Trần Thị Mỹ Duyên", "0987 654 321", "Nộp kèm bản sao sổ hộ khẩu cũ.")


def test_declining_the_offer_discards_the_draft(db_url, log_dir):
    from counter.services.intake import DossierDraft

    assert subprocess.run([sys.executable, "-m", "counter", "--db", db_url, "init"], timeout=120).returncode == 0
    from counter.store.db import resolve_url

    url = resolve_url(db_url)
    drafts.save(url, DossierDraft(name="Lê Văn Tám"), "Đăng ký khai sinh")
    officer = Officer(restore_draft=False, look=lambda w: w.intake.name.text())
    assert officer.start(db_url) == 0
    assert officer.seen == "" and drafts.load(url) is None


def test_qt_warnings_go_to_the_log(log_dir, qapp):
    logs.setup()
    handler = crash.CrashHandler()
    qInstallMessageHandler(handler.qt_message)
    try:
        qWarning("QPainter::begin: Paint device returned engine == 0")
    finally:
        qInstallMessageHandler(None)
    assert "Qt: QPainter::begin: Paint device returned engine == 0" in logs.state.file.read_text(encoding="utf-8")
