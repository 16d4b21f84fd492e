"""Windows-safe file handling, on the paths that can run here: a file held by another program
(what antivirus and PDF viewers do on Windows) is retried, then reported with nothing lost;
paths with spaces and Vietnamese letters work end to end; owner-only files are owner-only."""

import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from counter import files
from helpers import pdf_text


def _immutable_supported(tmp_path: Path) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("chattr"):
        return False
    probe = tmp_path / "probe"
    probe.write_text("x")
    ok = subprocess.run(["chattr", "+i", str(probe)], capture_output=True).returncode == 0
    subprocess.run(["chattr", "-i", str(probe)], capture_output=True)
    return ok


@pytest.fixture
def hold(tmp_path):
    """Make a file impossible to replace, as a scanning antivirus does on Windows: the kernel's
    immutable flag (chattr +i) makes rename over it fail with a real PermissionError."""
    if not _immutable_supported(tmp_path):
        pytest.skip("needs chattr +i (root on ext4/xfs) to hold a file the way Windows antivirus does")
    held: list[Path] = []

    def _hold(path: Path, seconds: float | None = None) -> None:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        held.append(path)
        if seconds is not None:
            threading.Timer(seconds, lambda: subprocess.run(["chattr", "-i", str(path)])).start()

    yield _hold
    for path in held:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def test_a_file_held_for_a_moment_is_replaced_after_retrying(tmp_path, hold):
    target = tmp_path / "bien-nhan.pdf"
    target.write_bytes(b"old")
    hold(target, seconds=0.6)
    started = time.monotonic()
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert 0.5 < time.monotonic() - started < files.HOLD_SECONDS
    assert not (tmp_path / "bien-nhan.pdf.part").exists()


def test_a_file_held_for_good_is_reported_and_the_new_content_kept(tmp_path, hold):
    target = tmp_path / "bien-nhan.pdf"
    target.write_bytes(b"old")
    hold(target)
    with pytest.raises(files.FileHeld) as err:
        files.write_atomic(target, b"new")
    message = str(err.value)
    assert f"Không ghi được tệp {target}" in message and "phần mềm diệt virus" in message
    assert (tmp_path / "bien-nhan.pdf.part").read_bytes() == b"new" and target.read_bytes() == b"old"


def test_the_receipt_command_says_which_file_is_held(db_url, tmp_path, hold):
    run = lambda *a: subprocess.run([sys.executable, "-m", "counter", "--db", db_url, *a], capture_output=True,
                                    text=True, timeout=120)
    assert run("init", "--slot", "1").returncode == 0
    assert run("demo-data", "--dossiers", "3").returncode == 0
    code = run("list", "--limit", "1").stdout.split()[0]
    out = tmp_path / "biên nhận.pdf"
    out.write_bytes(b"the previous receipt, open in a PDF viewer")
    hold(out)
    done = run("receipt", code, "-o", str(out))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "đang bị một chương trình khác giữ" in done.stderr and str(out) in done.stderr
    kept = Path(str(out) + ".part")
    assert code in pdf_text(kept.read_bytes())[0]


def test_paths_with_spaces_and_vietnamese_letters_work_end_to_end(tmp_path):
    folder = tmp_path / "Dữ liệu Bộ phận Một cửa" / "Xã Tân Trụ"
    env = {**os.environ, "COUNTER_DATA_DIR": str(tmp_path / "Thư mục người dùng"),
           "COUNTER_LOG_DIR": str(tmp_path / "Nhật ký Counter")}
    run = lambda *a: subprocess.run([sys.executable, "-m", "counter", *a], capture_output=True, text=True,
                                    encoding="utf-8", timeout=120, env=env)
    db = folder / "cơ sở dữ liệu.sqlite3"
    assert run("--db", str(db), "init", "--create-folders", "--slot", "1").returncode == 0
    assert run("--db", str(db), "demo-data", "--dossiers", "5").returncode == 0
    code = run("--db", str(db), "list", "--limit", "1").stdout.split()[0]
    receipt = folder / "Giấy biên nhận số 1.pdf"
    done = run("--db", str(db), "receipt", code, "-o", str(receipt))
    assert done.returncode == 0, done.stderr
    assert code in pdf_text(receipt.read_bytes())[0]
    backup = folder / "Sao lưu" / "bản sao ngày 23.sqlite3"
    assert run("--db", str(db), "backup", "-o", str(backup)).returncode == 0 and backup.exists()
    assert run("--db", str(db), "check").returncode == 0
    # the default database lives in a data folder with Vietnamese letters too
    assert run("init").returncode == 0
    assert (tmp_path / "Thư mục người dùng" / "counter.sqlite3").exists()
    assert (tmp_path / "Nhật ký Counter" / "counter.log").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits (Windows relies on the profile's ACL)")
def test_owner_only_files_are_owner_only(db, tmp_path):
    """On Windows the same files live in the user's profile, which Windows itself keeps private
    (docs/install-windows.md); on POSIX each is mode 0600 in a 0700 folder."""
    from counter import logs, paths
    from counter.services import drafts
    from counter.services.intake import DossierDraft

    logs.setup()
    kept = drafts.save(db.url, DossierDraft(name="Nguyễn Văn An"))
    for path in (db.path, logs.state.file, kept):  # db.path: the SQLite file (none on PostgreSQL)
        assert path is None or stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700
    drafts.discard(db.url)
