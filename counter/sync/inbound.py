"""Everything the counter receives is validated here before anything is stored: the province's
updates, calendar and catalogue, the postal service's tracking — and, through the same parts,
anything else pulled page by page from outside.

The parts, each usable on its own:

* **Models** of what arrives (pydantic), the same classes the reference hub answers with, so the
  OpenAPI file (docs/sync-api.json) documents exactly what the counter accepts.
* :func:`read_page` — one page of items with a cursor: every item validated on its own; the
  valid ones returned, the invalid ones with their reasons; and the cursor the page moves to,
  checked (a whole number, never backwards, past everything the page held). A page that would
  not move the cursor raises :class:`Stalled` instead of being fetched again forever.
* :func:`quarantine` — an invalid item goes to "Cần xử lý" with its reason (recorded once, by
  content), and the rest of its page is applied.
* :func:`read_cursor` / :func:`write_cursor` — cursors kept in app_meta, validated both ways.
* :class:`Budget` — a round's bound on pages and seconds; what is left waits for the next round.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Annotated, Any, Callable, Generic, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter import clock
from counter.messages import msg, text_of
from counter.services import audit
from counter.services.errors import NotFound
from counter.store.models import Meta, QuarantinedItem
from counter.sync.wire import (
    CODE,
    MAX_CURSOR,
    MAX_NAME,
    MAX_NOTE,
    Moment,
    checked_json,
    reason,
    safe_text,
)

SUMMARY_CHARS = 4000
MAX_PAGES, MAX_SECONDS = 50, 120.0

M = TypeVar("M", bound=BaseModel)


# -- models: what the province sends ---------------------------------------------------------------


class _Checked(BaseModel):
    """Every string, number and nested value passes :func:`counter.sync.wire.checked_json`
    before the fields are looked at: a lone surrogate or a NaN anywhere is refused."""

    @model_validator(mode="before")
    @classmethod
    def _whole(cls, value):
        return checked_json(value) if isinstance(value, dict) else value


UpdateKind = Literal["status", "progress", "result", "due"]


class ResultFile(_Checked):
    """A signed result document published with a result (TepKetQua): fetched by its hash."""

    TenTep: str = Field(min_length=1, max_length=255)
    MaBam: str = Field(pattern=r"^[0-9a-f]{64}$")
    KichThuoc: StrictInt = Field(default=0, ge=0, le=100_000_000)


class ProvinceChange(_Checked):
    """The data of one province update (CapNhatTienDoHoSoMC): who, when, what was decided."""

    model_config = ConfigDict(extra="allow")
    MaHoSo: str | None = Field(default=None, pattern=CODE)
    NguoiXuLy: str = Field(default="", max_length=MAX_NAME)
    ChucDanh: str = Field(default="", max_length=MAX_NAME)
    PhongBanXuLy: str = Field(default="", max_length=MAX_NAME)
    NoiDungXuLy: str = Field(default="", max_length=MAX_NOTE)
    ThoiDiemXuLy: Moment | None = None
    TrangThai: StrictInt | None = Field(default=None, ge=1, le=10, description="TrangThaiHoSo after the change")
    MaKetQua: str = Field(default="", max_length=80)
    NgayHenTra: Moment | None = Field(default=None, description="kind 'due': the new due time")
    NgayTra: Moment | None = None
    TepKetQua: list[ResultFile] = Field(default_factory=list, max_length=50, description="signed result documents")


class ProvinceUpdate(_Checked):
    """One change made at the province, for the counter to apply; ``id`` is the pull cursor."""

    id: StrictInt = Field(ge=1, le=MAX_CURSOR)
    MaHoSo: str = Field(pattern=CODE)
    kind: UpdateKind
    data: ProvinceChange
    created_at: datetime

    @model_validator(mode="after")
    def _kind_rules(self):
        if self.data.MaHoSo not in (None, self.MaHoSo):
            raise PydanticCustomError("rule", "{message}", {"message": msg("MaHoSo trong dữ liệu khác MaHoSo của cập nhật")})
        if self.kind == "status" and self.data.TrangThai is None:
            raise PydanticCustomError("rule", "{message}", {"message": msg("cập nhật trạng thái thiếu TrangThai")})
        if self.kind == "result" and self.data.TrangThai not in (None, 9):
            raise PydanticCustomError("rule", "{message}", {"message": msg("cập nhật kết quả phải có TrangThai 9 (hoặc bỏ trống)")})
        if self.kind == "due" and self.data.NgayHenTra is None:
            raise PydanticCustomError("rule", "{message}", {"message": msg("cập nhật hạn mới thiếu NgayHenTra")})
        return self


class ProvinceState(_Checked):
    """The province's state of a dossier, as it answers a step it refused."""

    TrangThai: StrictInt = Field(ge=1, le=10)
    PhienBan: StrictInt = Field(ge=0, le=MAX_CURSOR, description="the dossier's version at the province: the id of "
                                                                 "its last change there that moved the state or due time")
    NgayHenTra: str | None = Field(default=None, max_length=40)


class StepRefusal(_Checked):
    """The province's answer (409) to a step taken from an older state of the dossier: the step is
    recorded there (its seq is used) but not applied."""

    status: Literal["conflict"]
    idempotency_key: str = Field(max_length=64)
    MaHoSo: str = Field(pattern=CODE)
    seq: StrictInt = Field(ge=1)
    detail: str = Field(default="", max_length=MAX_NOTE)
    province: ProvinceState


class UpdatesPage(BaseModel):
    updates: list[ProvinceUpdate]
    next_cursor: int = Field(ge=0, le=MAX_CURSOR)


def _real_day(value: str) -> str:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("rule", "{message}", {"message": msg("ngày không có thật (YYYY-MM-DD)")}) from None
    if not 2000 <= day.year <= 2100:
        raise PydanticCustomError("moment_range", "{message}", {"message": msg("ngày nằm ngoài khoảng cho phép (2000–2100)")})
    return value


#: a calendar day written YYYY-MM-DD, a real one, between 2000 and 2100
Day = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_day)]
_DAY = TypeAdapter(Day)


class CalendarDoc(_Checked):
    """Days off and make-up working days the province publishes; the version grows by one."""

    version: StrictInt = Field(ge=1, le=2 ** 31)
    days_off: list[Day] = Field(max_length=1000)
    workdays: list[Day] = Field(max_length=1000)
    note: str = Field(default="", max_length=MAX_NOTE)


class CatalogueDoc(_Checked):
    """A newer procedure catalogue (format counter-catalogue/1, resources/catalogue/FORMAT.md)."""

    version: str = Field(pattern=r"^\d{1,6}(\.\d{1,6}){0,3}$")
    document: dict[str, Any]


# -- the postal service's tracking ------------------------------------------------------------------

POSTAL_NUMBER = r"^[0-9A-Z.\-]{6,60}$"


class TrackingEvent(_Checked):
    """One step of a parcel (the postal operator's tracking); ``id`` is the pull cursor."""

    id: StrictInt = Field(ge=1, le=MAX_CURSOR)
    SoDonHang: str = Field(pattern=POSTAL_NUMBER)
    TrangThai: StrictInt = Field(ge=0, le=6)
    TenTrangThai: str = Field(default="", max_length=MAX_NAME)
    ThoiDiem: Moment
    GhiChu: str = Field(default="", max_length=MAX_NOTE)


class TrackingPage(BaseModel):
    events: list[TrackingEvent]
    next_cursor: int = Field(ge=0, le=MAX_CURSOR)


# -- one page of items ------------------------------------------------------------------------------


class Malformed(Exception):
    """A reply that is not a page at all (no list of items), or a damaged stored cursor: nothing
    can be handled; the round stops with this message and the next round tries again."""


@dataclass
class Rejected:
    raw: Any
    reason: str
    remote_id: str = ""


@dataclass
class Page(Generic[M]):
    valid: list[M]
    rejected: list[Rejected]
    cursor: int  # where the next page starts: past every item of this one
    empty: bool = False  # nothing after the cursor: the pull is done
    stalled: str = ""  # items, but no way past them: quarantine them, then stop the round with this

    @property
    def settled(self) -> bool:
        return self.empty or bool(self.stalled)


def _remote_id(raw) -> str:
    value = raw.get("id") if isinstance(raw, dict) else None
    return safe_text(str(value), 60) if value is not None else ""


def _whole(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_CURSOR else None


def read_page(body: Any, items_key: str, model: type[M], cursor: int, *, what: str) -> Page[M]:
    """Validate one page ``{items_key: [...], "next_cursor": n}`` fetched after ``cursor``.
    Items at or below the cursor are old (already handled) and skipped; items out of order are
    rejected; the new cursor is past the highest id seen (or the page's next_cursor, if higher
    and a whole number). A page whose cursor would not move comes back ``stalled``: fetching it
    again would only return it again. Raises :class:`Malformed` for a reply that is no page."""
    items = body.get(items_key) if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise Malformed(msg("{what}: trả lời không có danh sách '{items_key}'.", what=what, items_key=items_key))
    valid, rejected, seen = [], [], cursor
    for raw in items:
        number = _whole(raw.get("id")) if isinstance(raw, dict) else None
        if number is not None and number <= cursor:
            continue  # handled in an earlier page (a server that ignored "after")
        try:
            item = model.model_validate(raw)
        except ValidationError as exc:
            rejected.append(Rejected(raw, reason(exc), _remote_id(raw)))
            seen = max(seen, number or 0)
            continue
        if item.id <= seen:  # type: ignore[attr-defined]  # every page item has an id
            rejected.append(Rejected(raw, msg("số thứ tự {number} không tăng dần trong trang", number=item.id), str(item.id)))  # type: ignore[attr-defined]  # every page item has an id
            continue
        seen = item.id  # type: ignore[attr-defined]  # every page item has an id
        valid.append(item)
    proposed = _whole(body.get("next_cursor"))
    new_cursor = max(seen, proposed or 0)
    stalled = ""
    if items and new_cursor <= cursor:
        stalled = msg("{what}: máy chủ trả lại một trang sau số {cursor} mà không cho biết đi tiếp từ đâu; "
                      "dừng lượt này để không tải lại mãi.", what=what, cursor=cursor)
    return Page(valid, rejected, new_cursor, empty=not items, stalled=stalled)


def read_cursor(session: Session, key: str) -> int:
    """A cursor from app_meta: a whole number, or 0 when missing. A damaged value (only possible
    by editing the file) is reported rather than guessed at."""
    row = session.get(Meta, key)
    if row is None:
        return 0
    value = row.value
    if isinstance(value, str) and value.isascii() and value.isdigit() and int(value) <= MAX_CURSOR:
        return int(value)
    raise Malformed(msg("Con trỏ đồng bộ '{key}' trong cơ sở dữ liệu bị hỏng ({value}): "
                        "chạy 'counter check' và báo quản trị viên.", key=key, value=safe_text(str(value), 40)))


def write_cursor(session: Session, key: str, value: int) -> None:
    if _whole(value) is None:
        raise ValueError(f"cursor {value!r} is not a whole number")
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=str(value)))
    elif int(row.value) < value:
        row.value = str(value)


# -- quarantine ("Cần xử lý") ----------------------------------------------------------------------


def _as_text(raw: Any) -> str:
    try:
        return json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return repr(raw)


def quarantine(session: Session, source: str, raw: Any, why: str, remote_id: str = "") -> bool:
    """Keep an item that failed validation, with the reason, for an officer to see. The same
    item (by content) is recorded once. Returns True when it was new."""
    text = _as_text(raw)
    digest = hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()
    if session.scalar(select(QuarantinedItem.id).where(QuarantinedItem.source == source,
                                                       QuarantinedItem.digest == digest)) is not None:
        return False
    session.add(QuarantinedItem(source=source, remote_id=safe_text(remote_id, 60), digest=digest,
                                summary=safe_text(text, SUMMARY_CHARS), reason=safe_text(why, 1000),
                                received_at=clock.now()))
    session.flush()
    return True


def open_quarantine(session: Session) -> list[QuarantinedItem]:
    return list(session.scalars(select(QuarantinedItem).where(QuarantinedItem.resolved_at.is_(None))
                                .order_by(QuarantinedItem.id)))


def dismiss(db, item_id: int, actor) -> None:
    """An officer has read a quarantined item (and dealt with it outside, e.g. by phoning the
    province): it leaves the needs-attention list; the record stays."""
    with db.write() as session:
        item = session.get(QuarantinedItem, item_id)
        if item is None or item.resolved_at is not None:
            raise NotFound(msg("Mục này đã được xử lý."))
        item.resolved_at, item.resolved_by = clock.now(), actor.name
        audit.record(session, actor, "sync.quarantine_dismissed", "sync_quarantine", str(item_id), None,
                     {"source": item.source, "remote_id": item.remote_id})


def check_day(value: Any) -> str:
    """One calendar day 'YYYY-MM-DD' (a real day between 2000 and 2100), or ValidationError."""
    return _DAY.validate_python(value)


@dataclass
class Pulled:
    """What one pull did: how many items had each outcome (as ``handle`` named it, plus
    "quarantined"); ``more``: the round's budget ran out with pages left; ``problem``: why the
    pull stopped early (a reply that is no page, a cursor that would not move), for the officer."""

    counts: Counter = field(default_factory=Counter)
    more: bool = False
    problem: str = ""


def pull_pages(db, *, fetch: Callable[[int], Any], items_key: str, model: type[M], cursor_key: str, source: str,
               what: str, handle: Callable[[Session, M], str], budget: "Budget",
               prepare: Callable[[M], None] | None = None) -> Pulled:
    """Fetch pages after the stored cursor until the source has nothing more or the round's
    budget is spent. Invalid items are quarantined (``source``); each valid item is handed to
    ``handle`` in a transaction of its own that also moves the cursor past it, so a crash never
    applies an item twice nor skips one. Network errors from ``fetch`` propagate."""
    pulled = Pulled()
    while True:
        if not budget.take():
            pulled.more = True
            return pulled
        try:
            with db.read() as session:
                cursor = read_cursor(session, cursor_key)
            page = read_page(fetch(cursor), items_key, model, cursor, what=what)
        except Malformed as exc:
            pulled.problem = text_of(exc)
            return pulled
        if page.rejected:
            with db.write() as session:
                pulled.counts["quarantined"] += sum(quarantine(session, source, r.raw, r.reason, r.remote_id)
                                                    for r in page.rejected)
        for item in page.valid:
            if prepare is not None:  # network work an item needs (its files), outside the transaction
                prepare(item)
            with db.write() as session:
                pulled.counts[handle(session, item)] += 1
                write_cursor(session, cursor_key, item.id)  # type: ignore[attr-defined]  # every page item has an id
        if page.stalled:
            pulled.problem = page.stalled
            return pulled
        if page.cursor > cursor:
            with db.write() as session:
                write_cursor(session, cursor_key, page.cursor)
        if page.empty:
            return pulled


# -- a round's bound -------------------------------------------------------------------------------


@dataclass
class Budget:
    """How much one round may fetch: at most ``pages`` pages and ``seconds`` seconds. A round
    that reaches its bound stops cleanly and says so; the next round goes on from its cursors."""

    pages: int = MAX_PAGES
    seconds: float = MAX_SECONDS
    started: float = field(default_factory=time.monotonic)
    used: int = 0

    @property
    def spent(self) -> bool:
        return self.used >= self.pages or time.monotonic() - self.started >= self.seconds

    def take(self) -> bool:
        """One more page, if the round may still fetch one."""
        if self.spent:
            return False
        self.used += 1
        return True
