"""Writing files the Windows-safe way.

A file is written beside its target (``name.part``) and then moved over it in one step, so a
reader never sees half a file. On Windows that move fails while another program holds the
target open without sharing it: the antivirus scanning a new PDF, a PDF viewer showing the last
receipt, a scanner's software. Those hold on for a moment, so the move is retried for a few
seconds; if the file is still held, the officer is told which file and what to do, and the new
content stays in the ``.part`` file — nothing is lost and nothing half-written is left in place.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from tenacity import Retrying, retry_if_exception_type, stop_after_delay, wait_exponential

from counter.errors import UserError
from counter.messages import msg

log = logging.getLogger(__name__)

HOLD_SECONDS = 5.0  # antivirus scanners usually let go within a second or two


class FileHeld(UserError):
    """The target stayed held by another program through every retry."""

    def __init__(self, target: Path, kept: Path):
        self.target, self.kept = Path(target), Path(kept)
        super().__init__(msg(
            "Không ghi được tệp {target}: tệp đang bị một chương trình khác giữ (phần mềm diệt virus, trình xem PDF "
            "hoặc phần mềm máy quét). Đóng chương trình đó rồi thử lại. Nội dung mới vẫn được giữ trong tệp {kept}.",
            target=str(target), kept=str(kept)))


def replace(source: Path, target: Path, *, hold_seconds: float | None = None) -> Path:
    """``os.replace(source, target)``, retried while the target (or the source) is held."""
    attempts = Retrying(retry=retry_if_exception_type(PermissionError),
                        stop=stop_after_delay(HOLD_SECONDS if hold_seconds is None else hold_seconds),
                        wait=wait_exponential(multiplier=0.05, max=1.0), reraise=True)
    try:
        for attempt in attempts:
            with attempt:
                os.replace(source, target)
                if attempt.retry_state.attempt_number > 1:
                    log.info("%s was held by another program; replaced after %d attempts", target,
                             attempt.retry_state.attempt_number)
    except PermissionError as exc:
        log.warning("%s still held after retrying: %r", target, exc)
        raise FileHeld(Path(target), Path(source)) from exc
    return Path(target)


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` through ``path.part`` and a retried replace."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    if mode is not None:
        os.chmod(part, mode)  # owner-only on POSIX; on Windows only the read-only flag (see docs)
    return replace(part, path)
