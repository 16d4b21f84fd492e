"""Scanned documents: PDF, JPEG, PNG or TIFF files attached to a dossier (and to one of its
checklist lines), stored once by content hash, and imported from the folder a scanner drops files
into. The officer then signs each one (counter.services.signing); its signed PDF is stored the same
way, beside it.

Files live in ``attachments/<first two hex digits>/<sha256>`` next to the database (or in
``COUNTER_ATTACHMENTS``); the database keeps name, type, size and hash. A file is written to a
temporary name, flushed to disk and renamed, so a crash never leaves half a scan under a hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from counter import clock, paths
from counter.services import audit, scanjob
from counter import environment
from counter.services.dossiers import find_code, get_dossier
from counter.services.errors import UserError, os_reason
from counter.messages import msg, text_of
from counter.store.models import Attachment, Dossier
from counter.services import outbox
from counter.services.payloads import ts
from counter.signing.scanpdf import sniff as sniff_kind

MAX_BYTES = scanjob.MAX_BYTES
EXTENSIONS = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
IMPORTED, UNMATCHED = "da-nhap", "chua-nhan-dang"


def store_dir(db) -> Path:
    env = environment.get("COUNTER_ATTACHMENTS")
    if env:
        folder = Path(env)
    elif db.path is not None:
        folder = db.path.parent / "attachments"
    else:
        folder = paths.data_dir() / "attachments"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def stored_path(db, sha256: str) -> Path:
    return scanjob.stored_path(store_dir(db), sha256)


def sniff(head: bytes) -> str | None:
    return sniff_kind(head)


@dataclass(frozen=True)
class Attached:
    id: int
    sha256: str
    file_name: str
    mime: str
    size: int
    new: bool


def store_bytes(db, data: bytes) -> tuple[str, int, bool]:
    """Keep ``data`` under its SHA-256 (written to a temporary name, flushed, renamed). Returns
    (hash, size, whether the file was new)."""
    return scanjob.store_in(store_dir(db), data)


def attach(db, code: str, actor: audit.Actor, source: Path | list[Path], *, document_position: int | None = None,
           source_kind: str = "manual") -> Attached:
    """Attach a scan to a dossier. Several image files make one document (one PDF, pages in the
    order given); a PDF is attached as it is. The scan is checked (a real image, at most
    ``scanpdf.MAX_PAGES`` pages) before anything is stored."""
    sources = [str(s) for s in (source if isinstance(source, (list, tuple)) else [source])]
    # reading, checking, converting and hashing a big scan happens in a separate process
    prepared = scanjob.run(scanjob.prepare, sources, str(store_dir(db)), size=scanjob.total_size(sources))
    sha, size, mime, name, pages = prepared.sha256, prepared.size, prepared.mime, prepared.file_name, prepared.pages
    with db.write() as session:
        dossier = get_dossier(session, code)
        if document_position is not None and document_position not in {d.position for d in dossier.documents}:
            raise UserError(msg("Thành phần hồ sơ đã chọn không thuộc hồ sơ này."))
        existing = session.scalar(select(Attachment).where(Attachment.dossier_id == dossier.id, Attachment.sha256 == sha))
        if existing is not None:
            return Attached(existing.id, sha, existing.file_name, existing.mime, existing.size, False)
        now = clock.now()
        row = Attachment(dossier_id=dossier.id, document_position=document_position, file_name=name[:255],
                         mime=mime, size=size, sha256=sha, added_at=now, officer_id=actor.id, source=source_kind,
                         kind="scan", page_count=pages)
        session.add(row)
        session.flush()
        audit.record(session, actor, "attachment.add", "dossier", code, None,
                     {"file": row.file_name, "sha256": sha, "size": size, "document_position": document_position,
                      "pages": pages})
        doc_code = next((d.code for d in dossier.documents if d.position == document_position), "")
        outbox.enqueue(session, "attachment.added", code, {
            "MaHoSo": code, "MaThanhPhanHoSo": doc_code, "TenTepDinhKem": row.file_name, "MaBam": sha,
            "KichThuoc": size, "LoaiTep": mime, "ThoiDiem": ts(now)})
        return Attached(row.id, sha, row.file_name, mime, size, True)


def read_attachment(db, attachment_id: int) -> tuple[str, str, bytes]:
    """(file name, mime, bytes), checking the stored file still has its hash."""
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise UserError(msg("Không tìm thấy bản quét."))
        name, mime, sha = row.file_name, row.mime, row.sha256
    path = stored_path(db, sha)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(msg("Không đọc được bản quét {name} ({reason}) tại {path}.", name=name, reason=os_reason(exc),
                            path=str(path))) from exc
    if hashlib.sha256(data).hexdigest() != sha:
        raise UserError(msg("Bản quét {name} đã bị thay đổi trên đĩa (không khớp mã băm): khôi phục từ bản sao lưu.",
                            name=name))
    return name, mime, data


# -- the scanner's folder ------------------------------------------------------------------------


@dataclass
class ImportReport:
    imported: list[tuple[str, str]] = field(default_factory=list)  # (file name, dossier code)
    unmatched: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, message)


def _move(path: Path, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.stem}-{n}{path.suffix}"
        n += 1
    path.replace(target)


def import_folder(db, folder: Path, actor: audit.Actor, *, settle_seconds: float = 2.0) -> ImportReport:
    """Attach every finished scan in ``folder`` to its dossier; move it to ``da-nhap/`` when done,
    or to ``chua-nhan-dang/`` when no dossier code is found (the officer assigns those by hand).
    Files modified in the last ``settle_seconds`` are left for the next pass (still being written)."""
    report = ImportReport()
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(msg("Thư mục quét {folder} không tồn tại.", folder=str(folder)))
    now = datetime.now().timestamp()
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in EXTENSIONS:
            continue
        if now - path.stat().st_mtime < settle_seconds:
            continue
        code = scanjob.run(scanjob.code_in_file, str(path), size=path.stat().st_size)
        with db.read() as session:
            code = find_code(session, code) if code else None
        if code is None:
            report.unmatched.append(path.name)
            _move(path, folder / UNMATCHED)
            continue
        try:
            attach(db, code, actor, path, source_kind="watch")
        except UserError as exc:
            report.failed.append((path.name, text_of(exc)))
            continue
        report.imported.append((path.name, code))
        _move(path, folder / IMPORTED)
    return report


def digitisation_share(db, start: date, end: date) -> tuple[int, int]:
    """(dossiers received in the period with a signed digitised copy, all dossiers received) — the
    national digitisation indicator counts signed copies only (NĐ 118/2025 Điều 17.1.c)."""
    lo = datetime.combine(start, datetime.min.time())
    hi = datetime.combine(end + timedelta(days=1), datetime.min.time())
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(Dossier).where(Dossier.received_at >= lo,
                                                                               Dossier.received_at < hi))
        signed = session.scalar(select(func.count()).select_from(Dossier).where(
            Dossier.received_at >= lo, Dossier.received_at < hi, Dossier.digitised_at.is_not(None)))
    return signed, total
