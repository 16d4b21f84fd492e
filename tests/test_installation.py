"""What an office installs: the bundled data read through importlib.resources; a damaged or
truncated data file, or a missing one, said plainly with nothing lost; the About dialog with what
support asks first; the window's size and place remembered."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

import counter
from counter import paths
from counter.services.catalogue import current_version
from counter.ui.about import AboutDialog
from counter.ui.main_window import MainWindow
from helpers import Officer


@pytest.fixture
def resources(tmp_path, monkeypatch):
    """A copy of the bundled data to damage, as a failing disk or a bad copy would."""
    copy = tmp_path / "resources"
    shutil.copytree(paths.resource(""), copy, ignore=shutil.ignore_patterns("__pycache__", "*.ts", "*.py"))
    monkeypatch.setenv("COUNTER_RESOURCES", str(copy))
    return copy


def bundled() -> dict:
    return paths.resource_json("catalogue", "procedures.json")


def cut(path: Path, keep: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def counter_cli(*args):
    return subprocess.run([sys.executable, "-m", "counter", *args], capture_output=True, text=True, timeout=120)


def test_the_bundled_data_is_read_from_the_installed_package():
    import importlib.resources

    root = importlib.resources.files("counter.resources")
    assert paths.resources_root() == root
    for part in (("catalogue", "procedures.json"), ("fonts", "DejaVuSans.ttf"), ("office", "demo_office.json"),
                 ("i18n", "counter_en.qm")):
        assert paths.resource(*part).is_file()
    assert any(f.name.startswith("units-") for f in paths.resource("units").iterdir())


def test_a_truncated_catalogue_stops_a_new_database_with_a_clear_message(resources, db_url):
    cut(resources / "catalogue" / "procedures.json")
    done = counter_cli("--db", db_url, "init")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "Tệp catalogue/procedures.json của Counter bị cắt cụt hoặc hỏng ở dòng" in done.stderr
    assert "hãy cài lại Counter" in done.stderr and "dữ liệu hồ sơ không bị ảnh hưởng" in done.stderr


def test_a_damaged_catalogue_does_not_stop_a_database_that_has_one(monkeypatch, tmp_path, resources):
    url = str(tmp_path / "co-san.sqlite3")
    monkeypatch.delenv("COUNTER_RESOURCES")
    version = bundled()["version"]
    assert counter_cli("--db", url, "init", "--slot", "1").returncode == 0
    monkeypatch.setenv("COUNTER_RESOURCES", str(resources))
    cut(resources / "catalogue" / "procedures.json", 0.3)
    done = counter_cli("--db", url, "init")
    assert done.returncode == 0 and f"Danh mục hiện tại: {version}" in done.stdout
    assert "procedures.json của Counter bị cắt cụt" in done.stderr
    assert counter_cli("--db", url, "demo-data", "--dossiers", "3").returncode == 0  # work goes on


def test_damaged_data_files_are_said_at_start_and_the_window_still_works(resources, tmp_path, monkeypatch, qapp):
    url = str(tmp_path / "quay.sqlite3")
    assert counter_cli("--db", url, "init").returncode == 0
    cut(resources / "catalogue" / "procedures.json")
    (resources / "units" / next(f.name for f in (resources / "units").iterdir())).write_bytes(b'{"provinces": [')
    (resources / "i18n" / "qtbase_vi.qm").write_bytes(b"\x00" * 64)
    cut(resources / "fonts" / "DejaVuSans-Bold.ttf", 0.02)
    from counter.ui import app as app_module

    monkeypatch.setattr(app_module, "startup_problems", [])
    officer = Officer(look=lambda w: (w.intake.procedures != [], w.intake.delivery_province.count()))
    assert officer.start(url) == 0
    (title, text), = [m for m in officer.messages if m[0] == "Bộ cài Counter cần được sửa"]
    assert "catalogue/procedures.json" in text and "units/units-" in text and "qtbase_vi.qm bị hỏng" in text
    assert "Tệp phông chữ DejaVuSans-Bold.ttf của Counter bị hỏng" in text
    assert text.count("cài lại Counter") == 4
    assert officer.seen == (True, 1)  # the catalogue from the database; no units to choose, said above


def test_the_about_dialog_shows_what_support_asks_first(qtbot, db):
    from counter import logs

    logs.setup()
    about = AboutDialog(db)
    qtbot.addWidget(about)
    about.show()
    text = about.text()
    with db.read() as session:
        version = current_version(session)
    shipped = bundled()
    issued = "/".join(reversed(shipped["issued"].split("-")))
    assert version == shipped["version"]
    for expected in (f"Phiên bản: {counter.__version__} (cài từ gói Python)", f"Cơ sở dữ liệu: {db.display_url}",
                     f"Thư mục dữ liệu: {paths.data_dir()}", f"Tệp nhật ký: {logs.state.file}",
                     f"Danh mục thủ tục: phiên bản {version}, ban hành {issued}, {len(shipped['procedures'])} thủ tục",
                     "Đơn vị hành chính: danh sách có hiệu lực từ 01/07/2025", "GPL-2.0-or-later"):
        assert expected in text, expected
    about.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    screen = about.screen().availableGeometry()
    assert about.frameGeometry().height() <= screen.height() and about.width() <= 1366


GEOMETRY = """
import sys
from counter.store.db import open_database
from counter.ui.app import create_app
from counter.ui.main_window import MainWindow

app = create_app()
db = open_database(sys.argv[1])
window = MainWindow(db, sync=False)
window.show()
app.processEvents()
if sys.argv[2] == "place":
    window.setGeometry(*map(int, sys.argv[3:7]))
    app.processEvents()
g = window.geometry()
print(g.x(), g.y(), g.width(), g.height(), window.screen().availableGeometry().contains(window.frameGeometry()))
window.close()
db.close()
"""


def test_the_window_comes_back_where_it_was(tmp_path):
    """Each start is a new process on the counters' 1366×768 screen."""
    url = str(tmp_path / "quay.sqlite3")
    assert counter_cli("--db", url, "init").returncode == 0
    screen = tmp_path / "screen.json"
    screen.write_text('{"screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768, '
                      '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}

    def start(*place):
        done = subprocess.run([sys.executable, "-c", GEOMETRY, url, *(["place", *map(str, place)] if place else ["look"])],
                              capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr
        x, y, w, h, inside = done.stdout.split()
        return int(x), int(y), int(w), int(h), inside == "True"

    start(60, 25, 1260, 650)
    assert start() == (60, 25, 1260, 650, True)
    start(3000, 2000, 1260, 650)  # last seen on a second monitor that is unplugged now
    assert start()[4] is True  # back on this screen
