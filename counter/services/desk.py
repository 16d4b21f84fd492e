"""Plain data for the desk's screens (counter/ui): every read a window makes, and the few writes it
starts itself, as functions that open their own session and return frozen dataclasses or plain
values. No ORM object or transaction crosses into ui/, and each call can run on a worker thread
(counter.ui.ops)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from counter import environment, settings
from counter.domain.calendar import OfficeCalendar
from counter.services import catalogue, online, outbox, slots
from counter.services.attachments import digitisation_share
from counter.services.audit import SYSTEM, Actor
from counter.services.catalogue import current_procedures
from counter.services.dossiers import (
    DossierFilter,
    DossierRow,
    count_dossiers,
    deciding_party,
    find_code,
    get_dossier,
    list_ids,
    rows_by_ids,
)
from counter.services.intake import PostageTariff
from counter.services.intake import postage_tariff as intake_postage_tariff
from counter.services.office import (
    OfficeForm,
    agencies,
    get_office,
    office_calendar,
    office_form,
    officers,
    set_departments,
    update_office,
)
from counter.services.office import save_officer as office_save_officer
from counter.services.queues import queues
from counter.services.slots import SlotState
from counter.store.models import Officer
from counter.transport import allowed_by_setting, plain_http


# -- the main window -------------------------------------------------------------------------------
@dataclass(frozen=True)
class StatusLine:
    """What the main window's status bar says about the office."""

    office_name: str
    catalogue_version: str | None
    slot: int | None
    slot_usable: bool
    plain_http_risk: bool = False  # plain HTTP allowed and a server configured without TLS


def _plain_http_risk(office) -> bool:
    values = settings.office_settings(office)
    urls = [u for u in (environment.get("COUNTER_SYNC_URL") or values.sync_url, values.postal_url) if u]
    return allowed_by_setting(office) and any(plain_http(u) for u in urls)


def status_line(db) -> StatusLine:
    with db.read() as session:
        office = get_office(session)
        slot = slots.state(session)
        return StatusLine(office.name, catalogue.current_version(session), slot.slot, slot.usable,
                          _plain_http_risk(office))


def office_name(db) -> str:
    with db.read() as session:
        return get_office(session).name


def scan_folder(db) -> str:
    """The folder the scanner saves into ("" when none is set)."""
    with db.read() as session:
        return settings.get(get_office(session), settings.SCAN_FOLDER)


def office_hours(db, day: date) -> list[tuple[datetime, datetime]]:
    """The office's working sessions on ``day`` (none on a day off)."""
    with db.read() as session:
        return list(office_calendar(get_office(session)).sessions_on(day))


def default_actor(db) -> Actor:
    """Without a sign-in (tools, tests): the first active administrator of the office."""


    with db.read() as session:
        officer = session.scalar(select(Officer).where(Officer.active.is_(True), Officer.role == "admin")
                                 .order_by(Officer.id))
        return Actor(officer.id, officer.full_name, officer.role) if officer else SYSTEM


def find_dossier(db, code: str) -> str | None:
    """A scanned or typed code: the dossier's code when it exists."""
    with db.read() as session:
        return find_code(session, code)


# -- the dossier list ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ListStart:
    """A search's first page: how many match, and the first ids in the list's order."""
    total: int
    ids: tuple[tuple, ...]  # (id, sort value)


def list_start(db, flt: DossierFilter, limit: int) -> ListStart:
    with db.read() as session:
        return ListStart(count_dossiers(session, flt), tuple(list_ids(session, flt, limit=limit)))


def list_more(db, flt: DossierFilter, after: tuple | None, limit: int) -> list[tuple]:
    with db.read() as session:
        return list_ids(session, flt, after=after, limit=limit)


def list_rows(db, ids) -> dict[int, DossierRow]:
    with db.read() as session:
        return rows_by_ids(session, ids)


def procedure_choices(db) -> list[tuple[str, str]]:
    """(code, name) of every procedure, old ones too (old dossiers are searched by them)."""
    with db.read() as session:
        return [(p.code, p.name) for p in current_procedures(session, everything=True)]


# -- the dashboard ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportChoices:
    agencies: tuple[tuple[str, str], ...]
    procedures: tuple[tuple[str, str], ...]
    officers: tuple[tuple[int, str], ...]


def report_choices(db) -> ReportChoices:
    with db.read() as session:
        return ReportChoices(tuple((a.code, a.name) for a in agencies(session)),
                             tuple(sorted({(p.code, p.name) for p in current_procedures(session, everything=True)})),
                             tuple((o.id, o.full_name) for o in officers(session, active_only=False)))


# -- the work queues -------------------------------------------------------------------------------
@dataclass(frozen=True)
class QueuesView:
    queues: dict
    digitised: int
    received: int


def queues_view(db, today: date) -> QueuesView:
    data = queues(db)
    scanned, total = digitisation_share(db, today.replace(day=1), today)
    return QueuesView(data, scanned, total)


def forward_destination(db, code: str) -> str:
    """Where a paper dossier goes: its deciding agency and department."""
    with db.read() as session:
        return deciding_party(get_dossier(session, code))


# -- sync ------------------------------------------------------------------------------------------
def unsent(db) -> int:
    """Changes not yet accepted by the province (waiting, or needing an officer)."""
    with db.read() as session:
        stats = outbox.stats(session)
    return stats.pending + stats.attention


def requeue(db, event_id: int) -> None:
    """A record the province refused, sent again after the officer corrected it."""
    with db.write() as session:
        outbox.requeue(session, event_id)


# -- online dossiers -------------------------------------------------------------------------------
def online_queue(db) -> list:
    """The waiting online dossiers (counter.services.online.QueueRow), the least time left first."""
    with db.read() as session:
        return online.queue(session)


@dataclass(frozen=True)
class OnlineFileInfo:
    id: int
    name: str
    mime: str
    size: int
    fetched: bool
    problem: str
    round: int


@dataclass(frozen=True)
class OnlineReview:
    """An online dossier as the review window shows it, with the files this counter holds."""
    code: str
    procedure_code: str
    procedure_name: str
    applicant: dict
    submitted_at: datetime
    deadline_at: datetime
    check_hours: float
    round: int
    state: str
    notice: str
    files: tuple[OnlineFileInfo, ...]
    procedure: object  # catalogue.ProcedureInfo, or None when this office does not handle it
    data: dict  # file id → bytes, for fetched files not in ``skip``


def online_review(db, code: str, skip=()) -> OnlineReview:
    with db.read() as session:
        row = online.get(session, code)
        files = tuple(OnlineFileInfo(f.id, f.name, f.mime or f.declared_mime, f.size, bool(f.fetched), f.problem or "",
                                     f.round) for f in row.files)
        data = {f.id: online.file_bytes(db, f) for f in row.files if f.fetched and not f.problem and f.id not in skip}
        return OnlineReview(row.code, row.procedure_code, row.procedure_name or "", dict(row.applicant or {}),
                            row.submitted_at, row.deadline_at, row.check_hours, row.round, row.state, row.notice or "",
                            files, online.checklist(session, row.procedure_code), data)


def online_all_fetched(db, code: str) -> bool:
    with db.read() as session:
        return all(f.fetched for f in online.get(session, code).files)


# -- intake ----------------------------------------------------------------------------------------
def intake_procedures(db) -> list:
    """The procedures intake offers today (counter.services.catalogue.ProcedureInfo, plain data)."""
    with db.read() as session:
        return current_procedures(session)


def postage_tariff(db) -> PostageTariff:
    with db.read() as session:
        return intake_postage_tariff(get_office(session))


# -- settings --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OfficerLine:
    id: int
    username: str
    full_name: str
    title: str
    role: str
    active: bool


@dataclass(frozen=True)
class SettingsView:
    """What the settings dialog shows, read in one transaction."""

    form: OfficeForm
    officers: tuple[OfficerLine, ...]
    agencies: tuple[tuple[str, str, tuple[str, ...]], ...]  # (code, name, departments)
    calendar: OfficeCalendar


def settings_view(db) -> SettingsView:
    with db.read() as session:
        office = get_office(session)
        return SettingsView(
            office_form(office),
            tuple(OfficerLine(o.id, o.username, o.full_name, o.title or "", o.role, o.active)
                  for o in officers(session, active_only=False)),
            tuple((a.code, a.name, tuple(d.name for d in a.departments)) for a in agencies(session)),
            office_calendar(office))


def slot_state(db) -> SlotState:
    with db.read() as session:
        return slots.state(session)


def save_office(db, form: OfficeForm, actor: Actor) -> None:
    with db.write() as session:
        update_office(session, form, actor)


def save_officer(db, actor: Actor, **values) -> None:
    with db.write() as session:
        office_save_officer(session, actor, **values)


def save_departments(db, actor: Actor, agency_code: str, names: list[str]) -> None:
    with db.write() as session:
        set_departments(session, actor, agency_code, names)
