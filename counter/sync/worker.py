"""The background worker: syncs in rounds on its own thread, never on the UI's (the provincial
round, the postal round, and the timestamps of signed copies). After a failure it
backs off exponentially with jitter (tenacity's random exponential wait, with a floor), honours a
server's Retry-After, and keeps trying by itself so sync resumes when the network returns; new
local changes or "sync now" wake it at once."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from tenacity import wait_random_exponential

from counter.messages import msg
from counter.services.safekeeping import explain
from counter.services.signing import TRANSIENT_HINTS, settings, upgrade_pending
from counter.store.models import QuarantinedItem
from counter.sync import outbox
from counter.sync.apply import open_conflicts
from counter.sync.engine import SyncConfig, SyncResult, sync_once
from counter.sync.postal import postal_config, postal_once
from counter.sync.wire import joined

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncState:
    configured: bool
    online: bool | None  # None: not tried yet
    pending: int
    attention: int
    conflicts: int
    last_success: datetime | None
    last_error: str = ""
    running: bool = False
    next_try_in: float | None = None
    last_result: SyncResult | None = field(default=None, compare=False)
    quarantined: int = 0  # items received that failed validation, waiting for an officer

    @property
    def needs_attention(self) -> int:
        return self.attention + self.conflicts + self.quarantined


@dataclass
class _Attempt:
    attempt_number: int


def backoff_delay(failures: int, *, floor: float = 2.0, cap: float = 300.0, retry_after: float | None = None) -> float:
    """Seconds to wait after ``failures`` failed rounds in a row."""
    wait = wait_random_exponential(multiplier=floor, max=cap)
    delay = max(floor, wait(_Attempt(failures)))
    if retry_after is not None:
        delay = max(delay, min(retry_after, 3600.0))
    return delay


def read_state(db, *, configured: bool, online: bool | None, last_error: str = "", running: bool = False,
               next_try_in: float | None = None, last_result: SyncResult | None = None) -> SyncState:
    with db.read() as session:
        stats = outbox.stats(session)
        conflicts = len(open_conflicts(session))
        quarantined = session.scalar(select(func.count()).select_from(QuarantinedItem)
                                     .where(QuarantinedItem.resolved_at.is_(None)))
    return SyncState(configured, online, stats.pending, stats.attention, conflicts, stats.last_success, last_error,
                     running, next_try_in, last_result, quarantined)


class SyncWorker(threading.Thread):
    def __init__(self, db, config: Callable[[], SyncConfig | None], on_state: Callable[[SyncState], None], *,
                 idle_seconds: float = 30.0, floor: float = 2.0, cap: float = 300.0):
        super().__init__(name="counter-sync", daemon=True)
        self.db, self.config, self.on_state = db, config, on_state
        self.idle_seconds, self.floor, self.cap = idle_seconds, floor, cap
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self.failures = 0
        self.online: bool | None = None

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        self.join(timeout)

    def run(self) -> None:
        while not self._stopping.is_set():
            config = self.config()
            if config is None and not self._postal_configured() and not self._signing_configured():
                self._publish(configured=False, online=None, last_error=msg("Chưa thiết lập máy chủ tỉnh."))
                delay = self.idle_seconds
            else:  # the provincial round, the postal round, or both (an office may use only the post)
                self._publish(configured=config is not None, online=self.online, running=True)
                try:
                    result = sync_once(self.db, config) if config is not None else SyncResult()
                    result.errors += self._postal()
                    result.errors += self._signatures()
                except Exception as exc:  # a local problem (disk, database): reported, retried
                    log.exception("sync round failed")
                    result = SyncResult(errors=[msg("Lỗi tại máy: {reason}", reason=local_problem(exc, self.db))])
                if result.errors:
                    self.failures += 1
                    self.online = False
                    delay = backoff_delay(self.failures, floor=self.floor, cap=self.cap, retry_after=result.retry_after)
                else:
                    self.failures = 0
                    self.online = True
                    delay = 1.0 if result.more else self.idle_seconds  # a bounded round left pages: go on soon
                self._publish(configured=config is not None, online=self.online,
                              last_error=joined(result.errors) or result.busy,
                              next_try_in=delay, last_result=result)
            self._wake.wait(delay)
            self._wake.clear()

    def _postal_configured(self) -> bool:
        return postal_config(self.db) is not None

    def _signing_configured(self) -> bool:
        return bool(settings(self.db).tsa_url)

    def _signatures(self) -> list[str]:
        """Timestamps and validation data for signed copies (B-T / B-LT), once each. A TSA that
        cannot be reached counts as a network failure (retried with back-off); a copy that cannot
        be upgraded for good (revoked certificate…) waits for an officer instead."""
        outcome = upgrade_pending(self.db)
        return [e for e in outcome.errors if e.startswith(TRANSIENT_HINTS)]

    def _postal(self) -> list[str]:
        config = postal_config(self.db)
        return postal_once(self.db, config).errors if config else []

    def _publish(self, **kwargs) -> None:
        try:
            self.on_state(read_state(self.db, **kwargs))
        except Exception:  # the UI may be closing
            log.debug("state not published", exc_info=True)


def local_problem(exc: Exception, db) -> str:
    """A problem on this PC during a round, in Vietnamese: SQLite's and the driver's own English
    stays in the log."""
    if isinstance(exc, (sqlite3.Error, DBAPIError, OSError)):
        return explain(exc, db.path, db.url)
    return msg("lỗi ngoài dự kiến trong Counter (chi tiết đã ghi vào nhật ký)")
