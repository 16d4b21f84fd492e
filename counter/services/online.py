"""Online dossiers at the counter (NĐ 118/2025 Điều 17.2).

The province offers each dossier filed on the national portal to the counters of the agency
responsible; they arrive with every sync round (metadata only). The officer claims one (the claim
goes through the outbox: offline, it keeps the dossier and its deadline here until the province
confirms it), checks its files against the procedure's checklist and, within the check time (8
working hours from the province's receipt unless the office sets another for the procedure),
takes one of three outcomes:

* **accept** — the dossier gets its code and its due time counted from acceptance, and goes on as
  a paper dossier does; the files become its attachments (hash, size, kind);
* **supplement** — everything to correct or add, listed once (form 02); the applicant's supplement
  comes back into the queue on the same dossier;
* **return** — not competent, naming the agency that is.

Each claim and outcome is one outbox event, sent once (idempotent at the province).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session, selectinload

from counter import clock, settings
from counter.domain.status import Channel
from counter.domain.text import nfc, nfc_multiline
from counter.errors import SyncError
from counter.messages import msg, text_of
from counter.services import audit, intake, outbox
from counter.services.attachments import sniff, store_bytes, stored_path
from counter.services.catalogue import current_procedures
from counter.services.errors import UserError, ValidationFailed
from counter.services.office import get_office, office_calendar
from counter.services.online_demo import demo_submission
from counter.services.payloads import parse_ts, ts
from counter.store.models import Attachment, Officer, OnlineDossier, OnlineFile, Procedure

DEFAULT_HOURS = 8.0
OPEN = ("waiting", "claimed", "lost")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 60_000_000  # an image larger than this is a decompression bomb, not a scan
MAX_PAGES = 500
STATE_LABELS = {"waiting": msg("Chờ kiểm tra"), "claimed": msg("Đang kiểm tra"), "accepted": msg("Đã tiếp nhận"),
                "supplement": msg("Chờ bổ sung"), "returned": msg("Đã trả lại (không thuộc thẩm quyền)"),
                "taken": msg("Quầy khác đã nhận"), "lost": msg("Quầy khác đã nhận trước")}
KINDS = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "image/tiff": "TIFF"}


def check_hours(office, procedure_code: str) -> float:
    """The check time for a procedure: the office's setting for it (specialised law may set
    another), else 8 working hours."""
    per = settings.get(office, settings.ONLINE_CHECK_HOURS)
    try:
        return float(per.get(procedure_code, DEFAULT_HOURS))
    except (TypeError, ValueError):
        return DEFAULT_HOURS


def deadline(office, submitted: datetime, hours: float) -> datetime:
    """``hours`` working hours after the province received the dossier (office hours, lunch,
    weekends, holidays and the office's own days off skipped)."""
    return office_calendar(office).add_minutes(submitted.replace(microsecond=0), hours * 60)


# -- pulled from the province ---------------------------------------------------------------------


def apply_item(session: Session, office, item: dict, now: datetime, handled: set[str] | None = None) -> str:
    """One validated item of GET /online (counter.sync.inbound.OnlineItem, as JSON): insert or
    update the local row. Returns what happened: new | supplement | taken | lost | updated."""
    row = session.scalar(select(OnlineDossier).where(OnlineDossier.code == item["MaHoSoTrucTuyen"]))
    submitted = parse_ts(item["ThoiDiemNop"])
    outcome = "updated"
    if row is None:
        hours = check_hours(office, item["MaTTHC"])
        row = OnlineDossier(code=item["MaHoSoTrucTuyen"], procedure_code=item["MaTTHC"],
                            procedure_name=nfc(item.get("TenTTHC") or ""),
                            applicant={k: nfc(v) if isinstance(v, str) else v for k, v in item["ChuHoSo"].items()},
                            submitted_at=submitted, deadline_at=deadline(office, submitted, hours), check_hours=hours,
                            round=item["round"], state="waiting", taken_by="", outcome={}, dossier_code="", notice="",
                            rev=item["id"], received_at=now, paid_online=bool(item.get("DaThanhToanTrucTuyen")))
        session.add(row)
        outcome = "new"
        if handled is not None and item["MaTTHC"] not in handled:
            row.notice = msg("Thủ tục {code} không có trong danh mục thủ tục của cơ quan này: kiểm tra và trả lại hồ "
                             "sơ, ghi rõ cơ quan có thẩm quyền.", code=item["MaTTHC"])
    elif item["round"] > row.round:  # the applicant's supplement: back into the queue, a new clock
        row.round, row.submitted_at = item["round"], submitted
        row.deadline_at = deadline(office, submitted, row.check_hours)
        row.state, row.claimed_at, row.claimed_by_id, row.taken_by, row.checked_at = "waiting", None, None, "", None
        row.notice = msg("Người nộp đã bổ sung hồ sơ trực tuyến (lần nộp {round}).", round=item["round"])
        outcome = "supplement"
    row.rev = max(row.rev, item["id"])
    known = {f.sha256 for f in row.files}
    for f in item.get("files") or []:
        if f["sha256"] not in known:
            row.files.append(OnlineFile(round=f.get("round", 1), name=nfc(f["name"])[:255],
                                        declared_mime=f["mime"][:60], mime="", size=f["size"], sha256=f["sha256"],
                                        kind="online", fetched=False, problem=""))
            known.add(f["sha256"])
    if item["claim"] == "other":
        if row.state in ("claimed", "accepted", "supplement", "returned") and row.claimed_by_id is not None \
                and outcome != "supplement":
            mine = row.state
            row.state, row.taken_by = "lost", item.get("claimed_by") or msg("quầy khác")
            row.notice = msg("Hồ sơ {code} đã được {counter} nhận kiểm tra trước khi quầy này kết nối lại; bước "
                             "“{step}” làm khi mất mạng không được tỉnh ghi nhận.",
                             code=row.code, counter=row.taken_by, step=STATE_LABELS[mine])
            outcome = "lost"
        elif row.state == "waiting":
            row.state, row.taken_by = "taken", item.get("claimed_by") or msg("quầy khác")
            outcome = "taken"
    elif item["claim"] == "none" and item["state"] == "waiting" and row.state == "taken":
        row.state, row.taken_by = "waiting", ""
    return outcome


def handled_procedures(session: Session) -> set[str]:
    return set(session.scalars(select(Procedure.code)))


def action_refused(session: Session, code: str, body: dict) -> None:
    """The province refused this counter's claim or outcome: another counter holds the dossier."""
    row = session.scalar(select(OnlineDossier).where(OnlineDossier.code == code))
    if row is None:
        return
    detail = str(body["detail"]) if body.get("detail") else msg("Quầy khác đã nhận hồ sơ này.")
    if row.state not in ("taken",):
        row.state = "lost"
        row.notice = msg("Tỉnh không ghi nhận bước của quầy này cho hồ sơ {code}: {detail}", code=code, detail=detail)


# -- the queue --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    code: str
    applicant: str
    procedure: str
    submitted_at: datetime
    deadline_at: datetime
    minutes_left: float  # working minutes; negative: late
    state: str
    files: int
    notice: str

    @property
    def urgency(self) -> str:
        """green (> 4 working hours left), amber (≤ 4), red (≤ 1 or late)."""
        if self.minutes_left <= 60:
            return "red"
        return "amber" if self.minutes_left <= 240 else "green"

    def left_text(self) -> str:
        m = int(abs(self.minutes_left))
        hours, minutes = m // 60, f"{m % 60:02d}"
        if self.minutes_left < 0:
            return msg("Quá hạn {hours} giờ {minutes} phút", hours=hours, minutes=minutes)
        return msg("Còn {hours} giờ {minutes} phút", hours=hours, minutes=minutes)


def queue(session: Session, now: datetime | None = None, *, include_taken: bool = False) -> list[QueueRow]:
    """The waiting online dossiers, the least time left first."""
    now = now or clock.now()
    cal = office_calendar(get_office(session))
    states = (*OPEN, "taken") if include_taken else OPEN
    files = dict(session.execute(select(OnlineFile.online_id, func.count()).group_by(OnlineFile.online_id)).all())
    rows = session.execute(select(OnlineDossier.id, OnlineDossier.code, OnlineDossier.applicant,
                                  OnlineDossier.procedure_name, OnlineDossier.procedure_code,
                                  OnlineDossier.submitted_at, OnlineDossier.deadline_at, OnlineDossier.state,
                                  OnlineDossier.notice).where(OnlineDossier.state.in_(states))
                           .order_by(OnlineDossier.deadline_at, OnlineDossier.id)).all()
    out = []
    for r in rows:
        left = cal.working_minutes_between(now, r.deadline_at) if r.deadline_at > now else \
            -cal.working_minutes_between(r.deadline_at, now)
        out.append(QueueRow(r.code, (r.applicant or {}).get("HoTen", ""), r.procedure_name or r.procedure_code,
                            r.submitted_at, r.deadline_at, left, r.state, files.get(r.id, 0), r.notice or ""))
    return out


def get(session: Session, code: str) -> OnlineDossier:
    row = session.scalar(select(OnlineDossier).options(selectinload(OnlineDossier.files))
                         .where(OnlineDossier.code == code))
    if row is None:
        raise UserError(msg("Không có hồ sơ trực tuyến {code}.", code=code))
    return row


def checklist(session: Session, procedure_code: str):
    """The procedure's checklist (ProcedureInfo), or None when this office does not handle it."""
    return next((p for p in current_procedures(session) if p.code == procedure_code), None)


# -- files ------------------------------------------------------------------------------------------


def check_file(data: bytes, declared: str) -> tuple[str, str]:
    """(the content's real type, the problem or ""): a file that is not what its type says, too
    large, an image bomb, or a PDF that does not open is named, never opened blindly."""
    if len(data) > MAX_FILE_BYTES:
        return "", msg("Tệp lớn {size} MB, vượt giới hạn {limit} MB.", size=f"{len(data) / 1048576:.1f}",
                       limit=MAX_FILE_BYTES // 1048576)
    real = sniff(data[:16]) or ""
    if data[:4] == b"PK\x03\x04":
        return "application/zip", msg("Tệp là một tệp nén ZIP, không phải PDF hay ảnh: không mở (có thể là tệp nén "
                                      "độc hại).")
    if not real:
        return "", msg("Nội dung tệp không phải PDF, JPEG, PNG hay TIFF (khai là {declared}).", declared=declared)
    if declared in KINDS and real != declared:
        return real, msg("Tệp khai là {declared} nhưng nội dung là {real}.", declared=KINDS[declared],
                         real=KINDS.get(real, real))
    if real == "application/pdf":
        try:
            import pypdfium2 as pdfium  # lazy: pdfium (heavy), only to read a PDF

            pdf = pdfium.PdfDocument(data)
            pages = len(pdf)
            pdf.close()
        except Exception as exc:  # pypdfium2 raises PdfiumError (and others) on a broken file
            return real, msg("Tệp PDF hỏng, không hiển thị được ({error}).", error=type(exc).__name__)
        if pages == 0 or pages > MAX_PAGES:
            return real, msg("Tệp PDF có {pages} trang: không hiển thị.", pages=pages)
    else:
        try:
            from PIL import Image  # lazy: Pillow (heavy), only for images

            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PIXELS:
                    return real, msg("Ảnh {width}×{height} điểm ảnh quá lớn (ảnh nén bất thường): không mở.",
                                     width=img.width, height=img.height)
                img.verify()
        except Image.DecompressionBombError:
            return real, msg("Ảnh có kích thước điểm ảnh quá lớn (ảnh nén bất thường): không mở.")
        except Exception as exc:  # PIL raises many kinds on damaged or hostile images
            return real, msg("Ảnh hỏng, không hiển thị được ({error}).", error=type(exc).__name__)
    return real, ""


def fetch_files(db, client, code: str) -> list[str]:
    """Fetch the files not yet here, each checked against its hash, type and size, stored by hash
    like a scan. Returns the problems found (each also kept on its file)."""
    with db.read() as session:
        todo = [(f.id, f.sha256, f.declared_mime, f.name) for f in get(session, code).files if not f.fetched]
    problems = []
    for file_id, sha, declared, name in todo:
        try:
            data = client.online_file(code, sha)
        except SyncError as exc:  # the network is down or the province refuses: the rest would fail too
            problems.append(msg("Chưa tải được tệp {name} (thử lại khi mở lại hồ sơ): {reason}", name=name,
                                reason=text_of(exc)))
            break
        real, problem = check_file(data, declared)
        if not problem or real:
            store_bytes(db, data)
        with db.write() as session:
            f = session.get(OnlineFile, file_id)
            f.fetched, f.mime, f.problem = True, real, problem
        if problem:
            problems.append(msg("{name}: {problem}", name=name, problem=problem))
    return problems


def file_bytes(db, file: OnlineFile) -> bytes | None:
    path = stored_path(db, file.sha256)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == file.sha256 else None


# -- the officer's actions --------------------------------------------------------------------------


def _label(session: Session, actor) -> str:
    office = get_office(session)
    return f"{actor.name} — quầy {office.counter_no}, {office.name}"[:255]  # vi-only: sent to the province


def _open(session: Session, code: str, *states: str) -> OnlineDossier:
    row = get(session, code)
    if row.state == "lost" or row.state == "taken":
        raise UserError(row.notice or msg("Hồ sơ {code} đã được {counter} nhận kiểm tra.", code=code,
                                          counter=row.taken_by or msg("quầy khác")))
    if row.state not in states:
        raise UserError(msg("Hồ sơ {code} đang ở trạng thái “{state}”.", code=code,
                            state=STATE_LABELS.get(row.state, row.state)))
    return row


def claim(db, code: str, actor) -> OnlineDossier:
    """Take the dossier for checking (recorded here at once; the province hears of it with the
    next sync round — offline, the claim and the deadline stay as they are)."""
    with db.write() as session:
        row = _open(session, code, "waiting", "claimed")
        if row.state == "claimed":
            return row
        now = clock.now()
        row.state, row.claimed_at, row.claimed_by_id = "claimed", now, actor.id
        outbox.enqueue(session, "online.claim", code, {"MaHoSoTrucTuyen": code, "round": row.round,
                                                      "label": _label(session, actor)})
        audit.record(session, actor, "online.claim", "online_dossier", code, None, {"round": row.round})
        return row


def _done(session, row, actor, kind: str, data: dict, now: datetime) -> None:
    row.checked_at, row.outcome, row.notice = now, {"type": kind, **data}, ""
    outbox.enqueue(session, f"online.{kind}", row.code, {"MaHoSoTrucTuyen": row.code, "round": row.round, "data": data})
    audit.record(session, actor, f"online.{kind}", "online_dossier", row.code, None, data)


def accept(db, code: str, actor, documents=None):
    """Accept: the dossier gets its code and due time (from now), its files become attachments,
    and it is forwarded as a paper dossier is. ``documents``: the checklist as ticked
    (intake.DocumentLine); by default every line the procedure asks for."""
    with db.read() as session:
        row = _open(session, code, "claimed")
        proc = checklist(session, row.procedure_code)
        if proc is None:
            raise UserError(msg("Cơ quan này không giải quyết thủ tục {code}: trả lại hồ sơ, ghi rõ cơ quan có thẩm "
                                "quyền.", code=row.procedure_code))
        bad = [f.name for f in row.files if f.problem or not f.fetched]
        if bad:
            raise UserError(msg("Chưa tiếp nhận được: tệp {files} chưa tải về hoặc không dùng được; yêu cầu bổ sung "
                                "tệp đó.", files=", ".join(bad)))
        a = row.applicant
        files = [(f.name, f.mime or f.declared_mime, f.size, f.sha256) for f in row.files]
    if documents is None:
        documents = [intake.DocumentLine(d.position, d.required, d.originals, d.certified_copies, d.photocopies)
                     for d in proc.documents]
    draft = intake.DossierDraft(procedure_id=proc.id, documents=documents, name=a.get("HoTen", ""),
                                id_number=a.get("SoGiayTo", ""), birth_date=a.get("NgaySinh", ""),
                                phone=a.get("SoDienThoai", ""), email=a.get("Email", ""), address=a.get("DiaChi", ""),
                                channel=Channel.ONLINE, notes=f"Hồ sơ trực tuyến {code}")  # vi-only: the dossier's notes (data)

    def then(session, dossier):
        row = _open(session, code, "claimed")
        now = dossier.received_at
        for name, mime, size, sha in files:
            session.add(Attachment(dossier_id=dossier.id, file_name=name, mime=mime, size=size, sha256=sha,
                                   added_at=now, officer_id=actor.id, source="online", kind="online"))
        dossier.digitised_at = now  # filed electronically: the files are the originals' digital form
        row.state, row.dossier_code = "accepted", dossier.code
        _done(session, row, actor, "accept", {"MaHoSo": dossier.code, "NgayHenTra": ts(dossier.due_at)}, now)

    return intake.receive(db, draft, actor, then=then)


def request_supplement(db, code: str, actor, items: list[str], reason: str = "") -> OnlineDossier:
    """Everything to correct or add, listed once (form 02)."""
    items = [nfc(i).strip() for i in items if nfc(i).strip()]
    if not items:
        raise ValidationFailed({"items": msg("Ghi đủ một lần mọi nội dung cần sửa đổi, bổ sung.")})
    return _close(db, code, actor, "supplement", {"NoiDung": items, "LyDo": nfc_multiline(reason)})


def return_not_competent(db, code: str, actor, agency: str, reason: str = "") -> OnlineDossier:
    agency = nfc(agency).strip()
    if not agency:
        raise ValidationFailed({"agency": msg("Ghi rõ cơ quan có thẩm quyền giải quyết.")})
    return _close(db, code, actor, "return", {"CoQuanCoThamQuyen": agency, "LyDo": nfc_multiline(reason)})


def _close(db, code: str, actor, kind: str, data: dict) -> OnlineDossier:
    with db.write() as session:
        row = _open(session, code, "claimed")
        row.state = {"supplement": "supplement", "return": "returned"}[kind]
        _done(session, row, actor, kind, data, clock.now())
        return row


def form02_pdf(db, code: str) -> bytes:
    """Form 02 (request for correction or supplement) for an online dossier."""
    from counter.documents import forms as paper  # lazy: reportlab (heavy), only to draw a PDF
    from counter.services.forms import letterhead  # lazy: reportlab (heavy), only to draw a PDF

    with db.read() as session:
        row = get(session, code)
        if row.state != "supplement" and row.outcome.get("type") != "supplement":
            raise UserError(msg("Hồ sơ {code} chưa có yêu cầu bổ sung.", code=code))
        office = get_office(session)
        a = row.applicant
        info = paper.DossierSummary(code=code, applicant_name=a.get("HoTen", ""), applicant_kind="person",
                                    id_label="Số định danh",  # vi-only: printed on form 02
                                    id_number=a.get("SoGiayTo", ""), address=a.get("DiaChi", ""),
                                    phone=a.get("SoDienThoai", ""), email=a.get("Email", ""), representative="",
                                    procedure_code=row.procedure_code, procedure_name=row.procedure_name,
                                    received_at=row.submitted_at, due_at=row.deadline_at, deciding_agency=office.name,
                                    department="", sets=1, duration_label="")
        items = tuple({"name": text, "originals": 0, "certified_copies": 0, "photocopies": 0, "reason": ""}
                      for text in row.outcome.get("NoiDung", []))
        at = row.checked_at or clock.now()
        contact = f"Cổng Dịch vụ công quốc gia — hồ sơ {code}"  # vi-only: printed on form 02
        officer = session.get(Officer, row.claimed_by_id) if row.claimed_by_id else None  # who checked it and asks
        data = paper.SupplementData(letterhead(office), code, info, at, items, row.outcome.get("LyDo", ""),
                                    (at + timedelta(days=30)).date(), contact, officer.full_name if officer else "")
    return paper.render_supplement(data)


# -- the deadline counts ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OnlineCounts:
    received: int
    on_time: int
    late: int
    waiting: int
    overdue: int  # waiting, past the deadline
    paid_online: int = 0  # fees paid on the portal


def counts(session: Session, start: date, end: date, now: datetime | None = None) -> OnlineCounts:
    now = now or clock.now()
    lo = datetime.combine(start, datetime.min.time())
    hi = datetime.combine(end + timedelta(days=1), datetime.min.time())
    rows = session.execute(select(OnlineDossier.deadline_at, OnlineDossier.checked_at, OnlineDossier.state,
                                  OnlineDossier.paid_online)
                           .where(OnlineDossier.submitted_at >= lo, OnlineDossier.submitted_at < hi)).all()
    checked = [r for r in rows if r.checked_at is not None and r.state not in ("lost", "taken")]
    on_time = sum(1 for r in checked if r.checked_at <= r.deadline_at)
    waiting = [r for r in rows if r.state in ("waiting", "claimed")]
    mine = [r for r in rows if r.state != "taken"]
    return OnlineCounts(len(mine), on_time, len(checked) - on_time, len(waiting),
                        sum(1 for r in waiting if r.deadline_at < now), sum(1 for r in mine if r.paid_online))


def paper_originals(dossier) -> list[str]:
    """The documents whose paper original the applicant must show when collecting the result of a
    dossier filed online (the checklist asks for an original; only the electronic copy came in)."""
    session = object_session(dossier)
    if session is None or dossier.channel != Channel.ONLINE or session.scalar(
            select(OnlineDossier.id).where(OnlineDossier.dossier_code == dossier.code)) is None:
        return []
    return [msg("{name} ({count} bản chính)", name=d.name, count=d.originals)
            for d in dossier.documents if d.submitted and d.originals > 0]


def demo_waiting(db, n: int = 4) -> list[str]:
    """A few online dossiers waiting in the queue (counter demo-data), their files already here,
    as if pulled from the province: the clock at different points, so every colour shows."""
    now = clock.now()
    made_codes = []
    with db.read() as session:
        office = get_office(session)
        agency = office.agency_code
    for i in range(n):
        made = demo_submission(agency, i, now)
        submitted = office_calendar_back(office, now, [0.5, 4.5, 7.5, 9][i % 4])
        stored = []
        for name, mime, data in made["files"]:
            sha, size, _new = store_bytes(db, data)
            stored.append((name, mime, size, sha))
        with db.write() as session:
            office = get_office(session)
            code = f"DVC-{submitted:%y%m%d}-{90001 + i:05d}"
            if session.scalar(select(OnlineDossier.id).where(OnlineDossier.code == code)) is not None:
                continue
            body = made["body"]
            hours = check_hours(office, body["MaTTHC"])
            row = OnlineDossier(code=code, procedure_code=body["MaTTHC"], procedure_name=body["TenTTHC"],
                                applicant=body["ChuHoSo"], submitted_at=submitted,
                                deadline_at=deadline(office, submitted, hours), check_hours=hours, round=1,
                                state="waiting", taken_by="", outcome={}, dossier_code="", notice="", rev=0,
                                received_at=now, paid_online=bool(body.get("DaThanhToanTrucTuyen")))
            for name, mime, size, sha in stored:
                row.files.append(OnlineFile(round=1, name=name, declared_mime=mime, mime=mime, size=size, sha256=sha,
                                            kind="online", fetched=True, problem=""))
            session.add(row)
            made_codes.append(code)
    return made_codes


def office_calendar_back(office, now: datetime, hours: float) -> datetime:
    """The moment ``hours`` working hours before ``now`` (for demo data)."""
    cal = office_calendar(office)
    moment = now
    step = timedelta(minutes=15)
    left = hours * 60
    while left > 0:
        moment -= step
        if cal.working_minutes_between(moment, moment + step) > 0:
            left -= 15
    return moment
