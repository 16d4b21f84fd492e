"""Revocation answers: CRLs from the certificate's distribution points and OCSP responses from its
responder, fetched with a short timeout (the window never waits long on a dead network). The
services cache the last answer per certificate for offline use."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509

TIMEOUT = (3.0, 8.0)


@dataclass(frozen=True)
class Answer:
    kind: str  # crl | ocsp
    key: str
    url: str
    der: bytes
    this_update: datetime | None
    next_update: datetime | None

    def parsed(self):
        return asn1_crl.CertificateList.load(self.der) if self.kind == "crl" else asn1_ocsp.OCSPResponse.load(self.der)


def crl_urls(cert: asn1_x509.Certificate) -> list[str]:
    urls = []
    for point in cert.crl_distribution_points or []:
        name = point["distribution_point"]
        if name.name != "full_name":
            continue
        for general in name.chosen:
            if general.name == "uniform_resource_identifier" and str(general.native).startswith("http"):
                urls.append(str(general.native))
    return urls


def ocsp_key(cert: asn1_x509.Certificate, issuer: asn1_x509.Certificate) -> str:
    return f"ocsp:{issuer.public_key.sha1.hex()}:{cert.serial_number:x}"


def _naive_utc(value) -> datetime | None:
    return value.replace(tzinfo=None) if value is not None else None


def fetch_crl(url: str, http) -> Answer:
    response = http.get(url, timeout=TIMEOUT)
    response.raise_for_status()
    der = response.content
    if der.startswith(b"-----BEGIN"):
        from asn1crypto import pem  # lazy: pyHanko (heavy), only to sign or check

        _, _, der = pem.unarmor(der)
    parsed = asn1_crl.CertificateList.load(der)
    tbs = parsed["tbs_cert_list"]
    return Answer("crl", f"crl:{url}", url, der, _naive_utc(tbs["this_update"].native),
                  _naive_utc(tbs["next_update"].native))


def fetch_ocsp(cert: asn1_x509.Certificate, issuer: asn1_x509.Certificate, url: str, http) -> Answer:
    request = asn1_ocsp.OCSPRequest({"tbs_request": {"request_list": [{"req_cert": {
        "hash_algorithm": {"algorithm": "sha1"},
        "issuer_name_hash": hashlib.sha1(cert.issuer.dump()).digest(),
        "issuer_key_hash": issuer.public_key.sha1,
        "serial_number": cert.serial_number}}]}})
    response = http.post(url, data=request.dump(), headers={"Content-Type": "application/ocsp-request"}, timeout=TIMEOUT)
    response.raise_for_status()
    parsed = asn1_ocsp.OCSPResponse.load(response.content)
    if parsed["response_status"].native != "successful":
        raise ValueError(f"OCSP: {parsed['response_status'].native}")
    single = parsed.basic_ocsp_response["tbs_response_data"]["responses"][0]
    return Answer("ocsp", ocsp_key(cert, issuer), url, response.content, _naive_utc(single["this_update"].native),
                  _naive_utc(single["next_update"].native))


def fetch_for(cert: asn1_x509.Certificate, issuer: asn1_x509.Certificate | None, http) -> tuple[list[Answer], list[str]]:
    """OCSP first (fresher), then CRLs; returns what was fetched and what failed."""
    answers, errors = [], []
    if issuer is not None:
        for url in cert.ocsp_urls:
            try:
                answers.append(fetch_ocsp(cert, issuer, url, http))
                break
            except Exception as exc:  # a dead responder: try the CRL
                errors.append(f"OCSP {url}: {exc}")
    if not answers:
        for url in crl_urls(cert):
            try:
                answers.append(fetch_crl(url, http))
                break
            except Exception as exc:
                errors.append(f"CRL {url}: {exc}")
    return answers, errors
