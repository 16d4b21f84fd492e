"""The heavy part of taking in a scan: reading the file, checking that it really is a scan,
turning images into one PDF, hashing it and storing it under its hash — and, for the scanner's
folder, finding a dossier code on its first page.

None of it touches the database, so a big scan (a 50 MB photo of a land plan) is done in a
separate process: the worker thread that would otherwise do it holds Python's interpreter lock in
long stretches, and the window's thread would wait for it (issue 13). The process is started
with ``spawn`` — the only way on Windows, and the same here — once, on the first big scan, and
kept for the next ones. Small scans (under :data:`PROCESS_FROM` bytes) are done in place: starting
a process would cost more than it saves.

A file is stored under ``<folder>/<first two hex digits>/<sha256>``, written to a temporary name,
flushed to disk and renamed, so a crash never leaves half a scan under a hash.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import multiprocessing
import os
import re
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from counter.domain.codes import DOSSIER_CODE
from counter.files import replace
from counter.services.errors import UserError, os_reason
from counter.messages import msg, text_of
from counter.signing import scanpdf
from counter.signing.scanpdf import Part, sniff

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
PROCESS_FROM = 4 * 1024 * 1024  # bytes: from this size on, a scan is done in the separate process
_CODE_IN_NAME = re.compile(r"[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}-\d{6}-\d{4,}")


@dataclass(frozen=True)
class Prepared:
    """A scan checked and stored: what the database row needs."""

    sha256: str
    size: int
    mime: str
    file_name: str
    pages: int


def stored_path(folder: Path, sha256: str) -> Path:
    return Path(folder) / sha256[:2] / sha256


def store_in(folder: Path, data: bytes) -> tuple[str, int, bool]:
    """Keep ``data`` under its SHA-256 in ``folder`` (written to a temporary name, flushed,
    renamed). Returns (hash, size, whether the file was new)."""
    sha = hashlib.sha256(data).hexdigest()
    target = stored_path(folder, sha)
    if target.exists():
        return sha, len(data), False
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        with open(tmp, "wb") as dst:
            dst.write(data)
            dst.flush()
            os.fsync(dst.fileno())
        os.chmod(tmp, 0o600)
        replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(msg("Không lưu được bản quét ({reason}): kiểm tra dung lượng đĩa. Hồ sơ không bị ảnh hưởng.",
                            reason=os_reason(exc))) from exc
    return sha, len(data), True


def _read_scan(source: Path) -> Part:
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise UserError(msg("Tệp {name} có dung lượng {size} byte; giới hạn là {limit} MB.", name=source.name,
                                size=f"{size:,}", limit=MAX_BYTES // (1024 * 1024)))
        data = source.read_bytes()
    except OSError as exc:
        raise UserError(msg("Không đọc được tệp {name}: {reason}.", name=source.name, reason=os_reason(exc))) from exc
    mime = sniff(data[:16])
    if mime is None:
        raise UserError(msg("Tệp {name} không phải PDF, JPEG, PNG hay TIFF: chỉ đính kèm bản quét dạng PDF, JPEG, "
                            "PNG hoặc TIFF.", name=source.name))
    return Part(source.name, data, mime)


def prepare(sources: list[str], folder: str) -> Prepared:
    """Read, check and store one document: several images make one PDF (pages in the order
    given), a PDF or a single image is kept as it is. Nothing is stored unless all of it checks."""
    paths = [Path(s) for s in sources]
    parts = [_read_scan(p) for p in paths]
    pages = scanpdf.check(parts)
    if len(parts) > 1:
        data, mime, name = scanpdf.to_pdf(parts), scanpdf.PDF, f"{paths[0].stem}.pdf"
    else:
        data, mime, name = parts[0].data, parts[0].mime, paths[0].name
    sha, size, _ = store_in(Path(folder), data)
    return Prepared(sha, size, mime, name, pages)


def code_in_file(path: str) -> str | None:
    """The dossier code in the file name, or on the first page as a Code128 barcode (a receipt or
    the dossier's cover sheet scanned with it)."""
    path_ = Path(path)
    match = _CODE_IN_NAME.search(path_.name.upper())
    if match:
        return match.group(0)
    try:
        import zxingcpp  # lazy: zxing (heavy), only to read a code
        from PIL import Image  # lazy: Pillow (heavy), only for images

        with open(path_, "rb") as fh:
            head = fh.read(16)
        if sniff(head) == scanpdf.PDF:
            import pypdfium2 as pdfium  # lazy: pdfium (heavy), only to read a PDF

            doc = pdfium.PdfDocument(str(path_))
            try:
                image = doc[0].render(scale=200 / 72).to_pil()
            finally:
                doc.close()
        else:
            image = Image.open(path_)
        for result in zxingcpp.read_barcodes(image):
            text = result.text.strip().upper()
            if DOSSIER_CODE.match(text):
                return text
    except Exception:  # an unreadable scan is simply "not recognised"
        return None
    return None


# -- the separate process -------------------------------------------------------------------------

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _in_child(fn: Callable[..., Any], args: tuple) -> tuple[str, Any]:
    """Runs in the process: a message for the officer travels back as text — its Text, which
    pickles whole, so the window can still translate it (some of our errors take other arguments
    than their message and would not survive the trip as objects)."""
    try:
        return "ok", fn(*args)
    except UserError as exc:
        return "user", text_of(exc)


def _lower_priority() -> None:
    """The process yields to the window: on a two-core office PC a 50 MB decode at normal
    priority takes the core the window's thread needs."""
    try:
        if sys.platform == "win32":
            import ctypes  # lazy: Windows only

            below_normal = 0x4000
            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
        else:
            os.nice(10)
    except (OSError, AttributeError):  # not allowed here: the scan is still done, at normal priority
        pass


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_lower_priority)
            atexit.register(shutdown)
        return _pool


def _ready() -> bool:
    return True


def start() -> None:
    """Start the process now (the window does it at start-up when the office watches a
    scanner's folder), so the first big scan does not wait for it."""
    _executor().submit(_ready).result()


def shutdown() -> None:
    """Stop the process (at exit; tests)."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def run(fn: Callable[..., Any], *args: Any, size: int) -> Any:
    """``fn(*args)`` — in the separate process when the scan is big (``size`` bytes), in place
    otherwise. An error the officer can fix comes back as :class:`UserError`."""
    if size < PROCESS_FROM:
        return fn(*args)
    try:
        future = _executor().submit(_in_child, fn, args)
    except (RuntimeError, OSError) as exc:  # no process can be started here: done in place, slower
        log.warning("scan process not started (%s); the scan is done in place", exc)
        return fn(*args)
    try:
        kind, value = future.result()
    except BrokenProcessPool as exc:  # the process died (out of memory, killed): start afresh next time
        shutdown()
        log.error("scan process died: %s", exc)
        raise UserError(msg("Máy không đủ tài nguyên để xử lý bản quét lớn này (tiến trình xử lý bị dừng): đóng bớt "
                            "chương trình khác rồi thử lại, hoặc quét với độ phân giải thấp hơn.")) from exc
    if kind == "user":
        raise UserError(value)
    return value


def total_size(sources: list[str]) -> int:
    """The bytes to read (0 for a missing file: reading it says what is wrong)."""
    total = 0
    for s in sources:
        try:
            total += os.stat(s).st_size
        except OSError:
            pass
    return total
