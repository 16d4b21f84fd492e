"""Scanned documents (content hash, the scanner's folder) and the work queues."""

import hashlib
import io
from datetime import date, datetime

import pytest
from PIL import Image

from counter import clock
from counter.services import attachments, forms, intake, lifecycle
from counter.services.dossiers import get_dossier
from counter.services.errors import UserError
from counter.services.queues import queues
from helpers import complete_draft


@pytest.fixture
def code(db, officer):
    return intake.receive(db, complete_draft(db, "2.000488"), officer).code


def png_bytes(color=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(out, "PNG")
    return out.getvalue()


def test_attach_stores_by_hash_and_reads_back(db, officer, code, tmp_path):
    scan = tmp_path / "to-khai.png"
    scan.write_bytes(png_bytes())
    first = attachments.attach(db, code, officer, scan, document_position=0)
    assert first.new and first.mime == "image/png" and first.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    again = attachments.attach(db, code, officer, scan)
    assert not again.new and again.id == first.id  # the same content is kept once
    name, mime, data = attachments.read_attachment(db, first.id)
    assert (name, mime, data) == ("to-khai.png", "image/png", scan.read_bytes())
    assert attachments.stored_path(db, first.sha256).stat().st_mode & 0o777 == 0o600
    with db.read() as session:
        d = get_dossier(session, code)
        assert [a.document_position for a in d.attachments] == [0]
        assert d.digitised_at is None and d.attachments[0].sig_state == "unsigned"  # not signed yet
    # the indicator counts signed copies only (tests/test_signing.py signs them)
    assert attachments.digitisation_share(db, date(2026, 11, 23), date(2026, 11, 23)) == (0, 1)


def test_tampered_scan_is_detected(db, officer, code, tmp_path):
    scan = tmp_path / "a.png"
    scan.write_bytes(png_bytes())
    att = attachments.attach(db, code, officer, scan)
    stored = attachments.stored_path(db, att.sha256)
    stored.chmod(0o600)
    stored.write_bytes(png_bytes((0, 0, 0)))
    with pytest.raises(UserError, match="không khớp mã băm"):
        attachments.read_attachment(db, att.id)


@pytest.mark.parametrize("content, message", [
    (b"just text", "không phải PDF, JPEG, PNG hay TIFF"),
    (b"", "không phải PDF"),
])
def test_wrong_files_are_refused(db, officer, code, tmp_path, content, message):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    with pytest.raises(UserError, match=message):
        attachments.attach(db, code, officer, bad)


def test_scanner_folder_import(db, officer, code, tmp_path):
    other = intake.receive(db, complete_draft(db, "3.000347"), officer).code
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / f"{code}_to-khai.png").write_bytes(png_bytes())
    # a scanned receipt: the code is only in the barcode on the first page
    (folder / "scan0001.pdf").write_bytes(forms.receipt_pdf(db, other))
    (folder / "scan0002.png").write_bytes(png_bytes((10, 10, 10)))
    (folder / "notes.txt").write_text("not a scan")
    report = attachments.import_folder(db, folder, officer, settle_seconds=0)
    assert sorted(report.imported) == sorted([(f"{code}_to-khai.png", code), ("scan0001.pdf", other)])
    assert report.unmatched == ["scan0002.png"]
    assert sorted(p.name for p in (folder / "da-nhap").iterdir()) == sorted([f"{code}_to-khai.png", "scan0001.pdf"])
    assert [p.name for p in (folder / "chua-nhan-dang").iterdir()] == ["scan0002.png"]
    assert (folder / "notes.txt").exists()
    with db.read() as session:
        assert [a.source for a in get_dossier(session, other).attachments] == ["watch"]


def test_work_queues(office_clock, db, officer):
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    to_forward = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    same_day = intake.receive(db, complete_draft(db, "1.001193"), officer).code  # due 17:00 today
    ready = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.forward(db, ready, officer)
    lifecycle.record_result(db, ready, officer)
    waiting = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.request_supplement(db, waiting, officer, [lifecycle.MissingItem("Tờ khai")])

    office_clock.set(datetime(2026, 11, 23, 14, 0))
    q = queues(db)
    assert {r.row.code for r in q["forward"].rows} == {to_forward, same_day}
    assert q["forward"].count == 2 and not any(r.urgent for r in q["forward"].rows)
    assert [r.row.code for r in q["due_soon"].rows] == [same_day]
    assert q["due_soon"].rows[0].note == "Còn 3,0 giờ làm việc"
    assert q["overdue"].count == 0
    assert [r.row.code for r in q["ready"].rows] == [ready]
    assert [r.row.code for r in q["supplement"].rows] == [waiting]

    office_clock.set(datetime(2026, 11, 25, 8, 0))  # the next working day (24/11 is off)
    q = queues(db)
    assert [r.row.code for r in q["overdue"].rows] == [same_day]
    assert q["overdue"].rows[0].note == "Trễ 0,1 ngày làm việc"
    assert all(r.urgent for r in q["forward"].rows)  # forwarding deadline missed
