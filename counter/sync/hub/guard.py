"""The hub's first check on every request, before any route sees it (a plain ASGI middleware):

- a body larger than its limit is refused with 413 and never kept in memory: from its
  Content-Length, it is dropped as it arrives (so the client can read the answer) or, beyond
  ``DRAIN_CAP``, answered at once from the headers alone; a body sent without a length is counted
  while it arrives and dropped from the moment it passes the limit;
- a JSON body must be UTF-8 JSON whose strings are valid Unicode (no lone surrogate such as
  ``"\\ud800"``, which cannot be stored or hashed), each at most ``MAX_STRING`` characters, and
  whose numbers are finite and within a 64-bit integer (no NaN, Infinity or 1e40).

Whatever is refused here is a 413 or a 422 with a Vietnamese message, never a server error."""

from __future__ import annotations

import json
import math
import re

from counter.sync.hub.online import MAX_FILES

MAX_JSON_BODY = 8_000_000  # bytes: a batch of 1,000 events is far below
MAX_STRING = 100_000  # characters in any one string of a JSON body
MAX_INT = 2 ** 63 - 1
MAX_FLOAT = 1e15
TSA_BODY = 64_000
DRAIN_CAP = 64_000_000  # a body over its limit but under this is dropped as it arrives, never kept


class Refused(Exception):
    def __init__(self, status: int, detail):
        super().__init__(detail)
        self.status, self.detail = status, detail


def _invalid(loc: list, msg: str, kind: str) -> Refused:
    return Refused(422, [{"loc": ["body", *loc], "msg": msg, "type": kind}])


def _constant(name: str):
    raise _invalid([], f"số không hợp lệ: {name} (chỉ nhận số hữu hạn)", "finite_number")


# Only a body with one of these can hold a lone surrogate (JSON writes it as an escape; UTF-8
# cannot carry one) or a number out of range: any other body within MAX_STRING bytes is let
# through without being parsed here.
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_BIG_NUMBER = re.compile(r"\d{16,}|\d[eE]|NaN|Infinity")


def _walk(value, loc: list, surrogates: bool, max_string: int = MAX_STRING) -> None:
    if isinstance(value, str):
        if surrogates:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _invalid(loc, "chuỗi ký tự không phải Unicode hợp lệ (có nửa cặp thay thế đứng riêng)",
                               "unicode_surrogate") from None
        if len(value) > max_string:
            raise _invalid(loc, f"quá dài (tối đa {max_string} ký tự)", "string_too_long")
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_INT:
            raise _invalid(loc, f"số {str(value)[:30]} vượt giới hạn cho phép", "number_range")
    elif isinstance(value, float):
        if not math.isfinite(value) or abs(value) > MAX_FLOAT:
            raise _invalid(loc, f"số {str(value)[:30]} vượt giới hạn cho phép", "number_range")
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, loc + [key[:60]], surrogates, max_string)
            _walk(item, loc + [key[:60]], surrogates, max_string)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, loc + [index], surrogates, max_string)


def check_json(body: bytes, max_string: int = MAX_STRING) -> None:
    """Refused (422) if ``body`` is not JSON the hub can store; nothing returned otherwise."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid([], "nội dung không phải UTF-8", "utf8") from None
    surrogates = _SURROGATE.search(text) is not None
    if not surrogates and len(text) <= max_string and not _BIG_NUMBER.search(text):
        return  # nothing in it can be out of range
    try:
        value = json.loads(text, parse_constant=_constant)
    except Refused:
        raise
    except (ValueError, RecursionError):
        return  # not JSON at all: the route answers as it always has (422 with FastAPI's own reason)
    _walk(value, [], surrogates, max_string)


class BodyGuard:
    def __init__(self, app, hub):
        self.app, self.hub = app, hub

    def limit(self, path: str) -> tuple[int, bool, int]:
        """(largest body in bytes, whether it is JSON, longest string in it) for a request to ``path``."""
        if path.startswith("/api/v1/attachments/"):
            return self.hub.max_attachment_bytes, False, MAX_STRING
        if path.startswith("/api/v1/tsa"):
            return TSA_BODY, False, MAX_STRING
        if path == "/api/v1/online/submissions":  # the portal sends the files inside, in base64
            encoded = self.hub.max_attachment_bytes * 4 // 3 + 4
            return min(MAX_FILES * encoded + MAX_JSON_BODY, DRAIN_CAP), True, encoded
        return MAX_JSON_BODY, True, MAX_STRING

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        limit, is_json, max_string = self.limit(scope["path"])
        headers = dict(scope.get("headers") or [])
        try:
            announced = int(headers.get(b"content-length", b"-1"))
        except ValueError:
            announced = -1
        if announced > DRAIN_CAP:  # answered at once, from the headers alone; the connection is closed
            await _answer(send, 413, _too_large(limit))
            return
        chunks, size, more, over = [], 0, True, announced > limit
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            more = message.get("more_body", False)
            if size > DRAIN_CAP:
                break
            if over or size > limit:
                # never kept: the rest is let through and dropped, so the client can read the answer
                over, chunks = True, []
                continue
            chunks.append(chunk)
        if over:
            await _answer(send, 413, _too_large(limit))
            return
        body = b"".join(chunks)
        if is_json and body:
            try:
                check_json(body, max_string)
            except Refused as refused:
                await _answer(send, refused.status, refused.detail)
                return
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _too_large(limit: int) -> str:
    return f"Nội dung lớn hơn giới hạn {limit} byte của máy chủ."


async def _answer(send, status: int, detail) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
