"""Signed digitised copies (NĐ 118/2025 Điều 17.1.c), as use cases.

- :func:`settings` is the one place the signing settings are read: office settings (TSA URL,
  forwarding grace, trusted roots, signing at attach time) from the database, per-machine ones
  (driver path, key file, chosen certificate) from ``machine.json``.
- :func:`unlock` opens the officer's key with the PIN, once per session.
- :func:`sign_attachments` signs a dossier's scans in one batch: every signed PDF is made first,
  then one transaction records them all; if the token goes away half-way nothing is kept.
- :func:`upgrade_pending` (the background worker, when online) adds a timestamp and validation
  data to each signed copy once: a job row per signed file, applied only if the attachment still
  holds the file the job started from.
- :func:`verify_attachment` checks a signed copy (or a result document from the province), with
  revocation answers fetched when online and cached for offline use.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Callable

import requests
from sqlalchemy import exists, func, select

from counter import clock
from counter.domain.lifecycle import NotAllowed
from counter.messages import msg, text_of
from counter.services import audit, outbox
from counter import settings as registry
from counter.services.attachments import read_attachment, store_bytes, stored_path
from counter.services.dossiers import get_dossier
from counter.services.errors import NotFound, UserError, ValidationFailed, os_reason
from counter.services.office import get_office
from counter.services.payloads import ts
from counter.signing import machine, pades
from counter.signing.drivers import detect
from counter.signing.keys import (
    UnlockedKey,
    open_pkcs12,
    open_token,
    pick_certificate,
    token_certificates,
    validity_problem,
)
from counter.signing.revocation import crl_urls, fetch_for
from counter.signing.scanpdf import PDF, Part, to_pdf
from counter.store.models import Attachment, AuditEntry, Dossier, RevocationAnswer, SignatureJob

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509

log = logging.getLogger(__name__)
PENDING, DONE, ATTENTION = "pending", "done", "attention"
CLOCK_TOLERANCE = timedelta(minutes=10)
FLAGGED = (pades.INVALID, pades.CHANGED, pades.REVOKED, pades.EXPIRED)


# -- settings (the one place they are read) -----------------------------------------------------


@dataclass(frozen=True)
class SigningSettings:
    tsa_url: str = ""
    grace_hours: float = 0.0  # forwarding allowed this long after a scan was attached, while it is unsigned
    sign_on_attach: bool = True
    trust_roots_pem: tuple[str, ...] = ()
    key_source: str = "token"  # token | pkcs12
    pkcs11_library: str = ""
    pkcs12_path: str = ""
    token_certificate: str = ""  # the serial chosen when the token holds several
    clock_offset_seconds: float | None = None
    clock_measured_at: str = ""

    @property
    def library(self) -> str:
        """The configured driver, else the first known one present on this machine."""
        if self.pkcs11_library:
            return self.pkcs11_library

        found = detect()
        return str(found[0][1]) if found else ""


def office_values(office) -> dict:
    return {"tsa_url": registry.get(office, registry.TSA_URL),
            "grace_hours": float(registry.get(office, registry.SIGNING_GRACE_HOURS)),
            "sign_on_attach": registry.get(office, registry.SIGN_ON_ATTACH),
            "trust_roots_pem": registry.get(office, registry.TRUST_ROOTS_PEM)}


def settings(db) -> SigningSettings:
    with db.read() as session:
        office = office_values(get_office(session))
    local = machine.load()
    return SigningSettings(**office, key_source=local.get("key_source", "token"),
                           pkcs11_library=local.get("pkcs11_library", ""), pkcs12_path=local.get("pkcs12_path", ""),
                           token_certificate=local.get("token_certificate", ""),
                           clock_offset_seconds=local.get("clock_offset_seconds"),
                           clock_measured_at=local.get("clock_measured_at", ""))


def save_office_settings(db, actor: audit.Actor, *, tsa_url: str, grace_hours: float, sign_on_attach: bool) -> None:
    tsa_url = tsa_url.strip()
    if tsa_url and not tsa_url.startswith(("http://", "https://")):
        raise ValidationFailed({"tsa_url": msg("Địa chỉ máy chủ cấp dấu thời gian phải bắt đầu bằng http:// hoặc "
                                               "https://.")})
    if not registry.SIGNING_GRACE_HOURS.in_range(grace_hours):
        raise ValidationFailed({"grace_hours": registry.SIGNING_GRACE_HOURS.range_message})
    with db.write() as session:
        office = get_office(session)
        before = office_values(office)
        registry.put(office, {registry.TSA_URL: tsa_url, registry.SIGNING_GRACE_HOURS: grace_hours,
                              registry.SIGN_ON_ATTACH: sign_on_attach})
        audit.record(session, actor, "signing.settings", "office", str(office.id),
                     {k: before[k] for k in ("tsa_url", "grace_hours", "sign_on_attach")},
                     {"tsa_url": tsa_url, "grace_hours": grace_hours, "sign_on_attach": sign_on_attach})


def _load_certs(data: bytes) -> list[asn1_x509.Certificate]:
    from asn1crypto import pem as asn1_pem  # lazy: pyHanko (heavy), only to sign or check
    from asn1crypto import x509 as asn1_x509  # lazy: pyHanko (heavy), only to sign or check

    if asn1_pem.detect(data):
        return [asn1_x509.Certificate.load(der) for _, _, der in asn1_pem.unarmor(data, multiple=True)]
    return [asn1_x509.Certificate.load(data)]


def add_trust_roots(db, actor: audit.Actor, data: bytes) -> list[str]:
    """Trust the certificates in ``data`` (PEM or DER): the root CA certificates of the licensed CAs
    and of the Government CA, and the TSA's. Returns their names."""
    from asn1crypto import pem as asn1_pem  # lazy: pyHanko (heavy), only to sign or check

    try:
        certs = _load_certs(data)
        names = [c.subject.human_friendly for c in certs]
    except (ValueError, TypeError) as exc:
        raise UserError(msg("Tệp không chứa chứng thư số (PEM hoặc DER) đọc được.")) from exc
    if not certs:
        raise UserError(msg("Tệp không chứa chứng thư số nào."))
    pems = [asn1_pem.armor("CERTIFICATE", c.dump()).decode("ascii") for c in certs]
    with db.write() as session:
        office = get_office(session)
        current = list(registry.get(office, registry.TRUST_ROOTS_PEM))
        added = [p for p in pems if p not in current]
        registry.put(office, {registry.TRUST_ROOTS_PEM: current + added})
        audit.record(session, actor, "signing.trust_roots", "office", str(office.id), None, {"added": names})
    return names


def trusted_roots(values: SigningSettings) -> list[asn1_x509.Certificate]:
    roots = []
    for text in values.trust_roots_pem:
        try:
            roots.extend(_load_certs(text.encode("ascii")))
        except (ValueError, TypeError):
            log.warning("an unreadable trusted root in the office settings is ignored")
    return roots


# -- the officer's key ---------------------------------------------------------------------------


def token_choices(values: SigningSettings):
    if not values.library:
        raise UserError(msg("Chưa tìm thấy trình điều khiển token trên máy này: cài phần mềm token của nhà cung cấp chữ "
                            "ký số (CA), hoặc chọn tệp thư viện PKCS#11 trong Thiết lập → Chữ ký số."))
    return token_certificates(values.library)


def unlock(values: SigningSettings, pin: str, *, certificate_serial: str | None = None) -> UnlockedKey:
    """Open the key of this machine's key source with ``pin`` (asked once per session)."""
    if not pin:
        raise UserError(msg("Nhập mã PIN (hoặc mật khẩu tệp chữ ký số)."))
    if values.key_source == "pkcs12":
        if not values.pkcs12_path:
            raise UserError(msg("Chưa chọn tệp chữ ký số (.p12/.pfx) trong Thiết lập → Chữ ký số."))
        return open_pkcs12(values.pkcs12_path, pin)
    choice = pick_certificate(token_choices(values), clock.aware(clock.now()),
                              certificate_serial or values.token_certificate or None)
    return open_token(values.library, pin, choice)


def clock_problem(db, key: UnlockedKey, values: SigningSettings) -> str | None:
    """A clock far off the real time: signatures would carry a false time. Known from the
    certificate's validity, the last offset measured against a timestamp server, and the newest
    time already recorded in the database."""
    now = clock.now()
    problem = validity_problem(key.certificate, clock.aware(now))
    if problem:
        return problem
    if values.clock_offset_seconds is not None and abs(values.clock_offset_seconds) > CLOCK_TOLERANCE.total_seconds():
        minutes = round(values.clock_offset_seconds / 60)
        if minutes > 0:
            return msg("Đồng hồ máy tính chậm {minutes} phút so với giờ chuẩn (đo lúc {measured}): chỉnh lại ngày giờ "
                       "của máy (hoặc bật đồng bộ giờ tự động) rồi ký lại.", minutes=minutes,
                       measured=values.clock_measured_at)
        return msg("Đồng hồ máy tính nhanh {minutes} phút so với giờ chuẩn (đo lúc {measured}): chỉnh lại ngày giờ "
                   "của máy (hoặc bật đồng bộ giờ tự động) rồi ký lại.", minutes=abs(minutes),
                   measured=values.clock_measured_at)

    with db.read() as session:
        newest = session.scalar(select(func.max(AuditEntry.at)))
    if newest is not None and newest - now > CLOCK_TOLERANCE:
        return msg("Đồng hồ máy tính đang chỉ {now}, sớm hơn thời điểm đã ghi trong hệ thống ({newest}): chỉnh lại ngày "
                   "giờ của máy rồi ký lại.", now=f"{now:%H:%M %d/%m/%Y}", newest=f"{newest:%H:%M %d/%m/%Y}")
    return None


def record_clock_offset(tsa_time: datetime, local: datetime) -> None:
    """Remember how far this machine's clock was from a timestamp server's time."""
    offset = (tsa_time.astimezone(clock.OFFICE_TZ).replace(tzinfo=None) - local).total_seconds()
    machine.save(clock_offset_seconds=round(offset, 1), clock_measured_at=f"{local:%H:%M %d/%m/%Y}")


# -- signing -------------------------------------------------------------------------------------


@dataclass
class SignReport:
    signed: list[str] = field(default_factory=list)  # file names
    skipped: list[str] = field(default_factory=list)  # signed meanwhile elsewhere


def unsigned_scans(session, dossier_id: int) -> list[Attachment]:
    return list(session.scalars(select(Attachment).where(
        Attachment.dossier_id == dossier_id, Attachment.kind == "scan", Attachment.signed_sha256.is_(None))
        .order_by(Attachment.id)))


def sign_attachments(db, code: str, actor: audit.Actor, key: UnlockedKey, *, ids: list[int] | None = None,
                     progress: Callable[[int, int, str], None] | None = None) -> SignReport:
    """Sign the dossier's unsigned scans (or those in ``ids``) with the officer's key: each becomes
    a PDF with a visible signature block. All or nothing."""
    values = settings(db)
    problem = clock_problem(db, key, values)
    if problem:
        raise UserError(problem)
    with db.read() as session:
        dossier = get_dossier(session, code)
        rows = unsigned_scans(session, dossier.id)
        if ids is not None:
            rows = [r for r in rows if r.id in set(ids)]
        todo = [(r.id, r.file_name) for r in rows]
        location = get_office(session).place or get_office(session).name
    if not todo:
        return SignReport()
    now = clock.now()
    stamp = pades.Stamp(code, clock.aware(now), location)
    made: list[tuple[int, str, str, int]] = []  # (attachment id, name, signed sha, size)
    new_files: list[str] = []
    try:
        for i, (attachment_id, name) in enumerate(todo):
            if progress is not None:
                progress(i, len(todo), name)
            _, mime, data = read_attachment(db, attachment_id)
            pdf = to_pdf([Part(name, data, mime)])
            signed = pades.sign_pdf(pdf, key, stamp)
            sha, size, created = store_bytes(db, signed)
            if created:
                new_files.append(sha)
            made.append((attachment_id, name, sha, size))
        if progress is not None:
            progress(len(todo), len(todo), "")
        report = _record_signed(db, code, actor, key, made, now)
    except BaseException:
        _discard(db, new_files)
        raise
    _discard(db, [sha for _, name, sha, _ in made if name in report.skipped and sha in new_files])
    return report


def _discard(db, shas: list[str]) -> None:
    """Remove signed files written by a batch that was not recorded (unless a row uses them)."""
    if not shas:
        return
    with db.read() as session:
        used = set(session.scalars(select(Attachment.signed_sha256).where(Attachment.signed_sha256.in_(shas))))
        used |= set(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(shas))))
    for sha in shas:
        if sha not in used:
            try:
                stored_path(db, sha).unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove an unrecorded signed file %s", sha)


def _record_signed(db, code, actor, key: UnlockedKey, made, now) -> SignReport:
    report = SignReport()
    with db.write() as session:
        dossier = get_dossier(session, code)
        rows = {a.id: a for a in session.scalars(select(Attachment).where(Attachment.id.in_([m[0] for m in made])))}
        for attachment_id, name, sha, size in made:
            row = rows.get(attachment_id)
            if row is None or row.signed_sha256 is not None:
                report.skipped.append(name)
                continue
            row.signed_sha256, row.signed_size, row.signed_at = sha, size, now
            row.signed_by_id, row.signer_name, row.signature_level = actor.id, key.name, "B-B"
            row.sig_state, row.sig_detail, row.sig_checked_at = pades.UNTIMESTAMPED, "", now
            session.add(SignatureJob(attachment_id=row.id, input_sha256=sha, state=PENDING, attempts=0,
                                     last_error="", created_at=now))
            _announce(session, dossier, row, now)
            report.signed.append(name)
        if report.signed and dossier.digitised_at is None:
            dossier.digitised_at = now
        if report.signed:
            audit.record(session, actor, "attachment.sign", "dossier", code, None,
                         {"files": report.signed, "signer": key.name, "serial": key.serial, "source": key.source,
                          "level": "B-B"})
    return report


def _announce(session, dossier: Dossier, row: Attachment, now: datetime) -> None:
    """The province gets the signed file through the outbox (resumable upload by hash)."""
    doc_code = next((d.code for d in dossier.documents if d.position == row.document_position), "")
    outbox.enqueue(session, "attachment.signed", dossier.code, {
        "MaHoSo": dossier.code, "MaThanhPhanHoSo": doc_code, "TenTepDinhKem": _pdf_name(row.file_name),
        "MaBam": row.signed_sha256, "MaBamGoc": row.sha256, "KichThuoc": row.signed_size, "LoaiTep": PDF,
        "MucChuKy": row.signature_level, "NguoiKy": row.signer_name, "ThoiDiemKy": ts(row.signed_at),
        "ThoiDiem": ts(now)})


def _pdf_name(name: str) -> str:
    stem, dot, ext = name.rpartition(".")
    base = stem if dot else name
    return f"{base}.pdf" if (ext.lower() != "pdf" or not dot) else name


# -- rules -----------------------------------------------------------------------------------------


def forward_blockers(session, dossier: Dossier, now: datetime) -> list[str]:
    """Scans that forbid forwarding: unsigned, and attached longer ago than the grace period."""
    grace = timedelta(hours=office_values(get_office(session))["grace_hours"])
    return [a.file_name for a in unsigned_scans(session, dossier.id) if now - a.added_at >= grace]


def check_forward(session, dossier: Dossier, now: datetime) -> None:
    blockers = forward_blockers(session, dossier, now)
    if blockers:
        raise NotAllowed(msg("Hồ sơ {code} còn {count} bản quét chưa ký số ({files}): ký số các bản quét trước khi "
                             "chuyển (NĐ 118/2025, Điều 17.1.c).", code=dossier.code, count=len(blockers),
                             files=", ".join(blockers[:3]) + ("…" if len(blockers) > 3 else "")))


def has_unsigned():
    """SQL: the dossier has a scan not yet signed (for the queue)."""
    return exists().where(Attachment.dossier_id == Dossier.id, Attachment.kind == "scan",
                          Attachment.signed_sha256.is_(None))


def unsigned_count(session, dossier_ids: list[int]) -> dict[int, int]:
    if not dossier_ids:
        return {}
    return dict(session.execute(select(Attachment.dossier_id, func.count()).where(
        Attachment.dossier_id.in_(dossier_ids), Attachment.kind == "scan", Attachment.signed_sha256.is_(None))
        .group_by(Attachment.dossier_id)).all())


# -- revocation cache ------------------------------------------------------------------------------


def _cached(session) -> list[RevocationAnswer]:
    return list(session.scalars(select(RevocationAnswer)))


def trust(db, values: SigningSettings | None = None) -> pades.Trust:
    from asn1crypto import crl as asn1_crl  # lazy: pyHanko (heavy), only to sign or check
    from asn1crypto import ocsp as asn1_ocsp  # lazy: pyHanko (heavy), only to sign or check

    values = values or settings(db)
    with db.read() as session:
        answers = [(a.kind, a.der) for a in _cached(session)]
    crls = tuple(asn1_crl.CertificateList.load(der) for kind, der in answers if kind == "crl")
    ocsps = tuple(asn1_ocsp.OCSPResponse.load(der) for kind, der in answers if kind == "ocsp")
    return pades.Trust(tuple(trusted_roots(values)), crls, ocsps)


def _issuer(cert: asn1_x509.Certificate, pool: list[asn1_x509.Certificate]) -> asn1_x509.Certificate | None:
    return next((c for c in pool if c.subject == cert.issuer and c.ca), None)


def refresh_revocation(db, certs: list[asn1_x509.Certificate], pool: list[asn1_x509.Certificate]) -> list[str]:
    """Fetch fresh CRL/OCSP answers for ``certs`` and cache them; returns what failed (offline)."""
    errors = []
    http = requests.Session()
    try:
        for cert in certs:
            answers, failed = fetch_for(cert, _issuer(cert, pool), http)
            errors += failed
            if answers:
                _store_answers(db, answers)
    finally:
        http.close()
    return errors


def _store_answers(db, answers) -> None:
    now = clock.now()
    with db.write() as session:
        for answer in answers:
            row = session.scalar(select(RevocationAnswer).where(RevocationAnswer.key == answer.key))
            if row is None:
                row = RevocationAnswer(key=answer.key, kind=answer.kind)
                session.add(row)
            row.url, row.der, row.fetched_at = answer.url, answer.der, now
            row.this_update, row.next_update = answer.this_update, answer.next_update


def revocation_date_for(db, cert: asn1_x509.Certificate) -> datetime | None:
    """When the cached answer covering ``cert`` was fetched (shown as "kiểm tra thu hồi lúc …")."""
    keys = [f"crl:{u}" for u in crl_urls(cert)]
    with db.read() as session:
        rows = list(session.scalars(select(RevocationAnswer).where(
            (RevocationAnswer.key.in_(keys)) | (RevocationAnswer.key.like(f"ocsp:%:{cert.serial_number:x}")))))
    return max((r.fetched_at for r in rows), default=None)


# -- verifying -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentCheck:
    attachment_id: int
    file_name: str
    kind: str
    state: str
    detail: str
    signer: str
    signed_at: datetime | None
    timestamp: datetime | None
    level: str
    revocation_checked_at: datetime | None
    signatures: list[pades.SignatureReport]
    offline_errors: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return pades.STATE_LABELS[self.state]


def signed_bytes(db, row_sha: str) -> bytes:
    path = stored_path(db, row_sha)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(msg("Không đọc được bản đã ký ({reason}) tại {path}: khôi phục từ bản sao lưu.",
                            reason=os_reason(exc), path=str(path))) from exc


def verify_attachment(db, attachment_id: int, *, online: bool = False) -> AttachmentCheck:
    """Verify one signed copy or result document and remember its state (shown offline later)."""
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound(msg("Không tìm thấy bản quét."))
        name, kind, sha = row.file_name, row.kind, row.signed_sha256
    if sha is None:
        check = AttachmentCheck(attachment_id, name, kind, pades.UNSIGNED, msg("Chưa ký số."), "", None, None, "", None, [])
        return _remember(db, check)
    data = signed_bytes(db, sha)
    values = settings(db)
    offline = []
    if online:
        from pyhanko.pdf_utils.reader import PdfFileReader  # lazy: pyHanko (heavy), only to sign or check

        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            sigs = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
            pool = trusted_roots(values) + [c for s in sigs for c in s.other_embedded_certs]
            offline = refresh_revocation(db, [s.signer_cert for s in sigs], pool)
        except Exception as exc:  # an unreadable file is reported by the verification below
            offline = [text_of(exc)]
    result = pades.verify_pdf(data, trust(db, values))
    main = result.main
    state, detail = result.state, (main.detail if main else "")
    if hashlib.sha256(data).hexdigest() != sha and state in (pades.VALID, pades.UNTIMESTAMPED):
        state, detail = pades.CHANGED, msg("Tệp đã ký trong kho lưu trữ không còn khớp mã băm đã ghi: bị sửa trên đĩa.")
    if main is not None and result.state != (main.state if main else None):
        others = [s for s in result.signatures if s is not main and s.state == result.state]
        if others:
            detail = msg("{detail} Chữ ký của {signer}: {other}", detail=detail, signer=others[0].signer,
                         other=others[0].detail)
    revoked_at = _revocation_checked(db, data) if main is not None else None
    check = AttachmentCheck(attachment_id, name, kind, state, detail, main.signer if main else "",
                            main.signed_at if main else None, main.timestamp if main else None,
                            main.level if main else "", revoked_at, result.signatures, offline)
    return _remember(db, check)


def _revocation_checked(db, data: bytes) -> datetime | None:
    from pyhanko.pdf_utils.reader import PdfFileReader  # lazy: pyHanko (heavy), only to sign or check

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    except Exception:
        return None
    dates = [revocation_date_for(db, s.signer_cert) for s in sigs]
    dates = [d for d in dates if d is not None]
    return min(dates) if dates else None


def _remember(db, check: AttachmentCheck) -> AttachmentCheck:
    with db.write() as session:
        row = session.get(Attachment, check.attachment_id)
        if row is not None:
            row.sig_state, row.sig_detail, row.sig_checked_at = check.state, check.detail[:2000], clock.now()
            row.revocation_checked_at = check.revocation_checked_at
            if row.kind == "result" and check.signer:
                row.signer_name = check.signer[:200]
                if check.signed_at is not None:
                    row.signed_at = check.signed_at.astimezone(clock.OFFICE_TZ).replace(tzinfo=None)
                row.signature_level = check.level
    return check


def verify_dossier(db, code: str, *, online: bool = False, kind: str | None = None) -> list[AttachmentCheck]:
    with db.read() as session:
        dossier = get_dossier(session, code)
        ids = [a.id for a in dossier.attachments if kind is None or a.kind == kind]
    return [verify_attachment(db, i, online=online) for i in ids]


def flagged_results(session, dossier_id: int) -> list[Attachment]:
    """Result documents whose last verification found a problem."""
    return list(session.scalars(select(Attachment).where(
        Attachment.dossier_id == dossier_id, Attachment.kind == "result",
        Attachment.sig_state.in_(FLAGGED + (pades.UNSIGNED,)))))


# -- results from the province -----------------------------------------------------------------------


def store_result_file(session, db, dossier: Dossier, name: str, data: bytes, now: datetime) -> Attachment:
    """A result document downloaded from the province: kept as it is (signed by the deciding
    agency), to be verified before it is handed out."""
    sha, size, _ = store_bytes(db, data)
    existing = session.scalar(select(Attachment).where(Attachment.dossier_id == dossier.id, Attachment.sha256 == sha))
    if existing is not None:
        return existing
    row = Attachment(dossier_id=dossier.id, document_position=None, file_name=name[:255], mime=PDF, size=size,
                     sha256=sha, added_at=now, officer_id=None, source="hub", kind="result", signed_sha256=sha,
                     signed_size=size, sig_state=pades.UNSIGNED, sig_detail=msg("Chưa kiểm tra chữ ký."))
    session.add(row)
    session.flush()
    return row


# -- the background upgrade (B-T / B-LT) -------------------------------------------------------------


@dataclass
class UpgradeResult:
    done: int = 0
    waiting: int = 0
    attention: int = 0
    errors: list[str] = field(default_factory=list)


TRANSIENT_HINTS = ("Không lấy được dấu thời gian",)  # vi-only: how a message starts, matched, never shown


def upgrade_pending(db, *, limit: int = 50) -> UpgradeResult:
    """Timestamp and validation data for each signed copy waiting for them, each exactly once.
    Runs in the background worker; does nothing without a TSA URL or while another counter on a
    shared database is doing it."""
    values = settings(db)
    result = UpgradeResult()
    if not values.tsa_url:
        return result
    with db.exclusive("signature-upgrade") as mine:
        if not mine:
            return result
        with db.read() as session:
            jobs = [(j.id, j.attachment_id, j.input_sha256) for j in session.scalars(
                select(SignatureJob).where(SignatureJob.state == PENDING).order_by(SignatureJob.id).limit(limit))]
        for job_id, attachment_id, input_sha in jobs:
            _upgrade_one(db, values, job_id, attachment_id, input_sha, result)
    return result


def _upgrade_one(db, values: SigningSettings, job_id: int, attachment_id: int, input_sha: str,
                 result: UpgradeResult) -> None:
    now = clock.now()
    try:
        data = signed_bytes(db, input_sha)

        from pyhanko.pdf_utils.reader import PdfFileReader  # lazy: pyHanko (heavy), only to sign or check

        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
        pool = trusted_roots(values) + [c for s in sigs for c in s.other_embedded_certs]
        refresh_revocation(db, [s.signer_cert for s in sigs[-1:]], pool)
        upgraded = pades.upgrade_pdf(data, values.tsa_url, trust(db, values))
    except Exception as exc:  # UserError with its reason; anything else is reported the same way
        if not isinstance(exc, UserError):
            log.exception("upgrading a signed copy failed")
        message = text_of(exc) if isinstance(exc, UserError) else msg("Lỗi khi gắn dấu thời gian: {error}", error=str(exc))
        transient = message.startswith(TRANSIENT_HINTS)
        with db.write() as session:
            job = session.get(SignatureJob, job_id)
            job.attempts += 1
            job.last_attempt_at, job.last_error = now, message[:2000]
            if not transient:
                job.state = ATTENTION
        if transient:
            result.waiting += 1
        else:
            result.attention += 1
        result.errors.append(message)
        return
    record_clock_offset(upgraded.timestamp, clock.now())
    sha, size, created = store_bytes(db, upgraded.data)
    with db.write() as session:
        job = session.get(SignatureJob, job_id)
        row = session.get(Attachment, attachment_id)
        if job.state != PENDING or row is None or row.signed_sha256 != input_sha:
            applied = False  # done meanwhile (another counter): the file made here is not used
        else:
            applied = True
            row.signed_sha256, row.signed_size, row.signature_level = sha, size, upgraded.level
            row.sig_state, row.sig_detail, row.sig_checked_at = pades.VALID, "", now
            job.state, job.done_at, job.output_sha256 = DONE, now, sha
            job.attempts += 1
            job.last_attempt_at, job.last_error = now, ""
            dossier = session.get(Dossier, row.dossier_id)
            _announce(session, dossier, row, now)
    if applied:
        result.done += 1
    elif created:
        _discard(db, [sha])


def jobs_needing_attention(db) -> list[tuple[int, str, str]]:
    with db.read() as session:
        return [(j.id, session.get(Attachment, j.attachment_id).file_name, j.last_error) for j in session.scalars(
            select(SignatureJob).where(SignatureJob.state == ATTENTION).order_by(SignatureJob.id))]


def pending_upgrades(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(SignatureJob).where(SignatureJob.state == PENDING)) or 0
