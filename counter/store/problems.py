"""Database problems in words an officer can act on: SQLite's and PostgreSQL's own messages
(English) are explained in Vietnamese here, once, in the layer that sees them; the original goes
to the log. With the newest backup, when there is one."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from counter.errors import UserError, os_reason
from counter.messages import Text, msg, text_of
from counter.logs import FILE_ONLY

log = logging.getLogger("counter.services.safekeeping")  # the name the log has always shown


def list_backups(db_path: Path) -> list[Path]:
    folder = Path(db_path).parent / "backups"
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("*.sqlite3*") if not p.name.endswith(".part")),
                  key=lambda p: p.stat().st_mtime, reverse=True)


def newest_backup(db_path: Path) -> Path | None:
    found = list_backups(db_path)
    return found[0] if found else None


def _read_only(db_path: Path | None) -> bool:
    if db_path is None:
        return False
    try:
        folder = Path(db_path).parent
        mounted_ro = hasattr(os, "statvfs") and bool(os.statvfs(folder).f_flag & os.ST_RDONLY)  # no statvfs on Windows
        return mounted_ro or not os.access(folder, os.W_OK) or (Path(db_path).exists() and not os.access(db_path, os.W_OK))
    except OSError:
        return False


# SQLite's own messages (English) → what they mean, for messages in Vietnamese.
_SQLITE_REASONS = (
    ("not a database", msg("tệp không phải cơ sở dữ liệu SQLite, đã bị mã hóa hoặc bị hỏng")),
    ("malformed", msg("tệp cơ sở dữ liệu bị hỏng")),
    ("file is encrypted", msg("tệp không phải cơ sở dữ liệu SQLite, đã bị mã hóa hoặc bị hỏng")),
    ("database or disk is full", msg("ổ đĩa đã đầy")),
    ("disk i/o error", msg("lỗi đọc/ghi đĩa")),
    ("readonly", msg("tệp hoặc thư mục chỉ cho đọc")),
    ("read-only", msg("tệp hoặc thư mục chỉ cho đọc")),
    ("locked", msg("cơ sở dữ liệu đang bị chương trình khác khóa")),
    ("busy", msg("cơ sở dữ liệu đang bận")),
    ("unable to open", msg("không mở được tệp")),
    ("no such table", msg("thiếu bảng dữ liệu (không phải cơ sở dữ liệu Counter, hoặc chưa được nâng cấp)")),
    ("no such column", msg("thiếu cột dữ liệu (cơ sở dữ liệu chưa được nâng cấp đúng)")),
)


def sqlite_reason(exc: BaseException) -> Text:
    """A SQLite error in Vietnamese. The English original goes to the log, never to the officer."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for needle, reason in _SQLITE_REASONS:
        if needle in text:
            return reason
    log.warning("database error without a Vietnamese explanation: %r", exc, extra=FILE_ONLY)
    return msg("lỗi cơ sở dữ liệu chưa rõ nguyên nhân (chi tiết kỹ thuật đã ghi vào nhật ký của Counter)")


def explain_server(exc: BaseException, url: str) -> Text:
    """A PostgreSQL server that cannot be reached or refuses us, in words an officer or the
    office's administrator can act on. psycopg's English text goes to the log only."""
    u = make_url(url)
    host, port = u.host or msg("máy này"), u.port or 5432
    text = str(getattr(exc, "orig", None) or exc).lower()
    log.warning("PostgreSQL %s:%s, database %s: %s", host, port, u.database, text.strip(), extra=FILE_ONLY)
    if "password authentication failed" in text or "no password supplied" in text:
        reason = msg("máy chủ PostgreSQL {host}:{port} từ chối tên đăng nhập hoặc mật khẩu '{user}'. Kiểm tra tên và "
                     "mật khẩu trong địa chỉ cơ sở dữ liệu (--db hoặc COUNTER_DB)", host=host, port=port, user=u.username)
    elif "does not exist" in text and "database" in text:
        reason = msg("trên máy chủ PostgreSQL {host}:{port} chưa có cơ sở dữ liệu '{database}'. Người quản trị tạo nó "
                     "(createdb, xem docs/postgresql.md) hoặc sửa tên trong địa chỉ", host=host, port=port,
                     database=u.database)
    elif "pg_hba.conf" in text or "not permitted" in text or "permission denied" in text:
        reason = msg("máy chủ PostgreSQL {host}:{port} không cho máy này kết nối (pg_hba.conf) hoặc tài khoản '{user}' "
                     "thiếu quyền. Người quản trị máy chủ cần cho phép máy này", host=host, port=port, user=u.username)
    elif "could not translate host name" in text or "name or service not known" in text or "nodename nor servname" in text:
        reason = msg("không tìm thấy máy chủ có tên '{host}'. Kiểm tra tên máy chủ trong địa chỉ cơ sở dữ liệu và mạng "
                     "nội bộ", host=u.host)
    elif "timeout" in text or "timed out" in text:
        reason = msg("máy chủ PostgreSQL {host}:{port} không trả lời (quá thời gian chờ). Kiểm tra cáp mạng, Wi-Fi và "
                     "máy chủ của cơ quan", host=host, port=port)
    else:  # refused, closed, reset, server not running, starting up or shutting down
        reason = msg("máy chủ PostgreSQL {host}:{port} không chạy hoặc không nhận kết nối (máy chủ đang tắt, sai địa chỉ "
                     "hoặc cổng, hoặc mạng bị ngắt). Kiểm tra máy chủ cơ sở dữ liệu của cơ quan hoặc báo người quản trị",
                     host=host, port=port)
    return msg("Không kết nối được cơ sở dữ liệu dùng chung: {reason}, rồi mở lại Counter. Dữ liệu trên máy chủ không "
               "bị ảnh hưởng.", reason=reason)


def explain(exc: BaseException, db_path: Path | None, url: str | None = None) -> str:
    """A database problem in words an officer can act on, with the newest backup. On PostgreSQL
    (``db_path`` None, ``url`` given) the server's problem is explained instead."""
    if isinstance(exc, UserError):  # already explained (counter.store.db maps the driver's errors once)
        return text_of(exc)
    if db_path is None and url and not url.startswith("sqlite"):
        return explain_server(exc, url)
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text or "database or disk is full" in text or getattr(exc, "errno", None) == 28:
        message = msg("Ổ đĩa đã đầy: không ghi được dữ liệu. Hồ sơ đang nhập chưa được lưu nhưng vẫn còn trên màn "
                      "hình; các hồ sơ đã tiếp nhận trước đó an toàn. Giải phóng dung lượng đĩa rồi bấm tiếp nhận lại.")
    elif "disk i/o error" in text or getattr(exc, "errno", None) in (5, 27):
        message = msg("Không ghi được xuống đĩa (đĩa đầy, vượt giới hạn dung lượng hoặc thiết bị lỗi). Hồ sơ đang nhập "
                      "chưa được lưu nhưng vẫn còn trên màn hình; các hồ sơ đã tiếp nhận trước đó an toàn. Kiểm tra ổ "
                      "đĩa, giải phóng dung lượng rồi thử lại.")
    elif "readonly" in text or "read-only" in text or _read_only(db_path):
        message = msg("Cơ sở dữ liệu chỉ cho đọc (tệp hoặc thư mục không cho ghi): kiểm tra quyền ghi của tệp "
                      "{path} hoặc ổ đĩa, rồi mở lại Counter.", path=str(db_path))
    elif "locked" in text or "busy" in text:
        message = msg("Cơ sở dữ liệu đang bị một chương trình khác khóa (phần mềm sao lưu, diệt virus hoặc một phiên "
                      "Counter khác). Đóng chương trình đó rồi thử lại; dữ liệu không bị mất.")
    elif "malformed" in text or "not a database" in text or "corrupt" in text or "file is encrypted" in text:
        message = msg("Tệp cơ sở dữ liệu bị hỏng. Counter không ghi đè lên tệp. Hãy khôi phục từ bản sao lưu gần nhất "
                      "('counter restore TỆP').")
    elif "unable to open" in text or "permission denied" in text:
        message = msg("Không mở được tệp cơ sở dữ liệu {path}: kiểm tra đường dẫn và quyền đọc, ghi.", path=str(db_path))
    elif isinstance(exc, OSError) and not hasattr(exc, "orig"):
        message = msg("Không đọc/ghi được tệp {path}: {reason}.", path=str(exc.filename or db_path),
                      reason=os_reason(exc))
    else:
        message = msg("Cơ sở dữ liệu báo lỗi: {reason}. Dữ liệu đã lưu trước đó không bị ảnh hưởng.",
                      reason=sqlite_reason(exc))
    backup_path = newest_backup(db_path) if db_path else None
    return with_backup(message, backup_path)


def with_backup(message: Text, backup_path: Path | None) -> Text:
    """``message`` followed by where the newest backup is, when there is one."""
    if backup_path is None:
        return message
    return msg("{message} Bản sao lưu gần nhất: {backup}.", message=message, backup=str(backup_path))
