"""Errors a user can fix (shown as they are) versus bugs (logged). The types live in
counter.errors (below every layer); this module keeps the names services and the UI import.
Catch ``UserError``: every error meant for the officer derives from it."""

from __future__ import annotations

from counter.errors import ChangedMeanwhile, NotFound, UserError, ValidationFailed, os_reason

__all__ = ["ChangedMeanwhile", "NotFound", "UserError", "ValidationFailed", "os_reason"]
