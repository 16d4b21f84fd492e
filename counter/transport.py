"""How the counter talks to servers outside: HTTPS, except to this machine (loopback) or where an
explicit setting allows plain HTTP (the status bar then warns); network failures said in
Vietnamese, the library's English kept for the log only."""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

import requests
from counter import environment, settings
from counter.messages import msg

log = logging.getLogger(__name__)

ALLOW_SETTING = settings.ALLOW_PLAIN_HTTP.key  # office setting (bool); or COUNTER_ALLOW_PLAIN_HTTP=1


def allowed_by_setting(office=None) -> bool:
    """Plain HTTP allowed: by the environment, or by the office's setting (``office`` the Office row)."""
    return environment.get("COUNTER_ALLOW_PLAIN_HTTP", "") == "1" or settings.get(office, settings.ALLOW_PLAIN_HTTP)


def is_loopback(host: str) -> bool:
    host = (host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def plain_http(url: str) -> bool:
    """Plain HTTP to another machine: what needs the explicit setting."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() == "http" and not is_loopback(parts.hostname or "")


#: what is being talked to, as the sentences below name it (callers pass one of these, or their text)
PROVINCE = msg("máy chủ tỉnh")
POSTAL = msg("dịch vụ bưu chính")
_KNOWN = {str(t): t for t in (PROVINCE, POSTAL)}
# sentences that open with the place's name: one whole sentence per known place
_TIMED_OUT = {str(PROVINCE): msg("Máy chủ tỉnh không trả lời kịp (quá thời gian chờ)."),
              str(POSTAL): msg("Dịch vụ bưu chính không trả lời kịp (quá thời gian chờ).")}
_REDIRECTS = {str(PROVINCE): msg("Máy chủ tỉnh chuyển hướng quá nhiều lần."),
              str(POSTAL): msg("Dịch vụ bưu chính chuyển hướng quá nhiều lần.")}


def _named(what: str) -> str:
    """``what`` as a translatable Text when it is one of the known places (callers may pass its plain text)."""
    return _KNOWN.get(what, what)


def _capitalised(what: str) -> str:
    return f"{what[:1].upper()}{what[1:]}"


def refusal(url: str, allow_plain: bool, what: str = PROVINCE) -> str:
    """Why ``url`` may not be used ("" when it may)."""
    what = _named(what)
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return msg("Địa chỉ {what} phải bắt đầu bằng https:// và có tên máy (ví dụ https://dongbo.tayninh.gov.vn).",
                   what=what)
    if plain_http(url) and not allow_plain:
        return msg("Địa chỉ {what} phải dùng https:// (kết nối mã hóa): http:// chỉ dùng được với máy này "
                   "(127.0.0.1, localhost), hoặc khi quản trị viên bật rõ ràng cho phép HTTP không mã hóa.", what=what)
    return ""


def network_message(exc: Exception, what: str = PROVINCE) -> str:
    """A requests failure in plain Vietnamese (the English detail goes to the log)."""
    log.info("network error talking to %s: %r", what, exc)
    what = _named(what)
    if isinstance(exc, requests.exceptions.SSLError):
        return msg("Không xác thực được chứng chỉ TLS của {what} (chứng chỉ không tin cậy, hết hạn hoặc không đúng tên "
                   "máy): kiểm tra tệp chứng chỉ gốc trong Thiết lập → Đồng bộ.", what=what)
    if isinstance(exc, requests.exceptions.Timeout):
        return _TIMED_OUT.get(what) or msg("{What} không trả lời kịp (quá thời gian chờ).", What=_capitalised(what))
    if isinstance(exc, requests.exceptions.ProxyError):
        return msg("Không đi qua được máy chủ proxy để tới {what}: kiểm tra cấu hình mạng.", what=what)
    if isinstance(exc, requests.exceptions.ConnectionError):
        return msg("Không kết nối được {what} (mất mạng, sai địa chỉ hoặc máy chủ tắt).", what=what)
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema)):
        return msg("Địa chỉ {what} không hợp lệ: kiểm tra trong Thiết lập.", what=what)
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return _REDIRECTS.get(what) or msg("{What} chuyển hướng quá nhiều lần.", What=_capitalised(what))
    return msg("Lỗi mạng khi gọi {what}; sẽ thử lại.", what=what)
