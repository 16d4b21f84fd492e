"""What may cross the wire, in either direction: field limits and patterns, time ranges, the check
every JSON value passes (valid Unicode, no NUL, finite numbers in the exact-integer range, bounded
depth and length), and the Vietnamese words for a failed check.

Shared by the hub's schemas (what the province accepts) and the counter's validation of what it
receives (counter.sync.inbound), so both sides refuse the same things in the same words."""

from __future__ import annotations

import math
import re
from datetime import datetime, timezone
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, ValidationError
from pydantic_core import PydanticCustomError

from counter.messages import Text, msg

CODE = r"^[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z][A-Z0-9]{2}-\d{6}-\d{4,}$"
PHONE = r"^0\d{9,10}$"
SHA256 = r"^[0-9a-f]{64}$"
KEY = r"^[A-Za-z0-9._:\-]{8,64}$"  # an idempotency key: printable ASCII, no spaces
EMAIL = r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$"

MAX_NOTE = 2000  # a note, a reason, a decision's text
MAX_NAME = 255  # a person's, an agency's or a procedure's name
MAX_TEXT = 10_000  # any other string, known field or not
MAX_DEPTH = 8
MAX_ITEMS = 1000  # entries in one list or object
MAX_INT = 2 ** 53 - 1  # integers JSON readers everywhere agree on
MAX_CURSOR = 2 ** 62
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2100, 12, 31, 23, 59, 59, tzinfo=timezone.utc)

MESSAGES_VI = {
    "missing": msg("thiếu trường bắt buộc"),
    "string_pattern_mismatch": msg("không đúng định dạng"),
    "string_too_short": msg("quá ngắn"),
    "string_too_long": msg("quá dài"),
    "string_type": msg("phải là chuỗi ký tự"),
    "int_type": msg("phải là số nguyên"),
    "int_parsing": msg("phải là số nguyên"),
    "int_from_float": msg("phải là số nguyên"),
    "greater_than_equal": msg("nhỏ hơn giá trị cho phép"),
    "greater_than": msg("nhỏ hơn giá trị cho phép"),
    "less_than_equal": msg("lớn hơn giá trị cho phép"),
    "literal_error": msg("giá trị không nằm trong danh sách cho phép"),
    "timezone_aware": msg("thời điểm phải có múi giờ (ví dụ +07:00)"),
    "datetime_from_date_parsing": msg("thời điểm không hợp lệ (ISO 8601)"),
    "datetime_parsing": msg("thời điểm không hợp lệ (ISO 8601)"),
    "datetime_type": msg("thời điểm không hợp lệ (ISO 8601)"),
    "date_from_datetime_parsing": msg("ngày không hợp lệ (YYYY-MM-DD)"),
    "date_parsing": msg("ngày không hợp lệ (YYYY-MM-DD)"),
    "date_type": msg("ngày không hợp lệ (YYYY-MM-DD)"),
    "dict_type": msg("phải là một đối tượng JSON"),
    "model_type": msg("phải là một đối tượng JSON"),
    "model_attributes_type": msg("phải là một đối tượng JSON"),
    "list_type": msg("phải là một danh sách"),
    "too_long": msg("danh sách quá dài"),
    "extra_forbidden": msg("trường này không được phép"),
    "text_invalid": msg("chuỗi chứa ký tự không hợp lệ (nửa cặp UTF-16 hoặc NUL)"),
    "number_invalid": msg("số không hợp lệ (NaN, vô cực hoặc quá lớn)"),
    "moment_range": msg("thời điểm nằm ngoài khoảng cho phép (2000–2100)"),
    "too_deep": msg("dữ liệu lồng nhau quá sâu"),
    "json_too_long": msg("quá dài"),
    "value_error": msg("giá trị không hợp lệ"),
}

#: error types raised by our own validators, whose messages are Vietnamese already
OWN_CHECKS = frozenset({"text_invalid", "number_invalid", "moment_range", "too_deep", "json_too_long", "rule"})

_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


def json_problem(value: Any, *, max_text: int = MAX_TEXT, path: str = "", depth: int = 0) -> tuple[str, str] | None:
    """The first thing wrong in a decoded JSON value: (where, error type), or None. Strings must be
    valid Unicode without NUL and at most ``max_text`` characters; numbers finite and within
    ±2⁵³; lists and objects at most MAX_ITEMS long and MAX_DEPTH deep."""
    if isinstance(value, str):
        if _BAD_CHARS.search(value):
            return path, "text_invalid"
        if len(value) > max_text:
            return path, "json_too_long"
        return None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return None if -MAX_INT <= value <= MAX_INT else (path, "number_invalid")
    if isinstance(value, float):
        return None if math.isfinite(value) and abs(value) <= MAX_INT else (path, "number_invalid")
    if depth >= MAX_DEPTH:
        return path, "too_deep"
    if isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            return path, "json_too_long"
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and (_BAD_CHARS.search(key) or len(key) > 200):
                return where, "text_invalid"
            found = json_problem(item, max_text=max_text, path=where, depth=depth + 1)
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_ITEMS:
            return path, "json_too_long"
        for i, item in enumerate(value):
            found = json_problem(item, max_text=max_text, path=f"{path}.{i}" if path else str(i), depth=depth + 1)
            if found:
                return found
        return None
    return path, "value_error"


def checked_json(value: Any) -> Any:
    """A pydantic validator: refuse a value :func:`json_problem` finds fault with."""
    found = json_problem(value)
    if found:
        where, kind = found
        raise PydanticCustomError(kind, "{where}: {message}", {"where": where or msg("(gốc)"), "message": MESSAGES_VI[kind]})
    return value


def _in_range(moment: datetime) -> datetime:
    if not EARLIEST <= moment <= LATEST:
        raise PydanticCustomError("moment_range", "{message}", {"message": MESSAGES_VI["moment_range"]})
    return moment


#: a moment with its time zone, between 2000 and 2100 (a due date in 1900 is a mistake, not a date)
Moment = Annotated[AwareDatetime, AfterValidator(_in_range)]
#: any JSON object, checked as a whole
CheckedDict = Annotated[dict[str, Any], AfterValidator(checked_json)]


def field_messages(exc: ValidationError, prefix: tuple = ()) -> list[dict]:
    """Field messages in Vietnamese (the officer reads them), the English text kept for developers.
    The input itself is never echoed back: it may be what made the request invalid."""
    out = []
    for err in exc.errors(include_input=False, include_url=False):
        # our own checks already speak Vietnamese (and name the place inside a whole JSON value)
        message = _own_message(err) if err["type"] in OWN_CHECKS else MESSAGES_VI.get(err["type"], err["msg"])
        out.append({"loc": [*prefix, *err["loc"]], "msg": message, "detail": safe_text(err["msg"], 300),
                    "type": err["type"]})
    return out


def _own_message(err: dict) -> str:
    """The message of one of our own checks, as a Text when its parts were given as values
    (pydantic formats the message itself into a plain string)."""
    ctx = err.get("ctx") or {}
    if isinstance(ctx.get("message"), Text):
        return msg("{where}: {message}", where=ctx["where"], message=ctx["message"]) if "where" in ctx \
            else ctx["message"]
    return err["msg"]


def reason(exc: ValidationError, limit: int = 3) -> str:
    """A validation failure as one Vietnamese sentence for the needs-attention list."""
    parts: list[str] = []
    for item in field_messages(exc)[:limit]:
        where = ".".join(str(p) for p in item["loc"])
        parts.append(msg("{where}: {message}", where=where, message=item["msg"])
                     if where and not item["msg"].startswith(where) else item["msg"])
    text = joined(parts)
    more = len(exc.errors()) - limit
    return msg("{reasons} (và {more} lỗi khác)", reasons=text, more=more) if more > 0 else text


def joined(parts: list[str]) -> str:
    """Sentences joined with "; ", kept translatable (each part a value of its own)."""
    if not parts:
        return ""
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = msg("{first}; {rest}", first=part, rest=text)
    return text


def safe_text(value: str, limit: int) -> str:
    """Text that any database and any screen can hold: invalid characters written out as escapes,
    cut at ``limit`` characters."""
    if len(value) > limit:
        value = msg("{text}… (cắt, tổng {count} ký tự)", text=value[:limit], count=f"{len(value):,}".replace(",", "."))
    if _BAD_CHARS.search(value):
        value = value.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")
    return value
