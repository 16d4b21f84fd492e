"""One round of synchronisation: push the outbox in order, then pull the province's updates,
catalogue and calendar. Used by ``counter sync --once`` and by the background worker."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from counter import clock
from counter.services import catalogue as cat
from counter.services.attachments import stored_path
from counter.services.office import get_office
from counter.sync import outbox
from counter.sync.apply import apply_update
from counter.sync.client import HubClient, SyncError

log = logging.getLogger(__name__)
BATCH = 200


@dataclass
class SyncConfig:
    url: str
    token: str
    ca_bundle: str | None = None
    timeout: tuple[float, float] = (5.0, 20.0)
    batch_size: int = BATCH

    def client(self) -> HubClient:
        return HubClient(self.url, self.token, ca_bundle=self.ca_bundle, timeout=self.timeout)


def sync_config(db, url: str | None = None, token: str | None = None, ca_bundle: str | None = None) -> SyncConfig | None:
    """Where and how to sync: command-line values, then the environment, then the office settings."""
    from counter import secrets

    with db.read() as session:
        settings = get_office(session).settings or {}
    url = url or os.environ.get("COUNTER_SYNC_URL") or settings.get("sync_url")
    token = (token or os.environ.get("COUNTER_SYNC_TOKEN") or secrets.get(db.url, "sync_token")
             or settings.get("sync_token"))
    ca_bundle = ca_bundle or os.environ.get("COUNTER_SYNC_CA") or settings.get("sync_ca_bundle") or None
    if not url or not token:
        return None
    read_timeout = float(os.environ.get("COUNTER_SYNC_TIMEOUT", "20"))
    batch = int(os.environ.get("COUNTER_SYNC_BATCH", str(BATCH)))
    return SyncConfig(url, token, ca_bundle, (min(5.0, read_timeout), read_timeout), batch)


@dataclass
class SyncResult:
    sent: int = 0
    rejected: int = 0
    applied: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    retry_after: float | None = None
    busy: str = ""  # another counter on this shared database is running the round right now

    @property
    def ok(self) -> bool:
        return not self.errors and not self.rejected


def push(db, client: HubClient, result: SyncResult, *, batch_size: int = BATCH, max_batches: int | None = None) -> None:
    batches = 0
    while max_batches is None or batches < max_batches:
        with db.read() as session:
            events = outbox.next_batch(session, batch_size)
            envelopes = [outbox.envelope(e) for e in events]
            blobs = [(e.payload["MaBam"]) for e in events if e.kind in ("attachment.added", "attachment.signed")]
        if not events:
            return
        for sha in blobs:
            client.upload(sha, stored_path(db, sha))
        replies = client.post_batch(envelopes)
        now = clock.now()
        accepted, waiting = {}, 0
        with db.write() as session:
            for reply in replies:
                key, status = reply["idempotency_key"], reply["status"]
                if status in (200, 201):
                    accepted[key] = reply.get("body") or {}
                elif status == 424:
                    waiting += 1
                else:
                    message = _message(reply.get("body"))
                    outbox.mark_attention(session, key, f"{status}: {message}", now)
                    result.rejected += 1
            outbox.mark_sent(session, accepted, now)
            outbox.set_meta(session, "sync.last_success", now.isoformat())
        result.sent += len(accepted)
        batches += 1
        if not accepted and waiting == len(replies):
            return  # everything waits on an event needing attention


def _message(body) -> str:
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, list):
            return "; ".join(f"{'.'.join(str(p) for p in d.get('loc', []))}: {d.get('msg')}" for d in detail
                             if isinstance(d, dict))
        if detail:
            return str(detail)
    return str(body)[:500]


def pull(db, client: HubClient, result: SyncResult) -> None:
    while True:
        with db.read() as session:
            cursor = int(outbox.get_meta(session, "sync.cursor", "0"))
        page = client.updates(cursor)
        updates = page["updates"]
        if not updates:
            break
        for update in updates:
            files = _result_files(client, update)  # downloaded first: a dead network leaves the cursor where it was
            with db.write() as session:
                outcome = apply_update(session, update)
                stored = _store_results(db, session, update, files)
                outbox.set_meta(session, "sync.cursor", str(update["id"]))
            if outcome == "applied":
                result.applied += 1
            elif outcome == "conflict":
                result.conflicts += 1
            for attachment_id in stored:  # result documents are verified as they arrive
                _verify_result(db, attachment_id)
    with db.read() as session:
        version = cat.current_version(session) or ""
        calendar_version = int((get_office(session).settings or {}).get("calendar_version", 0))
    newer = client.catalogue(version)
    if newer is not None:
        with db.write() as session:
            cat.import_catalogue(session, newer["document"])
    calendar = client.calendar(calendar_version)
    if calendar is not None:
        with db.write() as session:
            office = get_office(session)
            cal = dict(office.calendar or {})
            cal["days_off"] = sorted(set(cal.get("days_off", [])) | set(calendar["days_off"]))
            cal["workdays"] = sorted(set(cal.get("workdays", [])) | set(calendar["workdays"]))
            office.calendar = cal
            office.settings = {**(office.settings or {}), "calendar_version": calendar["version"]}


def _result_files(client: HubClient, update: dict) -> list[tuple[str, bytes]]:
    """The signed result documents an update carries (TepKetQua: name and SHA-256 of each)."""
    files = []
    for item in (update.get("data") or {}).get("TepKetQua") or []:
        if isinstance(item, dict) and isinstance(item.get("MaBam"), str):
            files.append((str(item.get("TenTep") or f"{item['MaBam'][:12]}.pdf"), client.download(item["MaBam"])))
    return files


def _store_results(db, session, update: dict, files: list[tuple[str, bytes]]) -> list[int]:
    from sqlalchemy import select

    from counter.services.signing import store_result_file
    from counter.store.models import Dossier

    if not files:
        return []
    dossier = session.scalar(select(Dossier).where(Dossier.code == update["MaHoSo"]))
    if dossier is None:
        return []
    return [store_result_file(session, db, dossier, name, data, clock.now()).id for name, data in files]


def _verify_result(db, attachment_id: int) -> None:
    from counter.services.signing import verify_attachment

    try:
        verify_attachment(db, attachment_id, online=True)
    except Exception:  # the state stays "not checked" and is checked again before hand-out
        log.exception("verifying a result document failed")


BUSY = ("Một quầy khác dùng chung cơ sở dữ liệu đang đồng bộ; lượt đó gửi cả các thay đổi của quầy này "
        "(hàng đợi gửi là chung).")


def sync_once(db, config: SyncConfig) -> SyncResult:
    """One round: push the outbox, pull updates. On a shared database only one counter runs a
    round at a time (the others skip theirs: the outbox is shared)."""
    with db.exclusive("sync") as mine:
        if not mine:
            return SyncResult(busy=BUSY)
        return _sync_round(db, config)


def _sync_round(db, config: SyncConfig) -> SyncResult:
    result = SyncResult()
    client = config.client()
    try:
        push(db, client, result, batch_size=config.batch_size)
        pull(db, client, result)
        with db.write() as session:
            outbox.set_meta(session, "sync.last_success", clock.now().isoformat())
    except SyncError as exc:
        result.errors.append(str(exc))
        result.retry_after = getattr(exc, "retry_after", None)
    finally:
        client.close()
    return result
