"""PAdES signatures through pyHanko: sign offline (B-B, with a visible block), upgrade when online
(a document timestamp and the validation data in the DSS: B-T, B-LT), and verify.

Verification states, worst first (:data:`SEVERITY`): ``invalid`` (the content does not match the
signature, or no trusted CA issued the certificate), ``changed`` (modified after signing),
``revoked``, ``expired`` (certificate expired and no timestamp proves the signature older),
``untimestamped`` (valid, waiting for its timestamp), ``valid``; ``unsigned`` for a file without
a signature."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from counter.errors import UserError
from counter.messages import msg, text_of
from counter.signing.fonts import stamp_font
from counter.signing.keys import TokenGone, UnlockedKey, cert_name, token_gone

if TYPE_CHECKING:
    from asn1crypto import crl as asn1_crl
    from asn1crypto import ocsp as asn1_ocsp
    from asn1crypto import x509 as asn1_x509

VALID, UNTIMESTAMPED, EXPIRED, REVOKED, CHANGED, INVALID, UNSIGNED = (
    "valid", "untimestamped", "expired", "revoked", "changed", "invalid", "unsigned")
SEVERITY = (VALID, UNTIMESTAMPED, UNSIGNED, EXPIRED, REVOKED, CHANGED, INVALID)
STATE_LABELS = {
    VALID: msg("Hợp lệ"), UNTIMESTAMPED: msg("Hợp lệ, chưa gắn dấu thời gian"), EXPIRED: msg("Chứng thư số đã hết hạn"),
    REVOKED: msg("Chứng thư số đã bị thu hồi"), CHANGED: msg("Bị thay đổi sau khi ký"),
    INVALID: msg("Chữ ký không hợp lệ"), UNSIGNED: msg("Chưa ký số"),
}
FIELD_PREFIX = "Counter"


def worst(states) -> str:
    return max(states, key=SEVERITY.index, default=UNSIGNED)


@dataclass(frozen=True)
class Stamp:
    """What the visible block says: who signed, when (aware, office time) and for which dossier."""

    dossier_code: str
    at: datetime
    location: str = ""


@dataclass(frozen=True)
class Trust:
    """What verification relies on: the trusted roots, and revocation answers (from the cache)."""

    roots: tuple[asn1_x509.Certificate, ...] = ()
    crls: tuple[asn1_crl.CertificateList, ...] = ()
    ocsps: tuple[asn1_ocsp.OCSPResponse, ...] = ()


def _reader(data: bytes):
    from pyhanko.pdf_utils.misc import PdfReadError  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.pdf_utils.reader import PdfFileReader  # lazy: pyHanko (heavy), only to sign or check

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
    except (PdfReadError, ValueError, KeyError, IndexError) as exc:
        raise UserError(msg("Không đọc được tệp PDF ({error}): tệp hỏng hoặc không phải PDF.", error=str(exc))) from exc
    if reader.encrypted:
        raise UserError(msg("Tệp PDF có đặt mật khẩu (mã hóa): xin bản không mã hóa rồi đính kèm lại."))
    return reader


def _page_size(data: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium  # lazy: pdfium (heavy), only to read a PDF

    doc = pdfium.PdfDocument(data)
    try:
        return doc[0].get_size()
    finally:
        doc.close()


def _field_name(reader) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields  # lazy: pyHanko (heavy), only to sign or check

    taken = {name for name, *_ in enumerate_sig_fields(reader)}
    n = 1
    while f"{FIELD_PREFIX}{n}" in taken:
        n += 1
    return f"{FIELD_PREFIX}{n}"


_FONT: dict[str, bytes] = {}


def _font_factory():
    """pyHanko's font factory opens the font file and leaves it open; this one reads it from memory."""
    from pyhanko.pdf_utils.font.opentype import (  # lazy: pyHanko (heavy), only to sign or check
        GlyphAccumulator,
        GlyphAccumulatorFactory,
    )

    if "stamp" not in _FONT:
        _FONT["stamp"] = stamp_font().read_bytes()

    class InMemory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer, obj_stream=None):
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(_FONT["stamp"]), font_size=self.font_size,
                                    ot_script_tag=self.ot_script_tag, ot_language_tag=self.ot_language_tag,
                                    writing_direction=self.writing_direction, bcp47_lang_code=self.bcp47_lang_code,
                                    obj_stream=obj_stream)

    return InMemory(font_file=str(stamp_font()))


def existing_signers(data: bytes) -> list[str]:
    reader = _reader(data)
    return [cert_name(s.signer_cert) for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]


def sign_pdf(data: bytes, key: UnlockedKey, stamp: Stamp) -> bytes:
    """Sign offline (PAdES B-B) as a new revision: a signature already in the file stays intact.
    A visible block in the lower right corner of the first page names the officer, the time and
    the dossier."""
    from pyhanko.pdf_utils.incremental_writer import (  # lazy: pyHanko (heavy), only to sign or check
        IncrementalPdfFileWriter,
    )
    from pyhanko.pdf_utils.text import TextBoxStyle  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign import fields, signers  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign.fields import MDPPerm  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign.general import SigningError  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign.validation import read_certification_data  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.stamp import TextStampStyle  # lazy: pyHanko (heavy), only to sign or check

    reader = _reader(data)
    certification = read_certification_data(reader)
    if certification is not None and certification.permission == MDPPerm.NO_CHANGES:
        raise UserError(msg("Tệp đã được chứng thực và khóa lại, không cho thêm chữ ký nào: xin bản chưa khóa, hoặc "
                            "quét bản giấy rồi đính kèm bản quét."))
    name = _field_name(reader)
    width, height = _page_size(data)
    box_w, box_h = min(230.0, width * 0.6), min(62.0, height * 0.3)
    margin = min(14.0, width * 0.02)
    box = (width - margin - box_w, margin, width - margin, margin + box_h)
    style = TextStampStyle(
        stamp_text="Ký số bởi: %(signer)s\nThời gian: %(ts)s\nHồ sơ: %(code)s\nBản sao điện tử từ bản giấy",  # vi-only: in the PDF
        timestamp_format="%H:%M:%S %d/%m/%Y",
        text_box_style=TextBoxStyle(font=_font_factory(), font_size=7, leading=9),
        background=None, border_width=1)
    meta = signers.PdfSignatureMetadata(
        field_name=name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=f"Ký số bản sao điện tử hồ sơ {stamp.dossier_code}, đầy đủ và đúng với bản giấy (NĐ 118/2025, Điều 17)",  # vi-only: in the PDF
        location=stamp.location or None, name=key.name)
    pdf_signer = signers.PdfSigner(meta, key.signer, stamp_style=style,
                                   new_field_spec=fields.SigFieldSpec(name, box=box, on_page=0))

    async def run() -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        session = pdf_signer.init_signing_session(writer)
        session.system_time = stamp.at
        info = await session.perform_presign_validation(writer)
        reserved = await session.estimate_signature_container_size(info, tight=False)
        document = session.prepare_tbs_document(validation_info=info, bytes_reserved=reserved,
                                                appearance_text_params={"code": stamp.dossier_code})
        digest, output = document.digest_tbs_document(in_place=False, output=None, chunk_size=1 << 16)
        signed = await document.perform_signature(document_digest=digest.document_digest,
                                                  pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=stamp.at))
        await signed.post_signature_processing(output, chunk_size=1 << 16)
        return output.getvalue()

    try:
        return asyncio.run(run())
    except UserError:
        raise
    except Exception as exc:
        gone = _token_failure(exc)
        if gone is not None:
            raise gone from exc
        if isinstance(exc, SigningError):
            raise UserError(msg("Không ký được tệp: {error}", error=str(exc))) from exc
        raise


def _token_failure(exc: BaseException) -> TokenGone | None:
    """A PKCS#11 failure somewhere in the chain of causes means the token went away."""
    try:
        import pkcs11.exceptions as e  # lazy: PKCS#11 is optional (only with a token)
    except ImportError:
        return None
    seen = exc
    while seen is not None:
        if isinstance(seen, TokenGone):
            return seen
        if isinstance(seen, e.PKCS11Error):
            return token_gone(seen)
        seen = seen.__cause__ or seen.__context__
    return None


def _context(trust: Trust, moment: datetime | None = None, dss=None):
    from pyhanko_certvalidator import ValidationContext  # lazy: pyHanko (heavy), only to sign or check

    kwargs = dict(trust_roots=list(trust.roots), crls=list(trust.crls), ocsps=list(trust.ocsps), allow_fetching=False,
                  revocation_mode="soft-fail", moment=moment)
    if dss is not None:
        return dss.as_validation_context(kwargs)
    return ValidationContext(**kwargs)


def _dss(reader):
    from pyhanko.pdf_utils.misc import PdfReadError  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign.validation.dss import DocumentSecurityStore  # lazy: pyHanko (heavy), only to sign or check

    try:
        return DocumentSecurityStore.read_dss(reader)
    except (PdfReadError, KeyError, ValueError):
        return None
    except Exception as exc:  # NoDSSFoundError and friends
        if type(exc).__name__ == "NoDSSFoundError":
            return None
        raise


@dataclass(frozen=True)
class Upgraded:
    data: bytes
    level: str  # B-T | B-LT
    timestamp: datetime  # the TSA's time (aware)


def upgrade_pdf(data: bytes, tsa_url: str, trust: Trust, *, timeout: float = 15.0) -> Upgraded:
    """Add the validation data of the last signature (its chain and revocation answers) to the DSS,
    then a document timestamp from the TSA: PAdES B-LT (B-T when no revocation answer was
    available). Raises UserError with the reason when it cannot."""
    from pyhanko.pdf_utils.incremental_writer import (  # lazy: pyHanko (heavy), only to sign or check
        IncrementalPdfFileWriter,
    )
    from pyhanko.sign import signers  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign.timestamps import HTTPTimeStamper  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko.sign.validation import add_validation_info  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko_certvalidator.errors import (  # lazy: pyHanko (heavy), only to sign or check
        ExpiredError,
        PathValidationError,
        RevokedError,
    )

    reader = _reader(data)
    signatures = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    if not signatures:
        raise UserError(msg("Tệp chưa có chữ ký số để gắn dấu thời gian."))
    context = _context(trust, dss=_dss(reader))
    try:
        with_dss = add_validation_info(signatures[-1], context, skip_timestamp=True, in_place=False)
    except RevokedError as exc:
        raise UserError(msg("Chứng thư số của người ký đã bị thu hồi: không gắn dấu thời gian cho chữ ký này.")) from exc
    except ExpiredError as exc:
        raise UserError(msg("Chứng thư số của người ký đã hết hạn trước khi gắn được dấu thời gian: chữ ký giữ mức "
                            "B-B.")) from exc
    except PathValidationError as exc:
        raise UserError(msg("Không xác minh được chứng thư của người ký ({error}): kiểm tra danh sách chứng thư gốc tin "
                            "cậy.", error=str(exc))) from exc
    stamper = HTTPTimeStamper(tsa_url, timeout=timeout)
    try:
        out = signers.PdfTimeStamper(stamper).timestamp_pdf(
            IncrementalPdfFileWriter(with_dss, strict=False), "sha256", validation_context=context)
    except PathValidationError as exc:
        raise UserError(msg("Dấu thời gian của {url} không xác minh được ({error}): thêm chứng thư gốc của máy chủ cấp "
                            "dấu thời gian vào danh sách tin cậy.", url=tsa_url, error=str(exc))) from exc
    except Exception as exc:  # the TSA unreachable, or answering nonsense: tried again on the next round
        raise UserError(msg("Không lấy được dấu thời gian từ {url}: {error}", url=tsa_url, error=str(exc))) from exc
    result = out.getvalue()
    final = _reader(result)
    stamp = [s for s in final.embedded_signatures if s.sig_object_type == "/DocTimeStamp"][-1]
    gen_time = stamp.signed_data["encap_content_info"]["content"].parsed["gen_time"].native
    level = "B-LT" if (_has_revinfo(final) or not _revocation_pointers(signatures[-1].signer_cert)) else "B-T"
    return Upgraded(result, level, gen_time)


def _has_revinfo(reader) -> bool:
    dss = _dss(reader)
    return bool(dss is not None and (dss.crls or dss.ocsps))


def _revocation_pointers(cert: asn1_x509.Certificate) -> bool:
    return bool(cert.crl_distribution_points or cert.ocsp_urls)


@dataclass(frozen=True)
class SignatureReport:
    state: str
    detail: str
    signer: str
    serial: str
    signed_at: datetime | None
    timestamp: datetime | None
    level: str
    field: str
    ours: bool
    revocation_date: datetime | None = None


@dataclass(frozen=True)
class Verification:
    state: str
    signatures: list[SignatureReport] = field(default_factory=list)

    @property
    def main(self) -> SignatureReport | None:
        ours = [s for s in self.signatures if s.ours]
        return (ours or self.signatures or [None])[-1]


ALLOWED_AFTER = {"NONE", "LTA_UPDATES", "FORM_FILLING"}


def verify_pdf(data: bytes, trust: Trust) -> Verification:
    """Every signature of the file; the file's state is the worst of them."""
    from pyhanko.sign.validation import (  # lazy: pyHanko (heavy), only to sign or check
        validate_pdf_signature,
        validate_pdf_timestamp,
    )

    try:
        reader = _reader(data)
        embedded = reader.embedded_signatures
    except UserError as exc:
        return Verification(INVALID, [SignatureReport(INVALID, text_of(exc), "", "", None, None, "", "", False)])
    except Exception as exc:  # a PDF so damaged that its signatures cannot be read
        return Verification(INVALID, [SignatureReport(INVALID, msg("Không đọc được chữ ký trong tệp ({error}).",
                                                                   error=str(exc)), "", "", None, None, "", "", False)])
    signatures = [s for s in embedded if s.sig_object_type == "/Sig"]
    if not signatures:
        return Verification(UNSIGNED)
    stamps = [s for s in embedded if s.sig_object_type == "/DocTimeStamp"]
    dss = _dss(reader)
    reports = []
    for sig in signatures:
        moment, ts_time = None, None
        later = [t for t in stamps if t.signed_revision > sig.signed_revision]
        if later:
            try:
                ts_status = validate_pdf_timestamp(later[0], validation_context=_context(trust, dss=dss))
                if ts_status.intact and ts_status.valid and ts_status.trusted:
                    moment = ts_time = ts_status.timestamp
            except Exception:  # an unreadable timestamp proves nothing; the signature is judged as of now
                moment = None
        reports.append(_judge(sig, validate_pdf_signature, _context(trust, moment, dss), ts_time, dss))
    return Verification(worst(r.state for r in reports), reports)


def _judge(sig, validate, context, ts_time, dss) -> SignatureReport:
    cert = sig.signer_cert
    name, serial = cert_name(cert), format(cert.serial_number, "X")
    ours = str(sig.field_name).startswith(FIELD_PREFIX)
    try:
        status = validate(sig, context)
    except Exception as exc:
        return SignatureReport(INVALID, msg("Không kiểm tra được chữ ký ({error}).", error=str(exc)), name, serial,
                               None, None, "", sig.field_name, ours)
    signed_at = status.signer_reported_dt
    level = ("B-LT" if dss is not None and (dss.crls or dss.ocsps or dss.certs) else "B-T") if ts_time else "B-B"
    indic = status.trust_problem_indic.name if status.trust_problem_indic is not None else ""

    def report(state, detail, revoked_at=None):
        return SignatureReport(state, detail, name, serial, signed_at, ts_time, level, sig.field_name, ours, revoked_at)

    if not status.intact:
        return report(INVALID, msg("Nội dung tệp không khớp với chữ ký: tệp đã bị sửa (dù chỉ một byte) sau khi ký."))
    if not status.valid:
        return report(INVALID, msg("Chữ ký không đúng về mật mã (khóa không khớp chứng thư)."))
    if status.revoked or indic.startswith("REVOKED"):
        details = status.revocation_details
        when = details.revocation_date if details is not None else None
        if when is None:
            return report(REVOKED, msg("Chứng thư số của người ký đã bị thu hồi."), when)
        return report(REVOKED, msg("Chứng thư số của người ký đã bị thu hồi từ {at}.", at=f"{when:%H:%M %d/%m/%Y}"), when)
    if indic in ("OUT_OF_BOUNDS_NO_POE", "EXPIRED", "OUT_OF_BOUNDS_NOT_REVOKED"):
        return report(EXPIRED, msg("Chứng thư số hết hạn ngày {end} và chữ ký chưa có dấu thời gian chứng minh đã ký "
                                   "khi chứng thư còn hiệu lực.", end=f"{cert.not_valid_after:%d/%m/%Y}"))
    if indic == "NOT_YET_VALID":
        return report(INVALID, msg("Chữ ký ghi thời điểm trước ngày chứng thư có hiệu lực ({start}).",
                                   start=f"{cert.not_valid_before:%d/%m/%Y}"))
    if not status.trusted:
        if not indic:
            return report(INVALID, msg("Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp: kiểm tra "
                                       "danh sách chứng thư gốc trong Thiết lập."))
        return report(INVALID, msg("Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp ({indic}): "
                                   "kiểm tra danh sách chứng thư gốc trong Thiết lập.", indic=indic))
    modification = status.modification_level.name if status.modification_level is not None else "OTHER"
    if modification not in ALLOWED_AFTER or status.docmdp_ok is False or status.coverage.name not in (
            "ENTIRE_FILE", "ENTIRE_REVISION"):
        return report(CHANGED, msg("Tệp đã bị thay đổi nội dung sau khi ký (thêm hoặc sửa trang, chú thích)."))
    if ts_time is None:
        return report(UNTIMESTAMPED, msg("Chữ ký hợp lệ; chưa có dấu thời gian (sẽ gắn khi có mạng)."))
    if level == "B-LT":
        return report(VALID, msg("Chữ ký hợp lệ, có dấu thời gian và dữ liệu kiểm tra dài hạn."))
    return report(VALID, msg("Chữ ký hợp lệ, có dấu thời gian."))
