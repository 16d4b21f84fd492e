"""Smoke test of the frozen one-folder bundle (dist/Counter, built by packaging/build.py): the
frozen executables run init, demo-data, receipt, report daily and check in a folder with spaces
and Vietnamese letters, print no traceback, and the window opens offscreen and stays up.

    python packaging/build.py && python -m pytest packaging/test_bundle.py

./bootstrap test (and so .ci/run) does exactly that after the test suite. COUNTER_BUNDLE=DIR tests another bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers import pdf_barcodes, pdf_text, window_stays_up  # noqa: E402

BUNDLE = Path(os.environ.get("COUNTER_BUNDLE", ROOT / "dist" / "Counter"))
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    if not (BUNDLE / f"counter-cli{EXE}").exists():
        pytest.fail(f"no bundle at {BUNDLE}: build it first with 'python packaging/build.py'")
    work = tmp_path_factory.mktemp("bundle") / "Bộ phận Một cửa"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTER_", "PYTHON"))}
    env.update(COUNTER_DATA_DIR=str(work / "Dữ liệu"), COUNTER_LOG_DIR=str(work / "Nhật ký"),
               QT_QPA_PLATFORM="offscreen")  # real time: nothing below depends on the day
    return work, env


def frozen(place, *args, program="counter-cli"):
    work, env = place
    done = subprocess.run([str(BUNDLE / f"{program}{EXE}"), *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=work, timeout=300)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def test_the_frozen_commands_work_and_print_no_traceback(place):
    work, _ = place
    db = work / "Cơ sở dữ liệu" / "xã Tân Trụ.sqlite3"
    for args in (("init", "--create-folders", "--slot", "1"), ("demo-data", "--dossiers", "30", "--days", "5")):
        done = frozen(place, "--db", str(db), *args)
        assert done.returncode == 0, done.stderr
    listing = frozen(place, "--db", str(db), "list", "--limit", "1")
    code = listing.stdout.split()[0]
    receipt = work / "Giấy biên nhận.pdf"
    assert frozen(place, "--db", str(db), "receipt", code, "-o", str(receipt)).returncode == 0
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in pdf_text(receipt.read_bytes())[0]
    assert ("Code128", code) in pdf_barcodes(receipt.read_bytes())[0]
    report = work / "Báo cáo ngày.pdf"
    assert frozen(place, "--db", str(db), "report", "daily", "--date", "2026-11-23", "-o", str(report)).returncode == 0
    assert "BÁO CÁO" in pdf_text(report.read_bytes())[0].upper()
    check = frozen(place, "--db", str(db), "check")
    assert check.returncode == 0 and "Toàn vẹn cơ sở dữ liệu: tốt" in check.stdout
    cp1252 = subprocess.run([str(BUNDLE / f"counter-cli{EXE}"), "--db", str(db), "list", "--limit", "3"],
                            capture_output=True, env={**place[1], "PYTHONIOENCODING": "cp1252"}, timeout=120)
    assert cp1252.returncode == 0 and " hẹn " in cp1252.stdout.decode("utf-8")  # UTF-8 whatever the code page
    key = work / "Chữ ký tập huấn.p12"  # the signing libraries are in the bundle
    env_pin = {**place[1], "COUNTER_PIN": "123456"}
    done = subprocess.run([str(BUNDLE / f"counter-cli{EXE}"), "--db", str(db), "signing", "training-key", "--name",
                           "Nguyễn Thị Lan", "-o", str(key)], capture_output=True, text=True, env=env_pin, timeout=120)
    assert done.returncode == 0 and key.exists(), done.stderr
    assert "Tệp PKCS#12" in frozen(place, "--db", str(db), "signing", "status").stdout
    offline = frozen(place, "--db", str(db), "sync", "--once", "--server", "http://127.0.0.1:9", "--token", "t")
    assert offline.returncode == 1 and "đồng bộ chưa xong" in offline.stderr  # the sync client is in the bundle
    hub = frozen(place, "hub")
    assert hub.returncode == 1 and "counter[hub]" in hub.stderr  # the reference server is not in the bundle
    log = (work / "Nhật ký" / "counter.log").read_text(encoding="utf-8")
    assert "Traceback" not in log


def test_the_frozen_window_opens_offscreen_and_stays_up(place):
    work, env = place
    db = work / "cua so.sqlite3"
    assert frozen(place, "--db", str(db), "init").returncode == 0
    window_stays_up([str(BUNDLE / f"Counter{EXE}"), "--db", str(db)], work / "Nhật ký" / "counter.log", env=env,
                    cwd=work, stay=5)
