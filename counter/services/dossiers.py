"""Reading dossiers: the list with filters, search (diacritics-insensitive), look-up by code."""

from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session, selectinload

from counter.domain import validation as v
from counter.domain.lifecycle import CLOCK_RUNNING, RULES, Action
from counter.domain.status import Status
from counter.domain.text import fold_words, nfc
from counter.messages import msg, text_of
from counter.services import audit, outbox
from counter.services.errors import ChangedMeanwhile, NotFound, ValidationFailed
from counter.store.models import Dossier, Supplement


@dataclass(frozen=True)
class DossierRow:
    id: int
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    id_number: str
    phone: str
    status: int
    received_at: datetime
    due_at: datetime
    return_method: int

    @property
    def status_label(self) -> str:
        return Status(self.status).label


_ROW_COLUMNS = (
    Dossier.id, Dossier.code, Dossier.procedure_code, Dossier.procedure_name, Dossier.applicant_name,
    Dossier.id_number, Dossier.phone, Dossier.status, Dossier.received_at, Dossier.due_at, Dossier.return_method,
)

SORTS = {
    "received_desc": (Dossier.received_at.desc(), Dossier.id.desc()),
    "due_asc": (Dossier.due_at.asc(), Dossier.id.asc()),
}


@dataclass
class DossierFilter:
    statuses: tuple[int, ...] = ()
    procedure_code: str | None = None
    received_from: date | None = None
    received_to: date | None = None  # inclusive
    query: str = ""
    sort: str = "received_desc"
    # from the supervisors' dashboard ("click a number, see those dossiers")
    agency_code: str | None = None
    officer_id: int | None = None
    channel: int | None = None
    return_method: int | None = None
    accepted: bool | None = None
    has_supplement: bool | None = None
    timeliness: str | None = None  # early | on_time | late, among dossiers finished in the date range
    overdue_at: datetime | None = None  # open and past due at this moment (any received date)


_DIGITS = re.compile(r"^\+?[\d\s.]+$")
_CODE_LIKE = re.compile(r"^[0-9A-Za-z]{3}\.[0-9A-Za-z.\-]+$")
# part of a code <agency>-<YYMMDD>-<NNNN>: the day and serial ("261126-0002"), the agency's tail and
# the day ("H56-261126"), the day alone ("261126") or the serial alone ("0002")
_CODE_PART = re.compile(r"^(?:[0-9A-Za-z.]*-)?\d{6}(?:-\d{1,5})?$")
_SERIAL = re.compile(r"^\d{4,5}$")
_DAY = re.compile(r"^\d{6}$")


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


def _prefix(column, value: str):
    """``column`` starts with ``value`` — as a range, so an ordinary index is used."""
    return and_(column >= value, column < value + "\uffff")


def _search_condition(session: Session, query: str):
    q = "".join(ch for ch in nfc(query) if not _invisible(ch))  # a zero-width space pasted with a code
    if not q:
        return None
    if _CODE_LIKE.match(q):
        return _prefix(Dossier.code, q.upper())
    if _CODE_PART.match(q) and not _DAY.match(q):
        return Dossier.code.contains(q.upper())
    if _DIGITS.match(q):
        digits = re.sub(r"[\s.]", "", q)
        if digits.startswith("+84"):
            digits = "0" + digits[3:]
        found = [_prefix(Dossier.id_number, digits), _prefix(Dossier.phone, digits), _prefix(Dossier.code, digits)]
        if _DAY.match(digits):
            found.append(Dossier.code.contains(f"-{digits}-"))
        if _SERIAL.match(digits):
            found.append(Dossier.code.like(f"%-{digits}"))
        return or_(*found)
    words = fold_words(q)
    if not words:
        return None
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join(f'"{w}"*' for w in words)
        ids = text("SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :m").bindparams(m=match)
        return Dossier.id.in_(ids)
    return and_(*(Dossier.search_text.contains(w) for w in words))


def _conditions(session: Session, flt: DossierFilter) -> list:
    conds = []
    if flt.statuses:
        conds.append(Dossier.status.in_([int(s) for s in flt.statuses]))
    if flt.procedure_code:
        conds.append(Dossier.procedure_code == flt.procedure_code)
    date_column = Dossier.finished_at if flt.timeliness else Dossier.received_at
    if flt.overdue_at is None:
        if flt.received_from:
            conds.append(date_column >= datetime.combine(flt.received_from, datetime.min.time()))
        if flt.received_to:
            conds.append(date_column < datetime.combine(flt.received_to + timedelta(days=1), datetime.min.time()))
    else:
        conds += [Dossier.status.in_([int(s) for s in CLOCK_RUNNING]), Dossier.due_at < flt.overdue_at]
    if flt.agency_code:
        conds.append(Dossier.deciding_agency_code == flt.agency_code)
    if flt.officer_id:
        conds.append(Dossier.officer_id == flt.officer_id)
    if flt.channel is not None:
        conds.append(Dossier.channel == flt.channel)
    if flt.return_method is not None:
        conds.append(Dossier.return_method == flt.return_method)
    if flt.accepted is not None:
        conds.append(Dossier.accepted_at.is_not(None) if flt.accepted else Dossier.accepted_at.is_(None))
    if flt.has_supplement:
        conds.append(select(Supplement.id).where(Supplement.dossier_id == Dossier.id).exists())
    if flt.timeliness:
        conds.append(Dossier.timeliness == flt.timeliness)
    search = _search_condition(session, flt.query)
    if search is not None:
        conds.append(search)
    return conds


SORT_KEYS = {"received_desc": (Dossier.received_at, True), "due_asc": (Dossier.due_at, False)}


def list_ids(session: Session, flt: DossierFilter, *, after: tuple | None = None, limit: int = 2000) -> list[tuple]:
    """(id, sort value) of the next ``limit`` dossiers after ``after`` in the list's order — keyset
    pagination, as fast at the millionth row as at the first."""
    column, descending = SORT_KEYS[flt.sort]
    conds = _conditions(session, flt)
    if after is not None:
        value, last_id = after
        if descending:
            conds.append(or_(column < value, and_(column == value, Dossier.id < last_id)))
        else:
            conds.append(or_(column > value, and_(column == value, Dossier.id > last_id)))
    order = (column.desc(), Dossier.id.desc()) if descending else (column.asc(), Dossier.id.asc())
    return [(i, v) for i, v in session.execute(select(Dossier.id, column).where(*conds).order_by(*order).limit(limit))]


def rows_by_ids(session: Session, ids) -> dict[int, DossierRow]:
    return {row[0]: DossierRow(*row) for row in session.execute(select(*_ROW_COLUMNS).where(Dossier.id.in_(list(ids))))}


def list_dossiers(session: Session, flt: DossierFilter, *, offset: int = 0, limit: int = 200) -> list[DossierRow]:
    query = select(*_ROW_COLUMNS).where(*_conditions(session, flt)).order_by(*SORTS[flt.sort]).offset(offset).limit(limit)
    return [DossierRow(*row) for row in session.execute(query)]


def count_dossiers(session: Session, flt: DossierFilter) -> int:
    return session.scalar(select(func.count()).select_from(Dossier).where(*_conditions(session, flt)))


def deciding_party(dossier) -> str:
    """Where a dossier is decided, as written on forms and hand-over lists: "agency — department"."""
    return " — ".join(p for p in (dossier.deciding_agency_name, dossier.department) if p)


def get_dossier(session: Session, code: str) -> Dossier:
    """A dossier with its checklist, fees and history, by its code (as a scanner types it)."""
    code = nfc(code).upper()
    dossier = session.scalar(
        select(Dossier)
        .where(Dossier.code == code)
        .options(selectinload(Dossier.documents), selectinload(Dossier.fees), selectinload(Dossier.history),
                 selectinload(Dossier.officer), selectinload(Dossier.steps), selectinload(Dossier.handovers),
                 selectinload(Dossier.supplements), selectinload(Dossier.attachments),
                 selectinload(Dossier.postal_orders))
    )
    if dossier is None:
        raise NotFound(msg("Không tìm thấy hồ sơ có mã {code}.", code=code))
    seen = _seen.get()
    if seen is not None and seen[0] == code and seen[1] != dossier.version:
        raise ChangedMeanwhile(_changed_message(dossier))
    return dossier


_seen: ContextVar[tuple[str, int] | None] = ContextVar("seen_version", default=None)


@contextmanager
def as_seen(code: str, version: int):
    """Run a step on a dossier only if it is still the version the officer saw: if another counter
    (or the province, through sync) changed it meanwhile, the step is refused with
    :class:`ChangedMeanwhile` and nothing is written. Every change raises ``Dossier.version``; the
    ORM also checks it in the UPDATE itself (``version_id_col``)."""
    token = _seen.set((nfc(code).upper(), version))
    try:
        yield
    finally:
        _seen.reset(token)


def _changed_message(dossier: Dossier) -> str:
    last = dossier.history[-1] if dossier.history else None
    status = Status(dossier.status).label
    if last is None:
        return msg("Hồ sơ {code} vừa được cập nhật ở nơi khác, sau khi anh/chị mở nó. Trạng thái hiện tại: {status}. "
                   "Chưa có gì được ghi; hãy xem lại hồ sơ rồi thao tác lại nếu vẫn cần.",
                   code=dossier.code, status=status)
    try:
        what = RULES[Action(last.action)].label
    except (ValueError, KeyError):
        what = last.action
    return msg("Hồ sơ {code} vừa được cập nhật ở nơi khác ({what}, {officer}, {at}), sau khi anh/chị mở nó. Trạng thái "
               "hiện tại: {status}. Chưa có gì được ghi; hãy xem lại hồ sơ rồi thao tác lại nếu vẫn cần.",
               code=dossier.code, what=what, officer=last.officer_name, at=f"{last.at:%H:%M %d/%m/%Y}", status=status)


def find_code(session: Session, code: str) -> str | None:
    return session.scalar(select(Dossier.code).where(Dossier.code == nfc(code).upper()))


def update_contact(db, code: str, actor, *, phone: str | None = None, email: str | None = None,
                   address: str | None = None) -> None:
    """Correct the applicant's contact data (phone, email, address) — e.g. after the province
    rejected it. Validated like intake; recorded in the audit log and sent to the province."""
    errors, values = {}, {}
    for name, raw, check in (("phone", phone, lambda x: v.phone(x).value), ("email", email,
                             lambda x: v.email(x).value if nfc(x) else ""),
                             ("address", address, lambda x: v.required_text(x, msg("địa chỉ"), max_length=500))):
        if raw is None:
            continue
        try:
            values[name] = check(raw)
        except v.Invalid as exc:
            errors[name] = text_of(exc)
    if errors:
        raise ValidationFailed(errors)
    if not values:
        return
    with db.write() as session:
        dossier = get_dossier(session, code)
        before = {k: getattr(dossier, k) for k in values}
        for k, value in values.items():
            setattr(dossier, k, value)
        audit.record(session, actor, "dossier.update_contact", "dossier", code, before, values)
        names = {"phone": "SoDienThoai", "email": "Email", "address": "DiaChi"}
        outbox.enqueue(session, "dossier.updated", code, {"MaHoSo": code, **{names[k]: x for k, x in values.items()}})


def search(db, flt: DossierFilter, *, limit: int = 200) -> list[DossierRow]:
    """:func:`list_dossiers`, read in a transaction of its own (``counter list``)."""
    with db.read() as session:
        return list_dossiers(session, flt, limit=limit)
