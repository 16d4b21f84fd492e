"""Online dossiers (NĐ 118/2025 Điều 17.2): the national portal's submissions, as the provincial
reference server holds them.

* ``POST /api/v1/online/submissions`` — the portal's connector files a submission (procedure,
  applicant, files as base64, time of submission) for the agency responsible; a later call with
  ``supplement_of`` adds the applicant's supplement to the same dossier and puts it back in the
  counters' queue.
* ``GET /api/v1/online`` — the submissions of the counter's agency changed after a cursor
  (metadata only; each file by hash from ``GET /api/v1/online/{code}/files/{sha256}``), each with
  whether this counter or another one has claimed it.
* ``POST /api/v1/online/actions`` — a counter's claim and its outcome (accepted, correction or
  supplement, not competent), idempotent by key: a replay returns the stored answer. A claim or an
  outcome on a dossier another counter holds is 409 ``taken``. Each outcome records the
  notification the applicant receives (``counter hub notifications``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import datetime, timezone
from typing import Literal

from fastapi import Depends, Query
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import JSON, DateTime, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from counter.sync.hub.models import HubBase
from counter.sync.hub.schemas import BODY_ERRORS, QUERY_ERRORS, UNAUTHORISED
from counter.sync.online_wire import ONLINE_CODE, Applicant, OnlineItem, OnlinePage  # noqa: F401
from counter.sync.wire import KEY, SHA256

MAX_FILES = 20
OUTCOMES = ("accept", "supplement", "return")


class OnlineSubmission(HubBase):
    __tablename__ = "hub_online"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    agency_code: Mapped[str] = mapped_column(String(20), index=True)
    procedure_code: Mapped[str] = mapped_column(String(60))
    procedure_name: Mapped[str] = mapped_column(Text, default="")
    applicant: Mapped[dict] = mapped_column(JSON)
    files: Mapped[list] = mapped_column(JSON)  # [{name, mime, size, sha256, round}]
    submitted_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    round: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(16), default="waiting")  # waiting|claimed|accepted|supplement|returned
    claimed_by: Mapped[int | None] = mapped_column(Integer)
    claimed_label: Mapped[str] = mapped_column(String(255), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[dict] = mapped_column(JSON, default=dict)
    rev: Mapped[int] = mapped_column(Integer, index=True)


class OnlineNotification(HubBase):
    """What the applicant is told (by the portal, by e-mail or SMS)."""

    __tablename__ = "hub_online_notification"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(255), default="")
    text: Mapped[str] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OnlineAction(HubBase):
    """Every action received, once, by idempotency key; its answer is replayed."""

    __tablename__ = "hub_online_action"
    idempotency_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    client_id: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[int] = mapped_column(Integer)
    result: Mapped[dict] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(DateTime)


# -- messages ----------------------------------------------------------------------------------


class FileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    TenTep: str = Field(min_length=1, max_length=255)
    LoaiTep: str = Field(min_length=1, max_length=60, description="MIME type as declared by the portal")
    NoiDung: str = Field(description="The file, base64")


class SubmissionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    MaCoQuan: str = Field(min_length=1, max_length=20, description="The agency responsible (its counters receive it)")
    MaTTHC: str = Field(min_length=1, max_length=60)
    TenTTHC: str = Field(default="", max_length=500)
    ChuHoSo: Applicant
    ThoiDiemNop: AwareDatetime
    TepDinhKem: list[FileIn] = Field(default=[], max_length=MAX_FILES)
    DaThanhToanTrucTuyen: bool = Field(default=False, description="Fees paid on the portal (online payment)")
    supplement_of: str | None = Field(default=None, pattern=ONLINE_CODE,
                                      description="The online dossier this supplement belongs to")


class SubmissionOut(BaseModel):
    MaHoSoTrucTuyen: str
    round: int


class ActionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    idempotency_key: str = Field(pattern=KEY)
    type: Literal["claim", "accept", "supplement", "return"]
    MaHoSoTrucTuyen: str = Field(pattern=ONLINE_CODE)
    round: int = Field(default=1, ge=1, le=1000)
    label: str = Field(default="", max_length=255, description="The counter and officer, as others see the claim")
    data: dict = Field(default={}, description="accept: MaHoSo, NgayHenTra; supplement: NoiDung (items), LyDo; "
                                               "return: CoQuanCoThamQuyen, LyDo")


class ActionOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    status: Literal["accepted", "taken"]
    MaHoSoTrucTuyen: str
    detail: str = ""


# -- the rules ---------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)


def _next_rev(session) -> int:
    return (session.scalar(select(func.max(OnlineSubmission.rev))) or 0) + 1


def submit(hub, body: SubmissionIn | dict, files: list[tuple[str, str, bytes]] | None = None) -> dict:
    """File a submission (or the supplement of one). ``files``: (name, declared MIME, bytes), for
    callers that hold the bytes already; otherwise they come base64 in the body. The province
    stores what the portal sent as it is: checking it is the counter's work."""
    if isinstance(body, dict):
        body = SubmissionIn.model_validate(body)
    parts = list(files or [])
    for f in body.TepDinhKem:
        try:
            parts.append((f.TenTep, f.LoaiTep, base64.b64decode(f.NoiDung, validate=True)))
        except (binascii.Error, ValueError):
            raise ValueError(f"Tệp {f.TenTep}: nội dung không phải base64.") from None
    submitted = body.ThoiDiemNop.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    with hub.write() as session, session.no_autoflush:
        rev = _next_rev(session)
        if body.supplement_of:
            row = session.scalar(select(OnlineSubmission).where(OnlineSubmission.code == body.supplement_of))
            if row is None:
                raise LookupError(f"Không có hồ sơ trực tuyến {body.supplement_of}.")
            if row.state != "supplement":
                raise ValueError(f"Hồ sơ {row.code} không ở trạng thái chờ bổ sung.")
            row.round += 1
            row.state, row.claimed_by, row.claimed_label, row.claimed_at = "waiting", None, "", None
            row.submitted_at = submitted
        else:
            count = session.scalar(select(func.count()).select_from(OnlineSubmission)) or 0
            row = OnlineSubmission(code=f"DVC-{submitted:%y%m%d}-{count + 1:05d}", agency_code=body.MaCoQuan,
                                   procedure_code=body.MaTTHC, procedure_name=body.TenTTHC,
                                   applicant=body.ChuHoSo.model_dump(), files=[], submitted_at=submitted, round=1,
                                   state="waiting", outcome={"DaThanhToanTrucTuyen": body.DaThanhToanTrucTuyen})
            session.add(row)
        stored = list(row.files or [])
        for name, mime, data in parts:
            stored.append({"name": name[:255], "mime": mime[:60], "size": len(data), "sha256": hub.keep_file("online", data),
                           "round": row.round})
        row.files = stored
        row.rev = rev
        session.flush()
        return {"MaHoSoTrucTuyen": row.code, "round": row.round}


def _item(row: OnlineSubmission, client_id: int) -> dict:
    claim = "none" if row.claimed_by is None else "mine" if row.claimed_by == client_id else "other"
    return {"id": row.rev, "MaHoSoTrucTuyen": row.code, "MaTTHC": row.procedure_code, "TenTTHC": row.procedure_name,
            "ChuHoSo": row.applicant, "ThoiDiemNop": row.submitted_at.replace(tzinfo=timezone.utc).isoformat(),
            "round": row.round, "state": row.state, "claim": claim,
            "claimed_by": row.claimed_label if claim == "other" else "", "files": row.files or [],
            "DaThanhToanTrucTuyen": bool((row.outcome or {}).get("DaThanhToanTrucTuyen"))}


def page(hub, client, after: int, limit: int) -> dict:
    with hub.read_session() as session:
        rows = session.scalars(select(OnlineSubmission).where(OnlineSubmission.agency_code == client.agency_code,
                                                              OnlineSubmission.rev > after)
                               .order_by(OnlineSubmission.rev).limit(limit)).all()
        items = [_item(r, client.id) for r in rows]
    return {"items": items, "next_cursor": items[-1]["id"] if items else after}


def file_path(hub, client, code: str, sha256: str):
    with hub.read_session() as session:
        row = session.scalar(select(OnlineSubmission).where(OnlineSubmission.code == code))
    if row is None or row.agency_code != client.agency_code or not any(f.get("sha256") == sha256 for f in row.files):
        return None
    path = hub.files / "online" / sha256
    return path if path.exists() else None


def _notice(row: OnlineSubmission, kind: str, data: dict) -> str:
    name = row.applicant.get("HoTen", "")
    head = f"Hồ sơ trực tuyến {row.code} ({row.procedure_name or row.procedure_code}) của {name}"
    if kind == "accept":
        return (f"{head} đã được tiếp nhận chính thức, mã hồ sơ {data.get('MaHoSo', '')}; "
                f"ngày hẹn trả kết quả {data.get('NgayHenTra', '')}.")
    if kind == "supplement":
        items = data.get("NoiDung") or []
        listed = "; ".join(f"{i}. {text}" for i, text in enumerate(items, 1))
        why = f" Lý do: {data['LyDo']}." if data.get("LyDo") else ""
        return (f"{head} cần sửa đổi, bổ sung (hướng dẫn một lần, Mẫu 02): {listed}.{why} "
                f"Ông/bà bổ sung trực tuyến trên Cổng Dịch vụ công cho hồ sơ này.")
    agency = data.get("CoQuanCoThamQuyen", "")
    why = f" Lý do: {data['LyDo']}." if data.get("LyDo") else ""
    return f"{head} không thuộc thẩm quyền giải quyết của cơ quan đã nhận; đề nghị nộp tại {agency}.{why}"


def act(hub, client, body: ActionIn, raw: dict, label: str = "") -> tuple[int, dict]:
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    with hub.write() as session:
        known = session.get(OnlineAction, body.idempotency_key)
        if known is not None:
            if known.payload_sha256 != digest:
                return 409, {"detail": "Khóa idempotency này đã dùng cho một nội dung khác."}
            return known.status, known.result
        row = session.scalar(select(OnlineSubmission).where(OnlineSubmission.code == body.MaHoSoTrucTuyen))
        if row is None or row.agency_code != client.agency_code:
            return 404, {"detail": f"Không có hồ sơ trực tuyến {body.MaHoSoTrucTuyen} cho cơ quan của quầy."}
        now = _now()
        if row.claimed_by is not None and row.claimed_by != client.id:
            status, result = 409, {"status": "taken", "MaHoSoTrucTuyen": row.code,
                                   "detail": f"Hồ sơ đã được {row.claimed_label or 'quầy khác'} nhận kiểm tra."}
        elif body.type != "claim" and row.claimed_by is None:
            status, result = 409, {"status": "taken", "MaHoSoTrucTuyen": row.code,
                                   "detail": "Hồ sơ không còn do quầy này giữ (đã có kết quả hoặc người nộp đã bổ sung)."}
        elif body.round != row.round:
            status, result = 409, {"status": "taken", "MaHoSoTrucTuyen": row.code,
                                   "detail": f"Hồ sơ đã sang lần nộp {row.round}; bước này dựa vào lần {body.round}."}
        else:
            if body.type == "claim":
                if row.state == "waiting":
                    row.state = "claimed"
                row.claimed_by, row.claimed_label = client.id, (body.label or label)[:255]
                row.claimed_at = row.claimed_at or now
            else:
                row.state = {"accept": "accepted", "supplement": "supplement", "return": "returned"}[body.type]
                row.outcome = {**(row.outcome or {}), "type": body.type, **body.data}
                if body.type == "supplement":  # the supplement comes back to whichever counter is free
                    row.claimed_by, row.claimed_label, row.claimed_at = None, "", None
                session.add(OnlineNotification(code=row.code, kind=body.type, recipient=row.applicant.get("Email") or
                                               row.applicant.get("SoDienThoai") or "",
                                               text=_notice(row, body.type, body.data), data=body.data, created_at=now))
            row.rev = _next_rev(session)
            status, result = 201, {"status": "accepted", "MaHoSoTrucTuyen": row.code,
                                   "received_at": now.replace(tzinfo=timezone.utc).isoformat()}
        session.add(OnlineAction(idempotency_key=body.idempotency_key, payload_sha256=digest, client_id=client.id,
                                 code=body.MaHoSoTrucTuyen, kind=body.type, status=status, result=result,
                                 received_at=now))
        return status, result


def notifications(hub) -> list[dict]:
    with hub.read_session() as session:
        rows = session.scalars(select(OnlineNotification).order_by(OnlineNotification.id)).all()
        return [{"id": r.id, "MaHoSoTrucTuyen": r.code, "kind": r.kind, "recipient": r.recipient, "text": r.text,
                 "data": r.data, "created_at": r.created_at.replace(tzinfo=timezone.utc).isoformat()} for r in rows]


def submissions(hub) -> list[dict]:
    with hub.read_session() as session:
        rows = session.scalars(select(OnlineSubmission).order_by(OnlineSubmission.id)).all()
        return [{"MaHoSoTrucTuyen": r.code, "agency": r.agency_code, "procedure": r.procedure_code,
                 "applicant": r.applicant.get("HoTen", ""), "state": r.state, "round": r.round,
                 "claimed_by": r.claimed_label, "files": len(r.files or [])} for r in rows]


def add_routes(app, hub) -> None:
    client_dependency = app.state.client_dependency

    @app.post("/api/v1/online/submissions", status_code=201, response_model=SubmissionOut, tags=["online"],
              responses={**UNAUTHORISED, **BODY_ERRORS, 404: {"description": "supplement_of: no such dossier"},
                         409: {"description": "supplement_of: the dossier does not wait for a supplement"}},
              summary="The national portal files an online submission (or its supplement)")
    def post_submission(body: SubmissionIn, c=Depends(client_dependency)):
        try:
            return JSONResponse(submit(hub, body), status_code=201)
        except LookupError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=404)
        except ValueError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=409)

    @app.get("/api/v1/online", response_model=OnlinePage, tags=["online"], responses=QUERY_ERRORS,
             summary="Online dossiers of the counter's agency changed after a cursor (metadata only)")
    def get_online(after: int = Query(0, ge=0, le=2**62), limit: int = Query(200, ge=1, le=500),
                   c=Depends(client_dependency)):
        return Response(json.dumps(page(hub, c, after, limit), ensure_ascii=True), media_type="application/json")

    @app.get("/api/v1/online/{code}/files/{sha256}", tags=["online"], response_class=Response,
             summary="One file of an online dossier, as the applicant submitted it",
             responses={**QUERY_ERRORS, 200: {"content": {"application/octet-stream": {}}},
                        404: {"description": "Unknown, or another agency's"}})
    def get_file(code: str = PathParam(..., pattern=ONLINE_CODE), sha256: str = PathParam(..., pattern=SHA256),
                 c=Depends(client_dependency)):
        path = file_path(hub, c, code, sha256)
        if path is None:
            return JSONResponse({"detail": "Không có tệp này trong hồ sơ trực tuyến của cơ quan."}, status_code=404)
        return Response(path.read_bytes(), media_type="application/octet-stream")

    @app.post("/api/v1/online/actions", response_model=ActionOut, status_code=201, tags=["online"],
              responses={**BODY_ERRORS, 200: {"description": "Replay: the stored answer"},
                         404: {"description": "Unknown, or another agency's"},
                         409: {"description": "Taken: another counter holds the dossier (status 'taken'), or the "
                                              "key was used for another payload", "model": ActionOut}},
              summary="Claim an online dossier, or record its outcome (idempotent by key)")
    def post_action(body: ActionIn, c=Depends(client_dependency)):
        status, result = act(hub, c, body, body.model_dump(mode="json"), c.name)
        return JSONResponse(result, status_code=status)
