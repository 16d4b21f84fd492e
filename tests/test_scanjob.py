"""A big scan is read, checked, converted and hashed in a separate (spawned) process, so the
window's thread keeps the interpreter (issue 13); the stall itself is measured in
bench/bench_gui_stall.py."""

import hashlib
import os
import random
from pathlib import Path

import pytest
from PIL import Image

from counter.services import attachments, intake, scanjob
from counter.services.dossiers import get_dossier
from counter.messages import Text, text_of
from counter.services.errors import UserError
from helpers import complete_draft


@pytest.fixture
def code(db, officer):
    return intake.receive(db, complete_draft(db, "2.000488"), officer).code


@pytest.fixture(autouse=True, scope="module")
def stop_process():
    yield
    scanjob.shutdown()


def noise_jpeg(path: Path, side: int = 1500) -> Path:
    """A JPEG (of 1500 px: above scanjob.PROCESS_FROM; noise does not compress)."""
    Image.frombytes("RGB", (side, side), random.Random(side).randbytes(side * side * 3)).save(path, quality=100)
    assert side < 1500 or path.stat().st_size >= scanjob.PROCESS_FROM
    return path


def test_big_work_runs_in_another_process_and_small_work_in_place():
    assert scanjob.run(os.getpid, size=scanjob.PROCESS_FROM) != os.getpid()
    assert scanjob.run(os.getpid, size=scanjob.PROCESS_FROM - 1) == os.getpid()


def test_a_big_scan_is_attached_through_the_process(db, officer, code, tmp_path):
    scan = noise_jpeg(tmp_path / "ban-do.jpg")
    result = attachments.attach(db, code, officer, scan, document_position=0)
    assert result.new and result.mime == "image/jpeg"
    assert result.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert attachments.stored_path(db, result.sha256).read_bytes() == scan.read_bytes()
    with db.read() as session:
        row = get_dossier(session, code).attachments[0]
        assert (row.file_name, row.page_count, row.size) == ("ban-do.jpg", 1, scan.stat().st_size)
    # two big images make one PDF of two pages, pages in the order given
    second = noise_jpeg(tmp_path / "trang 2.jpg", 600)
    pdf = attachments.attach(db, code, officer, [scan, second])
    assert pdf.mime == "application/pdf" and pdf.file_name == "ban-do.pdf"
    with db.read() as session:
        assert [a.page_count for a in get_dossier(session, code).attachments] == [1, 2]


def test_a_damaged_big_scan_is_told_in_vietnamese_and_nothing_is_stored(db, officer, code, tmp_path):
    good = noise_jpeg(tmp_path / "good.jpg")
    cut = tmp_path / "bi-cat.jpg"
    cut.write_bytes(good.read_bytes()[: scanjob.PROCESS_FROM + 1000])  # a scan cut off mid-transfer
    before = set(attachments.store_dir(db).rglob("*"))
    with pytest.raises(UserError, match="không phải ảnh đọc được"):
        attachments.attach(db, code, officer, cut)
    with db.read() as session:
        assert get_dossier(session, code).attachments == []
    assert set(attachments.store_dir(db).rglob("*")) == before  # not a byte of it stored


def test_a_message_from_the_process_comes_back_translatable(tmp_path):
    """The officer's message crosses the process whole (a Text: template and values), so the
    English interface can still translate it."""
    fake = tmp_path / "ghi-chu.pdf"
    fake.write_bytes(b"not a scan at all " * (scanjob.PROCESS_FROM // 18 + 1))
    with pytest.raises(UserError) as caught:
        scanjob.run(scanjob.prepare, [str(fake)], str(tmp_path / "kho"), size=fake.stat().st_size)
    said = text_of(caught.value)
    assert isinstance(said, Text) and said.values == {"name": "ghi-chu.pdf"}
    assert said.template.startswith("Tệp {name} không phải PDF, JPEG, PNG hay TIFF")
    assert said == str(caught.value) and said.startswith("Tệp ghi-chu.pdf không phải PDF")


def test_a_process_that_dies_is_told_plainly_and_the_next_scan_works(db, officer, code, tmp_path):
    with pytest.raises(UserError, match="tiến trình xử lý bị dừng"):
        scanjob.run(os._exit, 3, size=scanjob.PROCESS_FROM)
    result = attachments.attach(db, code, officer, noise_jpeg(tmp_path / "lai.jpg"))  # a new process is started
    assert result.new


def test_the_scanner_folder_imports_a_big_scan(db, officer, code, tmp_path):
    folder = tmp_path / "may-quet"
    folder.mkdir()
    noise_jpeg(folder / f"{code}.jpg")
    report = attachments.import_folder(db, folder, officer, settle_seconds=0)
    assert report.imported == [(f"{code}.jpg", code)] and not report.failed
    assert (folder / attachments.IMPORTED / f"{code}.jpg").exists()
