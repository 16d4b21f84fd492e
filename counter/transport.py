"""How the counter talks to servers outside: HTTPS, except to this machine (loopback) or where an
explicit setting allows plain HTTP (the status bar then warns); network failures said in
Vietnamese, the library's English kept for the log only."""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

import requests
from counter import environment, settings

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


def refusal(url: str, allow_plain: bool, what: str = "máy chủ tỉnh") -> str:
    """Why ``url`` may not be used ("" when it may)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return f"Địa chỉ {what} phải bắt đầu bằng https:// và có tên máy (ví dụ https://dongbo.tayninh.gov.vn)."
    if plain_http(url) and not allow_plain:
        return (f"Địa chỉ {what} phải dùng https:// (kết nối mã hóa): http:// chỉ dùng được với máy này "
                "(127.0.0.1, localhost), hoặc khi quản trị viên bật rõ ràng cho phép HTTP không mã hóa.")
    return ""


def network_message(exc: Exception, what: str = "máy chủ tỉnh") -> str:
    """A requests failure in plain Vietnamese (the English detail goes to the log)."""
    log.info("network error talking to %s: %r", what, exc)
    if isinstance(exc, requests.exceptions.SSLError):
        return (f"Không xác thực được chứng chỉ TLS của {what} (chứng chỉ không tin cậy, hết hạn hoặc không đúng tên "
                "máy): kiểm tra tệp chứng chỉ gốc trong Thiết lập → Đồng bộ.")
    if isinstance(exc, requests.exceptions.Timeout):
        return f"{what[0].upper()}{what[1:]} không trả lời kịp (quá thời gian chờ)."
    if isinstance(exc, requests.exceptions.ProxyError):
        return f"Không đi qua được máy chủ proxy để tới {what}: kiểm tra cấu hình mạng."
    if isinstance(exc, requests.exceptions.ConnectionError):
        return f"Không kết nối được {what} (mất mạng, sai địa chỉ hoặc máy chủ tắt)."
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema)):
        return f"Địa chỉ {what} không hợp lệ: kiểm tra trong Thiết lập."
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return f"{what[0].upper()}{what[1:]} chuyển hướng quá nhiều lần."
    return f"Lỗi mạng khi gọi {what}; sẽ thử lại."
