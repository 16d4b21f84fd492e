"""Logging without personal data, kept in a rotating file in the platform's log folder.

ID numbers, phone numbers, e-mail addresses and the names in sync payloads are masked before a
record (its traceback included) is written anywhere. The file is ``counter.log`` in
``paths.log_dir()`` (Windows: ``%LOCALAPPDATA%\\Counter\\Counter\\Logs``), at most 1 MB, with five
older files beside it. When that folder cannot be written, the log goes to a folder under the
system's temporary folder instead, and the problem is said once on the console and in the
About dialog; logging never stops Counter from working.
"""

from __future__ import annotations

import getpass
import logging
import logging.handlers
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from counter import paths
from counter.errors import os_reason
from counter.messages import msg

LOG_NAME = "counter.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_PATTERNS = [
    (re.compile(r"(?<!\d)(\d{3})\d{3,6}(\d{3})(?!\d)"), r"\1***\2"),  # 9–12 digit ID numbers and phones
    (re.compile(r"([A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]*@([A-Za-z0-9.\-]+)"), r"\1***@\2"),
    (re.compile(r'("(?:ChuHoSo|HoTen|NguoiNopThay|NguoiDaiDien|applicant_name|full_name)"\s*:\s*")[^"]*(")'),
     r"\1***\2"),
]


def mask(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = mask(message), ()
        if record.exc_info and not record.exc_text:
            # format the traceback here, so that the masked text is what every handler writes
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


class _LogFile(logging.handlers.RotatingFileHandler):
    """A rotating file that never disturbs the application: on Windows another Counter process
    (a scheduled command next to the window) may hold the file during a rollover; the rollover
    then waits for a later record. A write that fails (disk full) is counted, not printed."""

    failures = 0

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None or self.stream.closed:
                self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        type(self).failures += 1


@dataclass
class LogState:
    file: Path | None = None        # where the log is written now
    wanted: Path | None = None      # the platform's log folder
    problem: str | None = None      # why the log is not in the wanted folder (Vietnamese)


state = LogState()


def _open_handler(folder: Path) -> _LogFile:
    folder.mkdir(parents=True, exist_ok=True)
    handler = _LogFile(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    try:
        os.chmod(folder / LOG_NAME, 0o600)
    except OSError:
        pass
    return handler


def _file_handler() -> logging.Handler | None:
    wanted = paths.log_dir()
    state.wanted = wanted
    try:
        handler = _open_handler(wanted)
        state.file, state.problem = wanted / LOG_NAME, None
        return handler
    except OSError as exc:
        reason = os_reason(exc)
    fallback = Path(tempfile.gettempdir()) / f"Counter-logs-{_user()}"
    try:
        handler = _open_handler(fallback)
        state.file = fallback / LOG_NAME
        state.problem = msg("Không ghi được nhật ký vào thư mục {folder} ({reason}); nhật ký tạm ghi vào "
                            "{file}. Báo người hỗ trợ kiểm tra quyền ghi của thư mục đó.", folder=str(wanted),
                            reason=reason, file=str(state.file))
    except OSError:
        state.file = None
        state.problem = msg("Không ghi được nhật ký vào thư mục {folder} ({reason}), cũng không ghi được vào thư mục "
                            "tạm; Counter vẫn làm việc bình thường nhưng không lưu nhật ký.", folder=str(wanted),
                            reason=reason)
    return handler if state.file else None


def _user() -> str:
    try:
        return re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser()) or "user"
    except Exception:  # no user name in the environment (a service account)
        return "user"


FILE_ONLY = {"file_only": True}  # extra= for records (tracebacks) the console must not show


def _not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "file_only", False)


def setup(level: int = logging.WARNING, *, to_file: bool = True) -> LogState:
    """Console at ``level``; the log file at INFO and above. Safe to call more than once."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_counter", False):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(level)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(_not_file_only)
    handlers: list[logging.Handler] = [console]
    if to_file:
        handler = _file_handler()
        if handler is not None:
            handler.setLevel(logging.INFO)
            handler.setFormatter(logging.Formatter(FORMAT))
            handlers.append(handler)
    for handler in handlers:
        handler._counter = True
        handler.addFilter(MaskingFilter())
        root.addHandler(handler)
    root.setLevel(min(level, logging.INFO) if to_file else level)
    for noisy in ("urllib3", "PIL", "asyncio", "multipart"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    return state
