"""What every command shares: the database opened, checked and closed in one place, dates and
passphrases from the command line, output files written whole."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from counter import environment, paths
from counter.files import write_atomic
from counter.messages import CONTEXT, Text, msg, read_back
from counter.services.errors import UserError
from counter.services.safekeeping import check_file, newest_backup
from counter.services.setup import ensure_initialised
from counter.store.db import Database, open_database, resolve_url, sqlite_path


def language() -> str:
    """The language of the command's output: COUNTER_LANG, Vietnamese (``vi``) by default."""
    return (environment.get("COUNTER_LANG", "vi") or "vi").strip().lower()


_translators: dict[str, Any] = {}


def _translate(lang: str):
    """``template → translation`` for ``lang`` from resources/i18n/counter_<lang>.qm (the
    interface's file), loaded once; a missing or damaged file leaves the output Vietnamese."""
    if lang not in _translators:
        from PySide6.QtCore import QTranslator  # lazy: Qt (heavy), only for an output not in Vietnamese

        translator = QTranslator()
        try:
            translator.data = paths.resource_bytes("i18n", f"counter_{lang}.qm")  # Qt reads it in place: keep it
            loaded = translator.load(translator.data)
        except paths.ResourceError:
            loaded = False
        _translators[lang] = translator if loaded else None
    translator = _translators[lang]
    if translator is None:
        return lambda template: None
    return lambda template: translator.translate(CONTEXT, template)


def shown(text: str) -> str:
    """A sentence in the output's language: a :class:`Text` translated whole (with its values)
    when COUNTER_LANG asks for another language than Vietnamese, as is a plain sentence of the
    core stored as written (a postal note, an outbox error); data stays as it is."""
    lang = language()
    if lang == "vi" or not isinstance(text, str):
        return str(text)
    if not isinstance(text, Text):  # a sentence of the core read back from the database as written
        return read_back(text, _translate(lang), paths.message_templates())
    return text.render(_translate(lang))


def say(text: str, file=None, **options) -> None:
    """Print one sentence of the command's output (stdout unless ``file``) in its language."""
    print(shown(text), file=sys.stdout if file is None else file, **options)


def fail(text: str) -> None:
    """A problem, on stderr, after ``counter:``."""
    say(msg("counter: {problem}", problem=text), file=sys.stderr)


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
        command = f'counter restore "{found}"' if found else msg("counter restore TỆP_SAO_LƯU")
        raise UserError(msg("Cơ sở dữ liệu {path} bị hỏng ({verdict}): lệnh không chạy, không có gì được ghi vào tệp. "
                            "Sao chép tệp hỏng sang nơi khác để giữ lại, rồi khôi phục bản sao lưu gần nhất: {command} "
                            "(chạy 'counter check' để xem chi tiết).", path=path, verdict=verdict[:300], command=command))


def parse_day(value: str, flag: str):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(msg("{flag} cần ngày dạng YYYY-MM-DD, ví dụ 2026-11-01 (đang là '{value}').", flag=flag,
                            value=value)) from None


def write_output(path: Path, data: bytes) -> None:
    write_atomic(path, data)


def passphrase(args) -> str | None:
    if not args.passphrase_env:
        return None
    value = environment.named_by_user(args.passphrase_env)
    if not value:
        raise UserError(msg("Biến môi trường {name} chưa có cụm mật khẩu.", name=args.passphrase_env))
    return value


def db_path(args) -> Path:
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise UserError(msg("Khôi phục bằng lệnh này dành cho cơ sở dữ liệu SQLite. Với PostgreSQL, khôi phục bản sao "
                            "lưu (tệp của 'counter backup' hoặc pg_dump) vào một cơ sở dữ liệu mới bằng pg_restore, rồi "
                            "trỏ các quầy sang đó: xem docs/postgresql.md."))
    return path
