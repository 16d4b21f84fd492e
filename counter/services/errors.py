"""Errors a user can fix (shown as they are) versus bugs (logged)."""

from __future__ import annotations


class UserError(Exception):
    """Something the officer can correct; the message is in Vietnamese."""


class ValidationFailed(UserError):
    """Input that fails validation: ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str], warnings: dict[str, str] | None = None):
        self.errors = errors
        self.warnings = warnings or {}
        first = next(iter(errors.values()), "")
        super().__init__(f"Có {len(errors)} thông tin cần sửa. {first}")


class NotFound(UserError):
    pass


class ChangedMeanwhile(UserError):
    """The dossier was changed (by another counter, or the sync) after the officer looked at it:
    the action is refused rather than applied to a state the officer has not seen."""


def user_errors() -> tuple[type[Exception], ...]:
    """Every exception whose message is meant for the officer as it is."""
    from counter.domain.lifecycle import NotAllowed
    from counter.domain.validation import Invalid

    return (UserError, NotAllowed, Invalid)
