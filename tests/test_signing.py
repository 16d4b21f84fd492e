"""Signed digitised copies with real cryptography: scans become PDFs, are signed as PAdES with a
PKCS#12 key, verified, tampered with, checked against a CRL and an OCSP responder on 127.0.0.1."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date, datetime, timedelta

import pypdfium2 as pdfium
import pytest
from PIL import Image
from sqlalchemy import select

from counter import clock
from counter.services import attachments, intake, signing
from counter.services.errors import UserError
from counter.signing import pades, scanpdf
from counter.signing.keys import WrongPin, open_pkcs12
from counter.store.models import Attachment, OutboxEvent, SignatureJob
from helpers import at, complete_draft, paint_over, scan_pdf
from pki import PIN
from signing_fixtures import ca_server, key_of, machine_settings, officers, p12, trusted  # noqa: F401


@pytest.fixture
def code(db, officer):
    return intake.receive(db, complete_draft(db, "2.000488"), officer).code


def png(color, size=(400, 560), dpi=(100, 100)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG", dpi=dpi)
    return out.getvalue()


def jpeg(color) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 420), color).save(out, "JPEG", quality=80, dpi=(100, 100))
    return out.getvalue()


def attach(db, officer, code, tmp_path, name, data, **kwargs):
    path = tmp_path / name
    path.write_bytes(data)
    return attachments.attach(db, code, officer, path, **kwargs)


def signed_file(db, attachment_id) -> bytes:
    with db.read() as session:
        return attachments.stored_path(db, session.get(Attachment, attachment_id).signed_sha256).read_bytes()


def appearance_text(pdf: bytes) -> str:
    """The visible signature block's text, as its appearance stream carries it (ActualText)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    texts = []
    for sig in reader.embedded_signatures:
        ap = sig.sig_field["/AP"]["/N"]
        streams = [ap] + [x.get_object() for x in (ap.get("/Resources", {}).get("/XObject", {}) or {}).values()]
        for stream in streams:
            for raw in re.findall(rb"/ActualText \((.*?)\)\s*>>", stream.data, re.S):
                text = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), raw)
                text = re.sub(rb"\\(.)", rb"\1", text)
                texts.append(text.decode("utf-16"))
    return "\n".join(texts)


def test_images_become_one_pdf_losslessly_pages_in_order(db, officer, code, tmp_path):
    red, blue = png((200, 30, 30)), png((30, 30, 200), size=(420, 600))
    photo = jpeg((20, 160, 20))
    paths = []
    for name, data in (("trang 1.png", red), ("trang 2.jpg", photo), ("trang 3.png", blue)):
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    result = attachments.attach(db, code, officer, paths, document_position=0)
    name, mime, pdf = attachments.read_attachment(db, result.id)
    assert (name, mime) == ("trang 1.pdf", "application/pdf")
    assert photo in pdf  # the JPEG is embedded as it is: not recompressed
    doc = pdfium.PdfDocument(pdf)
    try:
        assert len(doc) == 3
        for page, original in zip((doc[0], doc[2]), (red, blue)):
            image = next(o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
            extracted = image.get_bitmap(render=False).to_pil().convert("RGB")
            assert extracted.tobytes() == Image.open(io.BytesIO(original)).convert("RGB").tobytes()  # lossless
        assert doc[0].get_size() == pytest.approx((288.0, 403.2))  # 400×560 px at 100 dpi
    finally:
        doc.close()
    with db.read() as session:
        assert session.get(Attachment, result.id).page_count == 3


def test_sign_verify_and_one_changed_byte(db, officer, code, trusted, p12, tmp_path):
    first = attach(db, officer, code, tmp_path, "to-khai.png", png((240, 240, 240)), document_position=0)
    second = attach(db, officer, code, tmp_path, "CCCD của bà Nhung.pdf", scan_pdf(pages=2), document_position=1)
    assert attachments.digitisation_share(db, date(2026, 11, 23), date(2026, 11, 23)) == (0, 1)
    key = key_of(p12)
    report = signing.sign_attachments(db, code, officer, key)
    assert report.signed == ["to-khai.png", "CCCD của bà Nhung.pdf"]
    assert attachments.digitisation_share(db, date(2026, 11, 23), date(2026, 11, 23)) == (1, 1)

    pdf = signed_file(db, first.id)
    text = appearance_text(pdf)
    assert "Ký số bởi: Nguyễn Thị Lan" in text and "Thời gian: 09:00:00 23/11/2026" in text and f"Hồ sơ: {code}" in text
    check = signing.verify_attachment(db, first.id)
    assert (check.state, check.signer, check.level) == ("untimestamped", "Nguyễn Thị Lan", "B-B")
    assert check.signed_at == clock.aware(datetime(2026, 11, 23, 9, 0))
    two_pages = signed_file(db, second.id)
    assert len(pdfium.PdfDocument(two_pages)) == 2

    # one byte inside the signed content changed: invalid
    signed_sha = hashlib.sha256(pdf).hexdigest()
    stored = attachments.stored_path(db, signed_sha)
    data = bytearray(pdf)
    data[pdf.index(b"stream") + 100] ^= 0x01  # in the scanned page's image, inside the signed bytes
    stored.write_bytes(bytes(data))
    check = signing.verify_attachment(db, first.id)
    assert check.state == "invalid" and "đã bị sửa" in check.detail
    with db.read() as session:
        assert session.get(Attachment, first.id).sig_state == "invalid"  # remembered for the dossier window

    # a new revision that paints over the signed page: the signature is intact, the file changed
    changed = pades.verify_pdf(paint_over(two_pages), signing.trust(db))
    assert changed.state == "changed" and "thay đổi nội dung sau khi ký" in changed.signatures[0].detail
    assert pades.verify_pdf(two_pages, signing.trust(db)).state == "untimestamped"

    # a second signing signs nothing new; the outbox carries each signed copy once
    assert signing.sign_attachments(db, code, officer, key).signed == []
    with db.read() as session:
        kinds = [e.kind for e in session.scalars(select(OutboxEvent).where(OutboxEvent.dossier_code == code))]
        jobs = session.scalars(select(SignatureJob)).all()
    assert kinds.count("attachment.signed") == 2 and len(jobs) == 2 and {j.state for j in jobs} == {"pending"}


def test_a_pdf_signed_by_someone_else_keeps_its_signature(db, officer, code, trusted, p12, tmp_path):
    theirs = pades.sign_pdf(scan_pdf(), key_of(p12, "other"), pades.Stamp("GIẤY TỜ KHÁC", clock.aware(clock.now())))
    scan = attach(db, officer, code, tmp_path, "ban-da-ky.pdf", theirs)
    signing.sign_attachments(db, code, officer, key_of(p12))
    pdf = signed_file(db, scan.id)
    assert pdf.startswith(theirs)  # an incremental update: their bytes untouched
    result = pades.verify_pdf(pdf, signing.trust(db))
    assert [(s.signer, s.state) for s in result.signatures] == [("Trần Văn Bảo", "untimestamped"),
                                                                 ("Nguyễn Thị Lan", "untimestamped")]
    assert pades.existing_signers(theirs) == ["Trần Văn Bảo"]


def test_certificate_expired_and_revoked(db, officer, code, trusted, p12, ca_server, tmp_path):
    old = attach(db, officer, code, tmp_path, "a.png", png((250, 250, 250)))
    signing.sign_attachments(db, code, officer, key_of(p12, "expired"))  # valid on Monday 09:00, expired since
    check = signing.verify_attachment(db, old.id)
    assert check.state == "expired" and "hết hạn" in check.detail

    lost = attach(db, officer, code, tmp_path, "b.png", png((245, 245, 245)))
    signing.sign_attachments(db, code, officer, key_of(p12, "revoked"))  # offline: nobody knows yet
    assert signing.verify_attachment(db, lost.id).state == "untimestamped"
    before = len(ca_server.ca.requests)
    check = signing.verify_attachment(db, lost.id, online=True)  # online: the OCSP responder says revoked
    assert check.state == "revoked" and check.revocation_checked_at is not None
    assert any(r.startswith("POST /ocsp") for r in ca_server.ca.requests[before:])
    ca_server.ca.offline = True
    try:
        check = signing.verify_attachment(db, lost.id, online=True)  # the network is gone: the cached answer holds
        assert check.state == "revoked" and check.offline_errors
        assert check.revocation_checked_at == clock.now()
    finally:
        ca_server.ca.offline = False


def test_bad_input_gets_plain_messages_and_changes_nothing(db, officer, code, trusted, p12, tmp_path):
    fake = tmp_path / "anh.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really an image" * 10)
    with pytest.raises(UserError, match="không phải ảnh đọc được"):
        attachments.attach(db, code, officer, fake)
    thick = tmp_path / "dày.pdf"
    thick.write_bytes(scan_pdf(pages=scanpdf.MAX_PAGES + 100))
    with pytest.raises(UserError, match=r"có 200 trang, quá giới hạn 100 trang"):
        attachments.attach(db, code, officer, thick)
    with pytest.raises(WrongPin, match="không đúng"):
        open_pkcs12(p12["valid"], "000000")
    with pytest.raises(UserError, match="không dùng để ký số"):
        open_pkcs12(p12["encipher"], PIN)
    with db.read() as session:
        assert session.scalars(select(Attachment)).all() == []
        assert session.scalars(select(OutboxEvent).where(OutboxEvent.kind.like("attachment.%"))).all() == []


def test_a_clock_far_off_refuses_to_sign(office_clock, db, officer, code, trusted, p12, tmp_path):
    attach(db, officer, code, tmp_path, "a.png", png((250, 250, 250)))
    key = key_of(p12)
    signing.record_clock_offset(clock.aware(clock.now() + timedelta(hours=3)), clock.now())  # measured against a TSA
    with pytest.raises(UserError, match="chậm 180 phút so với giờ chuẩn"):
        signing.sign_attachments(db, code, officer, key)
    signing.record_clock_offset(clock.aware(clock.now()), clock.now())
    office_clock.set(datetime(2026, 11, 20, 9, 0))  # before what the database already holds
    with pytest.raises(UserError, match="sớm hơn thời điểm đã ghi"):
        signing.sign_attachments(db, code, officer, key)
    office_clock.set(datetime(2024, 1, 1, 9, 0))  # before the certificate even began
    with pytest.raises(UserError, match="trước ngày chứng thư số có hiệu lực"):
        signing.sign_attachments(db, code, officer, key)
    with db.read() as session:
        assert session.scalar(select(Attachment)).signed_sha256 is None


def test_revocation_from_the_crl_when_there_is_no_ocsp_answer(db, officer, code, trusted, p12, officers, ca_server,
                                                              tmp_path):
    import requests

    from counter.signing.revocation import crl_urls, fetch_crl

    scan = attach(db, officer, code, tmp_path, "c.png", png((240, 240, 240)))
    signing.sign_attachments(db, code, officer, key_of(p12, "revoked"))
    from asn1crypto import x509 as asn1_x509

    cert = asn1_x509.Certificate.load(officers["revoked"].der)
    [url] = crl_urls(cert)
    answer = fetch_crl(url, requests.Session())
    assert answer.kind == "crl" and answer.next_update > answer.this_update
    result = pades.verify_pdf(signed_file(db, scan.id), pades.Trust(signing.trust(db).roots, (answer.parsed(),)))
    assert result.state == "revoked" and result.signatures[0].revocation_date is not None


def test_sign_and_verify_from_the_command_line(db, officer, code, p12, ca_server, tmp_path):
    import subprocess
    import sys

    (tmp_path / "ca.pem").write_bytes(ca_server.ca.pem)
    attach(db, officer, code, tmp_path, "to khai.png", png((240, 240, 240)))

    def run(*args, env=None):
        import os

        return subprocess.run(at("2026-11-23T09:30:00", "-m", "counter", "--db", db.url, "--officer", "lan.nt", *args),
                              capture_output=True, text=True, env={**os.environ, **(env or {})})

    assert "CA thử nghiệm Counter" in run("signing", "trust", str(tmp_path / "ca.pem")).stdout
    missing = run("sign", code, "--p12", str(p12["valid"]))
    assert missing.returncode == 1 and "biến môi trường COUNTER_PIN" in missing.stderr
    unsigned = run("verify", code)
    assert unsigned.returncode == 1 and "Trạng thái: Chưa ký số" in unsigned.stdout
    signed = run("sign", code, "--p12", str(p12["valid"]), env={"COUNTER_PIN": PIN})
    assert signed.returncode == 0 and "Đã ký 1 bản quét" in signed.stdout, signed.stderr
    checked = run("verify", code)
    assert checked.returncode == 0, checked.stdout
    assert "Người ký: Nguyễn Thị Lan · Thời điểm ký: 09:30:00 23/11/2026 · Mức: B-B" in checked.stdout
