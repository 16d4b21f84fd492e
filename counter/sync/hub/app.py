"""The hub's web application (FastAPI). Idempotency by key: a replay returns the stored result,
the same key with another payload is 409; invalid input is 422 with field messages; no valid
token is 401; attachments are uploaded resumably within a size limit the server states."""

from __future__ import annotations

import hashlib
import json
import secrets
import tempfile
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from counter.services.catalogue import version_key
from counter.store.db import make_engine, resolve_url
from counter.sync import wire
from counter.sync.hub import online as online_routes  # noqa: F401  (its tables too)
from counter.sync.hub import schemas
from counter.sync.hub import slots as slot_routes  # noqa: F401  (its table is created with the others)
from counter.sync.hub.guard import BodyGuard
from counter.sync.hub.models import (
    Attachment,
    AuditHead,
    Calendar,
    CatalogueVersion,
    Client,
    Event,
    HubDossier,
    Update,
)
from counter.sync.hub.postal import add_routes
from counter.sync.hub.schema import prepare
from counter.sync.hub.schemas import BODY_ERRORS, QUERY_ERRORS, UNAUTHORISED
from counter.sync.hub.tsa import TestTsa
from counter.sync.inbound import ProvinceUpdate, check_day

API_VERSION = "1.0"
MAX_BATCH = 1000
DEFAULT_MAX_ATTACHMENT = 10_000_000  # bytes, as ODK Central


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Hub:
    """The province's side: its database, its files and its rules."""

    def __init__(self, db: str, *, max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT):
        self.url = resolve_url(db)
        self.engine = make_engine(self.url)
        self.read_session = sessionmaker(self.engine, expire_on_commit=False)
        self.write_session = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False)
        self.lock = threading.Lock()
        self.max_attachment_bytes = max_attachment_bytes
        self._tsa = None
        path = self.engine.url.database
        if path and path != ":memory:":
            self.files = Path(f"{path}.files")
        else:
            self.files = Path(tempfile.mkdtemp(prefix="counter-hub-files-"))

        prepare(self.engine, self.files)

    @property
    def tsa(self):
        """The test time-stamping authority (made on first use, kept beside the database)."""
        if self._tsa is None:
            self._tsa = TestTsa(self.files / "tsa")
        return self._tsa

    def publish_result_file(self, name: str, data: bytes) -> dict:
        """A signed result document for TepKetQua: kept by its hash under results/."""
        return {"TenTep": name, "MaBam": self.keep_file("results", data), "KichThuoc": len(data)}

    def keep_file(self, folder_name: str, data: bytes) -> str:
        """Keep ``data`` under ``folder_name`` named by its SHA-256 (written whole or not at all, once);
        returns the hash."""
        sha = hashlib.sha256(data).hexdigest()
        folder = self.files / folder_name
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / sha
        if not target.exists():
            tmp = folder / f"{sha}.part"
            tmp.write_bytes(data)
            tmp.replace(target)
        return sha

    def result_file(self, agency_code: str, sha256: str) -> Path | None:
        """A result file, only for the agency whose dossier it belongs to."""
        with self.read_session() as session:
            rows = session.scalars(select(Update.data).where(Update.agency_code == agency_code, Update.kind == "result"))
            known = any(f.get("MaBam") == sha256 for data in rows for f in (data.get("TepKetQua") or [])
                        if isinstance(f, dict))
        path = self.files / "results" / sha256
        return path if known and path.exists() else None

    @contextmanager
    def write(self):
        with self.lock, self.write_session() as session, session.begin():
            yield session

    # -- set-up -------------------------------------------------------------------------------
    def add_client(self, agency_code: str, name: str = "", token: str | None = None) -> str:
        token = token or secrets.token_urlsafe(24)
        with self.write() as session:
            existing = session.scalar(select(Client).where(Client.token_sha256 == token_hash(token)))
            if existing is None:
                session.add(Client(token_sha256=token_hash(token), agency_code=agency_code, name=name))
        return token

    def publish_catalogue(self, document: dict) -> bool:
        with self.write() as session:
            if session.get(CatalogueVersion, document["version"]) is not None:
                return False
            session.add(CatalogueVersion(version=document["version"], document=document, published_at=now_utc()))
            return True

    def publish_calendar(self, days_off: list[str], workdays: list[str], note: str = "") -> int:
        """Days off and make-up working days; ValueError naming the first day that is not a real
        one (the counters would refuse it)."""
        for label, days in (("Ngày nghỉ", days_off), ("Ngày làm bù", workdays)):
            for day in days:
                try:
                    check_day(day)
                except ValidationError as exc:
                    raise ValueError(f"{label} {day!r} không hợp lệ: {wire.reason(exc)}. Ghi dạng YYYY-MM-DD, "
                                     "ví dụ 2026-12-31.") from None
        with self.write() as session:
            last = session.scalar(select(Calendar).order_by(Calendar.version.desc()).limit(1))
            version = (last.version if last else 0) + 1
            session.add(Calendar(version=version, days_off=sorted(set(days_off)), workdays=sorted(set(workdays)),
                                 note=note, published_at=now_utc()))
            return version

    def post_update(self, code: str, kind: str, data: dict) -> int:
        """A department's decision, progress, result or new due date, for the counter to pull.
        Checked as the counter will check it (counter.sync.inbound.ProvinceUpdate): ValueError
        with the reason in Vietnamese when it is not valid."""
        data = {"MaHoSo": code, **data}
        if kind == "result":
            data.setdefault("TrangThai", 9)
        try:
            ProvinceUpdate.model_validate({"id": 1, "MaHoSo": code, "kind": kind, "data": data,
                                           "created_at": now_utc().isoformat()})
        except ValidationError as exc:
            raise ValueError(f"Cập nhật không hợp lệ: {wire.reason(exc)}") from None
        with self.write() as session:
            dossier = session.get(HubDossier, code)
            if dossier is None:
                raise LookupError(f"Hub chưa có hồ sơ {code}.")
            row = Update(dossier_code=code, agency_code=dossier.agency_code, kind=kind, data=data, created_at=now_utc())
            session.add(row)
            session.flush()
            if "TrangThai" in data:
                dossier.status = int(data["TrangThai"])
            if "NgayHenTra" in data:
                dossier.due_at = data["NgayHenTra"]
            if kind != "progress":
                dossier.version = row.id
            return row.id

    # -- the protocol ---------------------------------------------------------------------------
    def client_for(self, token: str | None) -> Client | None:
        if not token:
            return None
        with self.read_session() as session:
            return session.scalar(select(Client).where(Client.token_sha256 == token_hash(token)))

    def apply_events(self, session: Session, client: Client, raws: list) -> list[tuple[int, dict]]:
        """Apply a batch in order, in the caller's transaction: every check is made before anything
        is written, so a refused event leaves no trace. Later events of a dossier whose earlier
        event failed in this batch wait (424). Looks up keys and dossiers once per batch and writes
        with one statement per table."""
        parsed: list = []
        for raw in raws:
            try:
                event = schemas.EventIn.model_validate(raw)
            except ValidationError as exc:
                parsed.append((422, {"detail": wire.field_messages(exc)}))
                continue
            try:
                data = schemas.DATA_MODELS[event.type].model_validate(event.data)
            except ValidationError as exc:
                parsed.append((422, {"detail": wire.field_messages(exc, ("data",))}))
                continue
            parsed.append((event, data, raw))
        keys = [p[0].idempotency_key for p in parsed if not isinstance(p[0], int)]
        codes = {p[0].MaHoSo for p in parsed if not isinstance(p[0], int)}
        known = {k: (h, r) for k, h, r in session.execute(
            select(Event.idempotency_key, Event.payload_sha256, Event.result).where(Event.idempotency_key.in_(keys)))}
        dossiers = {d.code: d for d in session.scalars(select(HubDossier).where(HubDossier.code.in_(codes)))}
        blobs = {a.sha256 for a in session.scalars(select(Attachment).where(
            Attachment.agency_code == client.agency_code, Attachment.complete.is_(True)))} \
            if any(not isinstance(p[0], int) and p[0].type in ("attachment.added", "attachment.signed")
                   for p in parsed) else set()
        results, new_events, blocked = [], [], set()
        received = now_utc()

        def record(event, digest: str, result: dict, status: int) -> None:
            """The event is kept with its result (a replay gets the same answer) and answered."""
            known[event.idempotency_key] = (digest, result)
            new_events.append({"idempotency_key": event.idempotency_key, "payload_sha256": digest,
                               "client_id": client.id, "kind": event.type, "dossier_code": event.MaHoSo,
                               "seq": event.seq, "data": event.data, "received_at": received.replace(tzinfo=None),
                               "result": result})
            results.append((status, result))

        for raw_input, item in zip(raws, parsed):
            if isinstance(item[0], int):
                results.append(item)
                if isinstance(raw_input, dict) and isinstance(raw_input.get("MaHoSo"), str):
                    blocked.add(raw_input["MaHoSo"])
                continue
            event, data, raw = item
            status, body = self._check(client, event, data, raw, known, dossiers, blobs, blocked)
            if status != 201:
                results.append((status, body))
                if status != 200 and body.get("status") != "conflict":
                    blocked.add(event.MaHoSo)
                continue
            digest = body.pop("_digest")
            dossier = dossiers.get(event.MaHoSo)
            if event.type == "dossier.status" and _outdated(dossier, data):
                # recorded (the seq is used, a replay gets the same answer) but not applied
                dossier.last_seq = event.seq
                result = _refusal(event, dossier, received)
                record(event, digest, result, 409)
                continue
            if event.type == "dossier.created":
                dossier = HubDossier(code=event.MaHoSo, agency_code=client.agency_code, data=event.data,
                                     status=data.TrangThaiHoSo, due_at=event.data["NgayHenTra"], last_seq=1,
                                     updated_at=received.replace(tzinfo=None))
                session.add(dossier)
                dossiers[event.MaHoSo] = dossier
            else:
                dossier.last_seq = event.seq
                dossier.updated_at = received.replace(tzinfo=None)
                if event.type == "dossier.status":
                    dossier.status = data.TrangThai
                    if event.data.get("NgayKetThucTheoQuyDinh"):
                        dossier.due_at = event.data["NgayKetThucTheoQuyDinh"]
                elif event.type == "dossier.updated":
                    dossier.data = {**dossier.data, **{k: v for k, v in event.data.items() if k != "MaHoSo"}}
            result = {"status": "accepted", "idempotency_key": event.idempotency_key, "MaHoSo": event.MaHoSo,
                      "seq": event.seq, "received_at": received.isoformat()}
            record(event, digest, result, 201)
        session.flush()
        if new_events:
            session.execute(insert(Event), new_events)
        return results

    def _check(self, client, event, data, raw, known, dossiers, blobs, blocked) -> tuple[int, dict]:
        if data.MaHoSo != event.MaHoSo:
            return 422, {"detail": [{"loc": ["data", "MaHoSo"], "msg": "MaHoSo trong dữ liệu khác MaHoSo của sự kiện",
                                     "type": "value_error"}]}
        if not event.MaHoSo.startswith(client.agency_code + "-"):
            return 422, {"detail": [{"loc": ["MaHoSo"], "msg": f"Hồ sơ không thuộc cơ quan {client.agency_code} của quầy này",
                                     "type": "value_error"}]}
        digest = hashlib.sha256(canonical(raw).encode("utf-8")).hexdigest()
        if event.idempotency_key in known:
            stored_digest, stored = known[event.idempotency_key]
            if stored_digest == digest:
                return (409 if stored.get("status") == "conflict" else 200), stored
            return 409, {"detail": "Khóa idempotency này đã dùng cho một nội dung khác."}
        if event.MaHoSo in blocked:
            return 424, {"detail": "Chờ sự kiện trước của hồ sơ này (bị từ chối trong cùng lô)."}
        dossier = dossiers.get(event.MaHoSo)
        if event.type == "dossier.created":
            if dossier is not None:
                return 409, {"detail": f"Hồ sơ {event.MaHoSo} đã có trên hệ thống tỉnh."}
            if event.seq != 1:
                return 409, {"detail": "Sự kiện tạo hồ sơ phải có seq = 1."}
        else:
            if dossier is None:
                return 409, {"detail": f"Chưa nhận sự kiện tạo hồ sơ {event.MaHoSo}: gửi theo thứ tự."}
            if event.seq != dossier.last_seq + 1:
                return 409, {"detail": f"Sai thứ tự: đang chờ seq {dossier.last_seq + 1}, nhận seq {event.seq}."}
        if event.type in ("attachment.added", "attachment.signed") and data.MaBam not in blobs:
            return 409, {"detail": f"Tệp {data.MaBam} chưa được tải lên đầy đủ."}
        return 201, {"_digest": digest}


def _outdated(dossier: HubDossier, data) -> bool:
    """A step taken from an older state: its base version is behind the dossier's (or, from a
    counter that sends no base version, the state it was taken from is not the current one)."""
    if data.PhienBanCoSo is not None:
        return data.PhienBanCoSo < (dossier.version or 0)
    return data.TrangThaiTruoc is not None and data.TrangThaiTruoc != dossier.status


def _refusal(event, dossier: HubDossier, received: datetime) -> dict:
    return {"status": "conflict", "idempotency_key": event.idempotency_key, "MaHoSo": event.MaHoSo, "seq": event.seq,
            "received_at": received.isoformat(),
            "detail": "Hồ sơ đã được thay đổi tại tỉnh sau trạng thái mà bước này dựa vào: bước được ghi nhận nhưng "
                      "không áp dụng; quầy và tỉnh cần thống nhất.",
            "province": {"TrangThai": dossier.status, "PhienBan": dossier.version or 0, "NgayHenTra": dossier.due_at or None}}


bearer = HTTPBearer(auto_error=False, description="The counter's own token (Authorization: Bearer …)")

def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(
        responses=UNAUTHORISED,
        title="Counter — giao thức đồng bộ với hệ thống tỉnh",
        version=API_VERSION,
        description=(
            "JSON over HTTPS between a one-stop counter and the provincial system. Field names follow the "
            "national portal (DongBoHoSoMC, CapNhatTienDoHoSoMC); timestamps are ISO 8601 with their offset. "
            "Every event carries an idempotency key created when the change was saved: a replay returns the "
            "stored result, the same key with another payload is 409. Events of a dossier are applied in `seq` "
            "order. Attachments are identified by SHA-256 and uploaded resumably (HEAD for the offset, PATCH to "
            "append) within `max_attachment_bytes` from /info."
        ),
    )
    app.state.hub = hub

    app.add_middleware(BodyGuard, hub=hub)

    def client(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Client:
        found = hub.client_for(credentials.credentials if credentials else None)
        if found is None:
            raise HTTPException(401, "Mã truy cập không hợp lệ hoặc thiếu (Authorization: Bearer …).",
                                headers={"WWW-Authenticate": "Bearer"})
        return found

    @app.get("/api/v1/info", response_model=schemas.Info, tags=["info"])
    def info(c: Client = Depends(client)):
        return schemas.Info(api_version=API_VERSION, server_time=now_utc(), max_attachment_bytes=hub.max_attachment_bytes,
                            max_batch=MAX_BATCH, agency_code=c.agency_code)

    @app.post("/api/v1/events", status_code=201, response_model=schemas.EventResult, tags=["events"],
              responses={**BODY_ERRORS, 200: {"description": "Replay: the stored result", "model": schemas.EventResult},
                         409: {"description": "Conflict: the same key with another payload, an event out of order, "
                                              "or (status 'conflict', with the province's state) a step taken from an "
                                              "older state of the dossier: recorded, not applied",
                               "model": schemas.EventConflict}})
    def post_event(event: schemas.EventIn, idempotency_key: str = Header(..., alias="Idempotency-Key", min_length=8,
                                                                       max_length=64),
                   c: Client = Depends(client)):
        if idempotency_key != event.idempotency_key:
            raise HTTPException(422, [{"loc": ["header", "Idempotency-Key"], "msg": "khác idempotency_key trong nội dung",
                                       "type": "value_error"}])
        with hub.write() as session:
            [(status, body)] = hub.apply_events(session, c, [event.model_dump(mode="json")])
        return JSONResponse(body, status_code=status)

    @app.post("/api/v1/events/batch", response_model=schemas.BatchOut, tags=["events"], responses=BODY_ERRORS)
    def post_batch(batch: schemas.BatchIn, c: Client = Depends(client)):
        with hub.write() as session:
            applied = hub.apply_events(session, c, batch.events)
        results = []
        for raw, (status, body) in zip(batch.events, applied):
            key = raw.get("idempotency_key") if isinstance(raw, dict) else None
            results.append({"idempotency_key": key if isinstance(key, str) else None, "status": status, "body": body})
        return JSONResponse({"results": results})  # already in the documented shape: no second validation

    @app.post("/api/v1/noop", tags=["info"], summary="Do nothing (a baseline for benchmarks)")
    async def noop(request: Request, c: Client = Depends(client)):
        await request.body()
        return {"ok": True}

    # The pulls answer with what is stored, as stored: the counter validates every item on arrival
    # (counter.sync.inbound, the same models as documented here), and a row stored by an older
    # version of this server can never turn a pull into a server error.
    @app.get("/api/v1/updates", response_model=schemas.UpdatesOut, tags=["pull"], responses=QUERY_ERRORS)
    def updates(after: int = Query(0, ge=0, le=2**62), limit: int = Query(100, ge=1, le=500), c: Client = Depends(client)):
        with hub.read_session() as session:
            rows = session.scalars(select(Update).where(Update.agency_code == c.agency_code, Update.id > after)
                                   .order_by(Update.id).limit(limit)).all()
            out = [{"id": r.id, "MaHoSo": r.dossier_code, "kind": r.kind, "data": r.data,
                    "created_at": r.created_at.replace(tzinfo=timezone.utc).isoformat()} for r in rows]
        return _raw({"updates": out, "next_cursor": out[-1]["id"] if out else after})

    @app.get("/api/v1/catalogue", response_model=schemas.CatalogueOut, tags=["pull"],
             responses={**QUERY_ERRORS, 204: {"description": "No newer catalogue"}})
    def catalogue(since: str = Query("", max_length=40, pattern=r"^[0-9.]*$"), c: Client = Depends(client)):
        def key(v: str):
            try:
                return version_key(v)
            except Exception:
                return ()

        with hub.read_session() as session:
            versions = session.scalars(select(CatalogueVersion)).all()
            newest = max(versions, key=lambda v: key(v.version), default=None)
            if newest is None or key(newest.version) <= key(since):
                return Response(status_code=204)
            return _raw({"version": newest.version, "document": newest.document})

    @app.get("/api/v1/calendar", response_model=schemas.CalendarOut, tags=["pull"],
             responses={**QUERY_ERRORS, 204: {"description": "No newer calendar"}})
    def calendar(since: int = Query(0, ge=0, le=2**31), c: Client = Depends(client)):
        with hub.read_session() as session:
            newest = session.scalar(select(Calendar).order_by(Calendar.version.desc()).limit(1))
            if newest is None or newest.version <= since:
                return Response(status_code=204)
            return _raw({"version": newest.version, "days_off": newest.days_off, "workdays": newest.workdays,
                         "note": newest.note})

    @app.post("/api/v1/audit/head", status_code=201, response_model=schemas.AuditRecorded, tags=["audit"],
              responses=BODY_ERRORS, summary="Record the head of this counter's audit chain")
    def audit_head(head: schemas.AuditHeadIn, c: Client = Depends(client)):
        with hub.write() as session:
            last = session.scalar(select(AuditHead).where(AuditHead.agency_code == c.agency_code,
                                                          AuditHead.chain == head.chain)
                                  .order_by(AuditHead.id.desc()).limit(1))
            if last is None or (last.seq, last.hash) != (head.seq, head.hash):
                session.add(AuditHead(agency_code=c.agency_code, client_id=c.id, chain=head.chain, seq=head.seq,
                                      hash=head.hash, received_at=now_utc().replace(tzinfo=None)))
        return JSONResponse({"status": "recorded"}, status_code=201)

    @app.get("/api/v1/audit/heads", response_model=schemas.AuditHeads, tags=["audit"], responses=QUERY_ERRORS,
             summary="The heads of an audit chain this agency's counters sent, oldest first")
    def audit_heads(chain: str = Query(..., pattern=r"^[0-9a-f]{32}$"), c: Client = Depends(client)):
        with hub.read_session() as session:
            rows = session.scalars(select(AuditHead).where(AuditHead.agency_code == c.agency_code,
                                                           AuditHead.chain == chain).order_by(AuditHead.id)).all()
            heads = [{"seq": r.seq, "hash": r.hash,
                      "received_at": r.received_at.replace(tzinfo=timezone.utc).isoformat()} for r in rows]
        return _raw({"heads": heads})

    add_routes(app, hub)
    app.state.client_dependency = client
    slot_routes.add_routes(app, hub)
    online_routes.add_routes(app, hub)

    @app.post("/api/v1/tsa", tags=["signatures"], summary="Test time-stamping authority (RFC 3161)",
              response_class=Response, responses={200: {"description": "A TimeStampResp (DER)", "content": {
                  "application/timestamp-reply": {}}}},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                  "application/timestamp-query": {"schema": {"type": "string", "format": "binary"}}}}})
    async def tsa(request: Request):
        body = await request.body()
        return Response(await hub.tsa.respond(body), media_type="application/timestamp-reply")

    @app.get("/api/v1/tsa/root.pem", tags=["signatures"], summary="The test TSA's root certificate (PEM)",
             response_class=Response, responses={200: {"content": {"application/x-pem-file": {}}}})
    def tsa_root():
        return Response(hub.tsa.root_pem, media_type="application/x-pem-file")

    @app.get("/api/v1/results/{sha256}", tags=["signatures"], summary="A signed result document (PDF)",
             response_class=Response, responses={**QUERY_ERRORS, 200: {"content": {"application/pdf": {}}},
                                                 404: {"description": "Unknown, or another agency's"}})
    def result_file(sha256: str = _path({"pattern": schemas.SHA256}), c: Client = Depends(client)):
        path = hub.result_file(c.agency_code, sha256)
        if path is None:
            return JSONResponse({"detail": "Không có văn bản kết quả này cho cơ quan của quầy."}, status_code=404)
        return Response(path.read_bytes(), media_type="application/pdf")

    sha_path = {"pattern": schemas.SHA256}

    @app.head("/api/v1/attachments/{sha256}", tags=["attachments"],
              responses={**QUERY_ERRORS, 200: {"description": "Known: Upload-Offset and Upload-Length headers"},
                         404: {"description": "Unknown"}})
    def attachment_state(sha256: str = _path(sha_path), c: Client = Depends(client)):
        with hub.read_session() as session:
            row = session.get(Attachment, (c.agency_code, sha256))
        if row is None:
            return Response(status_code=404)
        return Response(status_code=200, headers={"Upload-Offset": str(row.offset), "Upload-Length": str(row.length),
                                                  "Upload-Complete": "1" if row.complete else "0"})

    @app.patch("/api/v1/attachments/{sha256}", tags=["attachments"], status_code=204,
               responses={400: {"description": "Unreadable body"}, 201: {"description": "Upload complete and hash verified"},
                          409: {"description": "Upload-Offset does not match"}, 413: {"description": "Too large"},
                          422: {"description": "Bad headers, or content does not match its hash"}},
               openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {
                   "schema": {"type": "string", "format": "binary"}}}}})
    async def attachment_append(request: Request, sha256: str = _path(sha_path),
                                upload_offset: int = Header(..., alias="Upload-Offset", ge=0),
                                upload_length: int = Header(..., alias="Upload-Length", ge=1),
                                c: Client = Depends(client)):
        if upload_length > hub.max_attachment_bytes:
            return JSONResponse({"detail": f"Tệp lớn hơn giới hạn {hub.max_attachment_bytes} byte."}, status_code=413)
        chunk = await request.body()
        return _append(hub, c.agency_code, sha256, upload_offset, upload_length, chunk)

    return app


def _raw(body: dict) -> Response:
    """JSON as stored; characters JSON cannot carry as text are escaped, never a server error."""
    return Response(json.dumps(body, ensure_ascii=True, default=str), media_type="application/json")


def _path(extra: dict):
    return PathParam(..., **extra)


def _append(hub: Hub, agency: str, sha256: str, offset: int, length: int, chunk: bytes) -> Response:
    """Append to this agency's upload of ``sha256`` (each agency has its own folder: nothing it
    sends can touch, reveal or complete another agency's file)."""
    folder = hub.files / agency
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / sha256
    part = folder / f"{sha256}.part"
    with hub.write() as session:
        row = session.get(Attachment, (agency, sha256))
        if row is None:
            row = Attachment(agency_code=agency, sha256=sha256, length=length, offset=0, complete=False)
            session.add(row)
            part.write_bytes(b"")
        if row.complete:
            return Response(status_code=201, headers={"Upload-Offset": str(row.length)})
        if row.length != length:
            return JSONResponse({"detail": "Upload-Length khác lần tải trước."}, status_code=422)
        if offset != row.offset:
            return JSONResponse({"detail": f"Upload-Offset phải là {row.offset}."}, status_code=409,
                                headers={"Upload-Offset": str(row.offset)})
        if offset + len(chunk) > length:
            return JSONResponse({"detail": "Dữ liệu vượt Upload-Length."}, status_code=422)
        with open(part, "ab") as fh:
            fh.truncate(offset)
            fh.write(chunk)
        row.offset = offset + len(chunk)
        if row.offset < length:
            return Response(status_code=204, headers={"Upload-Offset": str(row.offset)})
        digest = hashlib.sha256(part.read_bytes()).hexdigest()
        if digest != sha256:
            part.unlink(missing_ok=True)
            if row in session.new:
                session.expunge(row)
            else:
                session.delete(row)
            return JSONResponse({"detail": "Nội dung không khớp mã băm SHA-256: tải lại từ đầu."}, status_code=422)
        part.replace(target)
        row.complete = True
        return Response(status_code=201, headers={"Upload-Offset": str(row.offset)})
