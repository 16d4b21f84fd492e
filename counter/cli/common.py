"""What every command shares: the database opened, checked and closed in one place, dates and
passphrases from the command line, output files written whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from counter import environment
from counter.files import write_atomic
from counter.services.errors import UserError
from counter.services.safekeeping import check_file, newest_backup
from counter.services.setup import ensure_initialised
from counter.store.db import Database, open_database, resolve_url, sqlite_path


@contextmanager
def database(args, *, lock: bool) -> Iterator[Database]:
    """The database of a command, opened, checked and closed in one place: SQLite's quick check
    first, then opened (a read-only file: look-ups work, writing says why) and set up, closed
    however the command ends."""
    quick_check(args)
    db = open_database(args.db, lock=lock, read_only_ok=True)
    try:
        ensure_initialised(db)
        yield db
    finally:
        db.close()


def quick_check(args) -> None:
    """SQLite's quick check before any command reads from or writes into the file: a damaged one is
    refused with what to do, before anything is written."""
    path = sqlite_path(resolve_url(args.db))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return
    verdict = check_file(path, quick=True)
    if verdict != "ok":
        found = newest_backup(path)
        raise UserError(f"Cơ sở dữ liệu {path} bị hỏng ({verdict[:300]}): lệnh không chạy, không có gì được ghi vào tệp. "
                        "Sao chép tệp hỏng sang nơi khác để giữ lại, rồi khôi phục bản sao lưu gần nhất: "
                        + (f'counter restore "{found}"' if found else "counter restore TỆP_SAO_LƯU")
                        + " (chạy 'counter check' để xem chi tiết).")


def parse_day(value: str, flag: str):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{flag} cần ngày dạng YYYY-MM-DD, ví dụ 2026-11-01 (đang là '{value}').") from None


def write_output(path: Path, data: bytes) -> None:
    write_atomic(path, data)


def passphrase(args) -> str | None:
    if not args.passphrase_env:
        return None
    value = environment.named_by_user(args.passphrase_env)
    if not value:
        raise UserError(f"Biến môi trường {args.passphrase_env} chưa có cụm mật khẩu.")
    return value


def db_path(args) -> Path:
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise UserError("Khôi phục bằng lệnh này dành cho cơ sở dữ liệu SQLite. Với PostgreSQL, khôi phục bản sao lưu "
                        "(tệp của 'counter backup' hoặc pg_dump) vào một cơ sở dữ liệu mới bằng pg_restore, rồi trỏ các "
                        "quầy sang đó: xem docs/postgresql.md.")
    return path
