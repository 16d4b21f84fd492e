"""``counter verify``, ``counter sign`` and ``counter signing …``: signed digitised copies from the
command line, for scripts, inspectors and training."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from counter import paths
from counter.clock import OFFICE_TZ
from counter.domain.text import nfc
from counter.services import signing
from counter import environment
from counter.cli.common import say, shown
from counter.messages import msg
from counter.services.errors import UserError
from counter.services.signing import FLAGGED, verify_dossier
from counter.signing import machine


def add_parsers(sub) -> None:
    s = sub.add_parser("verify", help=shown(msg("kiểm tra chữ ký số các bản quét và văn bản kết quả của một hồ sơ")))
    s.add_argument("code")
    s.add_argument("--json", action="store_true", help=shown(msg("in JSON")))
    s.add_argument("--online", action="store_true", help=shown(msg("lấy CRL/OCSP mới từ nhà cung cấp chữ ký số trước khi kiểm tra")))
    s = sub.add_parser("sign", help=shown(msg("ký số các bản quét chưa ký của một hồ sơ (PAdES)")))
    s.add_argument("code")
    s.add_argument("--p12", type=Path, help=shown(msg("tệp chữ ký số PKCS#12 (mặc định: nguồn khóa đã thiết lập trên máy)")))
    s.add_argument("--pin-env", default="COUNTER_PIN", metavar="VAR",
                   help=shown(msg("biến môi trường chứa PIN hoặc mật khẩu (không bao giờ ghi PIN trên dòng lệnh)")))
    s = sub.add_parser("signing", help=shown(msg("thiết lập chữ ký số: chứng thư gốc tin cậy, khóa tập huấn, dấu thời gian")))
    signing_sub = s.add_subparsers(dest="signing_command", metavar="SIGNING_COMMAND", required=True)
    t = signing_sub.add_parser("trust", help=shown(msg("tin cậy chứng thư gốc trong tệp PEM/DER (CA, máy chủ dấu thời gian)")))
    t.add_argument("file", type=Path)
    k = signing_sub.add_parser("training-key", help=shown(msg("tạo tệp chữ ký số tập huấn (PKCS#12) do một CA tập huấn cấp")))
    k.add_argument("--name", required=True, help=shown(msg("họ tên cán bộ ghi trên chứng thư")))
    k.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.p12")
    k.add_argument("--pin-env", default="COUNTER_PIN", metavar="VAR")
    signing_sub.add_parser("status", help=shown(msg("nguồn khóa, trình điều khiển token, dấu thời gian đang chờ")))
    u = signing_sub.add_parser("upgrade", help=shown(msg("gắn dấu thời gian và dữ liệu kiểm tra dài hạn cho bản đã ký (B-T/B-LT)")))
    u.add_argument("--limit", type=int, default=50)


def _fmt(moment) -> str:
    if moment is None:
        return "—"
    if moment.tzinfo is not None:
        moment = moment.astimezone(OFFICE_TZ)
    return f"{moment:%H:%M:%S %d/%m/%Y}"


def cmd_verify(args, db) -> int:
    checks = verify_dossier(db, args.code, online=args.online)
    rows = [{"id": c.attachment_id, "loai": "kết quả" if c.kind == "result" else "bản quét", "tep": c.file_name,  # vi-only: JSON data
             "trang_thai": c.state, "mo_ta": c.label, "chi_tiet": c.detail, "nguoi_ky": c.signer,
             "thoi_diem_ky": c.signed_at.isoformat() if c.signed_at else None, "muc": c.level,
             "dau_thoi_gian": c.timestamp.isoformat() if c.timestamp else None,
             "kiem_tra_thu_hoi_luc": c.revocation_checked_at.isoformat() if c.revocation_checked_at else None,
             "chu_ky": [{"nguoi_ky": s.signer, "so_hieu": s.serial, "trang_thai": s.state, "chi_tiet": s.detail}
                        for s in c.signatures]} for c in checks]
    problems = [c for c in checks if c.state in FLAGGED or (c.kind == "scan" and c.state == "unsigned")]
    if args.json:
        print(json.dumps({"MaHoSo": args.code.upper(), "tep": rows, "van_de": len(problems)}, ensure_ascii=False, indent=2))
    else:
        if not checks:
            say(msg("Hồ sơ {code} chưa có bản quét hay văn bản kết quả nào.", code=args.code.upper()))
        for c in checks:
            kind = msg("Kết quả") if c.kind == "result" else msg("Bản quét")
            say(msg("{kind}: {file}", kind=kind, file=c.file_name))
            say(msg("  Trạng thái: {state} — {detail}", state=c.label, detail=c.detail) if c.detail
                else msg("  Trạng thái: {state}", state=c.label))
            if c.signer:
                signed = dict(signer=c.signer, at=_fmt(c.signed_at), level=c.level or "—")
                say(msg("  Người ký: {signer} · Thời điểm ký: {at} · Mức: {level} · Dấu thời gian: {stamp}",
                        stamp=_fmt(c.timestamp), **signed) if c.timestamp
                    else msg("  Người ký: {signer} · Thời điểm ký: {at} · Mức: {level}", **signed))
                say(msg("  Kiểm tra thu hồi: theo trả lời lúc {at}", at=_fmt(c.revocation_checked_at))
                    if c.revocation_checked_at else msg("  Kiểm tra thu hồi: chưa có trả lời CRL/OCSP nào"))
            for s in c.signatures[:-1] if len(c.signatures) > 1 else []:
                say(msg("  Chữ ký khác: {signer} — {detail}", signer=s.signer, detail=s.detail))
        say(msg("{files} tệp, {problems} có vấn đề.", files=len(checks), problems=len(problems)))
    return 1 if problems else 0


def _pin(var: str) -> str:
    value = environment.named_by_user(var) or ""
    if not value:
        raise UserError(msg("Đặt PIN (hoặc mật khẩu tệp chữ ký số) trong biến môi trường {name}.", name=var))
    return value


def cmd_sign(args, db, actor) -> int:
    values = signing.settings(db)
    if args.p12:
        values = replace(values, key_source="pkcs12", pkcs12_path=str(args.p12))
    key = signing.unlock(values, _pin(args.pin_env))
    try:
        report = signing.sign_attachments(db, args.code, actor, key)
    finally:
        key.close()
    say(msg("Đã ký {count} bản quét của hồ sơ {code} (PAdES B-B, người ký {signer}).", count=len(report.signed),
            code=args.code.upper(), signer=key.name))
    for name in report.signed:
        print(f"  {name}")
    return 0


def cmd_signing(args, db, actor) -> int:
    if args.signing_command == "trust":
        names = signing.add_trust_roots(db, actor, args.file.read_bytes())
        for name in names:
            say(msg("Tin cậy: {name}", name=name))
        return 0
    if args.signing_command == "status":
        values = signing.settings(db)
        say(msg("Nguồn khóa: {source}", source="token (PKCS#11)" if values.key_source == "token" else msg("tệp PKCS#12")))
        say(msg("Thư viện PKCS#11: {library}", library=values.library or msg("chưa tìm thấy")))
        say(msg("Tệp PKCS#12: {path}", path=values.pkcs12_path or "—"))
        say(msg("Máy chủ dấu thời gian (TSA): {url}", url=values.tsa_url or msg("chưa thiết lập")))
        say(msg("Chứng thư gốc tin cậy: {count}", count=len(signing.trusted_roots(values))))
        say(msg("Bản đã ký chờ dấu thời gian: {count}", count=signing.pending_upgrades(db)))
        for job_id, name, error in signing.jobs_needing_attention(db):
            say(msg("  cần xử lý #{id} {name}: {error}", id=job_id, name=name, error=error))
        return 0
    if args.signing_command == "upgrade":
        result = signing.upgrade_pending(db, limit=args.limit)
        say(msg("Đã gắn dấu thời gian: {done} · chờ mạng: {waiting} · cần xử lý: {attention}", done=result.done,
                waiting=result.waiting, attention=result.attention))
        for error in result.errors:
            say(msg("  {error}", error=error), file=sys.stderr)
        return 0 if not result.errors else 1
    return training_key(args, db, actor)


def training_key(args, db, actor) -> int:
    """A PKCS#12 file for training, issued by a training CA made once per data folder (its root
    is added to the office's trusted roots). Never for real dossiers."""
    from cryptography import x509  # lazy: cryptography (heavy), only for keys
    from cryptography.hazmat.primitives import hashes, serialization  # lazy: cryptography (heavy), only for keys
    from cryptography.hazmat.primitives.asymmetric import rsa  # lazy: cryptography (heavy), only for keys
    from cryptography.hazmat.primitives.serialization import pkcs12  # lazy: cryptography (heavy), only for keys
    from cryptography.x509.oid import NameOID  # lazy: cryptography (heavy), only for keys

    pin = _pin(args.pin_env)
    folder = paths.data_dir() / "training-ca"
    folder.mkdir(exist_ok=True, mode=0o700)
    now = datetime.now(timezone.utc)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                         x509.NameAttribute(NameOID.COMMON_NAME, "CA tập huấn Counter (không dùng thật)")])  # vi-only: in the certificate
    key_file, cert_file = folder / "ca-key.pem", folder / "ca.pem"
    if not key_file.exists():
        ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        ca_cert = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
                   .not_valid_after(now + timedelta(days=3650))
                   .add_extension(x509.BasicConstraints(ca=True, path_length=0), True)
                   .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), True)
                   .sign(ca_key, hashes.SHA256()))
        key_file.write_bytes(ca_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
        os.chmod(key_file, 0o600)
        cert_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    ca_key = serialization.load_pem_private_key(key_file.read_bytes(), None)
    ca_cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = nfc(args.name)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                                                              x509.NameAttribute(NameOID.COMMON_NAME, name)]))
            .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=730))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(ca_key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(name.encode("utf-8"), key, cert, [ca_cert],
                                                 serialization.BestAvailableEncryption(pin.encode("utf-8")))
    args.output.write_bytes(data)
    signing.add_trust_roots(db, actor, cert_file.read_bytes())
    machine.save(key_source="pkcs12", pkcs12_path=str(args.output.resolve()))
    say(msg("Đã tạo tệp chữ ký số tập huấn {path} cho {name}; máy này ký bằng tệp đó (Thiết lập → Chữ ký số).",
            path=args.output, name=name))
    return 0
