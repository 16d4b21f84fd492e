"""Every step of a dossier after intake, one transaction each: supplement, refusal, routing and
hand-over, results, return, extension, withdrawal and stop. Each step goes through the state
machine (counter.domain.lifecycle), appends to the status history and to the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from counter import clock, settings
from counter.domain import validation as v
from counter.domain.calendar import Duration, OfficeCalendar, Timeliness
from counter.domain.codes import result_code
from counter.domain.lifecycle import Action, NotAllowed, target
from counter.domain.status import Status
from counter.domain.text import nfc, nfc_multiline
from counter.messages import msg, text_of
from counter.services import audit
from counter.services.catalogue import ceased, duration_of
from counter.services.dossiers import deciding_party, get_dossier
from counter.services.errors import ValidationFailed
from counter.services.history import handover, transition
from counter.services.office import get_office, office_calendar
from counter.services.signing import check_forward, flagged_results
from counter.signing.pades import STATE_LABELS
from counter.store.models import Agency, Dossier, DossierStep, HandoverBatch, StatusHistory, Supplement

COUNTER_PARTY = msg("Bộ phận Một cửa")

#: what each closing step says when its reason is missing, or too long
_REASON_CHECKS = {
    "refuse": (msg("Nhập lý do từ chối."), msg("Lý do từ chối dài quá 2.000 ký tự.")),
    "withdraw": (msg("Nhập lý do công dân rút hồ sơ."), msg("Lý do công dân rút hồ sơ dài quá 2.000 ký tự.")),
    "stop": (msg("Nhập lý do dừng giải quyết."), msg("Lý do dừng giải quyết dài quá 2.000 ký tự.")),
    "extend": (msg("Nhập lý do chậm trễ."), msg("Lý do chậm trễ dài quá 2.000 ký tự.")),
}


def _reason(reason: str, kind: str) -> str:
    text = nfc_multiline(reason)
    missing, too_long = _REASON_CHECKS[kind]
    if not text:
        raise ValidationFailed({"reason": missing})
    if len(text) > 2000:
        raise ValidationFailed({"reason": too_long})
    return text


# -- supplement (form 02) -----------------------------------------------------------------------


@dataclass
class MissingItem:
    name: str
    reason: str = ""
    originals: int = 0
    certified_copies: int = 0
    photocopies: int = 0

    def as_dict(self) -> dict:
        return {"name": nfc(self.name), "reason": nfc(self.reason), "originals": self.originals,
                "certified_copies": self.certified_copies, "photocopies": self.photocopies}


def _supplement_record(session, dossier, actor, items: list[MissingItem], reason: str, now: datetime, office):
    if not items:
        raise ValidationFailed({"items": msg("Liệt kê ít nhất một giấy tờ hoặc nội dung cần bổ sung (một lần, đầy đủ).")})
    for item in items:
        if not nfc(item.name):
            raise ValidationFailed({"items": msg("Mỗi dòng cần bổ sung phải có tên giấy tờ hoặc nội dung.")})
    days = settings.get(office, settings.SUPPLEMENT_DAYS)
    deadline = now.date() + timedelta(days=days)
    session.add(Supplement(dossier_id=dossier.id, requested_at=now, items=[i.as_dict() for i in items],
                           reason=reason, deadline=deadline, officer_name=actor.name))
    dossier.supplement_deadline = deadline
    return deadline


def request_supplement(db, code: str, actor: audit.Actor, items: list[MissingItem], reason: str = "") -> date:
    """Ask the applicant for everything that is missing, at once. The legal clock stops; the
    dossier waits until completed or until the supplement deadline passes."""
    reason = nfc_multiline(reason)
    with db.write() as session:
        dossier = get_dossier(session, code)
        office = get_office(session)
        now = clock.now()
        target(Action.REQUEST_SUPPLEMENT, Status(dossier.status))
        limit = settings.get(office, settings.SUPPLEMENT_REQUEST_DAYS)
        started = dossier.clock_started_at or dossier.received_at
        elapsed = office_calendar(office).working_minutes_between(started, now)
        if elapsed > limit * office_calendar(office).day_minutes:
            raise NotAllowed(msg("Đã quá {limit} ngày làm việc kể từ khi tiếp nhận: theo quy định không được yêu cầu "
                                 "bổ sung hồ sơ nữa. Cơ quan giải quyết phải xử lý hoặc xin lỗi, gia hạn.", limit=limit))
        deadline = _supplement_record(session, dossier, actor, items, reason, now, office)
        transition(session, dossier, Action.REQUEST_SUPPLEMENT, actor, reason=reason or msg("Yêu cầu bổ sung hồ sơ"),
                   details={"items": [i.as_dict() for i in items], "deadline": deadline.isoformat()}, at=now)
        return deadline


def complete_supplement(db, code: str, actor: audit.Actor) -> datetime:
    """The applicant brought everything: the deadline restarts from zero. Returns the new due time;
    the caller prints a new receipt with the same code."""
    with db.write() as session:
        dossier = get_dossier(session, code)
        office = get_office(session)
        now = clock.now()
        target(Action.COMPLETE_SUPPLEMENT, Status(dossier.status))
        previous = dossier.due_at
        new_due = office_calendar(office).due(now, duration_of(dossier))
        open_request = session.scalar(select(Supplement).where(Supplement.dossier_id == dossier.id,
                                                               Supplement.completed_at.is_(None))
                                      .order_by(Supplement.id.desc()))
        if open_request is not None:
            open_request.completed_at, open_request.previous_due_at, open_request.new_due_at = now, previous, new_due
            for item in open_request.items:
                for doc in dossier.documents:
                    if doc.name == item["name"] and not doc.submitted:
                        doc.submitted = True
                        doc.originals, doc.certified_copies, doc.photocopies = (
                            item.get("originals", 0), item.get("certified_copies", 0), item.get("photocopies", 0))
                        if doc.originals + doc.certified_copies + doc.photocopies == 0:
                            doc.originals = 1
        dossier.clock_started_at = now
        dossier.due_at = new_due
        dossier.supplement_deadline = None
        dossier.forward_due_at = office_calendar(office).forwarding_deadline(now)
        dossier.receipt_prints = 0  # the new receipt is an original, not a reprint
        transition(session, dossier, Action.COMPLETE_SUPPLEMENT, actor,
                   reason=msg("Công dân đã bổ sung đầy đủ; thời hạn giải quyết tính lại từ đầu"),
                   details={"NgayHenTraTruoc": previous.isoformat(), "NgayHenTraMoi": new_due.isoformat()}, at=now)
        return new_due


def close_expired_supplements(db, actor: audit.Actor = audit.SYSTEM) -> list[str]:
    """Close dossiers whose supplement deadline has passed (DOMAIN §2: 15 days by default)."""
    today = clock.now().date()
    with db.read() as session:
        codes = list(session.scalars(select(Dossier.code).where(
            Dossier.status == Status.SUPPLEMENT_REQUESTED, Dossier.supplement_deadline < today)))
    closed = []
    for code in codes:
        with db.write() as session:
            dossier = get_dossier(session, code)
            if dossier.status != Status.SUPPLEMENT_REQUESTED or dossier.supplement_deadline >= today:
                continue
            reason = msg("Quá thời hạn bổ sung (đến hết ngày {deadline}) mà công dân không bổ sung hồ sơ: đóng hồ "
                         "sơ theo quy định.", deadline=f"{dossier.supplement_deadline:%d/%m/%Y}")
            dossier.closed_reason = reason
            transition(session, dossier, Action.CLOSE_UNSUPPLEMENTED, actor, reason=reason)
            closed.append(code)
    return closed


# -- refusal, withdrawal, stop (forms 03, 05) ---------------------------------------------------


def _close(db, code: str, actor: audit.Actor, action: Action, reason: str, kind: str) -> None:
    reason = _reason(reason, kind)
    with db.write() as session:
        dossier = get_dossier(session, code)
        dossier.closed_reason = reason
        transition(session, dossier, action, actor, reason=reason)


def refuse(db, code: str, actor: audit.Actor, reason: str) -> None:
    _close(db, code, actor, Action.REFUSE, reason, "refuse")


def withdraw(db, code: str, actor: audit.Actor, reason: str) -> None:
    _close(db, code, actor, Action.WITHDRAW, reason, "withdraw")


def stop(db, code: str, actor: audit.Actor, reason: str) -> None:
    _close(db, code, actor, Action.STOP, reason, "stop")


# -- routing and hand-over ------------------------------------------------------------------------


@dataclass
class Step:
    """One agency's part in an inter-agency chain."""

    agency_code: str
    department: str = ""
    task: str = ""
    days: float | None = None  # working days for this step; None: until the dossier's due time


def set_route(db, code: str, actor: audit.Actor, steps: list[Step]) -> None:
    """Record which agencies take part, each with its task and deadline (the transfer slip)."""
    if not steps:
        raise ValidationFailed({"steps": msg("Cần ít nhất một cơ quan giải quyết.")})
    with db.write() as session:
        dossier = get_dossier(session, code)
        office = get_office(session)
        cal = office_calendar(office)
        start = max(clock.now(), dossier.clock_started_at or dossier.received_at)
        rows = []
        for i, step in enumerate(steps):
            agency = session.get(Agency, step.agency_code)
            if agency is None:
                raise ValidationFailed({"steps": msg("Không có cơ quan mã {code} trong danh mục.", code=step.agency_code)})
            if ceased(agency, clock.now().date()):
                raise ValidationFailed({"steps": msg("{agency} đã ngừng hoạt động từ ngày {since}: chọn cơ quan đang giải "
                                                     "quyết thủ tục này.", agency=agency.name,
                                                     since=f"{agency.valid_to:%d/%m/%Y}")})
            due = dossier.due_at if step.days is None else cal.due(start, Duration(step.days))
            if due > dossier.due_at:
                raise ValidationFailed({"steps": msg("Hạn của {agency} ({due}) vượt hạn trả kết quả của hồ sơ ({dossier_due}).",
                                                     agency=agency.name, due=f"{due:%H:%M %d/%m/%Y}",
                                                     dossier_due=f"{dossier.due_at:%H:%M %d/%m/%Y}")})
            rows.append(DossierStep(position=i, agency_code=agency.code, agency_name=agency.name,
                                    department=nfc(step.department), task=nfc_multiline(step.task), due_at=due))
            start = due
        before = [(s.agency_code, s.department, s.task) for s in dossier.steps]
        dossier.steps = rows
        dossier.deciding_agency_code, dossier.deciding_agency_name = rows[0].agency_code, rows[0].agency_name
        if rows[0].department:
            dossier.department = rows[0].department
        audit.record(session, actor, "dossier.route", "dossier", code, {"steps": before},
                     {"steps": [(s.agency_code, s.department, s.task, s.due_at) for s in rows]})


def _forward_one(session, dossier, actor, to_party, receiver, now, batch=None, note=""):
    agency = session.get(Agency, dossier.deciding_agency_code)
    if agency is not None and ceased(agency, now.date()):
        raise NotAllowed(msg("{agency} đã ngừng hoạt động từ ngày {since}: không chuyển hồ sơ {code} đến đó. Chọn cơ "
                             "quan giải quyết mới (Phân công cơ quan) rồi chuyển.", agency=agency.name,
                             since=f"{agency.valid_to:%d/%m/%Y}", code=dossier.code))

    check_forward(session, dossier, now)  # scans are signed before they go (NĐ 118/2025 Điều 17.1.c)
    missed = dossier.forward_due_at is not None and now > dossier.forward_due_at
    timeliness = ""
    if dossier.forward_due_at is not None:
        timeliness = Timeliness.LATE if missed else Timeliness.ON_TIME
    if not dossier.steps:
        dossier.steps = [DossierStep(position=0, agency_code=dossier.deciding_agency_code,
                                     agency_name=dossier.deciding_agency_name, department=dossier.department,
                                     task=msg("Giải quyết hồ sơ"), due_at=dossier.due_at)]
    first = dossier.forwarded_at is None
    dossier.forwarded_at = dossier.forwarded_at or now
    kind = "forward" if first else "transfer"
    handover(session, dossier, kind, COUNTER_PARTY if first else dossier.department or dossier.deciding_agency_name,
              to_party, actor.name, receiver, now, timeliness, note, batch)
    details = {"to": to_party, "receiver": receiver, "forward_due_at": dossier.forward_due_at.isoformat()
               if dossier.forward_due_at else None, "missed_forward_deadline": missed}
    if batch is not None:
        details["batch"] = batch.number
    reason = (msg("Chuyển {party} (trễ hạn chuyển)", party=to_party) if missed
              else msg("Chuyển {party}", party=to_party))
    transition(session, dossier, Action.FORWARD, actor, reason=reason, details=details, at=now)


def forward(db, code: str, actor: audit.Actor, *, to_party: str | None = None, receiver: str = "", note: str = "") -> None:
    with db.write() as session:
        dossier = get_dossier(session, code)
        party = nfc(to_party or "") or deciding_party(dossier)
        _forward_one(session, dossier, actor, party, nfc(receiver), clock.now(), note=nfc(note))


def next_batch_number(session, day: date, kind: str) -> str:
    prefix = {"forward": "BG", "result": "KQ", "post": "BC"}.get(kind, "BG")
    count = session.scalar(select(func.count()).select_from(HandoverBatch).where(
        HandoverBatch.number.like(f"{prefix}-{day:%Y%m%d}-%"))) or 0
    return f"{prefix}-{day:%Y%m%d}-{count + 1:02d}"


def handover_batch(db, codes: list[str], actor: audit.Actor, *, to_party: str, receiver: str) -> str:
    """Hand paper dossiers to a department in one batch (each is forwarded) and return the batch
    number, for the signed hand-over list."""
    if not codes:
        raise ValidationFailed({"codes": msg("Chọn ít nhất một hồ sơ để bàn giao.")})
    to_party = v.required_text(to_party, msg("nơi nhận hồ sơ"))
    receiver = nfc(receiver)
    with db.write() as session:
        now = clock.now()
        batch = HandoverBatch(number=next_batch_number(session, now.date(), "forward"), at=now, kind="forward",
                              from_party=COUNTER_PARTY, to_party=to_party, giver_name=actor.name, receiver_name=receiver)
        session.add(batch)
        session.flush()
        for code in dict.fromkeys(codes):
            _forward_one(session, get_dossier(session, code), actor, to_party, receiver, now, batch)
        audit.record(session, actor, "handover.batch", "handover_batch", batch.number, None,
                     {"codes": list(dict.fromkeys(codes)), "to": to_party, "receiver": receiver})
        return batch.number


# -- payment ----------------------------------------------------------------------------------------


def request_payment(db, code: str, actor: audit.Actor, reason: str = "") -> None:
    with db.write() as session:
        transition(session, get_dossier(session, code), Action.REQUEST_PAYMENT, actor,
                   reason=nfc(reason) or msg("Yêu cầu nộp phí, lệ phí"))


def record_payment(db, code: str, actor: audit.Actor, method: str = "cash") -> None:
    with db.write() as session:
        transition(session, get_dossier(session, code), Action.RECORD_PAYMENT, actor,
                   reason=msg("Đã nộp phí, lệ phí"), details={"method": method})


# -- extension (form 04) ---------------------------------------------------------------------------


def extension_proposal(cal: OfficeCalendar, due_at: datetime, working_days: int = 5) -> datetime:
    """The new due moment the extension dialog proposes: ``working_days`` working days after the
    current one, always inside the office's working hours."""
    return cal.add_minutes(cal.next_working_moment(due_at), working_days * cal.day_minutes)


def working_moment(cal: OfficeCalendar, moment: datetime) -> bool:
    return cal.session_of(moment) is not None


def propose_extension(db, code: str, working_days: int = 5) -> datetime:
    with db.read() as session:
        return extension_proposal(office_calendar(get_office(session)), get_dossier(session, code).due_at, working_days)


def is_working_moment(db, moment: datetime) -> bool:
    with db.read() as session:
        return working_moment(office_calendar(get_office(session)), moment)


def extend(db, code: str, actor: audit.Actor, new_due: datetime, reason: str) -> None:
    """The apology and the new date; the due date moves only once."""
    reason = _reason(reason, "extend")
    with db.write() as session:
        dossier = get_dossier(session, code)
        target(Action.EXTEND, Status(dossier.status))
        if dossier.extended_at is not None:
            raise NotAllowed(msg("Hồ sơ đã được gia hạn một lần (ngày {on}); theo quy định thời hạn chỉ được điều "
                                 "chỉnh một lần.", on=f"{dossier.extended_at:%d/%m/%Y}"))
        if new_due <= dossier.due_at:
            raise ValidationFailed({"new_due": msg("Ngày hẹn mới phải sau ngày hẹn hiện tại ({due}).",
                                                   due=f"{dossier.due_at:%H:%M %d/%m/%Y}")})
        now = clock.now()
        cal = office_calendar(get_office(session))
        if cal.session_of(new_due) is None:
            raise ValidationFailed({"new_due": msg("{moment} không phải giờ làm việc của cơ quan (ngày nghỉ hoặc ngoài "
                                                   "giờ). Hẹn gần nhất có thể: {nearest}.",
                                                   moment=f"{new_due:%H:%M %d/%m/%Y}",
                                                   nearest=f"{cal.next_working_moment(new_due):%H:%M %d/%m/%Y}")})
        late_notice = cal.working_minutes_between(now, dossier.due_at) < cal.day_minutes
        previous = dossier.due_at
        dossier.original_due_at, dossier.due_at, dossier.extended_at = previous, new_due, now
        transition(session, dossier, Action.EXTEND, actor, reason=reason, at=now,
                   details={"NgayHenTraTruoc": previous.isoformat(), "NgayHenTraMoi": new_due.isoformat(),
                            "late_notice": late_notice})


# -- results and return -------------------------------------------------------------------------


def record_result(db, code: str, actor: audit.Actor, *, note: str = "", giver: str = "") -> str:
    """The deciding agency's result has come back to the counter; returns its result code."""
    with db.write() as session:
        dossier = get_dossier(session, code)
        now = clock.now()
        target(Action.RESULT, Status(dossier.status))
        cal = office_calendar(get_office(session))
        timeliness = cal.timeliness(now, dossier.due_at)
        number = 1 + session.scalar(select(func.count()).select_from(StatusHistory).where(
            StatusHistory.dossier_id == dossier.id, StatusHistory.action == str(Action.RESULT)))
        dossier.result_code = result_code(dossier.code, number)
        dossier.finished_at = now
        handover(session, dossier, "result", dossier.department or dossier.deciding_agency_name, COUNTER_PARTY,
                  nfc(giver), actor.name, now, timeliness, nfc(note))
        transition(session, dossier, Action.RESULT, actor, reason=nfc(note) or msg("Đã có kết quả giải quyết"),
                   details={"result_code": dossier.result_code, "timeliness": str(timeliness)}, at=now)
        return dossier.result_code


def return_result(db, code: str, actor: audit.Actor, *, collector: str, name: str = "", id_number: str = "",
                  authorisation: str = "", satisfaction: int | None = None, accept_flagged: bool = False) -> None:
    """Hand the result over at the counter to the applicant (checked by ID number) or to an
    authorised person (name, personal ID and the authorisation document). Result documents from
    the province whose signature was found invalid are flagged: the hand-over needs the officer's
    explicit word (``accept_flagged``), recorded in the history."""
    with db.write() as session:
        dossier = get_dossier(session, code)
        target(Action.RETURN, Status(dossier.status))
        flagged = [f"{a.file_name}: {STATE_LABELS[a.sig_state].lower()}" for a in flagged_results(session, dossier.id)]
        if flagged and not accept_flagged:
            raise NotAllowed(msg("Văn bản kết quả điện tử có vấn đề về chữ ký số ({files}). Báo cơ quan giải quyết; "
                                 "chỉ trả khi đã xác nhận vẫn trả.", files="; ".join(flagged)))
        errors = {}
        if collector == "applicant":
            typed = "".join(ch for ch in nfc(id_number) if ch.isalnum()).upper()
            organisation = dossier.applicant_kind == "organisation" and dossier.representative_id_number
            expected = dossier.representative_id_number if organisation else dossier.id_number
            if typed != expected.upper():
                errors["id_number"] = (
                    msg("Số định danh không khớp với người đại diện {representative} ({title}) của tổ chức. Người "
                        "khác nhận thay: chọn 'Người được ủy quyền' và ghi giấy ủy quyền của tổ chức.",
                        representative=dossier.representative, title=dossier.representative_title)
                    if organisation else
                    msg("Số giấy tờ không khớp với người nộp hồ sơ. Nếu người khác nhận thay, chọn "
                        "'Người được ủy quyền' và ghi giấy ủy quyền."))
            name = dossier.representative if dossier.applicant_kind == "organisation" and dossier.representative else dossier.applicant_name
        elif collector == "proxy":
            try:
                name = v.person_name(name, msg("họ tên người nhận thay"))
            except v.Invalid as exc:
                errors["name"] = text_of(exc)
            try:
                typed = v.personal_id(id_number).value
            except v.Invalid as exc:
                errors["id_number"] = text_of(exc)
            if not nfc(authorisation):
                errors["authorisation"] = msg("Ghi giấy ủy quyền (số, ngày) của người nhận thay.")
        else:
            errors["collector"] = msg("Chọn người đến nhận kết quả.")
        if satisfaction is not None and satisfaction not in (1, 2, 3, 4, 5):
            errors["satisfaction"] = msg("Mức hài lòng từ 1 (rất không hài lòng) đến 5 (rất hài lòng).")
        if errors:
            raise ValidationFailed(errors)
        now = clock.now()
        dossier.returned_at = now
        dossier.satisfaction = satisfaction
        dossier.returned_to_name, dossier.returned_to_id = name, typed
        cal = office_calendar(get_office(session))
        handover(session, dossier, "return", COUNTER_PARTY, name, actor.name, name, now,
                  cal.timeliness(dossier.finished_at or now, dossier.due_at), nfc(authorisation))
        transition(session, dossier, Action.RETURN, actor,
                   reason=(msg("Trả kết quả cho người nộp") if collector == "applicant"
                           else msg("Trả kết quả cho người được ủy quyền")),
                   details={"collector": collector, "name": name, "id_number": typed,
                            "authorisation": nfc(authorisation), "result_code": dossier.result_code,
                            **({"flagged_results": flagged} if flagged else {})}, at=now)

