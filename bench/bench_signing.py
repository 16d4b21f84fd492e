"""Issue 18 targets, for a 10-page scanned dossier (A4 pages at 200 dpi, as a scanner writes JPEG):

* signing it with a PKCS#12 key (PAdES B-B, the visible block): ≤ 300 ms
* verifying it: ≤ 100 ms
* both next to writing the same PDF unsigned, measured in the same run

    .venv/bin/python bench/bench_signing.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import OUT, Report, p95  # noqa: E402


def pages(n: int = 10) -> list[bytes]:
    from PIL import Image, ImageDraw

    out = []
    for i in range(n):
        image = Image.new("L", (1654, 2339), 246)
        draw = ImageDraw.Draw(image)
        for y in range(200, 2200, 46):  # lines of "text", as on a scanned form
            draw.line((150 + (i * 37 + y) % 90, y, 1500 - (y * 7) % 300, y), fill=40, width=5)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=75, dpi=(200, 200))
        out.append(buffer.getvalue())
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    os.environ.setdefault("COUNTER_DATA_DIR", str(OUT / "data"))
    os.environ.setdefault("COUNTER_CACHE_DIR", str(OUT / "cache"))

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from counter import clock
    from counter.signing import pades
    from counter.signing.keys import open_pkcs12
    from counter.signing.scanpdf import JPEG, Part, to_pdf

    now = datetime.now(timezone.utc)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA đo hiệu năng")])
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), True).sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Thị Lan")]))
            .issuer_name(name).public_key(key.public_key()).serial_number(2).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(ca_key, hashes.SHA256()))
    folder = Path(tempfile.mkdtemp(prefix="bench-signing-"))
    p12 = folder / "lan.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"lan", key, cert, [ca], serialization.BestAvailableEncryption(b"123456")))
    unlocked = open_pkcs12(p12, "123456")
    from asn1crypto import x509 as asn1_x509

    trust = pades.Trust((asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER)),))
    scans = [Part(f"trang-{i + 1}.jpg", data, JPEG) for i, data in enumerate(pages())]
    stamp = pades.Stamp("000.01.34.H49-261126-0001", clock.aware(clock.now()), "Tân Trụ")

    def unsigned() -> bytes:
        pdf = to_pdf(scans)
        (folder / "unsigned.pdf").write_bytes(pdf)
        return pdf

    def signed() -> bytes:
        pdf = pades.sign_pdf(to_pdf(scans), unlocked, stamp)
        (folder / "signed.pdf").write_bytes(pdf)
        return pdf

    sample = signed()  # warm-up: the signature block's font is prepared once per machine
    unsigned()
    result = pades.verify_pdf(sample, trust)
    assert result.state == pades.UNTIMESTAMPED, result
    times: dict[str, list[float]] = {"unsigned": [], "signed": [], "verify": []}
    for _ in range(args.rounds):
        for label, fn in (("unsigned", unsigned), ("signed", signed), ("verify", lambda: pades.verify_pdf(sample, trust))):
            started = time.perf_counter()
            fn()
            times[label].append((time.perf_counter() - started) * 1000)
    size = len(sample) / 1e6
    report = Report(f"Signing a 10-page scanned dossier ({size:.1f} MB, RSA 2048, PKCS#12), {args.rounds} rounds")
    med = {k: statistics.median(v) for k, v in times.items()}
    report.add("write the PDF unsigned (baseline), median", med["unsigned"], "ms")
    report.add("write the PDF signed (PAdES B-B, visible block), median", med["signed"], "ms", 300,
               note=f"p95 {p95(times['signed']):.1f} ms; signing adds {med['signed'] - med['unsigned']:.1f} ms")
    report.add("verify the signed PDF, median", med["verify"], "ms", 100,
               note=f"p95 {p95(times['verify']):.1f} ms; {med['verify'] / med['unsigned']:.2f}× the unsigned write")
    ok = report.print()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
