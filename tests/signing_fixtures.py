"""Fixtures for the signing tests: the test CA (session), officers' keys, an office that trusts the
CA, and this machine's settings kept per test."""

from __future__ import annotations

from datetime import timedelta

import pytest

from counter.services import signing
from pki import MONDAY, PIN, CAServer, validity


@pytest.fixture(scope="session")
def ca_server():
    server = CAServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def officers(ca_server):
    """Valid, expired (after Monday 09:00, the office clock of the tests), revoked, and without the
    digital-signature key usage."""
    valid = ca_server.issue("Nguyễn Thị Lan", **validity())
    other = ca_server.issue("Trần Văn Bảo", **validity())
    expired = ca_server.issue("Lê Văn Cũ", not_before=MONDAY - timedelta(days=60), not_after=MONDAY + timedelta(hours=1))
    revoked = ca_server.issue("Phạm Thị Mất", **validity())
    ca_server.ca.revoke(revoked, MONDAY - timedelta(hours=1))
    encipher = ca_server.issue("Hoàng Văn Mã", signing=False, **validity())
    return {"valid": valid, "other": other, "expired": expired, "revoked": revoked, "encipher": encipher}


@pytest.fixture(autouse=True)
def machine_settings(tmp_path, monkeypatch):
    """This machine's settings (key source, measured clock offset) belong to each test alone."""
    folder = tmp_path / "machine"
    folder.mkdir()
    monkeypatch.setenv("COUNTER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def trusted(db, officer, ca_server):
    signing.add_trust_roots(db, officer, ca_server.ca.pem)
    return db


@pytest.fixture
def p12(ca_server, officers, tmp_path):
    """PKCS#12 files of the officers, password PIN, in a folder with spaces and Vietnamese letters."""
    folder = tmp_path / "Chữ ký số"
    folder.mkdir()
    return {k: ca_server.ca.p12(o, folder / f"{k} cán bộ.p12") for k, o in officers.items()}


def key_of(p12_files, which="valid", pin=PIN):
    from counter.signing.keys import open_pkcs12

    return open_pkcs12(p12_files[which], pin)
