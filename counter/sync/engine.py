"""One round of synchronisation: push the outbox in order, then pull the province's updates,
catalogue and calendar. Used by ``counter sync --once`` and by the background worker."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pydantic import ValidationError
from sqlalchemy import select

from counter import clock, secrets
from counter.services import audit, online, slots
from counter import environment, settings
from counter.services import catalogue as cat
from counter.services.attachments import stored_path
from counter.services.office import get_office
from counter.services.online import action_refused
from counter.services.signing import store_result_file, verify_attachment
from counter.store.models import Dossier
from counter.sync import inbound, outbox, wire
from counter.sync.apply import apply_update, record_step_conflict
from counter.sync.client import HubClient, Refused, SyncError
from counter.sync.online_wire import OnlineItem
from counter.transport import allowed_by_setting

log = logging.getLogger(__name__)
BATCH = 200


@dataclass
class SyncConfig:
    url: str
    token: str
    ca_bundle: str | None = None
    timeout: tuple[float, float] = (5.0, 20.0)
    batch_size: int = BATCH
    round_pages: int = inbound.MAX_PAGES  # a round's bound: pages pulled …
    round_seconds: float = inbound.MAX_SECONDS  # … and time spent pulling
    allow_plain_http: bool = False  # the explicit setting (counter.transport)

    def client(self) -> HubClient:
        return HubClient(self.url, self.token, ca_bundle=self.ca_bundle, timeout=self.timeout,
                         allow_plain_http=self.allow_plain_http or allowed_by_setting())


def sync_config(db, url: str | None = None, token: str | None = None, ca_bundle: str | None = None) -> SyncConfig | None:
    """Where and how to sync: command-line values, then the environment, then the office settings."""
    with db.read() as session:
        office = get_office(session)
        values = settings.office_settings(office)
        plain_allowed = allowed_by_setting(office)
    url = url or environment.get("COUNTER_SYNC_URL") or values.sync_url
    token = (token or environment.get("COUNTER_SYNC_TOKEN") or secrets.get(db.url, settings.SYNC_TOKEN.key)
             or values.sync_token)
    ca_bundle = ca_bundle or environment.get("COUNTER_SYNC_CA") or values.sync_ca_bundle or None
    if not url or not token:
        return None
    read_timeout = float(environment.get("COUNTER_SYNC_TIMEOUT", "20") or "20")
    batch = int(environment.get("COUNTER_SYNC_BATCH", str(BATCH)) or BATCH)
    return SyncConfig(url, token, ca_bundle, (min(5.0, read_timeout), read_timeout), batch,
                      allow_plain_http=plain_allowed)


@dataclass
class SyncResult:
    sent: int = 0
    rejected: int = 0
    applied: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    retry_after: float | None = None
    busy: str = ""  # another counter on this shared database is running the round right now
    online: int = 0  # online dossiers received (new or changed) for this agency's counters
    quarantined: int = 0  # items received that failed validation, now under "Cần xử lý"
    more: bool = False  # the round reached its bound with more waiting: the next one goes on

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
        hub_events = [(e, env) for e, env in zip(events, envelopes) if not e.kind.startswith("online.")]
        replies = client.post_batch([env for _, env in hub_events]) if hub_events else []
        online_replies = _push_online(client, [e for e in events if e.kind.startswith("online.")])
        events = [e for e, _ in hub_events] + [e for e, _ in online_replies]
        replies = replies + [r for _, r in online_replies]
        now = clock.now()
        accepted, waiting = {}, 0
        with db.write() as session:
            for event, reply in zip(events, replies):
                key, status, body = reply["idempotency_key"], reply["status"], reply.get("body") or {}
                if status in (200, 201):
                    accepted[key] = body
                elif event.kind.startswith("online.") and status == 409 and isinstance(body, dict) \
                        and body.get("status") == "taken":
                    action_refused(session, event.dossier_code, body)  # the officer is told
                    accepted[key] = body  # delivered: refused for good, never sent again
                    result.conflicts += 1
                elif status == 424:
                    waiting += 1
                elif status == 409 and isinstance(body, dict) and body.get("status") == "conflict" \
                        and _step_conflict(session, event, body):
                    accepted[key] = body  # delivered: recorded at the province, not applied there
                    result.conflicts += 1
                else:
                    message = _message(body)
                    outbox.mark_attention(session, key, f"{status}: {message}", now)
                    result.rejected += 1
            outbox.mark_sent(session, accepted, now)
            outbox.set_meta(session, "sync.last_success", now.isoformat())
        result.sent += len(accepted)
        batches += 1
        if not accepted and waiting == len(replies):
            return  # everything waits on an event needing attention


def _push_online(client: HubClient, events) -> list:
    """Claims and outcomes of online dossiers, one request each (idempotent by key)."""
    out = []
    for e in events:
        payload = dict(e.payload)
        action = {"idempotency_key": e.idempotency_key, "type": e.kind.split(".", 1)[1],
                  "MaHoSoTrucTuyen": e.dossier_code, "round": payload.get("round", 1),
                  "label": payload.get("label", ""), "data": payload.get("data", {})}
        status, body = client.online_action(action)
        out.append((e, {"idempotency_key": e.idempotency_key, "status": status, "body": body}))
    return out


def _step_conflict(session, event, body: dict) -> bool:
    """A step the province refused as outdated: a conflict with both sides (False when the reply
    is not a well-formed refusal: then the event needs attention like any other refusal)."""
    try:
        with session.begin_nested():
            record_step_conflict(session, event, body)
    except ValidationError:
        return False
    return True


def _message(body) -> str:
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, list):
            return "; ".join(f"{'.'.join(str(p) for p in d.get('loc', []))}: {d.get('msg')}" for d in detail
                             if isinstance(d, dict))
        if detail:
            return str(detail)
    return str(body)[:500]


def pull(db, client: HubClient, result: SyncResult, budget: inbound.Budget | None = None) -> None:
    """The province's calendar, catalogue and updates, each validated before anything is stored:
    what fails goes to "Cần xử lý" with the reason, the rest is applied, and the cursor moves on."""
    budget = budget or inbound.Budget()
    pull_calendar(db, client, result)
    pull_catalogue(db, client, result)
    files: dict[int, list] = {}
    stored: list[int] = []

    def download(update: inbound.ProvinceUpdate) -> None:
        """Signed result documents, fetched before the update's transaction (no lock held on the
        network); a dead network leaves the cursor where it was."""
        files[update.id] = _result_files(client, update)

    def handle(session, update: inbound.ProvinceUpdate) -> str:
        outcome = apply_update(session, update.model_dump(mode="json"))
        stored.extend(_store_results(db, session, update, files.pop(update.id, [])))
        return outcome

    pulled = inbound.pull_pages(
        db, fetch=client.updates, items_key="updates", model=inbound.ProvinceUpdate, cursor_key="sync.cursor",
        source="updates", what="Cập nhật từ tỉnh", budget=budget, prepare=download, handle=handle)
    for attachment_id in stored:  # result documents are verified as they arrive, and again before hand-out
        _verify_result(db, attachment_id)
    pull_online(db, client, result, budget)
    result.applied += pulled.counts["applied"]
    result.conflicts += pulled.counts["conflict"]
    result.quarantined += pulled.counts["quarantined"]
    result.more = result.more or pulled.more
    if pulled.problem:
        result.errors.append(pulled.problem)


def pull_online(db, client: HubClient, result: SyncResult, budget: inbound.Budget) -> None:
    """Online dossiers offered to this agency's counters (metadata only: the files are fetched
    when the officer opens one, or in the background)."""
    with db.read() as session:
        handled = online.handled_procedures(session)
    now = clock.now()

    def handle(session, item: OnlineItem) -> str:
        online.apply_item(session, get_office(session), item.model_dump(mode="json"), now, handled)
        return "online"

    pulled = inbound.pull_pages(db, fetch=client.online, items_key="items", model=OnlineItem,
                                cursor_key="sync.online_cursor", source="online", what="Hồ sơ trực tuyến",
                                budget=budget, handle=handle)
    result.online += pulled.counts["online"]
    result.quarantined += pulled.counts["quarantined"]
    result.more = result.more or pulled.more
    if pulled.problem:
        result.errors.append(pulled.problem)


def _result_files(client: HubClient, update: inbound.ProvinceUpdate) -> list[tuple[str, bytes | None, str]]:
    """(name, content or None, why not) of each result document the update carries (TepKetQua)."""
    out = []
    for item in update.data.TepKetQua:
        try:
            out.append((item.TenTep, client.download(item.MaBam), ""))
        except Refused as exc:  # the province will not give it: kept aside, the update still applies
            out.append((item.TenTep, None, str(exc)))
    return out


def _store_results(db, session, update: inbound.ProvinceUpdate, files) -> list[int]:
    dossier = session.scalar(select(Dossier).where(Dossier.code == update.MaHoSo)) if files else None
    if dossier is None:
        return []
    stored = []
    for name, data, why in files:
        if data is None:
            inbound.quarantine(session, "updates", {"MaHoSo": update.MaHoSo, "TenTep": name},
                               f"Văn bản kết quả {name} của hồ sơ {update.MaHoSo} không tải được: {why}", str(update.id))
            continue
        stored.append(store_result_file(session, db, dossier, name, data, clock.now()).id)
    return stored


def _verify_result(db, attachment_id: int) -> None:
    try:
        verify_attachment(db, attachment_id, online=True)
    except Exception:  # the state stays "not checked" and is checked again before hand-out
        log.exception("verifying a result document failed")


def pull_catalogue(db, client: HubClient, result: SyncResult) -> None:
    with db.read() as session:
        version = cat.current_version(session) or ""
    body = client.catalogue(version)
    if body is None:
        return
    try:
        newer = inbound.CatalogueDoc.model_validate(body)
        cat.check_catalogue(newer.document)
        if newer.document["version"] != newer.version:
            raise cat.CatalogueError("phiên bản trong danh mục khác phiên bản máy chủ báo")
    except (ValidationError, cat.CatalogueError) as exc:
        why = wire.reason(exc) if isinstance(exc, ValidationError) else str(exc)
        with db.write() as session:
            result.quarantined += inbound.quarantine(session, "catalogue", body, f"Danh mục thủ tục từ tỉnh không "
                                                     f"hợp lệ, chưa nhập: {why}", str(body.get("version", ""))
                                                     if isinstance(body, dict) else "")
        return
    with db.write() as session:
        cat.import_catalogue(session, newer.document)


def pull_calendar(db, client: HubClient, result: SyncResult) -> None:
    """Days off and make-up working days: each day checked on its own; a day that is not a real
    date is quarantined and the others are applied."""
    with db.read() as session:
        since = settings.get(get_office(session), settings.CALENDAR_VERSION)
    body = client.calendar(since)
    if body is None:
        return
    version = body.get("version") if isinstance(body, dict) else None
    lists = [body.get(key) if isinstance(body, dict) else None for key in ("days_off", "workdays")]
    if not isinstance(version, int) or isinstance(version, bool) or not 0 < version <= 2 ** 31 \
            or not all(isinstance(days, list) and len(days) <= 1000 for days in lists):
        with db.write() as session:
            result.quarantined += inbound.quarantine(session, "calendar", body, "Lịch làm việc từ tỉnh không đúng định "
                                                     "dạng (phiên bản phải là số nguyên dương, ngày nghỉ và ngày làm bù "
                                                     "là danh sách): chưa áp dụng.")
        return
    if version <= since:
        return  # not newer than the one in use (a server that ignored "since")
    good: dict[str, list[str]] = {"days_off": [], "workdays": []}
    with db.write() as session:
        for key, days in zip(good, lists):
            label = "ngày nghỉ" if key == "days_off" else "ngày làm bù"
            for day in days:
                try:
                    good[key].append(inbound.check_day(day))
                except ValidationError as exc:
                    result.quarantined += inbound.quarantine(
                        session, "calendar", {"version": version, key: [day]},
                        f"Lịch làm việc phiên bản {version}: {label} {wire.safe_text(repr(day), 40)} không dùng "
                        f"được ({wire.reason(exc)}); các ngày khác đã áp dụng.", str(version))
        office = get_office(session)
        cal = dict(office.calendar or {})
        cal["days_off"] = sorted(set(cal.get("days_off", [])) | set(good["days_off"]))
        cal["workdays"] = sorted(set(cal.get("workdays", [])) | set(good["workdays"]))
        office.calendar = cal
        settings.put(office, {settings.CALENDAR_VERSION: version})


BUSY = ("Một quầy khác dùng chung cơ sở dữ liệu đang đồng bộ; lượt đó gửi cả các thay đổi của quầy này "
        "(hàng đợi gửi là chung).")


def sync_once(db, config: SyncConfig) -> SyncResult:
    """One round: push the outbox, pull updates. On a shared database only one counter runs a
    round at a time (the others skip theirs: the outbox is shared)."""
    with db.exclusive("sync") as mine:
        if not mine:
            return SyncResult(busy=BUSY)
        return _sync_round(db, config)


def send_audit_head(db, client: HubClient) -> None:
    """Each round leaves the head of the audit chain (seq and keyed hash) with the province."""
    head = audit.head(db)
    if head is not None:
        client.send_audit_head(*head)


def province_heads(db, config: SyncConfig | None):
    """The heads of this database's audit chain the province kept (counter.services.audit.Head),
    or None when there is no province to ask or it cannot be reached."""
    head = audit.head(db)
    if config is None or head is None:
        return None
    client = config.client()
    try:
        heads = client.audit_heads(head[0])
    except SyncError:
        return None
    finally:
        client.close()
    if heads is None:
        return None
    return [audit.Head(h["seq"], h["hash"], str(h.get("received_at", ""))) for h in heads]


def claim_slot(db, client: HubClient, result: SyncResult | None = None):
    """Ask the province for (or confirm) this installation's counter slot; a conflict it reports is
    recorded, and the counter stops issuing codes until it is resolved (counter.services.slots)."""
    with db.write() as session:
        body = slots.claim_request(session)
    answer = client.claim_slot(body)
    if answer is None:  # a provincial server without slot assignment: the administrator's choice stands
        with db.read() as session:
            return slots.state(session)
    with db.write() as session:
        state = slots.apply_claim(session, answer)
    if result is not None and state.conflict:
        result.errors.append(state.describe())
    return state


def claim_now(db, config: SyncConfig):
    """The "Nhận số quầy" button and ``counter slot claim``: one claim, nothing else."""
    client = config.client()
    try:
        return claim_slot(db, client)
    finally:
        client.close()


def _sync_round(db, config: SyncConfig) -> SyncResult:
    result = SyncResult()
    client = config.client()
    try:
        push(db, client, result, batch_size=config.batch_size)
        claim_slot(db, client, result)  # after the push: what waits to be sent never waits on it
        pull(db, client, result, inbound.Budget(seconds=config.round_seconds, pages=config.round_pages))
        send_audit_head(db, client)
        with db.write() as session:
            outbox.set_meta(session, "sync.last_success", clock.now().isoformat())
    except SyncError as exc:
        result.errors.append(str(exc))
        result.retry_after = getattr(exc, "retry_after", None)
    finally:
        client.close()
    return result
