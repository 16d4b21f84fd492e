"""Everything the dossier window shows, read in one transaction and handed over as plain frozen
data: no ORM object or session leaves the services (issue 13), so the window can read it on a
worker thread and draw it on its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter.domain.calendar import OfficeCalendar
from counter.domain.lifecycle import Action, allowed_actions
from counter.domain.status import Status
from counter.services.catalogue import duration_of
from counter.services.dossiers import deciding_party, get_dossier
from counter.services.lifecycle import extension_proposal, working_moment
from counter.services.office import agencies, get_office, office_calendar
from counter.services.online import paper_originals
from counter.services.signing import office_values as signing_values


@dataclass(frozen=True)
class DocumentLine:
    position: int
    name: str
    originals: int
    certified_copies: int
    photocopies: int
    submitted: bool
    required: bool


@dataclass(frozen=True)
class HistoryLine:
    id: int
    at: datetime
    officer_name: str
    action: str
    to_status: int
    reason: str
    late_forward: bool


@dataclass(frozen=True)
class PostalLine:
    id: int
    at: datetime
    order_number: str
    state: str
    note: str


@dataclass(frozen=True)
class ScanLine:
    id: int
    kind: str
    document_position: int | None
    file_name: str
    size: int
    page_count: int | None
    sha256: str
    signed_sha256: str | None
    sig_state: str | None
    sig_detail: str | None
    signer_name: str | None
    signed_at: datetime | None
    signature_level: str | None
    revocation_checked_at: datetime | None


@dataclass(frozen=True)
class FeeLine:
    name: str
    detail: str
    amount: int


@dataclass(frozen=True)
class StepLine:
    agency_name: str
    department: str
    task: str
    due_at: datetime | None


@dataclass(frozen=True)
class SupplementLine:
    requested_at: datetime
    items: tuple[str, ...]
    completed_at: datetime | None
    deadline: datetime | None


@dataclass(frozen=True)
class DossierDetail:
    code: str
    version: int
    status: Status
    channel: int
    procedure_code: str
    procedure_name: str
    catalogue_version: str | None
    duration_label: str
    applicant_kind: str
    applicant_name: str
    id_kind: str
    id_number: str
    representative: str | None
    representative_title: str | None
    birth_date: datetime | None
    phone: str
    email: str | None
    address: str
    proxy_name: str | None
    proxy_id_number: str | None
    return_method: int
    delivery_address: str | None
    delivery_phone: str | None
    received_at: datetime
    due_at: datetime
    forward_due_at: datetime | None
    extended_at: datetime | None
    result_code: str | None
    deciding_agency_name: str
    department: str
    officer_name: str
    book_volume: str
    book_number: int
    notes: str | None
    closed_reason: str | None
    returned_to_name: str | None
    returned_to_id: str | None
    returned_at: datetime | None
    documents: tuple[DocumentLine, ...]
    history: tuple[HistoryLine, ...]
    postal: tuple[PostalLine, ...]
    scans: tuple[ScanLine, ...]
    fees: tuple[FeeLine, ...]
    steps: tuple[StepLine, ...]
    supplements: tuple[SupplementLine, ...]
    paper_originals: tuple[str, ...]
    destinations: tuple[str, ...]  # where the dossier can be forwarded, its own agency first
    calendar: OfficeCalendar  # the office's working time: the extension dialog proposes inside it
    sign_on_attach: bool

    @property
    def allowed(self) -> frozenset[Action]:
        return frozenset(allowed_actions(self.status))

    @property
    def last_action(self) -> str:
        return self.history[-1].action if self.history else "receive"

    def proposed_extension(self) -> datetime:
        return extension_proposal(self.calendar, self.due_at)

    def is_working_moment(self, moment: datetime) -> bool:
        return working_moment(self.calendar, moment)


def dossier_detail(db, code: str) -> DossierDetail:
    with db.read() as session:
        d = get_dossier(session, code)
        office = get_office(session)
        destinations = [deciding_party(d)]
        for agency in agencies(session):
            destinations.extend(f"{agency.name} — {dep.name}" for dep in agency.departments)
            destinations.append(agency.name)
        return DossierDetail(
            code=d.code, version=d.version, status=Status(d.status), channel=d.channel,
            procedure_code=d.procedure_code, procedure_name=d.procedure_name, catalogue_version=d.catalogue_version,
            duration_label=duration_of(d).label(), applicant_kind=d.applicant_kind, applicant_name=d.applicant_name,
            id_kind=d.id_kind, id_number=d.id_number, representative=d.representative,
            representative_title=d.representative_title, birth_date=d.birth_date, phone=d.phone, email=d.email,
            address=d.address, proxy_name=d.proxy_name, proxy_id_number=d.proxy_id_number,
            return_method=d.return_method, delivery_address=d.delivery_address, delivery_phone=d.delivery_phone,
            received_at=d.received_at, due_at=d.due_at, forward_due_at=d.forward_due_at, extended_at=d.extended_at,
            result_code=d.result_code, deciding_agency_name=d.deciding_agency_name, department=d.department,
            officer_name=d.officer.full_name if d.officer else "", book_volume=d.book_volume,
            book_number=d.book_number, notes=d.notes, closed_reason=d.closed_reason,
            returned_to_name=d.returned_to_name, returned_to_id=d.returned_to_id, returned_at=d.returned_at,
            documents=tuple(DocumentLine(x.position, x.name, x.originals, x.certified_copies, x.photocopies,
                                         x.submitted, x.required) for x in d.documents),
            history=tuple(HistoryLine(h.id, h.at, h.officer_name, h.action, h.to_status, h.reason,
                                      bool((h.details or {}).get("missed_forward_deadline"))) for h in d.history),
            postal=tuple(PostalLine(e.id, e.at, order.number, e.state, e.note)
                         for order in d.postal_orders for e in order.events),
            scans=tuple(ScanLine(a.id, a.kind, a.document_position, a.file_name, a.size, a.page_count, a.sha256,
                                 a.signed_sha256, a.sig_state, a.sig_detail, a.signer_name, a.signed_at,
                                 a.signature_level, a.revocation_checked_at) for a in d.attachments),
            fees=tuple(FeeLine(f.name, f.detail or "", f.amount) for f in d.fees),
            steps=tuple(StepLine(s.agency_name, s.department or "", s.task, s.due_at) for s in d.steps),
            supplements=tuple(SupplementLine(s.requested_at, tuple(i["name"] for i in s.items), s.completed_at,
                                             s.deadline) for s in d.supplements),
            paper_originals=tuple(paper_originals(d)),
            destinations=tuple(dict.fromkeys(destinations)),
            calendar=office_calendar(office),
            sign_on_attach=bool(signing_values(office)["sign_on_attach"]),
        )

