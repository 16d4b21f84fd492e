"""The online dossiers' messages as the counter checks them on arrival (and as docs/sync-api.json
documents them): the hub (counter.sync.hub.online) answers with these shapes."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from counter.sync.wire import SHA256

ONLINE_CODE = r"^DVC-\d{6}-\d{5,}$"


class Applicant(BaseModel):
    model_config = ConfigDict(extra="allow")
    HoTen: str = Field(min_length=1, max_length=255)
    SoGiayTo: str = Field(default="", max_length=20)
    NgaySinh: str = Field(default="", max_length=10)
    SoDienThoai: str = Field(default="", max_length=20)
    Email: str = Field(default="", max_length=120)
    DiaChi: str = Field(default="", max_length=300)


class FileOut(BaseModel):
    name: str = Field(min_length=1, max_length=255)
    mime: str = Field(min_length=1, max_length=60)
    size: int = Field(ge=0, le=2 ** 40)
    sha256: str = Field(pattern=SHA256)
    round: int = Field(default=1, ge=1)


class OnlineItem(BaseModel):
    """One online dossier as a counter pulls it (its files by hash only). ``id``: the cursor (the
    province's revision of the dossier: each change gives it a new, higher one)."""

    model_config = ConfigDict(extra="allow")
    id: int = Field(ge=1, le=2 ** 62)
    MaHoSoTrucTuyen: str = Field(pattern=ONLINE_CODE)
    MaTTHC: str = Field(min_length=1, max_length=60)
    TenTTHC: str = Field(default="", max_length=500)
    ChuHoSo: Applicant
    ThoiDiemNop: AwareDatetime
    round: int = Field(ge=1, le=1000)
    state: Literal["waiting", "claimed", "accepted", "supplement", "returned"]
    claim: Literal["none", "mine", "other"]
    claimed_by: str = Field(default="", max_length=255)
    files: list[FileOut] = Field(default=[], max_length=50)
    DaThanhToanTrucTuyen: bool = Field(default=False, description="Fees paid on the portal")


class OnlinePage(BaseModel):
    items: list[OnlineItem]
    next_cursor: int
