"""Signing with a PKCS#11 token: a SoftHSM2 token initialised by the tests (Debian's softhsm2),
holding a key pair and certificate issued by the test CA, as an officer's USB token does."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import select

from counter.services import attachments, intake, signing
from counter.services.errors import UserError
from counter.signing import machine
from counter.signing.keys import TokenGone, WrongPin, token_certificates
from counter.store.models import Attachment, OutboxEvent, SignatureJob
from helpers import complete_draft
from pki import PIN, clear_token, put_on_token, softhsm_library
from signing_fixtures import ca_server, machine_settings, officers, trusted  # noqa: F401

LIBRARY = softhsm_library()
pytestmark = pytest.mark.skipif(LIBRARY is None, reason="needs SoftHSM2 (Debian package softhsm2; ./bootstrap test "
                                                        "installs it when it can)")


@pytest.fixture(scope="session")
def softhsm(softhsm_token):
    """The library, with the run's one SoftHSM2 configuration (conftest.softhsm_token)."""
    return LIBRARY


@pytest.fixture
def token(softhsm, officers):
    """The token holds the valid officer's key and certificate (reset for every test)."""
    clear_token(softhsm)
    put_on_token(softhsm, officers["valid"], b"\x01")
    machine.save(key_source="token", pkcs11_library=softhsm)
    return softhsm


@pytest.fixture
def code(db, officer):
    return intake.receive(db, complete_draft(db, "2.000488"), officer).code


def scans(db, officer, code, tmp_path, n):
    ids = []
    for i in range(n):
        path = tmp_path / f"trang {i + 1}.png"
        out = io.BytesIO()
        Image.new("L", (300, 400), 200 + i).save(out, "PNG", dpi=(100, 100))
        path.write_bytes(out.getvalue())
        ids.append(attachments.attach(db, code, officer, path).id)
    return ids


def test_sign_with_the_token(db, officer, code, trusted, token, tmp_path):
    ids = scans(db, officer, code, tmp_path, 2)
    values = signing.settings(db)
    assert values.library == token
    key = signing.unlock(values, PIN)
    try:
        assert (key.source, key.name) == ("token", "Nguyễn Thị Lan")
        report = signing.sign_attachments(db, code, officer, key)
    finally:
        key.close()
    assert report.signed == ["trang 1.png", "trang 2.png"]
    checks = [signing.verify_attachment(db, i) for i in ids]
    assert {(c.state, c.signer) for c in checks} == {("untimestamped", "Nguyễn Thị Lan")}
    assert attachments.digitisation_share(db, date(2026, 11, 23), date(2026, 11, 23)) == (1, 1)


def test_a_wrong_pin_is_reported_once_and_never_retried(db, token):
    values = signing.settings(db)
    with pytest.raises(WrongPin, match="Mã PIN của token không đúng.*không tự thử lại"):
        signing.unlock(values, "999999")
    key = signing.unlock(values, PIN)  # the token is not locked: the officer types it again, once
    key.close()


def test_token_removed_in_the_middle_of_a_batch_keeps_nothing_half_signed(db, officer, code, trusted, token, tmp_path):
    ids = scans(db, officer, code, tmp_path, 3)
    key = signing.unlock(signing.settings(db), PIN)
    store = attachments.store_dir(db)
    files_before = sorted(p.name for p in store.rglob("*") if p.is_file())
    seen = []

    def progress(done, total, name):
        seen.append(name)
        if done == 1:  # the officer pulls the token out after the first signature
            key.signer.pkcs11_session.close()

    with pytest.raises(TokenGone, match="rút ra"):
        signing.sign_attachments(db, code, officer, key, progress=progress)
    assert seen[:2] == ["trang 1.png", "trang 2.png"]
    assert sorted(p.name for p in store.rglob("*") if p.is_file()) == files_before  # the first signed PDF is gone too
    with db.read() as session:
        assert [a.signed_sha256 for a in session.scalars(select(Attachment).where(Attachment.id.in_(ids)))] == [None] * 3
        assert session.scalars(select(SignatureJob)).all() == []
        assert session.scalars(select(OutboxEvent).where(OutboxEvent.kind == "attachment.signed")).all() == []
    assert attachments.digitisation_share(db, date(2026, 11, 23), date(2026, 11, 23)) == (0, 1)


def test_a_token_without_a_certificate_or_with_several(db, softhsm, officers):
    machine.save(key_source="token", pkcs11_library=softhsm)
    clear_token(softhsm)
    with pytest.raises(UserError, match="Token không có chứng thư số nào"):
        signing.unlock(signing.settings(db), PIN)
    put_on_token(softhsm, officers["valid"], b"\x01")
    put_on_token(softhsm, officers["other"], b"\x02")
    with pytest.raises(UserError, match="Token có 2 chứng thư số dùng để ký được: chọn") as refused:
        signing.unlock(signing.settings(db), PIN)
    assert "Nguyễn Thị Lan" in str(refused.value) and "Trần Văn Bảo" in str(refused.value)
    assert {c.name for c in token_certificates(softhsm)} == {"Nguyễn Thị Lan", "Trần Văn Bảo"}
    key = signing.unlock(signing.settings(db), PIN, certificate_serial=officers["other"].serial)
    assert key.name == "Trần Văn Bảo"
    key.close()


def test_a_certificate_without_the_signing_key_usage(db, softhsm, officers):
    machine.save(key_source="token", pkcs11_library=softhsm)
    clear_token(softhsm)
    put_on_token(softhsm, officers["encipher"], b"\x03")
    with pytest.raises(UserError, match="không dùng để ký số"):
        signing.unlock(signing.settings(db), PIN)
