"""Clear words for what goes wrong at start, on the command line and in the window: a database
from a newer Counter (no backup made), --db into a folder that does not exist, a PostgreSQL
server that is down, SQLite's English never bare in a Vietnamese message; a command piped into
head ends quietly; Vietnamese output whatever the console's code page."""

import os
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from counter.cli import main
from counter.services import safekeeping
from counter.store.db import DatabaseError, open_database
from helpers import Officer

COUNTER = [sys.executable, "-m", "counter"]
VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]")


def run(*args, env=None, **kw):
    return subprocess.run([*COUNTER, *args], capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, **(env or {})}, timeout=120, **kw)


def set_revision(url: str, revision: str) -> None:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": revision})
    engine.dispose()


def test_a_database_from_a_newer_counter_is_refused_plainly_and_no_backup_is_made(db_url, capsys):
    assert main(["--db", db_url, "init"]) == 0
    set_revision(db_url, "0042_from_the_future")
    before = Path(db_url).read_bytes() if "://" not in db_url else None
    capsys.readouterr()
    assert main(["--db", db_url, "list"]) == 1
    err = capsys.readouterr().err
    assert "do một phiên bản Counter mới hơn tạo ra" in err and "0042_from_the_future" in err
    assert "Hãy cài phiên bản Counter mới nhất" in err and "chưa có gì bị thay đổi" in err
    assert "Traceback" not in err and "alembic" not in err.lower()
    if before is not None:  # SQLite: the file is untouched and no "pre-upgrade" copy was written
        assert Path(db_url).read_bytes() == before
        assert not (Path(db_url).parent / "backups").exists()
    # the window says the same in a dialog
    officer = Officer()
    assert officer.start(db_url) == 1
    assert officer.messages[0][0] == "Không mở được dữ liệu"
    assert "phiên bản Counter mới hơn" in officer.messages[0][1]


def test_db_in_a_folder_that_does_not_exist_is_refused_unless_init_creates_it(tmp_path, capsys):
    target = tmp_path / "Thư mục gõ nhầm" / "xa tan tru.sqlite3"
    assert main(["--db", str(target), "list"]) == 1
    err = capsys.readouterr().err
    assert f"Thư mục {target.parent} không có" in err and "--create-folders" in err
    assert not target.parent.exists()  # nothing was created, no empty demo database
    assert main(["--db", str(target), "init"]) == 1
    assert not target.parent.exists()
    assert main(["--db", str(target), "init", "--create-folders"]) == 0
    assert target.exists()
    assert main(["--db", str(target), "list"]) == 0
    with pytest.raises(DatabaseError, match="không có"):
        open_database(str(tmp_path / "khác" / "x.sqlite3"))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens here once the socket is closed


def test_a_postgresql_server_that_is_down_is_said_in_vietnamese(capsys):
    url = f"postgresql+psycopg://counter:bi-mat@127.0.0.1:{closed_port()}/counter"
    assert main(["--db", url, "list"]) == 1
    err = capsys.readouterr().err
    assert "Không kết nối được cơ sở dữ liệu dùng chung" in err and "không chạy hoặc không nhận kết nối" in err
    for english in ("connection", "refused", "is the server running", "failed", "OperationalError"):
        assert english not in err.lower(), err
    assert "bi-mat" not in err  # the password never shows
    officer = Officer()
    assert officer.start(url) == 1
    assert officer.messages[0][1].startswith("Không kết nối được cơ sở dữ liệu dùng chung")


def test_an_unknown_postgresql_host_and_a_wrong_password_are_told_apart():
    host = safekeeping.explain_server(RuntimeError("failed to resolve host 'may-chu': Name or service not known"),
                                      "postgresql+psycopg://u:p@may-chu/counter")
    assert "không tìm thấy máy chủ có tên 'may-chu'" in host
    password = safekeeping.explain_server(RuntimeError('FATAL: password authentication failed for user "u"'),
                                          "postgresql+psycopg://u:p@db/counter")
    assert "từ chối tên đăng nhập hoặc mật khẩu 'u'" in password and "FATAL" not in password


@pytest.mark.sqlite_only
def test_sqlite_english_never_appears_bare_in_a_vietnamese_message(tmp_path, db):
    # a database file cut short by a failing disk
    broken = tmp_path / "cat-cut.sqlite3"
    db.checkpoint("TRUNCATE")  # everything into the main file, then cut it
    data = db.path.read_bytes()
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseError) as err:
        open_database(str(broken))
    message = str(err.value)
    english = str(err.value.__cause__.orig if hasattr(err.value.__cause__, "orig") else err.value.__cause__)
    assert english and english not in message and "malformed" not in message
    assert VIETNAMESE.search(message) and "bị hỏng" in message
    # an error the messages do not foresee: Vietnamese words, the English in the log only
    con = sqlite3.connect(db.path)
    try:
        try:
            con.execute("SELECT * FROM bang_khong_co")
        except sqlite3.OperationalError as exc:
            unforeseen = exc
    finally:
        con.close()
    message = safekeeping.explain(unforeseen, db.path)
    assert "no such table" not in message and "thiếu bảng dữ liệu" in message
    from counter.sync.worker import local_problem  # what the sync status shows after a failed round

    assert "no such table" not in local_problem(unforeseen, db) and "thiếu bảng" in local_problem(unforeseen, db)
    assert local_problem(KeyError("x"), db) == "lỗi ngoài dự kiến trong Counter (chi tiết đã ghi vào nhật ký)"
    assert safekeeping.check_file(tmp_path / "khong-co.sqlite3") == "không đọc được: không mở được tệp"
    (tmp_path / "x").write_bytes(b"\x07" * 4096)
    assert safekeeping.check_file(tmp_path / "x") == ("không đọc được: tệp không phải cơ sở dữ liệu SQLite, đã bị mã "
                                                      "hóa hoặc bị hỏng")


def test_piping_a_command_into_head_ends_quietly(db_url):
    assert run("--db", db_url, "init", "--slot", "1").returncode == 0
    assert run("--db", db_url, "demo-data", "--dossiers", "400").returncode == 0
    listing = subprocess.Popen([*COUNTER, "--db", db_url, "list", "--limit", "400"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    head = subprocess.run(["head", "-n", "1"], stdin=listing.stdout, capture_output=True, timeout=60)
    listing.stdout.close()
    err = listing.stderr.read().decode("utf-8")
    listing.stderr.close()
    assert listing.wait(60) == 141
    assert err == "", err  # no BrokenPipeError, no "Exception ignored"
    assert head.stdout.decode("utf-8").count("\n") == 1


def test_vietnamese_output_whatever_the_code_page(db_url):
    """What Windows gives a redirected or scheduled command: a cp1252 stream."""
    run("--db", db_url, "init", "--slot", "1")
    assert run("--db", db_url, "demo-data", "--dossiers", "20").returncode == 0
    done = run("--db", db_url, "list", "--limit", "5", env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr
    assert "UnicodeEncodeError" not in done.stderr
    assert VIETNAMESE.search(done.stdout)  # decoded as UTF-8: the letters arrive intact
    mistake = run("--db", db_url, "report", "daily", "--date", "23/11/2026", "-o", "x.pdf",
                  env={"PYTHONIOENCODING": "cp1252"})
    assert mistake.returncode == 1 and "cần ngày dạng YYYY-MM-DD" in mistake.stderr


def test_a_windowed_start_without_console_streams_still_works(db_url):
    """pythonw and the frozen Counter.exe have no stdout/stderr at all."""
    code = ("import sys; sys.stdout = None; sys.stderr = None\n"
            "from counter.cli import main\n"
            f"raise SystemExit(main(['--db', {db_url!r}, 'init']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == 0 and done.stderr == b""
