"""The reference hub's test time-stamping authority (RFC 3161), so that the whole signing loop —
sign offline, timestamp when online — runs on one machine and in the tests.

Its keys are made on first start and kept beside the hub's database: a "test TSA" root certificate
(``tsa-root.pem``, which an office adds to its trusted roots for training) and the TSA's own
certificate (extended key usage timeStamping). Responses are built by pyHanko's timestamp
responder. A real province uses a licensed TSA instead; the counter's TSA URL is an office setting."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

MAX_REQUEST = 16 * 1024


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Counter — máy chủ tỉnh tham chiếu"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


class TestTsa:
    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.root_path, self.cert_path, self.key_path = folder / "tsa-root.pem", folder / "tsa.pem", folder / "tsa-key.pem"
        if not (self.root_path.exists() and self.cert_path.exists() and self.key_path.exists()):
            self._create()
        self.root_pem = self.root_path.read_bytes()
        root = x509.load_pem_x509_certificate(self.root_pem)
        cert = x509.load_pem_x509_certificate(self.cert_path.read_bytes())
        key = serialization.load_pem_private_key(self.key_path.read_bytes(), None)
        der = serialization.Encoding.DER
        from pyhanko.sign.timestamps import DummyTimeStamper  # lazy: pyHanko (heavy), only to sign or check
        from pyhanko_certvalidator.registry import (  # lazy: pyHanko (heavy), only to sign or check
            SimpleCertificateStore,
        )

        self.root = asn1_x509.Certificate.load(root.public_bytes(der))
        self.stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
            tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                                    serialization.NoEncryption())),
            certs_to_embed=SimpleCertificateStore.from_certs([self.root]))

    def _create(self) -> None:
        now = datetime.now(timezone.utc)
        root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        root = (x509.CertificateBuilder().subject_name(_name("Counter test TSA root")).issuer_name(_name("Counter test TSA root"))
                .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
                .sign(root_key, hashes.SHA256()))
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = (x509.CertificateBuilder().subject_name(_name("Counter test TSA")).issuer_name(root.subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1825))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
                .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
                .sign(root_key, hashes.SHA256()))
        pem = serialization.Encoding.PEM
        _write(self.root_path, root.public_bytes(pem))
        _write(self.cert_path, cert.public_bytes(pem))
        _write(self.key_path, key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))

    async def respond(self, body: bytes) -> bytes:
        """A TimeStampResp for a DER TimeStampReq; a malformed request gets a "rejection" reply."""
        if len(body) > MAX_REQUEST:
            return _rejection("bad_request", "request too large")
        try:
            request = tsp.TimeStampReq.load(body)
            request.native  # noqa: B018 (parse everything now: a bad request is refused here, not half-way)
        except (ValueError, TypeError, KeyError) as exc:
            return _rejection("bad_request", f"malformed request: {exc}")
        algorithm = request["message_imprint"]["hash_algorithm"]["algorithm"].native
        if algorithm not in ("sha256", "sha384", "sha512"):
            return _rejection("bad_alg", f"hash algorithm {algorithm} not accepted")
        response = await self.stamper.async_request_tsa_response(request)
        return response.dump()


def _rejection(failure: str, text: str) -> bytes:
    """TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken OPTIONAL }, without the token."""
    from asn1crypto import core  # lazy: pyHanko (heavy), only to sign or check

    status = tsp.PKIStatusInfo({"status": "rejection", "status_string": [text],
                                "fail_info": tsp.PKIFailureInfo({failure})}).dump()
    return core.Sequence.load(b"\x30" + _der_length(len(status)) + status).dump()


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw
