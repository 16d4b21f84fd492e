"""Files that cannot be trusted to take a write: a read-only or immutable database opens for
look-ups with a plain message (the app and the CLI), a damaged file is refused before anything is
written, and another office's backup is not restored without saying so."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from counter.services import intake
from counter.store.db import open_database
from helpers import complete_draft
from test_safekeeping import run_cli

CHATTR = shutil.which("chattr")


def make_immutable(path: Path):
    done = subprocess.run([CHATTR, "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not allowed here ({done.stderr.decode().strip()}): no immutable file to test with")


@pytest.fixture
def immutable(db, officer):
    """A database with two dossiers, closed, then made immutable (chattr +i: even root cannot write)."""
    if not CHATTR:
        pytest.skip("chattr is not installed: no immutable file to test with")
    from counter.services import accounts

    codes = [intake.receive(db, complete_draft(db), officer).code for _ in range(2)]
    accounts.create_first_admin(db, "quantri", "Quản trị hệ thống", "mat-khau-quan-tri")
    db.close()
    make_immutable(db.path)
    yield db.path, codes
    subprocess.run([CHATTR, "-i", str(db.path)], check=True)


def read_only_folder(db, officer):
    codes = [intake.receive(db, complete_draft(db), officer).code for _ in range(2)]
    db.close()
    return codes


pytestmark = pytest.mark.sqlite_only


def test_an_immutable_database_opens_for_look_ups_and_says_why_on_writing(immutable):
    path, codes = immutable
    db = open_database(str(path), lock=True, read_only_ok=True)
    try:
        assert "immutable" in db.read_only
        from counter.services.dossiers import DossierFilter, list_dossiers

        with db.read() as session:
            assert {r.code for r in list_dossiers(session, DossierFilter())} == set(codes)
        from counter.services.errors import UserError

        with pytest.raises(UserError, match="chỉ cho đọc .*chế độ chỉ xem"):
            intake.receive(db, complete_draft(db), None)
    finally:
        db.close()
    listed = run_cli(path, "list")
    assert listed.returncode == 0 and all(c in listed.stdout for c in codes), listed.stderr
    written = run_cli(path, "init", "--slot", "3")
    assert written.returncode != 0 and "chỉ cho đọc" in written.stderr and "Traceback" not in written.stderr


def test_the_app_starts_read_only_with_a_plain_message(qapp, immutable):
    """The real start-up path (counter.ui.app._start) on an immutable file: a plain message first,
    then sign-in and the main window for look-ups; the first save says why, no traceback."""
    from counter.services.errors import UserError
    from helpers import Officer

    path, codes = immutable

    def look(window):
        try:
            intake.receive(window.db, complete_draft(window.db), window.actor)
            saved = "saved"
        except UserError as exc:
            saved = str(exc)
        return window.read_only_label.isVisible(), saved

    officer = Officer(look=look)
    assert officer.start(str(path)) == 0
    [(title, text)] = [m for m in officer.messages if m[0] == "Dữ liệu chỉ đọc"]
    assert "chỉ cho đọc" in text and "immutable" in text
    label_shown, saved = officer.seen
    assert label_shown and "chế độ chỉ xem" in saved


def test_a_backup_of_another_office_is_refused_unless_other_office(db, officer, tmp_path):
    from counter.store.models import Office

    intake.receive(db, complete_draft(db), officer)
    db.close()
    other = tmp_path / "khac" / "counter.sqlite3"
    other.parent.mkdir()
    shutil.copy(db.path, other)
    import sqlite3

    con = sqlite3.connect(other)
    con.execute("UPDATE office SET agency_code = '000.01.35.H50', name = 'UBND xã Nhựt Tảo' WHERE id = 1")
    con.commit()
    con.close()
    backup = tmp_path / "cua-xa-khac.bak"
    made = run_cli(other, "backup", "-o", str(backup))
    assert made.returncode == 0, made.stderr
    refused = run_cli(db.path, "restore", str(backup))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "UBND xã Nhựt Tảo (mã 000.01.35.H50)" in refused.stderr and "(mã 000.01.34.H49)" in refused.stderr
    assert "--other-office" in refused.stderr
    reopened = open_database(str(db.path))
    with reopened.read() as session:
        assert session.get(Office, 1).agency_code == "000.01.34.H49"  # untouched
    reopened.close()
    done = run_cli(db.path, "restore", str(backup), "--other-office")
    assert done.returncode == 0, done.stderr


def test_the_cli_refuses_a_damaged_file_before_writing(db, officer):
    for _ in range(30):
        intake.receive(db, complete_draft(db), officer)
    db.close()
    size = db.path.stat().st_size
    with open(db.path, "r+b") as fh:  # garbage over pages in the middle of the file; the header stays
        fh.seek(4096 * 6)
        fh.write(b"\xa5" * min(4096 * 8, size - 4096 * 7))
    before = db.path.read_bytes()
    for command in (("list",), ("sweep",), ("backup", "-o", str(db.path.parent / "x.bak"))):
        result = run_cli(db.path, *command)
        assert result.returncode != 0, (command, result.stdout)
        assert "bị hỏng" in result.stderr and "counter restore" in result.stderr and "Traceback" not in result.stderr
    assert db.path.read_bytes() == before  # nothing written
