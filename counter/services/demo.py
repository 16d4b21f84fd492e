"""Realistic synthetic dossiers for demonstrations, training and benchmarks.

``generate(db, n, seed)`` spreads ``n`` dossiers over past working days of the office calendar
with varied procedures, applicants and statuses, through a fast bulk path (Core inserts in
large batches) that still follows every rule of real intake: final codes from the same
sequences (this installation's counter slot), due times from each procedure's timing rule, fees
as the catalogue charges them, organisations filing only procedures open to organisations, a
status history per dossier, and the deciding agency each forwarded dossier went to.

Then :func:`showcase` adds a few dossiers through the real services, so that every state and every
printed form occurs: supplements (at intake and later, one completed), an extension, a stop, a
withdrawal, refusals, a payment request, hand-over batches, results returned at the counter, and
parcels in every postal state.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select, text
from sqlalchemy.orm import selectinload

from counter import clock
from counter.domain.calendar import Duration, Timeliness
from counter.domain.codes import dossier_code, slot_number
from counter.domain.fees import FeeChoice, charge
from counter.domain.status import Channel, ReturnMethod, Status
from counter.domain.status import ReturnMethod as RM
from counter.services import audit, intake, lifecycle, outbox, postal, slots
from counter.services.catalogue import LOCAL, current_procedures, duration_of, fee_rules, offered
from counter.services.dossiers import get_dossier
from counter.services.intake import DocumentLine, DossierDraft, FeeEntry, book_volume, search_text
from counter import settings
from counter.services.intake import postage_tariff
from counter.services.office import get_office, office_calendar, officers
from counter.services.payloads import dossier_payload
from counter.services.units import load_units
from counter.store.models import (
    Agency,
    Catalogue,
    Dossier,
    DossierDocument,
    DossierFee,
    DossierStep,
    Handover,
    OutboxEvent,
    PostalEvent,
    PostalOrder,
    Procedure,
    Sequence,
    StatusHistory,
)

FAMILY = ["Nguyễn"] * 38 + ["Trần"] * 11 + ["Lê"] * 10 + ["Phạm"] * 7 + ["Huỳnh"] * 5 + ["Hoàng"] * 3 + \
    ["Phan"] * 4 + ["Võ"] * 4 + ["Vũ"] * 2 + ["Đặng"] * 2 + ["Bùi"] * 2 + ["Đỗ"] * 2 + ["Hồ"] * 2 + ["Ngô"] * 2 + \
    ["Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Châu"]
MIDDLE_M = ["Văn", "Văn", "Văn", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Hoàng", "Công", "Tấn", "Ngọc"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Hồng", "Bích", "Phương"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khang", "Khoa", "Long", "Lộc",
           "Minh", "Nam", "Nghĩa", "Phúc", "Phước", "Quang", "Quân", "Sơn", "Tài", "Tâm", "Thắng", "Thành",
           "Thịnh", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Vũ"]
GIVEN_F = ["Anh", "Châu", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh",
           "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang",
           "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến"]
HAMLETS = ["Ấp Bình Hòa", "Ấp Bình Lợi", "Ấp Tân Thạnh", "Ấp Tân Phước", "Ấp Đức Lập", "Ấp Nhựt Tân",
           "Ấp Bình Điện", "Ấp Quê Mỹ Thạnh", "Khu phố 1", "Khu phố 2", "Khu phố 3", "Ấp Lạc Tấn", "Ấp Bình Trinh"]
COMMUNES = ["xã Tân Trụ", "xã Tân Trụ", "xã Tân Trụ", "xã Nhựt Tảo", "xã Vàm Cỏ", "xã Tầm Vu", "xã Thủ Thừa"]
ORG_KINDS = ["Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần", "Hợp tác xã", "Doanh nghiệp tư nhân"]
ORG_NAMES = ["Thương mại Dịch vụ Tân Phát", "Nông sản Vàm Cỏ", "Xây dựng Hòa Bình", "Thanh Long Long An",
             "Vận tải Nhựt Tảo", "Gạo Sạch Tân Trụ", "Cơ khí Đức Lập", "Thực phẩm Bình Lợi", "May mặc Quê Mỹ"]
MOBILE = ["090", "091", "093", "094", "096", "097", "098", "086", "032", "033", "034", "035", "036", "037",
          "038", "039", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "056", "058"]
BATCH = 5000


@dataclass(frozen=True)
class DemoResult:
    dossiers: int
    first_day: date | None
    last_day: date | None


def _person(rng: random.Random, today: date) -> dict:
    female = rng.random() < 0.52
    name = " ".join([rng.choice(FAMILY), rng.choice(MIDDLE_F if female else MIDDLE_M),
                     rng.choice(GIVEN_F if female else GIVEN_M)])
    born = date(rng.randint(1950, today.year - 18), rng.randint(1, 12), rng.randint(1, 28))
    century = 0 if born.year < 2000 else 2
    province = rng.choice(["080", "080", "080", "072", "072", "079", "082", "083"])
    id_number = f"{province}{century + int(female)}{born.year % 100:02d}{rng.randint(0, 999999):06d}"
    return {"applicant_kind": "person", "applicant_name": name, "id_kind": "cccd", "id_number": id_number,
            "birth_date": born, "representative": "", "representative_id_number": "", "representative_title": ""}


def _organisation(rng: random.Random) -> dict:
    person = _person(rng, date.today())
    digits = [rng.randint(0, 9) for _ in range(9)]
    check = (10 - sum(d * w for d, w in zip(digits, (31, 29, 23, 19, 17, 13, 7, 5, 3))) % 11) % 10
    return {"applicant_kind": "organisation",
            "applicant_name": f"{rng.choice(ORG_KINDS)} {rng.choice(ORG_NAMES)}",
            "id_kind": "tax", "id_number": "".join(map(str, digits)) + str(check), "birth_date": None,
            "representative": person["applicant_name"], "representative_id_number": person["id_number"],
            "representative_title": rng.choice(("Giám đốc", "Chủ nhiệm", "Phó giám đốc"))}


def _address(rng: random.Random) -> str:
    return f"{rng.choice(HAMLETS)}, {rng.choice(COMMUNES)}, tỉnh Tây Ninh"


def _phone(rng: random.Random) -> str:
    return rng.choice(MOBILE) + f"{rng.randint(0, 9_999_999):07d}"


def _past_working_days(cal, before: date, count: int) -> list[date]:
    days, day = [], before - timedelta(days=1)
    while len(days) < count:
        if cal.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return days[::-1]


def _finish(rng: random.Random, cal, received: datetime, due: datetime, now: datetime) -> tuple[datetime, Timeliness]:
    """A finishing time with the mix Long An reported (55 % early, 44 % on time, 1 % late)."""
    roll = rng.random()
    if roll < 0.55:
        span = max(cal.working_minutes_between(received, due) * rng.uniform(0.3, 0.95), 30)
        finished = cal.add_minutes(received, span)
        if cal.timeliness(finished, due) is not Timeliness.EARLY:
            finished = received + (due - received) / 3
    elif roll < 0.99:
        session = cal.session_of(due)
        start = session[0] if session else due - timedelta(minutes=30)
        finished = start + (due - start) * rng.uniform(0.1, 1.0)
    else:
        finished = cal.add_minutes(due, rng.uniform(60, 3 * cal.day_minutes))
    finished = min(finished.replace(microsecond=0), now)
    return finished, cal.timeliness(finished, due)


def generate(db, n: int, *, seed: int = 1, days: int | None = None, progress=None, queue: bool = False) -> DemoResult:
    """``queue=True`` also puts every generated dossier in the outbox, as if received offline and
    never synchronised (for sync demonstrations and benchmarks)."""
    rng = random.Random(seed)
    now = clock.now()
    with db.read() as session:
        office = get_office(session)
        slot = slots.require(office)
        cal = office_calendar(office)
        staff = [(o.id, o.full_name) for o in officers(session) if o.role in ("officer", "supervisor")] or [(None, "")]
        rows = session.execute(select(Procedure, Catalogue.version).join(Catalogue)
                               .where(Catalogue.current.is_(True))).all()
        agency_rows = {a.code: a for a in session.scalars(select(Agency))}
        agencies = {code: a.name for code, a in agency_rows.items()}
        proc_info = []
        for p, version in rows:
            if not offered(p, office, agency_rows, now.date()):
                continue
            weight = {"commune": 6, "district": 2, "province": 3}.get(p.level, 1)
            agency = (office.agency_code, office.name) if p.deciding_agency == LOCAL else \
                (p.deciding_agency, agencies.get(p.deciding_agency, p.deciding_agency))
            proc_info.append((p, weight, agency, [(d.position, d.code, d.name, d.originals, d.certified_copies,
                                                   d.photocopies, d.required) for d in p.documents],
                              fee_rules(p.fees), version, duration_of(p)))
        agency_code, width = office.agency_code, office.seq_width
        volume_of = {}
        tariff = postage_tariff(office)
    if not proc_info:
        raise RuntimeError("no procedure catalogue: run 'counter init' first")
    if n <= 0:
        return DemoResult(0, None, None)

    province = load_units().province(tariff.home_province)
    postal_communes = [c.code for c in province.communes] if province else [""]
    days = days or max(30, min(math.ceil(n / 40), 260), math.ceil(n / 4000))
    work_days = _past_working_days(cal, now.date(), days)
    # a busier day now and then, quieter Fridays
    weights = [rng.uniform(0.6, 1.4) * (0.8 if d.weekday() == 4 else 1.0) for d in work_days]
    per_day = Counter(rng.choices(range(len(work_days)), weights=weights, k=n))
    proc_weights = [w for _, w, *_ in proc_info]
    for_organisations = [i for i, info in enumerate(proc_info) if "organisation" in (info[0].applicants or ())]
    for_persons = [i for i, info in enumerate(proc_info) if "person" in (info[0].applicants or ("person",))]

    seq_names = [f"code:{agency_code}:{d.isoformat()}:{slot}" for d in work_days]
    with db.read() as session:
        existing = {row.name: row.value for row in session.scalars(select(Sequence).where(Sequence.name.like("code:%")))}
        books = {row.name: row.value for row in session.scalars(select(Sequence).where(Sequence.name.like("book:%")))}
        next_id = (session.scalar(select(Dossier.id).order_by(Dossier.id.desc()).limit(1)) or 0) + 1

    dossiers, documents, fees, history, steps_rows, handovers = [], [], [], [], [], []
    done = 0
    seq_updates: dict[str, int] = {}

    def flush():
        nonlocal dossiers, documents, fees, history, steps_rows, handovers
        if not dossiers:
            return
        with db.write() as session:
            session.execute(insert(Dossier), dossiers)
            if documents:
                session.execute(insert(DossierDocument), documents)
            if fees:
                session.execute(insert(DossierFee), fees)
            session.execute(insert(StatusHistory), history)
            if steps_rows:
                session.execute(insert(DossierStep), steps_rows)
            if handovers:
                session.execute(insert(Handover), handovers)
            if session.get_bind().dialect.name == "postgresql":  # the ids were given: move the id sequence past them
                session.execute(text("SELECT setval(pg_get_serial_sequence('dossier', 'id'), "
                                     "(SELECT COALESCE(MAX(id), 0) + 1 FROM dossier), false)"))
            if queue:
                _enqueue_created(session, [d["id"] for d in dossiers])
        db.checkpoint()
        dossiers, documents, fees, history, steps_rows, handovers = [], [], [], [], [], []

    for day_index, day in enumerate(work_days):
        count = per_day.get(day_index, 0)
        if not count:
            continue
        sessions = cal.sessions_on(day)
        seconds = sorted(rng.random() for _ in range(count))
        total = sum((e - s).total_seconds() for s, e in sessions)
        name = seq_names[day_index]
        ordinal = existing.get(name, 0)
        for frac in seconds:
            offset = frac * total
            for s, e in sessions:
                length = (e - s).total_seconds()
                if offset < length:
                    received = (s + timedelta(seconds=offset)).replace(microsecond=0)
                    break
                offset -= length
            ordinal += 1
            seq = slot_number(slot, ordinal, width)
            code = dossier_code(agency_code, day, seq, max(width, len(str(seq))))
            organisation = bool(for_organisations) and rng.random() < 0.08
            pool = for_organisations if organisation else for_persons
            index = rng.choices(pool, weights=[proc_weights[i] for i in pool])[0]
            proc, _, (dec_code, dec_name), docs, rules, version, duration = proc_info[index]
            due = cal.due(received, duration)
            applicant = _organisation(rng) if organisation else _person(rng, day)
            officer_id, officer_name = rng.choice(staff)
            by_post = proc.postal_return and rng.random() < 0.12
            address = _address(rng)
            phone = _phone(rng)
            roll_channel = rng.random()
            channel = (Channel.POSTAL if proc.postal_submission and roll_channel < 0.04
                       else Channel.ONLINE if roll_channel > 0.92 else Channel.IN_PERSON)
            charged = charge(rules, [FeeChoice(r.code, selected=rng.random() < 0.3,
                                               count=rng.choice([r.default_count, r.default_count, 1, 2, 3, 5]),
                                               copies=rng.randint(1, 3)) for r in rules if r.basis != "dossier"])
            fee_total = charged.total
            volume = volume_of.setdefault(day.year, book_volume(office, day))
            book_name = f"book:{volume}"
            books[book_name] = books.get(book_name, 0) + 1
            did = next_id
            next_id += 1
            # life so far
            steps = [("receive", None, Status.ACCEPTED, received, "Tiếp nhận hồ sơ đầy đủ")]
            status, finished_at, returned_at, forwarded_at = Status.ACCEPTED, None, None, None
            timeliness, satisfaction = "", None
            roll = rng.random()
            if roll < 0.01:
                steps.append(("withdraw", Status.ACCEPTED, Status.WITHDRAWN, received + timedelta(hours=2),
                              "Công dân có đơn xin rút hồ sơ"))
                status = Status.WITHDRAWN
            elif roll < 0.015:
                steps[0] = ("register_refused", None, Status.REFUSED, received, "Không thuộc thẩm quyền giải quyết")
                status = Status.REFUSED
            elif due < now or roll < 0.5:
                forwarded = cal.add_minutes(received, min(60, max(cal.working_minutes_between(received, due) / 4, 5)))
                if forwarded < now:
                    party = " — ".join(x for x in (dec_name, proc.department) if x)
                    steps.append(("forward", Status.ACCEPTED, Status.IN_PROGRESS, forwarded, f"Chuyển {party}"))
                    status, forwarded_at = Status.IN_PROGRESS, forwarded
                    steps_rows.append({"dossier_id": did, "position": 0, "agency_code": dec_code, "agency_name": dec_name,
                                       "department": proc.department, "task": "Giải quyết hồ sơ", "due_at": due})
                    handovers.append({"dossier_id": did, "batch_id": None, "at": forwarded, "kind": "forward",
                                      "from_party": "Bộ phận Một cửa", "to_party": party, "giver_name": officer_name,
                                      "receiver_name": "", "timeliness": "on_time"
                                      if forwarded <= cal.forwarding_deadline(received) else "late", "note": ""})
                if due < now:
                    finished_at, timeliness = _finish(rng, cal, forwarded, due, now)
                    finished_at = max(finished_at, forwarded + timedelta(minutes=1))
                    timeliness = cal.timeliness(finished_at, due)
                    steps.append(("result", Status.IN_PROGRESS, Status.PROCESSED, finished_at, "Đã có kết quả giải quyết"))
                    status = Status.PROCESSED
                    if rng.random() < 0.93:
                        returned_at = min(cal.add_minutes(finished_at, rng.uniform(30, 2 * cal.day_minutes)), now)
                        steps.append(("return", Status.PROCESSED, Status.RETURNED, returned_at, "Đã trả kết quả"))
                        status = Status.RETURNED
                        if rng.random() < 0.3:
                            satisfaction = rng.choices((5, 4, 3, 2, 1), weights=(60, 28, 8, 3, 1))[0]
            dossiers.append({
                "id": did, "code": code, "agency_code": agency_code, "counter_no": slot, "catalogue_version": version,
                "procedure_id": proc.id, "procedure_code": proc.code, "procedure_name": proc.name,
                "field_name": proc.field_name, "deciding_agency_code": dec_code, "deciding_agency_name": dec_name,
                "department": proc.department, "duration_value": proc.duration_value,
                "duration_unit": proc.duration_unit, "duration_cutoff": duration.cutoff_text, **applicant, "phone": phone,
                "email": "" if rng.random() < 0.7 else f"congdan{did}@example.vn", "address": address,
                "proxy_name": "", "proxy_id_number": "", "proxy_phone": "",
                "channel": int(channel), "return_method": int(ReturnMethod.POST if by_post else ReturnMethod.COUNTER),
                "delivery_address": address if by_post else "", "delivery_phone": phone if by_post else "",
                "delivery_province_code": province.code if by_post and province else "",
                "delivery_commune_code": rng.choice(postal_communes) if by_post else "",
                "postage": tariff.in_province if by_post else 0,
                "sets": 1, "fee_total": 0 if status == Status.REFUSED else fee_total, "notes": "", "status": int(status), "received_at": received,
                "due_at": due, "finished_at": finished_at, "returned_at": returned_at, "officer_id": officer_id,
                "book_volume": volume, "book_number": books[book_name], "receipt_prints": 1,
                "search_text": search_text(applicant["applicant_name"], applicant["representative"]),
                "version": 1, "updated_at": steps[-1][3],
                "clock_started_at": received, "forward_due_at": cal.forwarding_deadline(received),
                "forwarded_at": forwarded_at, "result_code": f"{code}-KQ1" if finished_at else "",
                "returned_to_name": applicant["applicant_name"] if returned_at else "",
                "returned_to_id": applicant["id_number"] if returned_at else "",
                "accepted_at": None if status == Status.REFUSED else received, "timeliness": str(timeliness) if finished_at else "",
                "satisfaction": satisfaction,
            })
            for pos, dcode, dname, orig, cert, photo, required in docs:
                submitted = required or rng.random() < 0.4
                if submitted:
                    documents.append({"dossier_id": did, "position": pos, "code": dcode, "name": dname,
                                      "originals": orig, "certified_copies": cert, "photocopies": photo,
                                      "required": required, "submitted": True})
            for pos, line in enumerate(charged.lines if status != Status.REFUSED else ()):
                fees.append({"dossier_id": did, "position": pos, "code": line.code, "name": line.name, "kind": line.kind,
                             "amount": line.amount, "quantity": line.quantity, "copies": line.copies, "unit": line.unit,
                             "detail": line.detail, "method": rng.choice(["cash", "cash", "transfer"])})
            for action, before, after, at, reason in steps:
                history.append({"dossier_id": did, "at": at, "officer_id": officer_id, "officer_name": officer_name,
                                "action": action, "from_status": int(before) if before else None,
                                "to_status": int(after), "reason": reason, "details": {}})
            done += 1
            if len(dossiers) >= BATCH:
                flush()
                if progress:
                    progress(done, n)
        seq_updates[name] = ordinal
    flush()
    with db.write() as session:
        for name, value in list(seq_updates.items()) + list(books.items()):
            row = session.get(Sequence, name)
            if row is None:
                session.add(Sequence(name=name, value=value))
            else:
                row.value = max(row.value, value)
        audit.record(session, audit.SYSTEM, "demo.generate", "dossier", f"{n}", None,
                     {"dossiers": n, "seed": seed, "from": work_days[0], "to": work_days[-1]})
    if progress:
        progress(done, n)
    return DemoResult(done, work_days[0], work_days[-1])


def _enqueue_created(session, ids: list[int]) -> None:
    rows = session.scalars(select(Dossier).where(Dossier.id.in_(ids))
                           .options(selectinload(Dossier.documents), selectinload(Dossier.fees))).all()
    for d in sorted(rows, key=lambda r: r.id):
        outbox.enqueue(session, "dossier.created", d.code, dossier_payload(d))


# -- the showcase: every state and every printed form, through the real services -------------------

SHOWCASE_TAG = "Hồ sơ mẫu trình diễn"


def showcase(db, *, seed: int = 1, queue: bool = False) -> list[str]:
    """A dozen dossiers taken through the real services over the last working days, so every state,
    every printed form and every postal state occurs. The office clock is moved back while they are
    made and restored after. Without ``queue`` their outbox events are dropped (they were never
    real changes to report); with it they wait in the outbox like everything else."""
    rng = random.Random(seed + 7919)
    real_now = clock.now()
    replay = clock.FixedClock(real_now)  # the office clock while the past days are replayed
    with db.read() as session:
        office = get_office(session)
        cal = office_calendar(office)
        staff = [o for o in officers(session) if o.role == "officer"] or officers(session)
        actor = audit.Actor(staff[0].id, staff[0].full_name, staff[0].role) if staff else audit.SYSTEM

        procs = {p.code: p for p in current_procedures(session, today=real_now.date())}
        province = settings.get(office, settings.PROVINCE_CODE)
    units = load_units()
    commune = next(iter(units.province(province).communes), None) if units.province(province) else None
    days = _past_working_days(cal, real_now.date(), 12)
    made: list[str] = []

    def at(day_index: int, hh: int, mm: int = 0):
        moment = datetime.combine(days[day_index], datetime.min.time()).replace(hour=hh, minute=mm)
        replay.set(min(moment, real_now))

    def draft(code: str, *, organisation: bool = False, post: bool = False, by_mail: bool = False, **extra) -> DossierDraft:
        proc = procs[code]
        who = _organisation(rng) if organisation else _person(rng, days[0])
        values = dict(
            procedure_id=proc.id,
            documents=[DocumentLine(d.position, d.required, d.originals, d.certified_copies, d.photocopies)
                       for d in proc.documents],
            applicant_kind=who["applicant_kind"], name=who["applicant_name"], phone=_phone(rng),
            address=_address(rng), notes=SHOWCASE_TAG)
        if organisation:
            values.update(tax_code=who["id_number"], representative=who["representative"],
                          representative_id_number=who["representative_id_number"],
                          representative_title=who["representative_title"])
        else:
            values.update(id_number=who["id_number"], birth_date=who["birth_date"].strftime("%d/%m/%Y"))
        if post or by_mail:
            values.update(delivery_address=f"Số {rng.randint(1, 200)}, {rng.choice(HAMLETS)}", delivery_province=province,
                          delivery_commune=commune.code if commune else "", postage="25.000" if post else "")
        if post:
            values["return_method"] = RM.POST
        if by_mail:
            values.update(channel=Channel.POSTAL, inbound_postal_number=f"EB{rng.randint(10**8, 10**9 - 1)}VN")
        values.update(extra)
        return DossierDraft(**values)

    def receive(code: str, **kwargs) -> str:
        result = intake.receive(db, draft(code, **kwargs), actor)
        made.append(result.code)
        return result.code

    previous = clock.use(replay)
    try:
        to_party = "Công chức Tư pháp - Hộ tịch"
        # forwarded in a hand-over batch, result back, returned at the counter (forms 01, 06, transfer, hand-over list, return)
        at(0, 8, 5)
        a = receive("2.001035", fees=[])
        b = receive("1.004859", fees=[FeeEntry("PHI_TL", count="2")])
        c = receive("1.001612")
        at(0, 9, 30)
        lifecycle.handover_batch(db, [a, b, c], actor, to_party=to_party, receiver="Trần Văn Bảy")
        at(1, 14, 0)
        lifecycle.record_result(db, a, actor, giver="Trần Văn Bảy")
        at(2, 9, 15)
        lifecycle.return_result(db, a, actor, collector="applicant", id_number=_id_of(db, a), satisfaction=5)
        # an organisation filing an organisation procedure; the deciding agency set by route
        at(1, 8, 40)
        org = receive("2.001008", organisation=True)
        lifecycle.set_route(db, org, actor, [lifecycle.Step(office.agency_code, to_party, "Chứng thực việc sửa đổi hợp đồng")])
        at(1, 9, 0)
        lifecycle.forward(db, org, actor, receiver="Trần Văn Bảy")
        # incomplete at the counter (form 02), one completed later (new receipt, same code)
        at(2, 10, 0)
        waiting = intake.register_incomplete(db, draft("1.004873", documents=[]), actor, reason="Thiếu giấy tờ bắt buộc")
        completed = intake.register_incomplete(db, draft("1.004746", documents=[]), actor, reason="Thiếu tờ khai")
        made += [waiting.code, completed.code]
        at(3, 8, 30)
        lifecycle.complete_supplement(db, completed.code, actor)
        # supplement asked after acceptance
        at(3, 9, 0)
        later = receive("1.013833")
        lifecycle.request_supplement(db, later, actor, [lifecycle.MissingItem("Bản sao giấy tờ chứng minh nội dung thay đổi",
                                                                            "Bản chụp không rõ chữ", 0, 1, 0)])
        # refused at the counter (form 03) and refused during processing
        at(3, 10, 0)
        refused = intake.register_refused(db, draft("2.000884"), actor, "Giấy tờ có nội dung trái pháp luật, đạo đức xã hội")
        made.append(refused.code)
        late_refusal = receive("2.001016")
        lifecycle.forward(db, late_refusal, actor)
        at(4, 10, 0)
        lifecycle.refuse(db, late_refusal, actor, "Người yêu cầu chứng thực không có đủ năng lực hành vi dân sự")
        # extension with an apology (form 04), stop and withdrawal (form 05), payment requested
        at(4, 8, 10)
        extended = receive("1.012787")
        lifecycle.forward(db, extended, actor)
        at(6, 9, 0)
        with db.read() as session:
            due = get_dossier(session, extended).due_at
        lifecycle.extend(db, extended, actor, cal.due(due, duration_of_days(3)), "Cần xác minh ranh giới thửa đất với hộ liền kề")
        at(4, 9, 0)
        stopped = receive("1.012812")
        at(5, 9, 0)
        lifecycle.stop(db, stopped, actor, "Các bên đã tự hòa giải, có đơn đề nghị dừng")
        at(4, 9, 30)
        withdrawn = receive("2.002516")
        at(4, 14, 0)
        lifecycle.withdraw(db, withdrawn, actor, "Công dân có đơn xin rút hồ sơ")
        at(5, 8, 0)
        pay = receive("1.013995")
        lifecycle.forward(db, pay, actor)
        lifecycle.request_payment(db, pay, actor, "Nộp phí thẩm định hồ sơ cấp Giấy chứng nhận")
        # results by post, in every postal state; one dossier came by post (its receipt goes back)
        parcels = []
        for i in range(9):
            at(5 + i % 3, 8, 20 + i)
            code = receive("2.000488", post=True)
            lifecycle.forward(db, code, actor)
            parcels.append(code)
        at(6, 9, 0)
        receive("2.000635", by_mail=True)
        at(8, 10, 0)
        for code in parcels:
            lifecycle.record_result(db, code, actor)
        _drive_parcels(db, parcels, actor, days, at, postal, PostalOrder, PostalEvent)
    finally:
        clock.use(previous)
    if not queue:
        with db.write() as session:
            session.query(OutboxEvent).filter(OutboxEvent.dossier_code.in_(made)).delete(synchronize_session=False)
    return made


def duration_of_days(n: int):
    return Duration(n)


def _id_of(db, code: str) -> str:
    with db.read() as session:
        return get_dossier(session, code).id_number


def _drive_parcels(db, codes, actor, days, at, postal, PostalOrder, PostalEvent) -> None:
    """Take each result parcel to one postal state: pending, created, handed over, collected, in
    transit, delivered, returned to sender, cancelled, refused by the operator. Registration and
    tracking are applied as the operator would send them (the same code as the postal worker)."""
    targets = ["pending", "cancelled", "failed", "created", "handed_over", "collected", "in_transit", "delivered",
               "returned"]
    orders = {}
    with db.write() as session:
        for code, state in zip(codes, targets):
            order = session.scalar(select(PostalOrder).join(Dossier).where(Dossier.code == code,
                                                                             PostalOrder.purpose == "result"))
            orders[state] = order.id
            now = clock.now()
            if state == "failed":
                order.state, order.last_error = "failed", "422: Địa chỉ người nhận không đủ để phát"
                session.add(PostalEvent(order_id=order.id, state="failed", at=now, note=order.last_error))
            elif state not in ("pending", "cancelled"):
                order.state, order.tracking_code, order.registered_at = "created", f"EL{order.id:09d}VN", now
                session.add(PostalEvent(order_id=order.id, state="created", at=now,
                                        note=postal.received_note(order.tracking_code)))
    postal.cancel(db, orders["cancelled"], actor, None)
    at(9, 9, 0)
    ready = [orders[s] for s in ("handed_over", "collected", "in_transit", "delivered", "returned")]
    postal.handover_to_postman(db, ready, actor, postman="Nguyễn Văn Bưu")
    remote = {"collected": (2,), "in_transit": (2, 5), "delivered": (2, 5, 3), "returned": (2, 5, 6)}
    event_id = 10_000_000 + ready[0]
    for step, (state, path) in enumerate(remote.items()):
        with db.read() as session:
            number = session.get(PostalOrder, orders[state]).number
        for hop, remote_state in enumerate(path):
            at(9, 10 + step, 10 * hop)
            event_id += 1
            with db.write() as session:
                postal.apply_tracking(session, {"id": event_id, "SoDonHang": number, "TrangThai": remote_state,
                                                "ThoiDiem": clock.now().isoformat()})
