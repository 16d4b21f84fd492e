"""The procedure catalogue: load and check a catalogue file, import it as a new version, look
procedures up. Format: resources/catalogue/FORMAT.md."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from counter import clock, paths
from counter.domain.calendar import Duration
from counter.domain.text import fold, fold_words, nfc
from counter.services.errors import UserError
from counter.store.models import Agency, Catalogue, Department, Office, Procedure, ProcedureDocument, ProcedureFee

FORMAT = "counter-catalogue/1"
LEVELS = ("commune", "district", "province")
LEVEL_LABELS = {"commune": "Cấp xã", "district": "Cấp huyện", "province": "Cấp tỉnh"}
LOCAL = "LOCAL"


class CatalogueError(UserError):
    pass


def bundled_catalogue() -> Path:
    return paths.resource("catalogue", "procedures.json")


def version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        raise CatalogueError(f"Phiên bản danh mục '{version}' phải gồm các số nối bằng dấu chấm, ví dụ 2026.11.1.") from None


def _nfc_tree(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc_tree(v) for k, v in value.items()}
    return value


def load_catalogue(path: Path) -> dict:
    """Read and check a catalogue file; raise CatalogueError naming the faulty field."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"Không tìm thấy tệp danh mục {path}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"Tệp danh mục {path} không đọc được (JSON UTF-8): {exc}.") from None
    data = _nfc_tree(data)
    check_catalogue(data)
    return data


def check_catalogue(data: dict) -> None:
    def fail(where: str, what: str):
        raise CatalogueError(f"Danh mục không hợp lệ tại {where}: {what}.")

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        fail("format", f"phải là '{FORMAT}'")
    for key in ("version", "issued", "procedures"):
        if key not in data:
            fail(key, "thiếu trường bắt buộc")
    version_key(data["version"])
    try:
        date.fromisoformat(data["issued"])
    except (TypeError, ValueError):
        fail("issued", "ngày phải có dạng YYYY-MM-DD")
    agencies = {}
    for i, agency in enumerate(data.get("agencies", [])):
        for key in ("code", "name", "level"):
            if not agency.get(key):
                fail(f"agencies[{i}].{key}", "thiếu giá trị")
        if agency["level"] not in LEVELS:
            fail(f"agencies[{i}].level", f"phải là một trong {', '.join(LEVELS)}")
        agencies[agency["code"]] = agency
    seen = set()
    for i, proc in enumerate(data["procedures"]):
        where = f"procedures[{i}]"
        for key in ("code", "name", "level", "field", "deciding_agency", "processing_time", "documents"):
            if key not in proc:
                fail(f"{where}.{key}", "thiếu trường bắt buộc")
        if proc["code"] in seen:
            fail(f"{where}.code", f"mã {proc['code']} bị trùng")
        seen.add(proc["code"])
        if proc["level"] not in LEVELS:
            fail(f"{where}.level", f"phải là một trong {', '.join(LEVELS)}")
        if proc["deciding_agency"] != LOCAL and proc["deciding_agency"] not in agencies:
            fail(f"{where}.deciding_agency", f"'{proc['deciding_agency']}' không có trong danh sách agencies")
        time_ = proc["processing_time"]
        try:
            Duration(float(time_["value"]), time_["unit"])
        except (KeyError, TypeError, ValueError):
            fail(f"{where}.processing_time", "unit phải là 'day' hoặc 'hour' và value ≥ 0")
        if not proc["documents"]:
            fail(f"{where}.documents", "cần ít nhất một thành phần hồ sơ")
        for j, doc in enumerate(proc["documents"]):
            counts = [doc.get(k, 0) for k in ("originals", "certified_copies", "photocopies")]
            if not all(isinstance(c, int) and c >= 0 for c in counts) or sum(counts) < 1:
                fail(f"{where}.documents[{j}]", "số bản phải là số nguyên ≥ 0 và tổng ít nhất 1")
            if not doc.get("name"):
                fail(f"{where}.documents[{j}].name", "thiếu tên giấy tờ")
        for j, fee in enumerate(proc.get("fees", [])):
            if not isinstance(fee.get("amount"), int) or fee["amount"] < 0:
                fail(f"{where}.fees[{j}].amount", "số tiền phải là số nguyên (đồng) ≥ 0")


@dataclass(frozen=True)
class ImportResult:
    version: str
    imported: bool
    procedures: int
    message: str


def current_version(session: Session) -> str | None:
    return session.scalar(select(Catalogue.version).where(Catalogue.current.is_(True)))


def import_catalogue(session: Session, data: dict, *, force: bool = False) -> ImportResult:
    """Import ``data`` as a new catalogue version if it is newer than the current one.

    Older versions and their procedures stay: dossiers point at the exact procedure row they
    were received under, and carry a snapshot of its name, agency and time besides.
    """
    check_catalogue(data)
    version = data["version"]
    current = current_version(session)
    if current is not None and not force and version_key(version) <= version_key(current):
        return ImportResult(current, False, 0, f"Danh mục hiện tại ({current}) đã mới nhất.")
    if session.scalar(select(Catalogue.id).where(Catalogue.version == version)) is not None:
        raise CatalogueError(f"Phiên bản danh mục {version} đã được nhập trước đây.")

    for agency in data.get("agencies", []):
        row = session.get(Agency, agency["code"])
        if row is None:
            row = Agency(code=agency["code"], name=agency["name"], level=agency["level"])
            session.add(row)
        row.name, row.level = agency["name"], agency["level"]
        existing = {d.name for d in row.departments}
        for i, name in enumerate(agency.get("departments", [])):
            if name not in existing:
                row.departments.append(Department(name=name, position=i))

    session.query(Catalogue).filter(Catalogue.current.is_(True)).update({Catalogue.current: False})
    catalogue = Catalogue(
        version=version,
        issued=date.fromisoformat(data["issued"]),
        publisher=data.get("publisher", ""),
        source=data.get("source", ""),
        imported_at=clock.now(),
        current=True,
        procedure_count=len(data["procedures"]),
    )
    session.add(catalogue)
    session.flush()
    for proc in data["procedures"]:
        time_ = proc["processing_time"]
        session.add(
            Procedure(
                catalogue_id=catalogue.id,
                code=proc["code"],
                name=proc["name"],
                name_fold=fold(f"{proc['code']} {proc['name']}"),
                level=proc["level"],
                field_code=proc["field"].get("code", ""),
                field_name=proc["field"].get("name", ""),
                deciding_agency=proc["deciding_agency"],
                department=proc.get("department", ""),
                duration_value=float(time_["value"]),
                duration_unit=time_["unit"],
                postal_submission=bool(proc.get("postal_submission", True)),
                postal_return=bool(proc.get("postal_return", True)),
                legal_basis=proc.get("legal_basis", ""),
                documents=[
                    ProcedureDocument(
                        position=i,
                        code=doc.get("code", ""),
                        name=doc["name"],
                        originals=doc.get("originals", 0),
                        certified_copies=doc.get("certified_copies", 0),
                        photocopies=doc.get("photocopies", 0),
                        required=bool(doc.get("required", True)),
                    )
                    for i, doc in enumerate(proc["documents"])
                ],
                fees=[
                    ProcedureFee(
                        position=i,
                        code=fee.get("code", ""),
                        name=fee["name"],
                        kind=fee.get("kind", "le_phi"),
                        amount=fee["amount"],
                        note=fee.get("note", ""),
                    )
                    for i, fee in enumerate(proc.get("fees", []))
                ],
            )
        )
    message = f"Đã nhập danh mục thủ tục phiên bản {version} ({len(data['procedures'])} thủ tục)."
    return ImportResult(version, True, len(data["procedures"]), message)


# -- look-ups used by the intake screen -------------------------------------------------------


@dataclass(frozen=True)
class ProcedureInfo:
    """A procedure as the counter shows it (detached from the session)."""

    id: int
    code: str
    name: str
    name_fold: str
    level: str
    field_name: str
    deciding_agency_code: str
    deciding_agency_name: str
    department: str
    duration: Duration
    postal_submission: bool
    postal_return: bool
    documents: tuple[ProcedureDocument, ...]
    fees: tuple[ProcedureFee, ...]

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level, self.level)

    @property
    def fee_total(self) -> int:
        return sum(f.amount for f in self.fees)


def resolve_agency(session: Session, code: str, office: Office) -> tuple[str, str]:
    if code == LOCAL:
        return office.agency_code, office.name
    agency = session.get(Agency, code)
    return code, agency.name if agency else code


def current_procedures(session: Session) -> list[ProcedureInfo]:
    office = session.get(Office, 1)
    agencies = {a.code: a.name for a in session.scalars(select(Agency))}
    rows = session.scalars(
        select(Procedure)
        .join(Catalogue)
        .where(Catalogue.current.is_(True))
        .options(selectinload(Procedure.documents), selectinload(Procedure.fees))
        .order_by(Procedure.level, Procedure.field_name, Procedure.name)
    ).all()
    result = []
    for p in rows:
        if p.deciding_agency == LOCAL:
            agency_code, agency_name = (office.agency_code, office.name) if office else (LOCAL, "UBND cấp xã")
        else:
            agency_code, agency_name = p.deciding_agency, agencies.get(p.deciding_agency, p.deciding_agency)
        result.append(
            ProcedureInfo(
                id=p.id,
                code=p.code,
                name=p.name,
                name_fold=p.name_fold,
                level=p.level,
                field_name=p.field_name,
                deciding_agency_code=agency_code,
                deciding_agency_name=agency_name,
                department=p.department,
                duration=Duration(p.duration_value, p.duration_unit),
                postal_submission=p.postal_submission,
                postal_return=p.postal_return,
                documents=tuple(p.documents),
                fees=tuple(p.fees),
            )
        )
    return result


def match_procedures(procedures: list[ProcedureInfo], query: str) -> list[ProcedureInfo]:
    """Procedures whose code or name contains every word of ``query``, with or without
    diacritics; an exact code match comes first."""
    words = fold_words(query)
    if not words:
        return list(procedures)
    needle = nfc(query).strip()
    hits = [p for p in procedures if all(w in p.name_fold for w in words)]
    hits.sort(key=lambda p: (p.code != needle, not p.code.startswith(needle), len(p.name)))
    return hits
