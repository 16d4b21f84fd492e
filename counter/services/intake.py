"""Receiving a dossier at the counter: check what the officer typed, then accept it in one
transaction (code, due time, first history entry, audit entry)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter import clock
from counter import settings
from counter.domain import validation as v
from counter.domain import fees as fee_rules
from counter.domain.codes import dossier_code, slot_number
from counter.domain.lifecycle import Action, target
from counter.domain.status import Channel, ReturnMethod
from counter.domain.text import fold, nfc, nfc_multiline
from counter.messages import msg, text_of
from counter.services import audit, lifecycle, slots
from counter.services.catalogue import (
    CatalogueError,
    default_intake_levels,
    duration_of,
    offered,
    resolve_agency,
)
from counter.services.catalogue import (
    fee_rules as procedure_fee_rules,
)
from counter.services.errors import UserError, ValidationFailed
from counter.services.history import audit_view, transition  # noqa: F401  (audit_view re-exported)
from counter.services.office import get_office, office_calendar
from counter.services.units import load_units
from counter.store.models import (
    Agency,
    Catalogue,
    Dossier,
    DossierDocument,
    DossierFee,
    Procedure,
    Sequence,
)


@dataclass
class DocumentLine:
    """One checklist line as ticked at the counter."""

    position: int
    submitted: bool
    originals: int = 0
    certified_copies: int = 0
    photocopies: int = 0


@dataclass
class FeeEntry:
    """One fee item as ticked or counted at the counter (counts as typed)."""

    code: str
    selected: bool = False
    count: str = ""
    copies: str = "1"


@dataclass
class DossierDraft:
    """What the officer typed, as typed (strings); validation normalises it."""

    procedure_id: int | None = None
    documents: list[DocumentLine] = field(default_factory=list)
    applicant_kind: str = "person"  # person | organisation
    name: str = ""
    id_kind: str = "cccd"  # cccd | cmnd | passport  (persons)
    id_number: str = ""
    birth_date: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    tax_code: str = ""  # organisations
    representative: str = ""
    representative_id_number: str = ""  # an organisation's representative: personal ID …
    representative_title: str = ""  # … and title (giám đốc, chủ nhiệm …)
    has_proxy: bool = False
    proxy_name: str = ""
    proxy_id_number: str = ""
    proxy_phone: str = ""
    channel: int = Channel.IN_PERSON
    return_method: int = ReturnMethod.COUNTER
    delivery_address: str = ""
    delivery_phone: str = ""
    delivery_province: str = ""  # code from the administrative-unit list
    delivery_commune: str = ""
    postage: str = ""  # what the applicant pays for the postal return, đồng
    inbound_postal_number: str = ""  # the postal order the dossier arrived with
    fees: list[FeeEntry] = field(default_factory=list)  # optional items ticked, counts entered
    sets: str = "1"
    notes: str = ""


@dataclass
class CleanDraft:
    procedure: Procedure
    values: dict
    documents: list[DocumentLine]
    charged: fee_rules.Charged
    warnings: dict[str, str]

    @property
    def fee_total(self) -> int:
        return self.charged.total


def check(session: Session, draft: DossierDraft, *, today: date | None = None, complete: bool = True) -> CleanDraft:
    """Validate the draft; raise ValidationFailed with a message per field (all at once).
    ``complete=False`` when the dossier is registered incomplete or refused: missing documents
    are then what the slip lists, not an error."""
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    values: dict = {}

    def take(name: str, fn):
        try:
            result = fn()
        except v.Invalid as exc:
            errors[name] = text_of(exc)
            return None
        if isinstance(result, v.Checked):
            if result.warning:
                warnings[name] = result.warning
            return result.value
        return result

    procedure = None
    if draft.procedure_id is None:
        errors["procedure"] = msg("Chọn thủ tục hành chính (gõ tên hoặc mã thủ tục để tìm).")
    else:
        procedure = session.get(Procedure, draft.procedure_id)
        if procedure is None:
            errors["procedure"] = msg("Thủ tục đã chọn không còn trong danh mục: chọn lại.")
        elif not session.scalar(select(Catalogue.current).where(Catalogue.id == procedure.catalogue_id)):
            errors["procedure"] = msg("Thủ tục thuộc danh mục cũ đã được thay thế: chọn lại thủ tục.")
        else:
            problem = _not_offered(session, procedure, today or clock.now().date())
            if problem:
                errors["procedure"] = problem

    documents = []
    if procedure is not None:
        ticked = {line.position: line for line in draft.documents if line.submitted}
        missing = [d.name for d in procedure.documents if d.required and d.position not in ticked]
        if missing and complete:
            errors["documents"] = msg("Hồ sơ chưa đủ thành phần bắt buộc — chưa nộp: {missing}. Hướng dẫn công dân bổ "
                                      "sung trước khi tiếp nhận.", missing="; ".join(missing))
        for line in draft.documents:
            if line.submitted and min(line.originals, line.certified_copies, line.photocopies) < 0:
                errors["documents"] = msg("Số bản giấy tờ không được âm.")
            if line.submitted and line.originals + line.certified_copies + line.photocopies == 0:
                errors["documents"] = msg("Mỗi giấy tờ đã nộp cần ít nhất một bản (chính, chứng thực hoặc photo).")
        documents = draft.documents

    kind = draft.applicant_kind
    values["applicant_kind"] = kind
    if kind == "person":
        values["applicant_name"] = take("name", lambda: v.person_name(draft.name, msg("họ và tên người nộp")))
        values["birth_date"] = take("birth_date", lambda: v.birth_date(draft.birth_date, today=today)) if nfc(draft.birth_date) else None
        values["id_kind"] = draft.id_kind
        if draft.id_kind == "passport":
            values["id_number"] = take("id_number", lambda: v.passport(draft.id_number))
        else:
            values["id_number"] = take(
                "id_number", lambda: v.personal_id(draft.id_number, values.get("birth_date"), today=today)
            )
            if values["id_number"] and len(values["id_number"]) == 9:
                values["id_kind"] = "cmnd"
        values.update(representative="", representative_id_number="", representative_title="")
    elif kind == "organisation":
        values["applicant_name"] = take("name", lambda: v.required_text(draft.name, msg("tên tổ chức")))
        values["id_kind"] = "tax"
        values["id_number"] = take("tax_code", lambda: v.tax_code(draft.tax_code, today=today))
        values["representative"] = take("representative", lambda: v.person_name(draft.representative, msg("họ tên người đại diện")))
        values["representative_id_number"] = take("representative_id_number",
                                                  lambda: v.personal_id(draft.representative_id_number, today=today))
        values["representative_title"] = take("representative_title", lambda: v.required_text(
            draft.representative_title, msg("chức vụ người đại diện"), max_length=120))
        values["birth_date"] = None
    else:
        errors["applicant_kind"] = msg("Chọn người nộp là cá nhân hay tổ chức.")
    if procedure is not None and kind in ("person", "organisation") and kind not in (procedure.applicants or (kind,)):
        errors["applicant_kind"] = (msg("Thủ tục này chỉ dành cho cá nhân: tổ chức không nộp được.") if kind == "organisation"
                                    else msg("Thủ tục này chỉ dành cho tổ chức, doanh nghiệp: chọn người nộp là tổ chức."))
    values["phone"] = take("phone", lambda: v.phone(draft.phone))
    values["email"] = take("email", lambda: v.email(draft.email)) if nfc(draft.email) else ""
    values["address"] = take("address", lambda: v.required_text(draft.address, msg("địa chỉ"), max_length=500))

    if draft.has_proxy:
        values["proxy_name"] = take("proxy_name", lambda: v.person_name(draft.proxy_name, msg("họ tên người được ủy quyền")))
        values["proxy_id_number"] = take("proxy_id_number", lambda: v.personal_id(draft.proxy_id_number, today=today))
        values["proxy_phone"] = take("proxy_phone", lambda: v.phone(draft.proxy_phone)) if nfc(draft.proxy_phone) else ""
    else:
        values.update(proxy_name="", proxy_id_number="", proxy_phone="")

    values["channel"] = int(draft.channel)
    values["return_method"] = int(draft.return_method)
    by_post = draft.return_method == ReturnMethod.POST
    if by_post and procedure is not None and not procedure.postal_return:
        errors["return_method"] = msg("Thủ tục này không cho phép trả kết quả qua bưu chính: chọn trả tại Bộ phận Một cửa.")
    if by_post or draft.channel == Channel.POSTAL:
        # where the post goes: the result, or the receipt of a dossier that came by post
        values["delivery_address"] = take("delivery_address", lambda: v.required_text(
            draft.delivery_address, msg("địa chỉ nhận bưu gửi (số nhà, đường, ấp/khu phố)"), max_length=500))
        values["delivery_phone"] = take("delivery_phone", lambda: v.phone(draft.delivery_phone or draft.phone))
        province, commune = _postal_area(draft, errors)
        values["delivery_province_code"], values["delivery_commune_code"] = province, commune
        values["postage"] = (take("postage", lambda: v.money(draft.postage)) or 0) if by_post else 0
    else:
        values.update(delivery_address="", delivery_phone="", delivery_province_code="", delivery_commune_code="",
                      postage=0)
    if draft.channel == Channel.POSTAL:
        if procedure is not None and not procedure.postal_submission:
            errors["channel"] = msg("Thủ tục này yêu cầu nộp trực tiếp, không nhận qua bưu chính.")
        number = nfc(draft.inbound_postal_number).upper().replace(" ", "")
        if not re.fullmatch(r"[A-Z0-9\-]{6,30}", number or ""):
            errors["inbound_postal_number"] = msg("Nhập số hiệu bưu gửi đến (mã vận đơn trên phong bì, 6–30 chữ cái/chữ số).")
        values["inbound_postal_number"] = number
    else:
        values["inbound_postal_number"] = ""

    charged = fee_rules.Charged()
    if procedure is not None:
        try:
            choices = [fee_rules.FeeChoice(e.code, e.selected, fee_rules.parse_count(e.count, msg("số lượng")),
                                           fee_rules.parse_count(e.copies, msg("số bản")) if nfc(e.copies) else 1)
                       for e in draft.fees]
            charged = fee_rules.charge(procedure_fee_rules(procedure.fees), choices)
        except v.Invalid as exc:
            errors["fees"] = text_of(exc)
    try:
        sets = int(nfc(draft.sets) or "1")
        if not 1 <= sets <= 99:
            raise ValueError
        values["sets"] = sets
    except ValueError:
        errors["sets"] = msg("Số bộ hồ sơ là số nguyên từ 1 đến 99.")
    notes = nfc_multiline(draft.notes)
    if len(notes) > 2000:
        errors["notes"] = msg("Ghi chú dài quá 2.000 ký tự.")
    values["notes"] = notes

    if errors:
        raise ValidationFailed(errors, warnings)
    return CleanDraft(procedure=procedure, values=values, documents=documents, charged=charged, warnings=warnings)


def _not_offered(session: Session, procedure: Procedure, today: date) -> str:
    """Why intake may not take this procedure today ('' when it may)."""
    office = get_office(session)
    agencies = {a.code: a for a in session.scalars(select(Agency))}
    if offered(procedure, office, agencies, today):
        return ""
    if procedure.valid_to and procedure.valid_to < today:
        return msg("Thủ tục đã hết hiệu lực từ ngày {since} (chỉ còn để tra cứu hồ sơ cũ): chọn thủ tục đang "
                   "áp dụng.", since=f"{procedure.valid_to:%d/%m/%Y}")
    if procedure.valid_from and procedure.valid_from > today:
        return msg("Thủ tục áp dụng từ ngày {start}: chưa tiếp nhận được.", start=f"{procedure.valid_from:%d/%m/%Y}")
    if office.level not in (procedure.intake_levels or default_intake_levels(procedure.level)):
        return msg("Thủ tục này không tiếp nhận tại cơ quan cấp này: hướng dẫn công dân nộp đúng nơi.")
    return msg("Cơ quan giải quyết thủ tục này đã ngừng hoạt động: cập nhật danh mục thủ tục.")


def _postal_area(draft: DossierDraft, errors: dict) -> tuple[str, str]:
    """Province and commune from the dated administrative-unit list."""
    units = load_units()
    province = units.province(draft.delivery_province) if draft.delivery_province else None
    if province is None:
        errors["delivery_province"] = msg("Chọn tỉnh, thành phố nhận bưu gửi (theo danh mục đơn vị hành chính).")
        return draft.delivery_province, draft.delivery_commune
    commune = units.commune(province.code, draft.delivery_commune) if draft.delivery_commune else None
    if commune is None and province.communes:
        errors["delivery_commune"] = msg("Chọn xã, phường thuộc {province}.", province=province.label)
        return province.code, draft.delivery_commune
    return province.code, commune.code if commune else ""


@dataclass(frozen=True)
class Accepted:
    id: int
    code: str
    received_at: datetime
    due_at: datetime
    warnings: dict[str, str]


def bump(session: Session, name: str) -> int:
    """Next value of a named sequence, in the caller's write transaction: one atomic
    ``INSERT … ON CONFLICT DO UPDATE … RETURNING``, so counters sharing one database never read
    the same value, and a rolled-back acceptance gives its number back (the sequence has no gaps)."""
    upsert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (upsert(Sequence).values(name=name, value=1)
                 .on_conflict_do_update(index_elements=[Sequence.name], set_={"value": Sequence.value + 1})
                 .returning(Sequence.value))
    return session.execute(statement).scalar_one()


def allocate_code(session: Session, office, day: date) -> tuple[str, int]:
    """The final dossier code for a dossier received today in this installation's counter slot
    (see domain.codes): refused with a clear message while the installation has no slot."""
    slot = slots.require(office)
    while True:
        ordinal = bump(session, f"code:{office.agency_code}:{day.isoformat()}:{slot}")
        seq = slot_number(slot, ordinal, office.seq_width)
        code = dossier_code(office.agency_code, day, seq, max(office.seq_width, len(str(seq))))
        # a database upgraded from the older numbering may already hold this number today
        if session.scalar(select(Dossier.id).where(Dossier.code == code)) is None:
            return code, seq


def book_entry(session: Session, office, day: date) -> tuple[str, int]:
    """The tracking book of this installation: one volume a year per counter slot."""
    volume = book_volume(office, day)
    return volume, bump(session, f"book:{volume}")


def book_volume(office, day: date) -> str:
    return f"{day.year}/Q{office.counter_no}"


def receive(db, draft: DossierDraft, actor: audit.Actor, *, today: date | None = None, then=None) -> Accepted:
    """Accept a complete dossier: one transaction writes the dossier with its final code and due
    time, its checklist and fees, the first status-history entry and the audit entry (and
    whatever ``then(session, dossier)`` adds, in the same transaction)."""
    return _register(db, draft, actor, Action.RECEIVE, today=today, then=then)


def register_incomplete(db, draft: DossierDraft, actor: audit.Actor, items=None, reason: str = "",
                        *, today: date | None = None) -> Accepted:
    """An incomplete dossier at the counter: it gets its code, and form 02 lists everything
    missing at once (by default: every required document not ticked)."""
    return _register(db, draft, actor, Action.REGISTER_INCOMPLETE, items=items, reason=reason, today=today)


def register_refused(db, draft: DossierDraft, actor: audit.Actor, reason: str, *, today: date | None = None) -> Accepted:
    """A dossier refused at the counter (form 03): recorded with its code and the reason."""
    return _register(db, draft, actor, Action.REGISTER_REFUSED, reason=reason, today=today)


def _register(db, draft, actor, action: Action, *, items=None, reason: str = "", today=None, then=None) -> Accepted:
    reason = nfc_multiline(reason)
    if action == Action.REGISTER_REFUSED and not reason:
        raise ValidationFailed({"reason": msg("Nhập lý do từ chối tiếp nhận hồ sơ.")})
    with db.write() as session:
        clean = check(session, draft, today=today, complete=action == Action.RECEIVE)
        office = get_office(session)
        now = clock.now()
        procedure = clean.procedure
        duration = duration_of(procedure)
        calendar = office_calendar(office)
        due = calendar.due(now, duration)
        code, _ = allocate_code(session, office, now.date())
        volume, number = book_entry(session, office, now.date())
        try:
            agency_code, agency_name = resolve_agency(session, procedure.deciding_agency, office, on=now.date())
        except CatalogueError as exc:
            raise ValidationFailed({"procedure": text_of(exc)}) from None
        catalogue_version = session.scalar(select(Catalogue.version).where(Catalogue.id == procedure.catalogue_id))
        values = clean.values
        dossier = Dossier(
            code=code,
            agency_code=office.agency_code,
            counter_no=office.counter_no,
            procedure_id=procedure.id,
            procedure_code=procedure.code,
            procedure_name=f"{procedure.name} — {procedure.variant}" if procedure.variant else procedure.name,
            catalogue_version=catalogue_version,
            field_name=procedure.field_name,
            deciding_agency_code=agency_code,
            deciding_agency_name=agency_name,
            department=procedure.department,
            duration_value=procedure.duration_value,
            duration_unit=procedure.duration_unit,
            duration_cutoff=duration.cutoff_text,
            fee_total=clean.fee_total if action == Action.RECEIVE else 0,
            status=int(target(action, None)),
            received_at=now,
            accepted_at=now if action == Action.RECEIVE else None,
            due_at=due,
            clock_started_at=now,
            forward_due_at=calendar.forwarding_deadline(now) if action == Action.RECEIVE else None,
            officer_id=actor.id,
            book_volume=volume,
            book_number=number,
            search_text=search_text(values["applicant_name"], values.get("representative"), values.get("proxy_name")),
            updated_at=now,
            **values,
        )
        by_position = {d.position: d for d in procedure.documents}
        for line in clean.documents:
            doc = by_position.get(line.position)
            if doc is None:
                raise UserError(msg("Danh sách giấy tờ không khớp thủ tục: chọn lại thủ tục."))
            dossier.documents.append(
                DossierDocument(
                    position=line.position, code=doc.code, name=doc.name, required=doc.required,
                    submitted=line.submitted, originals=line.originals if line.submitted else 0,
                    certified_copies=line.certified_copies if line.submitted else 0,
                    photocopies=line.photocopies if line.submitted else 0,
                )
            )
        if action == Action.RECEIVE:
            for i, fee in enumerate(clean.charged.lines):
                dossier.fees.append(DossierFee(position=i, code=fee.code, name=fee.name, kind=fee.kind,
                                               amount=fee.amount, quantity=fee.quantity, copies=fee.copies,
                                               unit=fee.unit, detail=fee.detail))
        session.add(dossier)
        session.flush()
        details = {"due_at": due.isoformat()}
        if action == Action.REGISTER_INCOMPLETE:
            if items is None:
                ticked = {line.position for line in clean.documents if line.submitted}
                items = [lifecycle.MissingItem(d.name, msg("Chưa nộp"), d.originals, d.certified_copies, d.photocopies)
                         for d in procedure.documents if d.required and d.position not in ticked]
            deadline = lifecycle._supplement_record(session, dossier, actor, items, reason, now, office)
            details = {"items": [i.as_dict() for i in items], "deadline": deadline.isoformat()}
            reason = reason or msg("Hồ sơ chưa đầy đủ: yêu cầu bổ sung, hoàn thiện")
        elif action == Action.REGISTER_REFUSED:
            dossier.closed_reason = reason
        else:
            reason = msg("Tiếp nhận hồ sơ đầy đủ")
        transition(session, dossier, action, actor, reason=reason, details=details, at=now, initial=True)
        if then is not None:
            then(session, dossier)
        return Accepted(dossier.id, code, now, due, clean.warnings)


def parse_count(text: str) -> int:
    """A number of copies typed in the checklist: blank is 0, anything but digits is -1 (which
    validation refuses)."""
    text = text.strip()
    return int(text) if text.isdigit() else (0 if not text else -1)


@dataclass(frozen=True)
class PostageTariff:
    """The office's postage for a return by post: one amount within its own province, another to
    any other province (office settings postage_in_province, postage_other_province)."""

    home_province: str = ""
    in_province: int = 0
    other_province: int = 0

    def for_province(self, province_code: str) -> int:
        return self.in_province if province_code == self.home_province else self.other_province


def postage_tariff(office) -> PostageTariff:
    return PostageTariff(settings.get(office, settings.PROVINCE_CODE), settings.get(office, settings.POSTAGE_IN_PROVINCE),
                         settings.get(office, settings.POSTAGE_OTHER_PROVINCE))


def search_text(*names: str | None) -> str:
    return " ".join(fold(n) for n in names if n)


def preview_due(db, duration, at: datetime | None = None) -> datetime:
    with db.read() as session:
        office = get_office(session)
        return office_calendar(office).due(at or clock.now(), duration)



def validate(db, draft: DossierDraft, *, today: date | None = None, complete: bool = True) -> tuple[dict[str, str], dict[str, str]]:
    """(errors, warnings) for the draft, without saving anything — for inline messages."""
    with db.read() as session:
        try:
            return {}, check(session, draft, today=today, complete=complete).warnings
        except ValidationFailed as exc:
            return exc.errors, exc.warnings
