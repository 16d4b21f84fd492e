"""A fault-injecting HTTP proxy for the sync tests: it sits between the counter and the real hub
on 127.0.0.1 and, per request, passes it through or breaks it in one of the ways networks break.

One request per connection (responses are rewritten to ``Connection: close``), so every fault
hits exactly one request."""

from __future__ import annotations

import random
import socket
import threading
import time

FAULTS = ("ok", "refused", "reset_mid_request", "reset_after_commit", "http_500", "http_429", "slow", "truncated",
          "malformed")


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _rewrite_close(raw: bytes) -> bytes:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    conn.close()


class FaultProxy:
    def __init__(self, target_port: int, *, seed: int = 1, fault_rate: float = 0.4, faults=FAULTS[1:],
                 slow_seconds: float = 3.0):
        self.target_port = target_port
        self.rng = random.Random(seed)
        self.fault_rate = fault_rate
        self.faults = list(faults)
        self.slow_seconds = slow_seconds
        self.counts = {f: 0 for f in FAULTS}
        self.forced: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.listener = self._listen(0)
        self.port = self.listener.getsockname()[1]
        self._down_until = 0.0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _listen(self, port: int) -> socket.socket:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
        s.listen(64)
        s.settimeout(0.1)
        return s

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def choose(self) -> str:
        with self._lock:
            if self.forced:
                fault = self.forced.pop(0)
            elif self.rng.random() < self.fault_rate:
                fault = self.rng.choice(self.faults)
            else:
                fault = "ok"
            self.counts[fault] += 1
            return fault

    def go_down(self, seconds: float) -> None:
        """Connection refused: nothing listens for a while."""
        with self._lock:
            self._down_until = time.time() + seconds
            self.listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            if self._down_until:
                if time.time() < self._down_until:
                    time.sleep(0.05)
                    continue
                self.listener = self._listen(self.port)
                self._down_until = 0.0
            try:
                conn, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _forward(self, request: bytes) -> bytes:
        upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
        head, _, body = request.partition(b"\r\n\r\n")
        lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
        lines.append(b"Connection: close")
        upstream.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        response = b""
        while True:
            chunk = upstream.recv(65536)
            if not chunk:
                break
            response += chunk
        upstream.close()
        return _rewrite_close(response)

    def _handle(self, conn: socket.socket) -> None:
        fault = self.choose()
        try:
            if fault == "refused":
                self.go_down(0.3)
                _reset(conn)
                return
            if fault == "reset_mid_request":
                conn.recv(100)
                _reset(conn)
                return
            request = _read_request(conn)
            if request is None:
                conn.close()
                return
            if fault == "http_500":
                conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\nConnection: close\r\n\r\noops!")
            elif fault == "http_429":
                conn.sendall(b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
            else:
                response = self._forward(request)  # the hub has now done (and committed) the work
                if fault == "reset_after_commit":
                    _reset(conn)
                    return
                if fault == "slow":
                    time.sleep(self.slow_seconds)
                elif fault == "truncated":
                    response = response[: max(len(response) - 40, len(response) // 2)]
                    conn.sendall(response)
                    _reset(conn)
                    return
                elif fault == "malformed":
                    head, _, body = response.partition(b"\r\n\r\n")
                    garbage = b"{" + b"x" * max(len(body) - 1, 0)
                    response = head + b"\r\n\r\n" + garbage
                conn.sendall(response)
            conn.close()
        except OSError:
            try:
                conn.close()
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        try:
            self.listener.close()
        except OSError:
            pass
