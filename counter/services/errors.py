"""Errors a user can fix (shown as they are) versus bugs (logged). The types themselves live in
counter.errors (below every layer); this module keeps the names services and the UI import."""

from __future__ import annotations

from counter.domain.lifecycle import NotAllowed
from counter.domain.validation import Invalid
from counter.errors import ChangedMeanwhile, NotFound, UserError, ValidationFailed, os_reason
from counter.paths import ResourceError

__all__ = ["ChangedMeanwhile", "NotFound", "UserError", "ValidationFailed", "os_reason", "user_errors"]


def user_errors() -> tuple[type[Exception], ...]:
    """Every exception whose message is meant for the officer as it is."""
    return (UserError, NotAllowed, Invalid, ResourceError)
