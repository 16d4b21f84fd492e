"""A provincial (and postal) server that says exactly what a test scripts — including what the
reference hub never would: malformed updates, impossible calendars, cursors that never move. It
speaks the sync protocol over real HTTP on 127.0.0.1, so the counter's real client, engine and
store are what is tested."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class ScriptedHub:
    def __init__(self):
        self.updates: list[dict] = []  # items as sent; paged by their position, whatever their "id" says
        self.tracking: list[dict] = []
        self.calendar: dict | None = None  # None: 204, nothing newer
        self.catalogue: dict | None = None
        self.frozen = False  # serve every item on every page, with next_cursor 0 (a cursor that never moves)
        self.endless = False  # a new valid page every time (a round must still end)
        self.requests: list[str] = []
        self._next_endless = 1_000_000
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status: int, body=None):
                data = b"" if body is None else json.dumps(body, ensure_ascii=True).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                hub.requests.append(f"GET {url.path}")
                if url.path == "/api/v1/updates":
                    self._send(200, hub.page(hub.updates, int(query.get("after", 0)), "updates"))
                elif url.path == "/postal/v1/tracking":
                    self._send(200, hub.page(hub.tracking, int(query.get("after", 0)), "events"))
                elif url.path == "/api/v1/calendar":
                    self._send(204) if hub.calendar is None else self._send(200, hub.calendar)
                elif url.path == "/api/v1/catalogue":
                    self._send(204) if hub.catalogue is None else self._send(200, hub.catalogue)
                else:
                    self._send(404, {"detail": "not scripted"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                path = urlparse(self.path).path
                hub.requests.append(f"POST {path}")
                if path == "/api/v1/events/batch":
                    self._send(200, {"results": [
                        {"idempotency_key": e["idempotency_key"], "status": 201,
                         "body": {"status": "accepted", "idempotency_key": e["idempotency_key"], "MaHoSo": e["MaHoSo"],
                                  "seq": e["seq"], "received_at": "2026-11-23T02:00:00+00:00"}}
                        for e in body["events"]]})
                elif path == "/api/v1/audit/head":
                    self._send(201, {"status": "recorded"})
                elif path == "/postal/v1/orders":
                    self._send(201, {"SoDonHang": body["SoDonHang"], "MaVanDon": "EB000000001VN", "TrangThai": 1,
                                     "TenTrangThai": "Đã đăng ký", "CuocPhi": 25000,
                                     "NgayTao": "2026-11-23T02:00:00+00:00"})
                else:
                    self._send(404, {"detail": "not scripted"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def page(self, items: list[dict], after: int, key: str) -> dict:
        if self.frozen:
            return {key: items, "next_cursor": 0}
        if self.endless and key == "updates":
            self._next_endless += 1
            return {key: [{"id": self._next_endless, "MaHoSo": "000.01.34.H49-261123-9999", "kind": "progress",
                           "data": {"NoiDungXuLy": "…"}, "created_at": "2026-11-23T02:00:00+00:00"}],
                    "next_cursor": self._next_endless}
        positioned = [(position, item) for position, item in enumerate(items, start=1) if position > after]
        served = positioned[:100]
        return {key: [item for _, item in served], "next_cursor": served[-1][0] if served else after}

    def close(self):
        self.server.shutdown()
        self.server.server_close()
