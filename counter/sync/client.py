"""The HTTP client of the sync protocol. Every call has a timeout; TLS is verified by default (a
CA bundle can be configured); a dead network, a 5xx, a 429 (with its Retry-After), a timeout or a
malformed reply raise :class:`Transient` — try again later — never a half-understood success."""

from __future__ import annotations

import email.utils
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from counter.errors import AuthFailed, Refused, SyncError, Transient
from counter.messages import Text, msg
from counter.sync.protocol import API
from counter.transport import network_message, refusal

__all__ = ["AuthFailed", "HubClient", "Refused", "SyncError", "Transient", "retry_after"]

CONNECT_TIMEOUT, READ_TIMEOUT = 5.0, 20.0
CHUNK = 1 << 20
MAX_REPLY = 32 << 20  # bytes: a reply larger than this is not read (a page of updates is a few hundred KB)


def retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


@dataclass
class HubClient:
    base_url: str
    token: str
    ca_bundle: str | None = None
    verify: bool = True
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT)
    allow_plain_http: bool = False  # http:// to another machine (loopback is always allowed)

    def __post_init__(self):
        self.base_url = self.base_url.rstrip("/")
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {self.token}", "User-Agent": "Counter/0.1"})
        self.http.verify = self.ca_bundle if (self.verify and self.ca_bundle) else self.verify

    def close(self) -> None:
        self.http.close()

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        why = refusal(self.base_url, self.allow_plain_http)
        if why:
            raise Refused(why)
        # Passed per request: otherwise requests lets REQUESTS_CA_BUNDLE override the configured bundle.
        kwargs.setdefault("verify", self.http.verify)
        try:
            response = self.http.request(method, self.base_url + API + path, timeout=self.timeout, **kwargs)
        except requests.exceptions.RequestException as exc:
            raise Transient(network_message(exc)) from exc
        if response.status_code == 401:
            raise AuthFailed(msg("Máy chủ tỉnh từ chối mã truy cập của quầy: kiểm tra mã trong Thiết lập → Đồng bộ."))
        if response.status_code == 429:
            raise Transient(msg("Máy chủ tỉnh đang quá tải (429), sẽ gửi lại sau."),
                            retry_after(response.headers.get("Retry-After")))
        if response.status_code >= 500:
            raise Transient(msg("Máy chủ tỉnh gặp lỗi ({status}), sẽ gửi lại sau.", status=response.status_code),
                            retry_after(response.headers.get("Retry-After")))
        return response

    @staticmethod
    def _json(response: requests.Response):
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > MAX_REPLY:
            response.close()
            raise Transient(msg("Máy chủ tỉnh trả lời quá lớn ({size} byte), không đọc.", size=f"{int(length):,}".replace(",", ".")))
        body = bytearray()
        try:
            for chunk in response.iter_content(1 << 16):
                body += chunk
                if len(body) > MAX_REPLY:
                    response.close()
                    raise Transient(msg("Máy chủ tỉnh trả lời quá lớn, không đọc hết."))
            return json.loads(bytes(body))
        except requests.exceptions.RequestException as exc:
            raise Transient(msg("Mất kết nối khi đang nhận trả lời của máy chủ tỉnh, sẽ thử lại.")) from exc
        except ValueError as exc:
            raise Transient(msg("Máy chủ tỉnh trả lời không đúng định dạng (JSON hỏng hoặc bị cắt), sẽ gửi lại.")) from exc

    def info(self) -> dict:
        response = self._request("GET", "/info")
        if response.status_code != 200:
            raise Refused(msg("/info trả lời {status}", status=response.status_code))
        return self._json(response)

    def post_batch(self, events: list[dict]) -> list[dict]:
        response = self._request("POST", "/events/batch", json={"events": events})
        if response.status_code != 200:
            raise Refused(msg("Máy chủ tỉnh từ chối lô sự kiện ({status}): {detail}", status=response.status_code,
                              detail=response.text[:300]))
        body = self._json(response)
        results = body.get("results") if isinstance(body, dict) else None
        keys = [e["idempotency_key"] for e in events]
        if (not isinstance(results, list) or len(results) != len(events)
                or [r.get("idempotency_key") if isinstance(r, dict) else None for r in results] != keys
                or not all(isinstance(r.get("status"), int) for r in results)):
            raise Transient(msg("Máy chủ tỉnh trả lời không khớp lô đã gửi, sẽ gửi lại."))
        return results

    def pull(self, path: str, params: dict):
        """A page or document to pull, as JSON — not yet validated (counter.sync.inbound does
        that item by item); None when the server has nothing newer (204)."""
        response = self._request("GET", path, params=params, stream=True)
        if response.status_code == 204:
            response.close()
            return None
        if response.status_code != 200:
            response.close()
            raise Refused(msg("Máy chủ tỉnh từ chối yêu cầu {path} ({status}).", path=path, status=response.status_code))
        return self._json(response)

    def updates(self, after: int, limit: int = 200):
        return self.pull("/updates", {"after": after, "limit": limit})

    def catalogue(self, since: str):
        return self.pull("/catalogue", {"since": since})

    def calendar(self, since: int):
        return self.pull("/calendar", {"since": since})

    def download(self, sha256: str) -> bytes:
        """A result document the province published, checked against its hash."""
        return self._checked(f"/results/{sha256}", sha256,
                             lambda status: msg("Tải văn bản kết quả {sha}… bị từ chối ({status}).", sha=sha256[:12],
                                                status=status),
                             msg("Văn bản kết quả tải về không khớp mã băm (bị cắt trên đường truyền), sẽ tải lại."))

    def _checked(self, path: str, sha256: str, refused, damaged: Text) -> bytes:
        """A file fetched from ``path`` and checked against its hash: refused (``refused(status)`` says so)
        or arrived damaged (``damaged``: tried again at the next sync)."""
        response = self._request("GET", path)
        if response.status_code != 200:
            raise Refused(refused(response.status_code))
        if hashlib.sha256(response.content).hexdigest() != sha256:
            raise Transient(damaged)
        return response.content

    def online(self, after: int, limit: int = 200):
        """A page of online dossiers; an empty page from a provincial server that offers none
        (404/405: it predates online dossiers)."""
        response = self._request("GET", "/online", params={"after": after, "limit": limit}, stream=True)
        if response.status_code in (404, 405):
            response.close()
            return {"items": [], "next_cursor": after}
        if response.status_code != 200:
            response.close()
            raise Refused(msg("Máy chủ tỉnh từ chối yêu cầu {path} ({status}).", path="/online", status=response.status_code))
        return self._json(response)

    def online_file(self, code: str, sha256: str) -> bytes:
        """A file of an online dossier, checked against its hash."""
        return self._checked(f"/online/{code}/files/{sha256}", sha256,
                             lambda status: msg("Tải tệp {sha}… của hồ sơ {code} bị từ chối ({status}).", sha=sha256[:12],
                                                code=code, status=status),
                             msg("Tệp tải về không khớp mã băm (bị cắt trên đường truyền), sẽ tải lại."))

    def online_action(self, action: dict) -> tuple[int, dict]:
        """A claim or an outcome of an online dossier: (status, body) as the province answered."""
        response = self._request("POST", "/online/actions", json=action)
        body = self._json(response) if response.content else {}
        if not isinstance(body, dict):
            raise Transient(msg("Máy chủ tỉnh trả lời không đúng định dạng, sẽ gửi lại."))
        return response.status_code, body

    def claim_slot(self, body: dict) -> dict | None:
        """This installation's counter slot, as the province records it (docs/codes.md); None from a
        provincial server that does not assign slots (then an administrator chooses the slot)."""
        response = self._request("POST", "/slots/claim", json=body)
        if response.status_code in (404, 405):
            return None
        if response.status_code == 409:
            detail = self._json(response).get("detail") if response.content else ""
            raise Refused(msg("Máy chủ tỉnh không cấp được số quầy: {detail}", detail=detail))
        if response.status_code != 200:
            raise Refused(msg("/slots/claim trả lời {status}: {detail}", status=response.status_code, detail=response.text[:300]))
        body = self._json(response)
        if not isinstance(body, dict) or not isinstance(body.get("slot"), int) or body.get("status") not in ("ok", "conflict"):
            raise Transient(msg("Máy chủ tỉnh trả lời số quầy không đúng định dạng, sẽ hỏi lại."))
        return body

    def send_audit_head(self, chain: str, seq: int, digest: str) -> None:
        """The head of the local audit chain, kept by the province as evidence outside this machine;
        a provincial server without it (404) is no error."""
        response = self._request("POST", "/audit/head", json={"chain": chain, "seq": seq, "hash": digest})
        if response.status_code not in (200, 201, 404, 405):
            raise Refused(msg("Máy chủ tỉnh từ chối đầu chuỗi nhật ký ({status}).", status=response.status_code))

    def audit_heads(self, chain: str) -> list[dict] | None:
        """The heads of ``chain`` the province kept, oldest first; None if it keeps none."""
        response = self._request("GET", "/audit/heads", params={"chain": chain})
        if response.status_code in (404, 405):
            return None
        if response.status_code != 200:
            raise Refused(msg("Máy chủ tỉnh từ chối yêu cầu đầu chuỗi nhật ký ({status}).", status=response.status_code))
        body = self._json(response)
        heads = body.get("heads") if isinstance(body, dict) else None
        if not isinstance(heads, list) or not all(
                isinstance(h, dict) and isinstance(h.get("seq"), int) and isinstance(h.get("hash"), str) for h in heads):
            raise Transient(msg("Máy chủ tỉnh trả lời đầu chuỗi nhật ký không đúng định dạng."))
        return heads

    def upload(self, sha256: str, path: Path) -> None:
        """Resumable: ask how much the server has, send the rest in chunks."""
        size = path.stat().st_size
        head = self._request("HEAD", f"/attachments/{sha256}")
        offset = 0
        if head.status_code == 200:
            if head.headers.get("Upload-Complete") == "1":
                return
            offset = int(head.headers.get("Upload-Offset", "0"))
        elif head.status_code != 404:
            raise Refused(msg("HEAD /attachments trả lời {status}", status=head.status_code))
        with open(path, "rb") as fh:
            while offset < size:
                fh.seek(offset)
                chunk = fh.read(CHUNK)
                response = self._request("PATCH", f"/attachments/{sha256}", data=chunk, headers={
                    "Upload-Offset": str(offset), "Upload-Length": str(size),
                    "Content-Type": "application/octet-stream"})
                if response.status_code == 201:
                    return
                if response.status_code == 204:
                    offset = int(response.headers.get("Upload-Offset", offset + len(chunk)))
                elif response.status_code == 409:
                    offset = int(response.headers.get("Upload-Offset", "0"))
                elif response.status_code == 413:
                    raise Refused(msg("Tệp quá lớn so với giới hạn của máy chủ tỉnh ({size} byte).", size=f"{size:,}"))
                else:
                    raise Refused(msg("Tải tệp lên bị từ chối ({status}): {detail}", status=response.status_code,
                                          detail=response.text[:200]))
