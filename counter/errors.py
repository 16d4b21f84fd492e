"""Errors a user can fix (shown as they are) versus bugs (logged).

The error types live here, below every layer (domain, store, services, sync, ui), so each layer
raises and catches them without importing a layer above it."""

from __future__ import annotations

import errno

from counter.messages import Text, msg


class UserError(Exception):
    """Something the officer can correct, or must be told plainly; the message is in Vietnamese
    and is shown as it is. The one base the UI and the CLI catch: every error meant for the
    officer derives from it (the domain's NotAllowed and Invalid, a damaged resource, a database
    or network problem), so no caller keeps its own tuple of exception types."""


class ValidationFailed(UserError):
    """Input that fails validation: ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str], warnings: dict[str, str] | None = None):
        self.errors = errors
        self.warnings = warnings or {}
        first = next(iter(errors.values()), "")
        super().__init__(msg("Có {count} thông tin cần sửa. {first}", count=len(errors), first=first))


class NotFound(UserError):
    pass


class ChangedMeanwhile(UserError):
    """The dossier was changed (by another counter, or the sync) after the officer looked at it:
    the action is refused rather than applied to a state the officer has not seen."""


_OS_REASONS = {
    errno.ENOENT: msg("không có tệp hoặc thư mục này"),
    errno.EACCES: msg("không có quyền đọc/ghi, hoặc tệp đang bị một chương trình khác giữ"),
    errno.EPERM: msg("hệ điều hành không cho phép, hoặc tệp đang bị một chương trình khác giữ"),
    errno.ENOSPC: msg("ổ đĩa đã đầy"),
    errno.EROFS: msg("ổ đĩa chỉ cho đọc"),
    errno.EISDIR: msg("đây là một thư mục, không phải tệp"),
    errno.ENOTDIR: msg("một phần của đường dẫn không phải thư mục"),
    errno.EEXIST: msg("đã có tệp hoặc thư mục trùng tên"),
    errno.EBUSY: msg("tệp đang bận"),
    errno.EIO: msg("lỗi đọc/ghi của thiết bị"),
    errno.ENAMETOOLONG: msg("đường dẫn quá dài"),
    getattr(errno, "EDQUOT", -122): msg("vượt giới hạn dung lượng được cấp"),  # not in errno on Windows
}
_WINDOWS_REASONS = {  # winerror codes that Python maps to a generic errno
    5: msg("không có quyền, hoặc tệp đang bị một chương trình khác (phần mềm diệt virus, trình xem PDF) giữ"),
    32: msg("tệp đang được một chương trình khác mở (phần mềm diệt virus, trình xem PDF, máy quét)"),
    33: msg("một phần của tệp đang bị chương trình khác khóa"),
    112: msg("ổ đĩa đã đầy"),
}


def os_reason(exc: OSError) -> Text:
    """Why a file operation failed, in Vietnamese. The system's own text (English on most
    machines) is never shown bare to the officer; the log keeps the original."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[winerror]
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return msg("lỗi hệ thống số {number}", number=exc.errno if exc.errno is not None else winerror)


class DatabaseProblem(UserError):
    """The database, or the disk under it, failed. Raised by counter.store, the layer that sees the
    driver's own errors (SQLite, PostgreSQL, the file system), with a message that says what to
    do (counter.store.problems.explain); the driver's English stays in the log."""


class NetworkProblem(UserError):
    """A failure talking to the provincial system or the postal operator (raised by counter.sync,
    the layer that sees the network): the message is shown to the officer as it is."""


SyncError = NetworkProblem  # the name the sync code has always used


class Transient(NetworkProblem):
    """Worth trying again later (network down, server busy); ``retry_after`` in seconds if the
    server said."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class AuthFailed(NetworkProblem):
    pass


class Refused(NetworkProblem):
    """The server refused a request as a whole (4xx other than 401/409/422 per item)."""
