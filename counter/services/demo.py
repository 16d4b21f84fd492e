"""Realistic synthetic dossiers for demonstrations, training and benchmarks.

``generate(db, n, seed)`` spreads ``n`` dossiers over past working days of the office calendar
with varied procedures, applicants and statuses, through a fast bulk path (Core inserts in
large batches) that still follows every rule of real intake: final codes from the same
sequences, due times from the same calendar, a status history per dossier.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select, text

from counter import clock
from counter.domain.calendar import Duration, Timeliness
from counter.domain.codes import dossier_code, sequence_number
from counter.domain.status import Channel, ReturnMethod, Status
from counter.services import audit
from counter.services.catalogue import LOCAL
from counter.services.intake import search_text
from counter.services.office import get_office, office_calendar, officers
from counter.store.models import (
    Agency,
    Catalogue,
    Dossier,
    DossierDocument,
    DossierFee,
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
            "birth_date": born, "representative": ""}


def _organisation(rng: random.Random) -> dict:
    person = _person(rng, date.today())
    digits = [rng.randint(0, 9) for _ in range(9)]
    check = (10 - sum(d * w for d, w in zip(digits, (31, 29, 23, 19, 17, 13, 7, 5, 3))) % 11) % 10
    return {"applicant_kind": "organisation",
            "applicant_name": f"{rng.choice(ORG_KINDS)} {rng.choice(ORG_NAMES)}",
            "id_kind": "tax", "id_number": "".join(map(str, digits)) + str(check), "birth_date": None,
            "representative": person["applicant_name"]}


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
        cal = office_calendar(office)
        staff = [(o.id, o.full_name) for o in officers(session) if o.role in ("officer", "supervisor")] or [(None, "")]
        procs = session.scalars(select(Procedure).join(Catalogue).where(Catalogue.current.is_(True))).all()
        agencies = {a.code: a.name for a in session.scalars(select(Agency))}
        proc_info = []
        for p in procs:
            weight = {"commune": 6, "district": 2, "province": 3}.get(p.level, 1)
            agency = (office.agency_code, office.name) if p.deciding_agency == LOCAL else \
                (p.deciding_agency, agencies.get(p.deciding_agency, p.deciding_agency))
            proc_info.append((p, weight, agency, [(d.position, d.code, d.name, d.originals, d.certified_copies,
                                                   d.photocopies, d.required) for d in p.documents],
                              [(f.position, f.code, f.name, f.kind, f.amount) for f in p.fees]))
        agency_code, counter_no, slots, width = office.agency_code, office.counter_no, office.counter_slots, office.seq_width
        office_settings = dict(office.settings or {})
    if not proc_info:
        raise RuntimeError("no procedure catalogue: run 'counter init' first")
    if n <= 0:
        return DemoResult(0, None, None)
    from counter.services.units import load_units

    province = load_units().province((office_settings or {}).get("province_code", ""))
    postal_communes = [c.code for c in province.communes] if province else [""]
    days = days or max(30, min(math.ceil(n / 40), 260), math.ceil(n / 4000))
    work_days = _past_working_days(cal, now.date(), days)
    # a busier day now and then, quieter Fridays
    weights = [rng.uniform(0.6, 1.4) * (0.8 if d.weekday() == 4 else 1.0) for d in work_days]
    per_day = Counter(rng.choices(range(len(work_days)), weights=weights, k=n))
    proc_weights = [w for _, w, *_ in proc_info]

    seq_names = [f"code:{agency_code}:{d.isoformat()}:{counter_no}" for d in work_days]
    with db.read() as session:
        existing = {row.name: row.value for row in session.scalars(select(Sequence).where(Sequence.name.like("code:%")))}
        books = {row.name: row.value for row in session.scalars(select(Sequence).where(Sequence.name.like("book:%")))}
        next_id = (session.scalar(select(Dossier.id).order_by(Dossier.id.desc()).limit(1)) or 0) + 1

    dossiers, documents, fees, history = [], [], [], []
    done = 0
    seq_updates: dict[str, int] = {}

    def flush():
        nonlocal dossiers, documents, fees, history
        if not dossiers:
            return
        with db.write() as session:
            session.execute(insert(Dossier), dossiers)
            if documents:
                session.execute(insert(DossierDocument), documents)
            if fees:
                session.execute(insert(DossierFee), fees)
            session.execute(insert(StatusHistory), history)
            if session.get_bind().dialect.name == "postgresql":  # the ids were given: move the id sequence past them
                session.execute(text("SELECT setval(pg_get_serial_sequence('dossier', 'id'), "
                                     "(SELECT COALESCE(MAX(id), 0) + 1 FROM dossier), false)"))
            if queue:
                _enqueue_created(session, [d["id"] for d in dossiers])
        db.checkpoint()
        dossiers, documents, fees, history = [], [], [], []

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
            seq = sequence_number(ordinal, counter_no, slots)
            code = dossier_code(agency_code, day, seq, max(width, len(str(seq))))
            proc, _, (dec_code, dec_name), docs, proc_fees = rng.choices(proc_info, weights=proc_weights)[0]
            duration = Duration(proc.duration_value, proc.duration_unit)
            due = cal.due(received, duration)
            applicant = _organisation(rng) if rng.random() < 0.08 else _person(rng, day)
            officer_id, officer_name = rng.choice(staff)
            by_post = proc.postal_return and rng.random() < 0.12
            address = _address(rng)
            phone = _phone(rng)
            roll_channel = rng.random()
            channel = (Channel.POSTAL if proc.postal_submission and roll_channel < 0.04
                       else Channel.ONLINE if roll_channel > 0.92 else Channel.IN_PERSON)
            fee_total = sum(f[4] for f in proc_fees)
            book_volume = f"{day.year}" if slots == 1 else f"{day.year}/Q{counter_no}"
            book_name = f"book:{book_volume}"
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
                    steps.append(("forward", Status.ACCEPTED, Status.IN_PROGRESS, forwarded, "Chuyển cơ quan giải quyết"))
                    status, forwarded_at = Status.IN_PROGRESS, forwarded
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
                "id": did, "code": code, "agency_code": agency_code, "counter_no": counter_no,
                "procedure_id": proc.id, "procedure_code": proc.code, "procedure_name": proc.name,
                "field_name": proc.field_name, "deciding_agency_code": dec_code, "deciding_agency_name": dec_name,
                "department": proc.department, "duration_value": proc.duration_value,
                "duration_unit": proc.duration_unit, **applicant, "phone": phone,
                "email": "" if rng.random() < 0.7 else f"congdan{did}@example.vn", "address": address,
                "proxy_name": "", "proxy_id_number": "", "proxy_phone": "",
                "channel": int(channel), "return_method": int(ReturnMethod.POST if by_post else ReturnMethod.COUNTER),
                "delivery_address": address if by_post else "", "delivery_phone": phone if by_post else "",
                "delivery_province_code": province.code if by_post and province else "",
                "delivery_commune_code": rng.choice(postal_communes) if by_post else "",
                "postage": office_settings.get("postage_in_province", 0) if by_post else 0,
                "sets": 1, "fee_total": fee_total, "notes": "", "status": int(status), "received_at": received,
                "due_at": due, "finished_at": finished_at, "returned_at": returned_at, "officer_id": officer_id,
                "book_volume": book_volume, "book_number": books[book_name], "receipt_prints": 1,
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
            for pos, fcode, fname, kind, amount in proc_fees:
                if amount:
                    fees.append({"dossier_id": did, "position": pos, "code": fcode, "name": fname, "kind": kind,
                                 "amount": amount, "method": rng.choice(["cash", "cash", "transfer"])})
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
    from sqlalchemy.orm import selectinload

    from counter.sync import outbox
    from counter.sync.protocol import dossier_payload

    rows = session.scalars(select(Dossier).where(Dossier.id.in_(ids))
                           .options(selectinload(Dossier.documents), selectinload(Dossier.fees))).all()
    for d in sorted(rows, key=lambda r: r.id):
        outbox.enqueue(session, "dossier.created", d.code, dossier_payload(d))
