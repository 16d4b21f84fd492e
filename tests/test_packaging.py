"""A real package: the wheel built from this repository installs, not editable, into a fresh
virtual environment without the optional extras, and from there Counter initialises a database,
makes demo data, writes a receipt that reads back, and opens its window. Nothing comes from the
source checkout. Slow (pip installs PySide6 from its cache or PyPI), so it runs once, in the
SQLite pass."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import pdf_barcodes, pdf_text, window_stays_up

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.once


def run(command, **kw):
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=900, **kw)
    assert done.returncode == 0, f"{command}: {done.stdout}\n{done.stderr}"
    return done


def tracked_files() -> list[str]:
    """The repository's files as git sees them (committed or new, not ignored), else all but builds."""
    done = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode == 0:
        return [n for n in done.stdout.splitlines() if (ROOT / n).is_file()]
    skip = {".venv", "build", "dist", ".git", "__pycache__"}
    return [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
            if p.is_file() and not skip & set(p.relative_to(ROOT).parts) and ".egg-info" not in str(p)]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # what a fresh clone holds: no build/ or egg-info left by earlier builds
    for name in tracked_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(source)])
    wheel, = (work / "dist").glob("counter-*.whl")
    venv = work / "môi trường sạch"  # a path with a space and Vietnamese letters, as on an office PC
    run([sys.executable, "-m", "venv", str(venv)])
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTER_RESOURCES", "PYTHONPATH", "VIRTUAL_ENV"))}
    env.update(COUNTER_DATA_DIR=str(work / "data"), COUNTER_LOG_DIR=str(work / "log"), QT_QPA_PLATFORM="offscreen")
    return {"wheel": wheel, "venv": venv, "python": python, "bin": python.parent, "env": env, "work": work}


def counter(installed, *args, check=True):
    command = [str(installed["bin"] / "counter"), *args]
    if check:
        return run(command, env=installed["env"], cwd=installed["work"])
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=installed["env"],
                          cwd=installed["work"])


def test_the_wheel_carries_the_data_the_licence_and_the_entry_points(installed):
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = wheel.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    for data in ("catalogue/procedures.json", "fonts/DejaVuSans.ttf", "fonts/DejaVuSerif-Bold.ttf",
                 "office/demo_office.json", "i18n/counter_en.qm", "i18n/qtbase_vi.qm"):
        assert f"counter/resources/{data}" in names, data
    assert any(n.startswith("counter/resources/units/units-") for n in names)
    for folder in (ROOT / "resources").iterdir():  # every kind of data, also what a later change adds
        if folder.is_dir() and not folder.name.startswith("_"):
            assert any(n.startswith(f"counter/resources/{folder.name}/") for n in names), folder.name
    assert "counter/store/migrations/versions/0001_reference_data.py" in names
    assert not any(n.endswith(".ts") for n in names)  # translators' sources stay in the repository
    assert "License-Expression: GPL-2.0-or-later" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "[gui_scripts]\ncounter-gui = counter.cli:gui_main" in entry_points
    assert "Provides-Extra: hub" in metadata and "Provides-Extra: postgresql" in metadata
    assert "fastapi" in metadata.split("Provides-Extra: hub")[1]  # only as an extra


def test_installed_counter_works_from_its_own_files(installed):
    where = run([str(installed["python"]), "-c", "from counter import paths; print(paths.resource('fonts'))"],
                env=installed["env"], cwd=installed["work"]).stdout.strip()
    assert Path(where).is_relative_to(installed["venv"]) and not Path(where).is_relative_to(ROOT)
    missing = subprocess.run([str(installed["python"]), "-c", "import fastapi"], capture_output=True)
    assert missing.returncode != 0  # the provincial server's packages are an extra the office does not need
    db = installed["work"] / "Dữ liệu" / "xa tan tru.sqlite3"
    out = counter(installed, "--db", str(db), "init", "--create-folders", "--slot", "1").stdout
    assert "Đã nhập danh mục thủ tục phiên bản" in out
    counter(installed, "--db", str(db), "demo-data", "--dossiers", "12")
    listing = json.loads(counter(installed, "--db", str(db), "list", "--json", "--limit", "1").stdout)
    code = listing[0]["code"]
    receipt = installed["work"] / "biên nhận.pdf"
    counter(installed, "--db", str(db), "receipt", code, "-o", str(receipt))
    pages = pdf_text(receipt.read_bytes())
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in pages[0] and listing[0]["applicant"] in pages[0]
    assert ("Code128", code) in pdf_barcodes(receipt.read_bytes())[0]
    hub = counter(installed, "hub", check=False)
    assert hub.returncode == 1 and 'pip install "counter[hub]"' in hub.stderr
    shared = counter(installed, "--db", "postgresql+psycopg://counter@127.0.0.1/counter", "list", check=False)
    assert shared.returncode == 1 and 'pip install "counter[postgresql]"' in shared.stderr
    assert "Traceback" not in hub.stderr + shared.stderr


def test_installed_counter_opens_its_window(installed):
    db = installed["work"] / "cua-so.sqlite3"
    counter(installed, "--db", str(db), "init")
    log = installed["work"] / "log" / "counter.log"
    window_stays_up([str(installed["bin"] / "counter-gui"), "--db", str(db)], log, env=installed["env"],
                    cwd=installed["work"])
