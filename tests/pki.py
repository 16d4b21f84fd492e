"""A test public-key infrastructure made in the tests, with real cryptography: a root CA, officer
certificates (valid, expired, revoked, one without the signing key usage), PKCS#12 files, a CRL
and an OCSP responder served over HTTP on 127.0.0.1, and a SoftHSM2 token set up by the tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp
from cryptography.x509.oid import NameOID

from counter.clock import OFFICE_TZ

PIN = "123456"
SO_PIN = "87654321"
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=OFFICE_TZ)


def _name(cn: str, org: str = "UBND xã Tân Trụ") -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Officer:
    name: str
    key: object
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def serial(self) -> str:
        return format(self.cert.serial_number, "X")


@dataclass
class TestCA:
    """Root CA "CA thử nghiệm Counter" with its CRL distribution point and OCSP responder."""

    key: object
    cert: x509.Certificate
    base_url: str
    revoked: dict[int, datetime] = field(default_factory=dict)
    serial: int = 1000
    offline: bool = False
    requests: list[str] = field(default_factory=list)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def issue(self, cn: str, *, not_before: datetime, not_after: datetime, signing: bool = True, key=None) -> Officer:
        key = key or new_key()
        self.serial += 1
        usage = (x509.KeyUsage(True, True, False, False, False, False, False, False, False) if signing else
                 x509.KeyUsage(False, False, True, True, False, False, False, False, False))
        cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(self.cert.subject)
                .public_key(key.public_key()).serial_number(self.serial)
                .not_valid_before(not_before).not_valid_after(not_after)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
                .add_extension(usage, True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), False)
                .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                    [x509.UniformResourceIdentifier(f"{self.base_url}/ca.crl")], None, None, None)]), False)
                .add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
                    x509.oid.AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(f"{self.base_url}/ocsp"))]),
                    False)
                .sign(self.key, hashes.SHA256()))
        return Officer(cn, key, cert)

    def revoke(self, officer: Officer, at: datetime) -> None:
        self.revoked[officer.cert.serial_number] = at

    def crl(self) -> bytes:
        now = datetime.now(timezone.utc)
        builder = (x509.CertificateRevocationListBuilder().issuer_name(self.cert.subject)
                   .last_update(now - timedelta(minutes=5)).next_update(now + timedelta(days=7))
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), False)
                   .add_extension(x509.CRLNumber(len(self.requests) + 1), False))
        for serial, at in self.revoked.items():
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(at).build())
        return builder.sign(self.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

    def ocsp_response(self, body: bytes) -> bytes:
        request = ocsp.load_der_ocsp_request(body)
        now = datetime.now(timezone.utc)
        serial = request.serial_number
        builder = ocsp.OCSPResponseBuilder()
        revoked_at = self.revoked.get(serial)
        # the responder needs the certificate itself: the tests issue few, keep them by serial
        cert = self.issued[serial]
        builder = builder.add_response(
            cert=cert, issuer=self.cert, algorithm=hashes.SHA1(),
            cert_status=ocsp.OCSPCertStatus.REVOKED if revoked_at else ocsp.OCSPCertStatus.GOOD,
            this_update=now - timedelta(minutes=1), next_update=now + timedelta(days=1),
            revocation_time=revoked_at, revocation_reason=x509.ReasonFlags.key_compromise if revoked_at else None)
        builder = builder.responder_id(ocsp.OCSPResponderEncoding.HASH, self.cert)
        return builder.sign(self.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)

    issued: dict = field(default_factory=dict)

    def p12(self, officer: Officer, path: Path, password: str = PIN) -> Path:
        data = pkcs12.serialize_key_and_certificates(
            officer.name.encode("utf-8"), officer.key, officer.cert, [self.cert],
            serialization.BestAvailableEncryption(password.encode("utf-8")))
        path.write_bytes(data)
        return path


class _Handler(BaseHTTPRequestHandler):
    ca: TestCA

    def log_message(self, *args):
        pass

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.ca.requests.append(f"GET {self.path}")
        if self.ca.offline:
            return self._send(503, b"offline", "text/plain")
        if self.path == "/ca.crl":
            return self._send(200, self.ca.crl(), "application/pkix-crl")
        self._send(404, b"", "text/plain")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.ca.requests.append(f"POST {self.path}")
        if self.ca.offline:
            return self._send(503, b"offline", "text/plain")
        if self.path == "/ocsp":
            return self._send(200, self.ca.ocsp_response(body), "application/ocsp-response")
        self._send(404, b"", "text/plain")


class CAServer:
    """The CA's CRL and OCSP endpoints, a real HTTP server on 127.0.0.1."""

    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        key = new_key()
        now = datetime.now(timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(_name("CA thử nghiệm Counter", "Counter")).issuer_name(
            _name("CA thử nghiệm Counter", "Counter")).public_key(key.public_key()).serial_number(1)
                .not_valid_before(min(now, MONDAY) - timedelta(days=400)).not_valid_after(now + timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
                .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
                .sign(key, hashes.SHA256()))
        self.ca = TestCA(key, cert, base)
        self.ca.issued = {}
        handler = type("Handler", (_Handler,), {"ca": self.ca})
        self.server.RequestHandlerClass = handler
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def issue(self, cn: str, **kwargs) -> Officer:
        officer = self.ca.issue(cn, **kwargs)
        self.ca.issued[officer.cert.serial_number] = officer.cert
        return officer

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def validity(days_before: int = 30, days_after: int = 365) -> dict:
    """A validity that covers both the tests' office clock (Monday 23/11/2026) and the real time."""
    now = datetime.now(timezone.utc)
    return {"not_before": min(now, MONDAY) - timedelta(days=days_before),
            "not_after": max(now, MONDAY) + timedelta(days=days_after)}


# -- SoftHSM2 ---------------------------------------------------------------------------------------

SOFTHSM_PATHS = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                 "/usr/local/lib/softhsm/libsofthsm2.so")


def softhsm_library() -> str | None:
    return next((p for p in SOFTHSM_PATHS if Path(p).exists()), None) if shutil.which("softhsm2-util") else None


TOKEN_LABEL = "Token Lan"


def init_softhsm(folder: Path) -> str:
    """A fresh SoftHSM2 configuration with one token (label "Token Lan", user PIN 123456), made with
    Debian's softhsm2-util before the library is loaded in this process."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n", encoding="utf-8")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", PIN, "--so-pin", SO_PIN],
                   check=True, capture_output=True)
    return str(conf)


def put_on_token(library: str, officer: Officer, key_id: bytes) -> None:
    """Import the officer's key pair and certificate onto the token, as a CA does."""
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

    from counter.signing.keys import _library

    token = next(s.get_token() for s in _library(library).get_slots(token_present=True))
    numbers = officer.key.private_numbers()
    public = numbers.public_numbers

    def b(n: int) -> bytes:
        return n.to_bytes((n.bit_length() + 7) // 8, "big")

    with token.open(rw=True, user_pin=PIN) as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.KEY_TYPE: KeyType.RSA, Attribute.TOKEN: True,
            Attribute.PRIVATE: True, Attribute.SENSITIVE: True, Attribute.SIGN: True, Attribute.ID: key_id,
            Attribute.LABEL: officer.name, Attribute.MODULUS: b(public.n), Attribute.PUBLIC_EXPONENT: b(public.e),
            Attribute.PRIVATE_EXPONENT: b(numbers.d), Attribute.PRIME_1: b(numbers.p), Attribute.PRIME_2: b(numbers.q),
            Attribute.EXPONENT_1: b(numbers.dmp1), Attribute.EXPONENT_2: b(numbers.dmq1),
            Attribute.COEFFICIENT: b(numbers.iqmp)})
        session.create_object({
            Attribute.CLASS: ObjectClass.PUBLIC_KEY, Attribute.KEY_TYPE: KeyType.RSA, Attribute.TOKEN: True,
            Attribute.VERIFY: True, Attribute.ID: key_id, Attribute.LABEL: officer.name,
            Attribute.MODULUS: b(public.n), Attribute.PUBLIC_EXPONENT: b(public.e)})
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.TOKEN: True, Attribute.ID: key_id,
            Attribute.LABEL: officer.name, Attribute.VALUE: officer.der,
            Attribute.SUBJECT: officer.cert.subject.public_bytes(), Attribute.ISSUER: officer.cert.issuer.public_bytes(),
            Attribute.SERIAL_NUMBER: officer.cert.serial_number.to_bytes(8, "big"),
            Attribute.CERTIFICATE_TYPE: CertificateType.X_509})


def clear_token(library: str) -> None:
    """Remove every object from the token (keys and certificates)."""
    from counter.signing.keys import _library

    token = next(s.get_token() for s in _library(library).get_slots(token_present=True))
    with token.open(rw=True, user_pin=PIN) as session:
        for obj in list(session.get_objects()):
            obj.destroy()
