"""The protocol's messages as pydantic models: they validate what arrives and document it in the
OpenAPI file (docs/sync-api.json)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

# What the province sends back is defined once, by what the counter accepts on arrival
# (counter.sync.inbound): the OpenAPI file documents exactly the checks the counter makes.
from counter.sync.inbound import CalendarDoc as CalendarOut  # noqa: F401
from counter.sync.inbound import CatalogueDoc as CatalogueOut  # noqa: F401
from counter.sync.inbound import ProvinceState, StepRefusal  # noqa: F401
from counter.sync.inbound import ProvinceUpdate as UpdateOut  # noqa: F401
from counter.sync.inbound import UpdatesPage as UpdatesOut  # noqa: F401
from counter.sync.wire import CODE, EMAIL, KEY, PHONE, SHA256  # noqa: F401


class Document(BaseModel):
    model_config = ConfigDict(extra="allow")
    MaThanhPhanHoSo: str = ""
    TenThanhPhanHoSo: str = Field(min_length=1)
    SoBanChinh: int = Field(ge=0)
    SoBanChungThuc: int = Field(ge=0)
    SoBanPhoto: int = Field(ge=0)


class Fee(BaseModel):
    model_config = ConfigDict(extra="allow")
    MaPhiLePhi: str = ""
    TenPhiLePhi: str = Field(min_length=1)
    HinhThucThu: str = ""
    Gia: int = Field(ge=0)


class DossierData(BaseModel):
    """DongBoHoSoMC — a dossier as received at the counter."""

    model_config = ConfigDict(extra="allow")
    MaHoSo: str = Field(pattern=CODE)
    MaTTHC: str = Field(min_length=1, max_length=60)
    TenTTHC: str = Field(min_length=1)
    ChuHoSo: str = Field(min_length=1, max_length=255)
    LoaiDoiTuong: Literal[1, 2]
    MaDoiTuong: str = Field(min_length=6, max_length=20)
    SoDienThoai: str = Field(pattern=PHONE)
    Email: str = Field(default="", pattern=r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$")
    NgayTiepNhan: AwareDatetime
    NgayHenTra: AwareDatetime
    TrangThaiHoSo: int = Field(ge=1, le=10)
    HinhThuc: Literal[0, 1]
    DonViXuLy: str = ""
    TaiLieuNop: list[Document] = []
    DanhSachLePhi: list[Fee] = []


class StepData(BaseModel):
    """CapNhatTienDoHoSoMC — one step in a dossier's life."""

    model_config = ConfigDict(extra="allow")
    MaHoSo: str = Field(pattern=CODE)
    NguoiXuLy: str = ""
    ThoiDiemXuLy: AwareDatetime
    NoiDungXuLy: str = ""
    TrangThai: int = Field(ge=1, le=10)
    TrangThaiTruoc: int | None = Field(default=None, ge=1, le=10, description="The state the step was taken from")
    PhienBanCoSo: int | None = Field(default=None, ge=0, le=2 ** 62, description=(
        "The province's version of the dossier the step was taken from (the id of the last province change the "
        "counter had applied). A step behind the dossier's version is refused (409, status 'conflict') and recorded "
        "without being applied."))
    NgayKetThucTheoQuyDinh: AwareDatetime | None = None


class AttachmentData(BaseModel):
    model_config = ConfigDict(extra="allow")
    MaHoSo: str = Field(pattern=CODE)
    MaBam: str = Field(pattern=SHA256)
    TenTepDinhKem: str = Field(min_length=1, max_length=255)
    KichThuoc: int = Field(ge=1)


class SignedCopyData(BaseModel):
    """A digitised copy signed by the receiving officer (PAdES), or its upgrade to B-T / B-LT."""

    model_config = ConfigDict(extra="allow")
    MaHoSo: str = Field(pattern=CODE)
    MaBam: str = Field(pattern=SHA256, description="SHA-256 of the signed PDF")
    MaBamGoc: str = Field(pattern=SHA256, description="SHA-256 of the scan it was made from")
    TenTepDinhKem: str = Field(min_length=1, max_length=255)
    KichThuoc: int = Field(ge=1)
    MucChuKy: Literal["B-B", "B-T", "B-LT", "B-LTA"]
    NguoiKy: str = Field(min_length=1, max_length=200)
    ThoiDiemKy: AwareDatetime


class UpdateData(BaseModel):
    """Changes to the applicant's contact data made at the counter."""

    model_config = ConfigDict(extra="allow")
    MaHoSo: str = Field(pattern=CODE)
    SoDienThoai: str | None = Field(default=None, pattern=PHONE)
    Email: str | None = Field(default=None, max_length=254, pattern=r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$")
    DiaChi: str | None = Field(default=None, max_length=500)


DATA_MODELS = {"dossier.created": DossierData, "dossier.status": StepData, "dossier.updated": UpdateData,
               "attachment.added": AttachmentData, "attachment.signed": SignedCopyData}


class EventIn(BaseModel):
    """The envelope of every event a counter sends."""

    idempotency_key: str = Field(min_length=8, max_length=64, description="Created once, when the change is saved")
    type: Literal["dossier.created", "dossier.status", "dossier.updated", "attachment.added", "attachment.signed"]
    MaHoSo: str = Field(pattern=CODE)
    seq: int = Field(ge=1, le=1_000_000, description="Order of this event among the dossier's events, from 1")
    occurred_at: AwareDatetime
    data: dict[str, Any]


class EventResult(BaseModel):
    status: Literal["accepted"]
    idempotency_key: str
    MaHoSo: str
    seq: int
    received_at: datetime


class EventConflict(BaseModel):
    """409: why the event was not applied. With ``status`` "conflict" (and the province's state) it
    is a step taken from an older state of the dossier — recorded, not applied (the counter reads
    it as counter.sync.inbound.StepRefusal); otherwise ``detail`` alone says what is wrong."""

    detail: str
    status: Literal["conflict"] | None = None
    idempotency_key: str | None = None
    MaHoSo: str | None = None
    seq: int | None = None
    received_at: datetime | None = None
    province: ProvinceState | None = None


class BatchIn(BaseModel):
    events: list[dict[str, Any]] = Field(max_length=1000)


class BatchItem(BaseModel):
    idempotency_key: str | None
    status: int = Field(description="201 accepted · 200 replay · 409 conflict · 422 invalid · 424 waits for an "
                                    "earlier event of the same dossier that failed in this batch")
    body: dict[str, Any]


class BatchOut(BaseModel):
    results: list[BatchItem]


class Info(BaseModel):
    api_version: str
    server_time: datetime
    max_attachment_bytes: int
    max_batch: int
    agency_code: str


class AuditHeadIn(BaseModel):
    """The head of a counter's audit chain (its newest entry), sent on every sync: the province keeps
    every head it receives, so a rewritten or shortened audit log at the counter shows."""

    chain: str = Field(pattern=r"^[0-9a-f]{32}$", description="The counter database's chain id")
    seq: int = Field(ge=1, le=2 ** 62)
    hash: str = Field(pattern=SHA256)


class AuditHeadOut(BaseModel):
    seq: int
    hash: str
    received_at: datetime


class AuditHeads(BaseModel):
    heads: list[AuditHeadOut]


class AuditRecorded(BaseModel):
    status: Literal["recorded"]


# The error answers every route documents (OpenAPI), shared by the hub's route modules.
UNAUTHORISED = {401: {"description": "No valid token"},
                413: {"description": "The body is larger than the server's limit (refused before it is read)"}}
BODY_ERRORS = {400: {"description": "The body is not JSON"}, 422: {"description": "Invalid request, with field messages"}}
QUERY_ERRORS = {422: {"description": "Invalid query, with field messages"}}
