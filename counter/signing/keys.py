"""The officer's signing key: a PKCS#11 token (a licensed CA's or the Government CA's USB token)
or a PKCS#12 file (offices without a token, training).

The PIN logs in once and is not kept; a wrong PIN raises :class:`WrongPin` and nothing tries again
(tokens lock after a few wrong PINs). An :class:`UnlockedKey` lives for the officer's session."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from counter.errors import UserError, os_reason
from counter.messages import msg

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509


class WrongPin(UserError):
    """A wrong PIN or password: never retried automatically."""


class TokenGone(UserError):
    """The token was pulled out, or stopped answering."""


SIGNING_USAGES = {"digital_signature", "non_repudiation"}


def cert_name(cert: asn1_x509.Certificate) -> str:
    subject = cert.subject.native
    return str(subject.get("common_name") or subject.get("organization_name") or cert.subject.human_friendly)


def cert_serial(cert: asn1_x509.Certificate) -> str:
    return format(cert.serial_number, "X")


def usage_problem(cert: asn1_x509.Certificate) -> str | None:
    """Why this certificate may not sign documents, if it may not."""
    usage = cert.key_usage_value
    if usage is not None and not (set(usage.native) & SIGNING_USAGES):
        return msg("Chứng thư số của {name} (số hiệu {serial}) không dùng để ký số: thiếu mục đích ký số "
                   "(digitalSignature hoặc nonRepudiation) — có thể đây là chứng thư mã hóa hay xác thực. Dùng chứng "
                   "thư ký số cá nhân do CA cấp.", name=cert_name(cert), serial=cert_serial(cert))
    return None


def validity_problem(cert: asn1_x509.Certificate, at: datetime) -> str | None:
    """Signing at ``at`` (aware) with this certificate: expired, or not yet valid (a clock far off)."""
    start, end = cert.not_valid_before, cert.not_valid_after
    if at > end:
        return msg("Chứng thư số của {name} đã hết hạn ngày {end}: liên hệ nhà cung cấp chữ ký số (CA) để gia hạn, "
                   "hoặc kiểm tra ngày giờ của máy tính.", name=cert_name(cert), end=f"{end.astimezone(at.tzinfo):%d/%m/%Y}")
    if at < start:
        return msg("Đồng hồ máy tính đang chỉ {now}, trước ngày chứng thư số có hiệu lực ({start}): chỉnh lại ngày giờ "
                   "của máy rồi ký lại.", now=f"{at:%H:%M %d/%m/%Y}", start=f"{start.astimezone(at.tzinfo):%d/%m/%Y}")
    return None


class _Named:
    """Who a certificate names, and its serial (hex), for messages and the window."""

    certificate: asn1_x509.Certificate

    @property
    def name(self) -> str:
        return cert_name(self.certificate)

    @property
    def serial(self) -> str:
        return cert_serial(self.certificate)


@dataclass
class UnlockedKey(_Named):
    """A key the officer unlocked for this session."""

    source: str  # token | pkcs12
    signer: object  # a pyHanko Signer
    certificate: asn1_x509.Certificate
    chain: list[asn1_x509.Certificate] = field(default_factory=list)
    description: str = ""
    _close: object = None

    def close(self) -> None:
        if self._close is not None:
            try:
                self._close()
            finally:
                self._close = None


# -- PKCS#12 -------------------------------------------------------------------------------------


def open_pkcs12(path: Path, password: str) -> UnlockedKey:
    from asn1crypto import keys as asn1_keys  # lazy: pyHanko (heavy), only to sign or check
    from cryptography.hazmat.primitives import serialization  # lazy: cryptography (heavy), only for keys
    from cryptography.hazmat.primitives.serialization import pkcs12  # lazy: cryptography (heavy), only for keys
    from pyhanko.sign.signers import SimpleSigner  # lazy: pyHanko (heavy), only to sign or check
    from pyhanko_certvalidator.registry import SimpleCertificateStore  # lazy: pyHanko (heavy), only to sign or check

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(msg("Không đọc được tệp chữ ký số {path} ({reason}): kiểm tra đường dẫn trong Thiết lập.",
                            path=str(path), reason=os_reason(exc))) from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as exc:
        if b"\x30" != data[:1]:
            raise UserError(msg("Tệp {name} không phải tệp chữ ký số PKCS#12 (.p12/.pfx).", name=path.name)) from exc
        raise WrongPin(msg("Mật khẩu của tệp chữ ký số {name} không đúng. Counter không tự thử lại: kiểm tra kỹ rồi "
                           "nhập lại.", name=path.name)) from exc
    if key is None or cert is None:
        raise UserError(msg("Tệp {name} không có khóa ký và chứng thư số đi kèm.", name=path.name))
    from asn1crypto import x509 as asn1_x509  # lazy: pyHanko (heavy), only to sign or check

    der = serialization.Encoding.DER
    certificate = asn1_x509.Certificate.load(cert.public_bytes(der))
    problem = usage_problem(certificate)
    if problem:
        raise UserError(problem)
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in (extra or [])]
    private = asn1_keys.PrivateKeyInfo.load(key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption()))
    signer = _loaded_key_signer(SimpleSigner)(signing_cert=certificate, signing_key=private,
                                              cert_registry=SimpleCertificateStore.from_certs(chain))
    signer.loaded_key = key
    return UnlockedKey("pkcs12", signer, certificate, chain, msg("tệp {name}", name=path.name))


def _loaded_key_signer(base):
    """pyHanko's SimpleSigner parses the private key again at every signature (tens of
    milliseconds for RSA); this one signs with the key already loaded."""

    class LoadedKeySigner(base):
        loaded_key = None

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            from cryptography.hazmat.primitives.asymmetric.padding import (  # lazy: cryptography (heavy), only for keys
                PKCS1v15,
            )
            from cryptography.hazmat.primitives.asymmetric.rsa import (  # lazy: cryptography (heavy), only for keys
                RSAPrivateKey,
            )
            from pyhanko.sign.general import get_pyca_cryptography_hash  # lazy: pyHanko (heavy), only to sign or check

            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
            if mechanism == "rsassa_pkcs1v15" and isinstance(self.loaded_key, RSAPrivateKey):
                return self.loaded_key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
            return super().sign_raw(data, digest_algorithm)

    return LoadedKeySigner


# -- PKCS#11 -------------------------------------------------------------------------------------

_libraries: dict[str, object] = {}
_lib_lock = threading.Lock()


def _library(path: str):
    """python-pkcs11 initialises a library once per process."""
    import pkcs11  # lazy: PKCS#11 (optional), only with a token

    with _lib_lock:
        if path not in _libraries:
            if not Path(path).exists():
                raise UserError(msg("Không thấy trình điều khiển token (thư viện PKCS#11) tại {path}: cài phần mềm "
                                    "token của nhà cung cấp chữ ký số, hoặc chọn đúng tệp trong Thiết lập → Chữ ký số.",
                                    path=path))
            try:
                _libraries[path] = pkcs11.lib(path)
            except Exception as exc:  # a DLL of the wrong kind, or one that fails to load
                raise UserError(msg("Không nạp được thư viện PKCS#11 {path} ({error}): tệp này không phải trình điều "
                                    "khiển token, hoặc không hợp với máy (32/64 bit).", path=path, error=str(exc))) from exc
        return _libraries[path]


@dataclass(frozen=True)
class TokenCertificate(_Named):
    """A certificate on a token with its private key beside it (same CKA_ID)."""

    token_label: str
    token_serial: str
    key_id: bytes
    label: str
    certificate: asn1_x509.Certificate

    def describe(self) -> str:
        c = self.certificate
        return msg("{name} — số hiệu {serial}, hiệu lực {start}–{end} (token {token})", name=self.name,
                   serial=self.serial, start=f"{c.not_valid_before:%d/%m/%Y}", end=f"{c.not_valid_after:%d/%m/%Y}",
                   token=self.token_label)


def _token_errors():
    import pkcs11.exceptions as e  # lazy: PKCS#11 (optional), only with a token

    return (e.DeviceRemoved, e.TokenNotPresent, e.SessionHandleInvalid, e.SessionClosed, e.TokenNotRecognised,
            e.DeviceError, e.NoSuchToken, e.SlotIDInvalid)


def token_gone(exc: Exception | None = None) -> TokenGone:
    if exc is None:
        return TokenGone(msg("Không làm việc được với token (đã bị rút ra hoặc không trả lời): cắm lại token rồi thực "
                             "hiện lại."))
    return TokenGone(msg("Không làm việc được với token (đã bị rút ra hoặc không trả lời): cắm lại token rồi thực hiện "
                         "lại. ({error})", error=type(exc).__name__))


def _tokens(library: str):
    from pkcs11 import TokenFlag  # lazy: PKCS#11 (optional), only with a token

    lib = _library(library)
    try:  # an empty reader slot (or SoftHSM's spare slot) holds a token that was never initialised
        return [t for t in (slot.get_token() for slot in lib.get_slots(token_present=True))
                if t.flags & TokenFlag.TOKEN_INITIALIZED]
    except _token_errors() as exc:
        raise token_gone(exc) from exc


def token_certificates(library: str) -> list[TokenCertificate]:
    """Certificates with a private key, on every token present; no PIN needed (they are public).
    Plain messages for no token, and for a token without any certificate."""
    from asn1crypto import x509 as asn1_x509  # lazy: pyHanko (heavy), only to sign or check
    from pkcs11 import Attribute, ObjectClass  # lazy: PKCS#11 (optional), only with a token

    tokens = _tokens(library)
    if not tokens:
        raise UserError(msg("Chưa cắm token chữ ký số (không thấy token nào): cắm token vào máy rồi thử lại."))
    found: list[TokenCertificate] = []
    for token in tokens:
        try:
            with token.open() as session:
                key_ids = {k[Attribute.ID] for k in session.get_objects({Attribute.CLASS: ObjectClass.PUBLIC_KEY})}
                for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                    cert = asn1_x509.Certificate.load(obj[Attribute.VALUE])
                    if cert.ca:
                        continue  # the CA's own certificates, carried for the chain
                    key_id = obj[Attribute.ID]
                    if key_ids and key_id not in key_ids:
                        continue
                    found.append(TokenCertificate(token.label.strip(), str(token.serial, "ascii", "replace").strip()
                                                  if isinstance(token.serial, bytes) else str(token.serial).strip(),
                                                  key_id, str(obj[Attribute.LABEL] or ""), cert))
        except _token_errors() as exc:
            raise token_gone(exc) from exc
    if not found:
        raise UserError(msg("Token không có chứng thư số nào đi kèm khóa ký: token trắng hoặc chưa được CA nạp chứng "
                            "thư. Liên hệ nhà cung cấp chữ ký số."))
    return found


def pick_certificate(found: list[TokenCertificate], at: datetime, serial: str | None = None) -> TokenCertificate:
    """The certificate to sign with: the one asked for; else the only one that can sign now.
    Several candidates: a plain message asking the officer to choose."""
    if serial:
        for item in found:
            if item.serial == serial:
                return item
        raise UserError(msg("Token không còn chứng thư số hiệu {serial} đã chọn: chọn lại chứng thư.", serial=serial))
    usable = [f for f in found if not usage_problem(f.certificate) and not validity_problem(f.certificate, at)]
    if len(usable) == 1:
        return usable[0]
    if not usable:
        reasons = [usage_problem(f.certificate) or validity_problem(f.certificate, at) for f in found]
        raise UserError(reasons[0] if len(found) == 1 else msg(
            "Không có chứng thư số nào trên token dùng để ký được: {reasons}",
            reasons=_joined([r for r in reasons if r], sentences=True)))
    raise UserError(msg("Token có {count} chứng thư số dùng để ký được: chọn chứng thư của mình trong danh sách "
                        "({certificates}).", count=len(usable), certificates=_joined([u.describe() for u in usable])))


def _joined(parts: list[str], *, sentences: bool = False) -> str:
    """Texts joined with "; " (or a space, for whole sentences), each kept translatable."""
    if not parts:
        return ""
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = msg("{first} {rest}", first=part, rest=text) if sentences else msg("{first}; {rest}", first=part, rest=text)
    return text


def open_token(library: str, pin: str, choice: TokenCertificate) -> UnlockedKey:
    """Log in once with ``pin``; a wrong PIN is reported, never retried."""
    import pkcs11.exceptions as e  # lazy: PKCS#11 (optional), only with a token
    from pkcs11 import TokenFlag  # lazy: PKCS#11 (optional), only with a token
    from pyhanko.sign.pkcs11 import PKCS11Signer  # lazy: pyHanko (heavy), only to sign or check

    problem = usage_problem(choice.certificate)
    if problem:
        raise UserError(problem)
    token = next((t for t in _tokens(library) if t.label.strip() == choice.token_label), None)
    if token is None:
        raise token_gone()
    try:
        session = token.open(user_pin=pin)
    except e.PinIncorrect as exc:
        flags = token.flags
        if flags & TokenFlag.USER_PIN_FINAL_TRY:
            wrong = msg("Mã PIN của token không đúng. Chỉ còn MỘT lần thử trước khi token bị khóa. Counter không tự thử "
                        "lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.")
        elif flags & TokenFlag.USER_PIN_COUNT_LOW:
            wrong = msg("Mã PIN của token không đúng. Token đã ghi nhận lần nhập sai; còn ít lần thử. Counter không tự "
                        "thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.")
        else:
            wrong = msg("Mã PIN của token không đúng. Counter không tự thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ "
                        "thường) rồi nhập lại.")
        raise WrongPin(wrong) from exc
    except e.PinLocked as exc:
        raise UserError(msg("Token đã bị khóa do nhập sai PIN nhiều lần: liên hệ nhà cung cấp chữ ký số (CA) để mở "
                            "khóa.")) from exc
    except (e.PinLenRange, e.PinInvalid, e.ArgumentsBad) as exc:
        raise WrongPin(msg("Mã PIN không hợp lệ (độ dài hoặc ký tự): kiểm tra rồi nhập lại.")) from exc
    except _token_errors() as exc:
        raise token_gone(exc) from exc
    from asn1crypto import x509 as asn1_x509  # lazy: pyHanko (heavy), only to sign or check
    from pkcs11 import Attribute, ObjectClass  # lazy: PKCS#11 (optional), only with a token

    chain = []
    try:
        for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
            cert = asn1_x509.Certificate.load(obj[Attribute.VALUE])
            if cert.ca:
                chain.append(cert)
    except _token_errors() as exc:
        session.close()
        raise token_gone(exc) from exc
    signer = PKCS11Signer(session, signing_cert=choice.certificate, key_id=choice.key_id, cert_id=choice.key_id,
                          ca_chain=chain, other_certs_to_pull=())
    return UnlockedKey("token", signer, choice.certificate, chain, f"token {choice.token_label}", session.close)
