"""Online: the reference hub's test TSA upgrades offline signatures (B-B) to B-LT exactly once, the
signed files reach the province through the outbox, result documents come back signed and are
verified before hand-out, forwarding waits for signatures, and the command line reports it all."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
import requests
from PIL import Image
from sqlalchemy import select

from counter import clock
from counter.domain.lifecycle import NotAllowed
from counter.services import attachments, intake, lifecycle, signing
from counter.services.dossiers import get_dossier
from counter.services.queues import queues
from counter.signing import pades
from counter.store.models import Attachment, OutboxEvent, SignatureJob, StatusHistory
from counter.sync.engine import sync_once
from helpers import complete_draft, scan_pdf
from signing_fixtures import ca_server, key_of, machine_settings, officers, p12, trusted  # noqa: F401


def png(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("L", (300, 400), shade).save(out, "PNG", dpi=(100, 100))
    return out.getvalue()


@pytest.fixture
def code(db, officer):
    return intake.receive(db, complete_draft(db, "2.000488"), officer).code


def attach(db, officer, code, tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    return attachments.attach(db, code, officer, tmp_path / name)


@pytest.fixture
def online(db, officer, hub, trusted):
    """The office's TSA is the hub's test TSA, whose root the office trusts."""
    root = requests.get(f"{hub.url}/api/v1/tsa/root.pem", timeout=5)
    assert root.status_code == 200 and root.content.startswith(b"-----BEGIN CERTIFICATE")
    signing.add_trust_roots(db, officer, root.content)
    signing.save_office_settings(db, officer, tsa_url=f"{hub.url}/api/v1/tsa", grace_hours=0, sign_on_attach=True)
    return hub


def test_offline_signature_upgraded_once_through_the_hubs_tsa(office_clock, db, officer, code, p12, online, sync_config, tmp_path):
    office_clock.set(datetime.now(clock.OFFICE_TZ).replace(tzinfo=None, microsecond=0))  # the TSA gives real time
    scan = attach(db, officer, code, tmp_path, "to-khai.png", png(240))
    signing.sign_attachments(db, code, officer, key_of(p12))
    with db.read() as session:
        b_b = session.get(Attachment, scan.id).signed_sha256
    assert signing.verify_attachment(db, scan.id).state == "untimestamped"

    first = signing.upgrade_pending(db)
    assert (first.done, first.errors) == (1, []), first.errors
    assert signing.upgrade_pending(db).done == 0  # exactly once
    with db.read() as session:
        row = session.get(Attachment, scan.id)
        job = session.scalar(select(SignatureJob))
        assert (row.signature_level, row.sig_state, job.state, job.output_sha256) == ("B-LT", "valid", "done",
                                                                                       row.signed_sha256)
        upgraded = attachments.stored_path(db, row.signed_sha256).read_bytes()
        signed_events = [e.payload for e in session.scalars(
            select(OutboxEvent).where(OutboxEvent.kind == "attachment.signed").order_by(OutboxEvent.seq))]
    assert upgraded.startswith(attachments.stored_path(db, b_b).read_bytes())  # incremental: the signature stays
    assert [e["MucChuKy"] for e in signed_events] == ["B-B", "B-LT"]
    check = signing.verify_attachment(db, scan.id)
    assert (check.state, check.level) == ("valid", "B-LT") and check.timestamp is not None
    assert abs(signing.settings(db).clock_offset_seconds) < 120  # measured against the TSA

    # a second worker that upgraded the same file meanwhile: its result is not applied, its file not kept
    with db.write() as session:
        session.get(SignatureJob, job.id).state = "pending"
    stray = signing.UpgradeResult()
    signing._upgrade_one(db, signing.settings(db), job.id, scan.id, b_b, stray)
    with db.read() as session:
        assert session.get(Attachment, scan.id).signed_sha256 == row.signed_sha256 and stray.done == 0

    # the province receives the original scan and both signed files
    result = sync_once(db, sync_config)
    assert result.ok, result.errors
    from counter.sync.hub.models import Attachment as HubFile, Event

    with online.hub().read_session() as session:
        files = {a.sha256 for a in session.scalars(select(HubFile)) if a.complete}
        kinds = [e.kind for e in session.scalars(select(Event).order_by(Event.id))]
    assert {scan.sha256, b_b, row.signed_sha256} <= files
    assert kinds.count("attachment.signed") == 2


def test_tsa_unreachable_waits_and_revoked_needs_attention(db, officer, code, p12, trusted, tmp_path):
    signing.save_office_settings(db, officer, tsa_url="http://127.0.0.1:9/tsa", grace_hours=0, sign_on_attach=True)
    attach(db, officer, code, tmp_path, "a.png", png(230))
    signing.sign_attachments(db, code, officer, key_of(p12))
    result = signing.upgrade_pending(db)
    assert (result.done, result.waiting) == (0, 1) and result.errors[0].startswith("Không lấy được dấu thời gian")
    with db.read() as session:
        assert session.scalar(select(SignatureJob)).state == "pending"  # tried again on the next round

    attach(db, officer, code, tmp_path, "b.png", png(220))
    signing.sign_attachments(db, code, officer, key_of(p12, "revoked"))
    result = signing.upgrade_pending(db)
    assert result.attention == 1
    assert any("thu hồi" in e for _, _, e in signing.jobs_needing_attention(db))


def test_forwarding_waits_for_signatures_unless_the_office_allows_grace(office_clock, db, officer, code, p12, trusted, tmp_path):
    attach(db, officer, code, tmp_path, "to-khai.png", png(210))
    board = queues(db)["unsigned"]
    assert board.count == 1 and board.rows[0].row.code == code and board.rows[0].note == "1 bản quét chưa ký"
    with pytest.raises(NotAllowed, match="còn 1 bản quét chưa ký số \\(to-khai.png\\)"):
        lifecycle.forward(db, code, officer)
    with pytest.raises(NotAllowed, match="chưa ký số"):
        lifecycle.handover_batch(db, [code], officer, to_party="Phòng Tư pháp", receiver="Chị Mai")
    signing.save_office_settings(db, officer, tsa_url="", grace_hours=4, sign_on_attach=True)
    office_clock.set(clock.now() + timedelta(hours=1))
    lifecycle.forward(db, code, officer)  # within the grace period: forwarded, still in the queue
    assert queues(db)["unsigned"].count == 1
    signing.sign_attachments(db, code, officer, key_of(p12))
    assert queues(db)["unsigned"].count == 0


def test_result_documents_verified_before_hand_out(db, officer, code, p12, trusted, hub, sync_config, tmp_path):
    lifecycle.forward(db, code, officer)  # no scans: nothing to sign
    assert sync_once(db, sync_config).ok
    good = pades.sign_pdf(scan_pdf(), key_of(p12, "other"), pades.Stamp(code, clock.aware(clock.now())))
    bad = bytearray(pades.sign_pdf(scan_pdf(pages=2), key_of(p12, "other"), pades.Stamp(code, clock.aware(clock.now()))))
    bad[bytes(bad).index(b"stream") + 100] ^= 0x01
    for name, data in (("quyet-dinh.pdf", good), ("giay-chung-nhan.pdf", bytes(bad))):
        (tmp_path / name).write_bytes(data)
    posted = subprocess.run([sys.executable, "-m", "counter", "hub", "post", code, "--db", str(hub.db_path), "--kind",
                             "result", "--note", "Đã ký giấy chứng nhận", "--file", str(tmp_path / "quyet-dinh.pdf"),
                             "--file", str(tmp_path / "giay-chung-nhan.pdf")], capture_output=True, text=True)
    assert posted.returncode == 0, posted.stderr
    result = sync_once(db, sync_config)
    assert result.ok, result.errors
    with db.read() as session:
        d = get_dossier(session, code)
        states = {a.file_name: (a.kind, a.sig_state, a.signer_name) for a in d.attachments}
        assert d.status == 9 and d.result_code == f"{code}-KQ1"  # the result itself applied too
    assert states == {"quyet-dinh.pdf": ("result", "untimestamped", "Trần Văn Bảo"),
                      "giay-chung-nhan.pdf": ("result", "invalid", "Trần Văn Bảo")}
    with pytest.raises(NotAllowed, match="giay-chung-nhan.pdf: chữ ký không hợp lệ"):
        lifecycle.return_result(db, code, officer, collector="applicant", id_number="080190001234")
    lifecycle.return_result(db, code, officer, collector="applicant", id_number="080190001234", accept_flagged=True)
    with db.read() as session:
        last = session.scalars(select(StatusHistory).order_by(StatusHistory.id.desc())).first()
    assert last.details["flagged_results"] == ["giay-chung-nhan.pdf: chữ ký không hợp lệ"]

    out = subprocess.run([sys.executable, "-m", "counter", "--db", db.url, "verify", code, "--json"],
                         capture_output=True, text=True)
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    assert [(f["tep"], f["trang_thai"]) for f in report["tep"]] == [("quyet-dinh.pdf", "untimestamped"),
                                                                     ("giay-chung-nhan.pdf", "invalid")]
    text = subprocess.run([sys.executable, "-m", "counter", "--db", db.url, "verify", code],
                          capture_output=True, text=True).stdout
    assert "Kết quả: quyet-dinh.pdf\n  Trạng thái: Hợp lệ, chưa gắn dấu thời gian" in text
    assert "Người ký: Trần Văn Bảo · Thời điểm ký: 09:00:00 23/11/2026 · Mức: B-B" in text
    assert "Chữ ký không hợp lệ — Nội dung tệp không khớp với chữ ký" in text and "2 tệp, 1 có vấn đề." in text
