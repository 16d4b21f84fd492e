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
from counter.domain.calendar import Duration, parse_hhmm
from counter.domain.fees import BASES, FeeRule
from counter.domain.text import fold, fold_words, nfc
from counter.messages import msg, text_of
from counter.services.errors import UserError
from counter.store.models import Agency, Catalogue, Department, Office, Procedure, ProcedureDocument, ProcedureFee

FORMAT = "counter-catalogue/1"
LEVELS = ("commune", "district", "province")
LEVEL_LABELS = {"commune": msg("Cấp xã"), "district": msg("Cấp huyện"), "province": msg("Cấp tỉnh")}
LOCAL = "LOCAL"
APPLICANTS = ("person", "organisation")


def _date(value) -> date | None:
    return date.fromisoformat(value) if value else None


class CatalogueError(UserError):
    pass


def bundled_catalogue() -> Path:
    """The catalogue shipped with Counter (a file inside the installed package)."""
    return paths.resource("catalogue", "procedures.json")


def load_bundled_catalogue() -> dict:
    """The shipped catalogue, read and checked; a damaged copy raises paths.ResourceError."""
    data = _nfc_tree(paths.resource_json("catalogue", "procedures.json"))
    try:
        check_catalogue(data)
    except CatalogueError as exc:
        raise paths.ResourceError(msg("Danh mục thủ tục đi kèm Counter bị hỏng: {problem} {hint}",
                                      problem=text_of(exc), hint=paths.reinstall_hint())) from None
    return data


def version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        raise CatalogueError(msg("Phiên bản danh mục '{version}' phải gồm các số nối bằng dấu chấm, ví dụ 2026.11.1.",
                                 version=version)) from None


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
        raise CatalogueError(msg("Không tìm thấy tệp danh mục {path}.", path=str(path))) from None
    except ValueError as exc:  # UnicodeDecodeError, JSONDecodeError
        raise CatalogueError(msg("Tệp danh mục {path} không đọc được: {problem}.", path=str(path),
                                 problem=paths.json_problem(exc))) from None
    data = _nfc_tree(data)
    check_catalogue(data)
    return data


def check_catalogue(data: dict) -> None:
    def fail(where: str, what: str):
        raise CatalogueError(msg("Danh mục không hợp lệ tại {where}: {what}.", where=where, what=what))

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        fail("format", msg("phải là '{value}'", value=FORMAT))
    for key in ("version", "issued", "procedures"):
        if key not in data:
            fail(key, msg("thiếu trường bắt buộc"))
    version_key(data["version"])
    try:
        date.fromisoformat(data["issued"])
    except (TypeError, ValueError):
        fail("issued", msg("ngày phải có dạng YYYY-MM-DD"))
    agencies = {}
    for i, agency in enumerate(data.get("agencies", [])):
        for key in ("code", "name", "level"):
            if not agency.get(key):
                fail(f"agencies[{i}].{key}", msg("thiếu giá trị"))
        if agency["level"] not in LEVELS:
            fail(f"agencies[{i}].level", msg("phải là một trong {values}", values=", ".join(LEVELS)))
        _check_dates(agency, f"agencies[{i}]", fail)
        agencies[agency["code"]] = agency
    seen = set()
    for i, proc in enumerate(data["procedures"]):
        where = f"procedures[{i}]"
        for key in ("code", "name", "level", "field", "deciding_agency", "processing_time", "documents"):
            if key not in proc:
                fail(f"{where}.{key}", msg("thiếu trường bắt buộc"))
        key = (proc["code"], proc.get("variant", ""))
        if key in seen:
            fail(f"{where}.code", msg("mã {code} ({variant}) bị trùng", code=proc["code"], variant=key[1]) if key[1]
                 else msg("mã {code} bị trùng", code=proc["code"]))
        seen.add(key)
        if proc["level"] not in LEVELS:
            fail(f"{where}.level", msg("phải là một trong {values}", values=", ".join(LEVELS)))
        valid_from, valid_to = _check_dates(proc, where, fail)
        if proc["deciding_agency"] != LOCAL and proc["deciding_agency"] not in agencies:
            fail(f"{where}.deciding_agency", msg("'{code}' không có trong danh sách agencies",
                                                 code=proc["deciding_agency"]))
        if proc["deciding_agency"] != LOCAL:
            ceased = _date(agencies[proc["deciding_agency"]].get("valid_to"))
            if ceased is not None and (valid_to is None or valid_to > ceased):
                fail(f"{where}.valid_to", msg("cơ quan giải quyết {code} ngừng hoạt động sau ngày {day}: thủ tục "
                                              "phải hết hiệu lực từ ngày đó hoặc chuyển cơ quan khác",
                                              code=proc["deciding_agency"], day=f"{ceased:%d/%m/%Y}"))
        for key, allowed in (("intake_levels", LEVELS), ("applicants", APPLICANTS)):
            values = proc.get(key)
            if values is not None and (not isinstance(values, list) or not values or set(values) - set(allowed)):
                fail(f"{where}.{key}", msg("danh sách khác rỗng gồm các giá trị {values}", values=", ".join(allowed)))
        time_ = proc["processing_time"]
        try:
            Duration(float(time_["value"]), time_["unit"], parse_hhmm(time_["cutoff"]) if time_.get("cutoff") else None)
        except (KeyError, TypeError, ValueError, AttributeError):
            fail(f"{where}.processing_time", msg("unit là 'day' hoặc 'hour', value ≥ 0; cutoff 'HH:MM' chỉ dùng với "
                                                 "số ngày làm việc nguyên"))
        if not proc["documents"]:
            fail(f"{where}.documents", msg("cần ít nhất một thành phần hồ sơ"))
        for j, doc in enumerate(proc["documents"]):
            counts = [doc.get(k, 0) for k in ("originals", "certified_copies", "photocopies")]
            if not all(isinstance(c, int) and c >= 0 for c in counts) or sum(counts) < 1:
                fail(f"{where}.documents[{j}]", msg("số bản phải là số nguyên ≥ 0 và tổng ít nhất 1"))
            if not doc.get("name"):
                fail(f"{where}.documents[{j}].name", msg("thiếu tên giấy tờ"))
        codes = set()
        for j, fee in enumerate(proc.get("fees", [])):
            at = f"{where}.fees[{j}]"
            if not fee.get("code") or fee["code"] in codes:
                fail(f"{at}.code", msg("mỗi khoản phí cần một mã riêng trong thủ tục"))
            codes.add(fee["code"])
            if not isinstance(fee.get("amount"), int) or fee["amount"] < 0:
                fail(f"{at}.amount", msg("số tiền phải là số nguyên (đồng) ≥ 0"))
            if not nfc(fee.get("legal_basis", "")):
                fail(f"{at}.legal_basis", msg("ghi văn bản quy định mức thu (nguồn pháp lý) của khoản này"))
            if fee.get("basis", "dossier") not in BASES:
                fail(f"{at}.basis", msg("phải là một trong {values}", values=", ".join(BASES)))
            if fee.get("basis") == "unit" and not fee.get("unit"):
                fail(f"{at}.unit", msg("khoản thu theo đơn vị cần tên đơn vị (trang, bản, chữ ký …)"))
            tiers = fee.get("tiers", [])
            if not isinstance(tiers, list) or not all(
                    isinstance(t, dict) and isinstance(t.get("from"), int) and t["from"] >= 1
                    and isinstance(t.get("amount"), int) and t["amount"] >= 0 for t in tiers):
                fail(f"{at}.tiers", msg('mỗi bậc có dạng {"from": n ≥ 1, "amount": đồng ≥ 0}'))  # no values: braces as they are
            if not isinstance(fee.get("default_count", 0), int) or fee.get("default_count", 0) < 0:
                fail(f"{at}.default_count", msg("số lượng đề xuất là số nguyên ≥ 0"))
            if fee.get("cap") is not None and (not isinstance(fee["cap"], int) or fee["cap"] < 0):
                fail(f"{at}.cap", msg("mức tối đa là số nguyên (đồng) ≥ 0"))


def _check_dates(item: dict, where: str, fail) -> tuple[date | None, date | None]:
    try:
        valid_from, valid_to = _date(item.get("valid_from")), _date(item.get("valid_to"))
    except (TypeError, ValueError):
        fail(f"{where}.valid_from/valid_to", msg("ngày phải có dạng YYYY-MM-DD"))
    if valid_from and valid_to and valid_to < valid_from:
        fail(f"{where}.valid_to", msg("ngày hết hiệu lực trước ngày có hiệu lực"))
    return valid_from, valid_to


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
        return ImportResult(current, False, 0, msg("Danh mục hiện tại ({version}) đã mới nhất.", version=current))
    if session.scalar(select(Catalogue.id).where(Catalogue.version == version)) is not None:
        raise CatalogueError(msg("Phiên bản danh mục {version} đã được nhập trước đây.", version=version))

    for agency in data.get("agencies", []):
        row = session.get(Agency, agency["code"])
        if row is None:
            row = Agency(code=agency["code"], name=agency["name"], level=agency["level"])
            session.add(row)
        row.name, row.level = agency["name"], agency["level"]
        row.valid_from, row.valid_to = _date(agency.get("valid_from")), _date(agency.get("valid_to"))
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
                name_fold=fold(f"{proc['code']} {proc['name']} {proc.get('variant', '')}"),
                level=proc["level"],
                field_code=proc["field"].get("code", ""),
                field_name=proc["field"].get("name", ""),
                deciding_agency=proc["deciding_agency"],
                department=proc.get("department", ""),
                duration_value=float(time_["value"]),
                duration_unit=time_["unit"],
                duration_cutoff=time_.get("cutoff", ""),
                variant=proc.get("variant", ""),
                valid_from=_date(proc.get("valid_from")),
                valid_to=_date(proc.get("valid_to")),
                intake_levels=proc.get("intake_levels") or default_intake_levels(proc["level"]),
                applicants=proc.get("applicants") or list(APPLICANTS),
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
                        basis=fee.get("basis", "dossier"),
                        unit=fee.get("unit", ""),
                        tiers=fee.get("tiers", []),
                        cap=fee.get("cap"),
                        per_copy=bool(fee.get("per_copy", False)),
                        legal_basis=fee["legal_basis"],
                        default_count=fee.get("default_count", 0),
                    )
                    for i, fee in enumerate(proc.get("fees", []))
                ],
            )
        )
    message = msg("Đã nhập danh mục thủ tục phiên bản {version} ({count} thủ tục).", version=version,
                  count=len(data["procedures"]))
    return ImportResult(version, True, len(data["procedures"]), message)


def default_intake_levels(level: str) -> list[str]:
    """Where a procedure is received when the catalogue does not say: a provincial procedure at
    every counter of the province (location-independent intake), a commune or district one at its
    own level."""
    return ["province", "commune"] if level == "province" else [level]


# -- look-ups used by the intake screen -------------------------------------------------------


def fee_rules(fees) -> tuple[FeeRule, ...]:
    return tuple(FeeRule(code=f.code, name=f.name, amount=f.amount, kind=f.kind, basis=f.basis, unit=f.unit,
                         tiers=tuple((t["from"], t["amount"]) for t in f.tiers or ()), cap=f.cap,
                         per_copy=f.per_copy, legal_basis=f.legal_basis, note=f.note,
                         default_count=f.default_count or 0) for f in fees)


def duration_of(row) -> Duration:
    """The timing rule of a procedure or a dossier row."""
    return Duration.of(row.duration_value, row.duration_unit, row.duration_cutoff)


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
    fees: tuple[FeeRule, ...]
    variant: str = ""
    applicants: tuple[str, ...] = APPLICANTS
    valid_from: date | None = None
    valid_to: date | None = None

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level, self.level)

    @property
    def title(self) -> str:
        """The name with its case, as printed ("…, nhà ở riêng lẻ")."""
        return f"{self.name} — {self.variant}" if self.variant else self.name

    @property
    def base_fee(self) -> int:
        """What is charged in every case (optional and per-unit items come on top)."""
        return sum(f.amount for f in self.fees if f.basis == "dossier")


def resolve_agency(session: Session, code: str, office: Office, *, on: date | None = None) -> tuple[str, str]:
    """The deciding agency's code and name; raises CatalogueError for one that has ceased (routing
    never targets it)."""
    if code == LOCAL:
        return office.agency_code, office.name
    agency = session.get(Agency, code)
    if agency is not None and ceased(agency, on or clock.now().date()):
        raise CatalogueError(msg("{agency} đã ngừng hoạt động từ ngày {day}: không chuyển hồ sơ đến cơ quan này. Cập "
                                 "nhật danh mục thủ tục.", agency=agency.name, day=f"{agency.valid_to:%d/%m/%Y}"))
    return code, agency.name if agency else code


def ceased(agency: Agency, on: date) -> bool:
    return (agency.valid_to is not None and agency.valid_to < on) or (
        agency.valid_from is not None and agency.valid_from > on)


def offered(p: Procedure, office: Office | None, agencies: dict[str, Agency], today: date) -> bool:
    """Whether intake offers procedure ``p`` today at this office: in force today, received at the
    office's level, and decided by an agency that exists today."""
    if (p.valid_from and p.valid_from > today) or (p.valid_to and p.valid_to < today):
        return False
    if office is not None and office.level not in (p.intake_levels or default_intake_levels(p.level)):
        return False
    agency = agencies.get(p.deciding_agency)
    return agency is None or not ceased(agency, today)


def current_procedures(session: Session, *, today: date | None = None, everything: bool = False) -> list[ProcedureInfo]:
    """The procedures intake offers today (``everything``: the whole current catalogue, to look old
    entries up)."""
    office = session.get(Office, 1)
    today = today or clock.now().date()
    agencies = {a.code: a for a in session.scalars(select(Agency))}
    rows = session.scalars(
        select(Procedure)
        .join(Catalogue)
        .where(Catalogue.current.is_(True))
        .options(selectinload(Procedure.documents), selectinload(Procedure.fees))
        .order_by(Procedure.level, Procedure.field_name, Procedure.name, Procedure.variant)
    ).all()
    result = []
    for p in rows:
        if not everything and not offered(p, office, agencies, today):
            continue
        if p.deciding_agency == LOCAL:
            agency_code, agency_name = (office.agency_code, office.name) if office else (LOCAL, "UBND cấp xã")  # vi-only: agency name
        else:
            agency = agencies.get(p.deciding_agency)
            agency_code, agency_name = p.deciding_agency, agency.name if agency else p.deciding_agency
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
                duration=duration_of(p),
                postal_submission=p.postal_submission,
                postal_return=p.postal_return,
                documents=tuple(p.documents),
                fees=fee_rules(p.fees),
                variant=p.variant,
                applicants=tuple(p.applicants or APPLICANTS),
                valid_from=p.valid_from,
                valid_to=p.valid_to,
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


def import_file(db, path: Path) -> ImportResult:
    """Load, check and import a catalogue file (``counter catalogue``)."""
    data = load_catalogue(path)
    with db.write() as session:
        return import_catalogue(session, data)
