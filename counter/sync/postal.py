"""The postal operator's HTTP client (moved here from counter.services.postal: the network is the
sync layer's part). It creates the queued orders at the operator and pulls tracking; what an order
and a tracking event mean for a dossier stays in counter.services.postal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import requests
from sqlalchemy import select

from counter import clock, environment, secrets, settings
from counter.errors import Transient, UserError
from counter.messages import msg, text_of
from counter.services.office import get_office
from counter.services.postal import apply_tracking, received_note
from counter.store.models import PostalEvent, PostalOrder
from counter.sync import inbound
from counter.sync.client import retry_after
from counter.transport import allowed_by_setting, network_message, refusal


POSTAL_SERVICE = msg("dịch vụ bưu chính")  # who is talked to, in the transport's messages


@dataclass
class PostalConfig:
    url: str
    key: str
    timeout: tuple[float, float] = (5.0, 20.0)
    allow_plain_http: bool = False


def postal_config(db) -> PostalConfig | None:
    with db.read() as session:
        office = get_office(session)
        values = settings.office_settings(office)
        plain_allowed = allowed_by_setting(office)
    url = environment.get("COUNTER_POSTAL_URL") or values.postal_url
    key = (environment.get("COUNTER_POSTAL_KEY") or secrets.get(db.url, settings.POSTAL_KEY.key)
           or values.postal_key)
    if not url or not key:
        return None
    timeout = float(environment.get("COUNTER_SYNC_TIMEOUT", "20") or "20")
    return PostalConfig(url.rstrip("/"), key, (min(5.0, timeout), timeout), plain_allowed)


class PostalClient:
    def __init__(self, config: PostalConfig):
        self.config = config
        self.http = requests.Session()
        self.http.headers["X-Api-Key"] = config.key

    def request(self, method: str, path: str, **kwargs):
        why = refusal(self.config.url, self.config.allow_plain_http or allowed_by_setting(), POSTAL_SERVICE)
        if why:
            raise UserError(why)
        kwargs.setdefault("verify", True)
        try:
            response = self.http.request(method, self.config.url + "/postal/v1" + path, timeout=self.config.timeout,
                                         **kwargs)
        except requests.exceptions.RequestException as exc:
            raise Transient(network_message(exc, POSTAL_SERVICE)) from exc
        if response.status_code == 401:
            raise UserError(msg("Dịch vụ bưu chính từ chối khóa API: kiểm tra Thiết lập → Bưu chính."))
        if response.status_code == 429 or response.status_code >= 500:
            raise Transient(msg("Dịch vụ bưu chính tạm lỗi ({status}), sẽ thử lại.", status=response.status_code),
                            retry_after(response.headers.get("Retry-After")))
        return response

    def json(self, response):
        try:
            return response.json()
        except ValueError as exc:
            raise Transient(msg("Dịch vụ bưu chính trả lời không đúng định dạng, sẽ thử lại.")) from exc

    def close(self):
        self.http.close()


@dataclass
class PostalResult:
    created: int = 0
    updated: int = 0
    failed: int = 0
    quarantined: int = 0  # tracking events that failed validation, under "Cần xử lý"
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def postal_once(db, config: PostalConfig) -> PostalResult:
    """Send the pending orders and pull tracking; one counter at a time on a shared database."""
    result = PostalResult()
    with db.exclusive("postal") as mine:
        if not mine:
            return result
        client = PostalClient(config)
        try:
            _create_pending(db, client, result)
            _pull_tracking(db, client, result)
        except (Transient, UserError) as exc:
            result.errors.append(text_of(exc))
        finally:
            client.close()
    return result


def _create_pending(db, client: PostalClient, result: PostalResult) -> None:
    with db.read() as session:
        pending = [(o.id, o.number, o.payload) for o in session.scalars(
            select(PostalOrder).where(PostalOrder.state == "pending").order_by(PostalOrder.id))]
    for order_id, number, payload in pending:
        response = client.request("POST", "/orders", json=payload)
        now = clock.now()
        with db.write() as session:
            order = session.get(PostalOrder, order_id)
            order.attempts += 1
            if response.status_code in (200, 201):
                body = client.json(response)
                if body.get("SoDonHang") != number or not body.get("MaVanDon"):
                    raise Transient(msg("Dịch vụ bưu chính trả lời không khớp đơn đã gửi."))
                order.state, order.tracking_code, order.registered_at = "created", body["MaVanDon"], now
                order.postage = body.get("CuocPhi", order.postage)
                order.last_error = ""
                session.add(PostalEvent(order_id=order.id, state="created", at=now,
                                        note=received_note(body["MaVanDon"])))
                result.created += 1
            else:
                try:
                    detail = response.json().get("detail")
                except ValueError:
                    detail = response.text[:300]
                order.state, order.last_error = "failed", f"{response.status_code}: {detail}"
                session.add(PostalEvent(order_id=order.id, state="failed", at=now, note=order.last_error))
                result.failed += 1


def _pull_tracking(db, client: PostalClient, result: PostalResult) -> None:
    """Tracking events, each validated (counter.sync.inbound.TrackingEvent): an invalid one goes
    to "Cần xử lý" with the reason, the others are applied, the cursor moves past them all."""
    def fetch(cursor: int):
        response = client.request("GET", "/tracking", params={"after": cursor})
        if response.status_code != 200:
            raise Transient(msg("Tra cứu hành trình lỗi ({status}).", status=response.status_code))
        return client.json(response)

    pulled = inbound.pull_pages(
        db, fetch=fetch, items_key="events", model=inbound.TrackingEvent, cursor_key="postal.cursor",
        source="tracking", what=msg("Hành trình bưu chính"), budget=inbound.Budget(),
        handle=lambda session, event: "updated" if apply_tracking(session, event.model_dump(mode="json")) else "")
    result.updated += pulled.counts["updated"]
    result.quarantined += pulled.counts["quarantined"]
    if pulled.problem:
        result.errors.append(pulled.problem)


def operator_cancel(config: PostalConfig | None) -> Callable[[str], None] | None:
    """What counter.services.postal.cancel calls to cancel an order created at the operator
    (None when the postal service is not set up)."""
    if config is None:
        return None

    def cancel_at_operator(number: str) -> None:
        client = PostalClient(config)
        try:
            response = client.request("POST", f"/orders/{number}/cancel")
        finally:
            client.close()
        if response.status_code != 200:
            raise UserError(msg("Bưu điện không cho hủy: {detail}", detail=response.text[:200]))

    return cancel_at_operator
