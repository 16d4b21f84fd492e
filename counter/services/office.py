"""The office set-up: this office, its officers, its deciding agencies and departments."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from counter import clock, paths, secrets
from counter import settings
from counter.settings import office_settings
from counter.domain import validation as v
from counter.domain.calendar import OfficeCalendar, parse_hhmm
from counter.domain.codes import agency_identifier
from counter.domain.text import nfc
from counter.messages import msg, text_of
from counter.services import audit
from counter.services.accounts import require
from counter.services.errors import NotFound, UserError, ValidationFailed, os_reason
from counter.services.units import load_units
from counter.store.models import Agency, Department, Office, Officer
from counter.transport import allowed_by_setting, refusal

ROLES = {"officer": msg("Công chức tiếp nhận"), "supervisor": msg("Lãnh đạo / giám sát"), "admin": msg("Quản trị")}


def demo_office() -> dict:
    """The demo office shipped with Counter (UBND xã Tân Trụ); a damaged copy raises ResourceError."""
    return paths.resource_json("office", "demo_office.json")


def get_office(session: Session) -> Office:
    office = session.get(Office, 1)
    if office is None:
        raise NotFound(msg("Chưa thiết lập thông tin cơ quan: chạy 'counter init' hoặc mở phần Thiết lập."))
    return office


def office_calendar(office: Office) -> OfficeCalendar:
    return OfficeCalendar.from_config(office.calendar or {})


def install_office(session: Session, data: dict) -> Office:
    """Create the office, its departments and officers from a counter-office/1 document."""
    if data.get("format") != "counter-office/1":
        raise UserError(msg("Tệp thiết lập cơ quan phải có format 'counter-office/1'."))
    o = data["office"]
    office = Office(
        id=1,
        agency_code=agency_identifier(o["agency_code"]),
        name=nfc(o["name"]),
        unit_name=nfc(o.get("unit_name", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")),
        parent_name=nfc(o["parent_name"]),
        level=o["level"],
        address=nfc(o.get("address", "")),
        place=nfc(o.get("place", "")),
        phone=o.get("phone", ""),
        # the counter slot is not taken from the file: it comes from the province or an explicit choice
        # (counter.services.slots), so two installations of one file never issue the same codes
        counter_no=1,
        counter_slots=1,
        seq_width=int(o.get("seq_width", 4)),
        calendar=o.get("calendar", {}),
        lookup_url=o.get("lookup_url", ""),
        settings=o.get("settings", {}),
        updated_at=clock.now(),
    )
    session.add(office)
    own = session.get(Agency, office.agency_code) or Agency(code=office.agency_code, name=office.name, level=office.level)
    own.name, own.level = office.name, office.level
    session.add(own)
    for i, name in enumerate(o.get("departments", [])):
        own.departments.append(Department(name=nfc(name), position=i))
    for person in data.get("officers", []):
        session.add(
            Officer(
                username=person["username"],
                full_name=nfc(person["full_name"]),
                title=nfc(person.get("title", "")),
                role=person.get("role", "officer"),
            )
        )
    session.flush()
    return office


def load_office_file(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(msg("Không đọc được tệp thiết lập cơ quan {path}: {reason}.", path=str(path),
                            reason=os_reason(exc))) from exc
    except ValueError as exc:  # UnicodeDecodeError, JSONDecodeError
        raise UserError(msg("Tệp thiết lập cơ quan {path} không đọc được: {reason}.", path=str(path),
                            reason=paths.json_problem(exc))) from None


# -- editing (settings screen) -----------------------------------------------------------------


@dataclass
class OfficeForm:
    """What the settings screen edits; strings as typed."""

    agency_code: str
    name: str
    parent_name: str
    level: str
    address: str
    place: str
    phone: str
    seq_width: str
    office_hours: dict[int, str] = field(default_factory=dict)  # weekday -> "07:00-11:30, 13:30-17:00"
    days_off: str = ""  # one dd/mm/yyyy per line
    workdays: str = ""
    lookup_url: str = ""
    scan_folder: str = ""
    supplement_days: str = str(settings.SUPPLEMENT_DAYS.default)
    due_soon_hours: str = str(settings.DUE_SOON_HOURS.default)
    lock_minutes: str = str(settings.LOCK_MINUTES.default)
    sync_url: str = ""
    sync_token: str = ""
    sync_ca_bundle: str = ""
    province_code: str = ""
    commune_code: str = ""
    postal_url: str = ""
    postal_key: str = ""
    postal_customer: str = ""
    postage_in_province: str = "0"
    postage_other_province: str = "0"


def _parse_sessions(text: str) -> list[list[str]]:
    sessions = []
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        start, _, end = part.partition("-")
        a, b = parse_hhmm(start), parse_hhmm(end)
        if not a < b:
            raise ValueError(part)
        sessions.append([a.strftime("%H:%M"), b.strftime("%H:%M")])
    return sessions


def _parse_dates(text: str) -> list[str]:
    return sorted({v.parse_date(line).isoformat() for line in text.replace(",", "\n").splitlines() if line.strip()})


def office_form(office: Office) -> OfficeForm:
    cal = office.calendar or {}
    hours = {int(k): ", ".join(f"{a}-{b}" for a, b in s) for k, s in (cal.get("office_hours") or {}).items()}
    fmt = lambda ds: "\n".join(f"{d[8:10]}/{d[5:7]}/{d[:4]}" for d in ds)  # noqa: E731
    s = office_settings(office)
    return OfficeForm(
        agency_code=office.agency_code,
        name=office.name,
        parent_name=office.parent_name,
        level=office.level,
        address=office.address,
        place=office.place,
        phone=office.phone,
        seq_width=str(office.seq_width),
        office_hours=hours,
        days_off=fmt(cal.get("days_off", [])),
        workdays=fmt(cal.get("workdays", [])),
        lookup_url=office.lookup_url,
        scan_folder=s.scan_folder,
        supplement_days=str(s.supplement_days),
        due_soon_hours=str(s.due_soon_hours),
        lock_minutes=str(s.lock_minutes),
        sync_url=s.sync_url,
        sync_token=_secret(office, settings.LEGACY_SYNC_TOKEN),
        sync_ca_bundle=s.sync_ca_bundle,
        province_code=s.province_code,
        commune_code=s.commune_code,
        postal_url=s.postal_url,
        postal_key=_secret(office, settings.LEGACY_POSTAL_KEY),
        postal_customer=s.postal_customer or "",
        postage_in_province=str(s.postage_in_province),
        postage_other_province=str(s.postage_other_province),
    )


def update_office(session: Session, form: OfficeForm, actor: audit.Actor) -> Office:
    require(actor, "office.edit")
    office = get_office(session)
    errors: dict[str, str] = {}

    def check(name, fn):
        try:
            return fn()
        except (v.Invalid, ValueError) as exc:
            errors[name] = text_of(exc) if isinstance(exc, v.Invalid) else msg("Giá trị không hợp lệ.")
            return None

    code = check("agency_code", lambda: agency_identifier(form.agency_code))
    name = check("name", lambda: v.required_text(form.name, msg("tên cơ quan")))
    parent = check("parent_name", lambda: v.required_text(form.parent_name, msg("cơ quan chủ quản")))
    phone = check("phone", lambda: v.phone(form.phone).value) if form.phone.strip() else ""
    width = check("seq_width", lambda: int(form.seq_width))
    if width is not None and not 3 <= width <= 8:
        errors["seq_width"] = msg("Độ dài số thứ tự trong mã hồ sơ từ 3 đến 8 chữ số.")
    if form.level not in ("commune", "district", "province"):
        errors["level"] = msg("Chọn cấp của cơ quan.")
    hours = {}
    for weekday, text in form.office_hours.items():
        try:
            sessions = _parse_sessions(text)
        except ValueError:
            errors[f"hours_{weekday}"] = msg("Giờ làm việc nhập dạng 07:00-11:30, 13:30-17:00.")
            continue
        if sessions:
            hours[str(weekday)] = sessions
    if not hours and not any(k.startswith("hours_") for k in errors):
        errors["hours_0"] = msg("Cần ít nhất một ngày làm việc trong tuần.")
    days_off = check("days_off", lambda: _parse_dates(form.days_off))
    workdays = check("workdays", lambda: _parse_dates(form.workdays))
    ranged = {s: _ranged(errors, s, getattr(form, s.key))
              for s in (settings.SUPPLEMENT_DAYS, settings.DUE_SOON_HOURS, settings.LOCK_MINUTES)}
    scan_folder = nfc(form.scan_folder)
    if scan_folder and not Path(scan_folder).is_dir():
        errors["scan_folder"] = msg("Thư mục {folder} không tồn tại.", folder=scan_folder)
    plain_allowed = allowed_by_setting(office)
    sync_url = form.sync_url.strip().rstrip("/")
    if sync_url and refusal(sync_url, plain_allowed):
        errors["sync_url"] = refusal(sync_url, plain_allowed)
    sync_ca = form.sync_ca_bundle.strip()
    if sync_ca and not Path(sync_ca).is_file():
        errors["sync_ca_bundle"] = msg("Không có tệp chứng chỉ {path}.", path=sync_ca)

    units = load_units()
    province_code, commune_code = form.province_code.strip(), form.commune_code.strip()
    if province_code and units.provinces and units.province(province_code) is None:
        errors["province_code"] = msg("Mã tỉnh không có trong danh mục đơn vị hành chính (ví dụ 80: Tây Ninh).")
    elif commune_code and units.provinces and units.commune(province_code, commune_code) is None:
        errors["commune_code"] = msg("Mã xã, phường không thuộc tỉnh đã chọn.")
    postal_url = form.postal_url.strip().rstrip("/")
    postal_service = msg("dịch vụ bưu chính")
    if postal_url and refusal(postal_url, plain_allowed, postal_service):
        errors["postal_url"] = refusal(postal_url, plain_allowed, postal_service)
    tariff = {}
    for s in (settings.POSTAGE_IN_PROVINCE, settings.POSTAGE_OTHER_PROVINCE):
        tariff[s] = check(s.key, lambda s=s: v.money(getattr(form, s.key)))
    if errors:
        raise ValidationFailed(errors)

    before = _office_dict(office)
    office.agency_code, office.name, office.parent_name, office.level = code, name, parent, form.level
    office.address, office.place, office.phone = nfc(form.address), nfc(form.place), phone
    office.seq_width = width
    office.calendar = {**(office.calendar or {}), "office_hours": hours, "days_off": days_off, "workdays": workdays}
    office.lookup_url = nfc(form.lookup_url)

    db_url = str(session.get_bind().url)
    secrets.put(db_url, "sync_token", form.sync_token.strip())
    secrets.put(db_url, "postal_key", form.postal_key.strip())
    settings.put(office, {settings.SCAN_FOLDER: scan_folder, **ranged, settings.SYNC_URL: sync_url,
                          settings.SYNC_CA_BUNDLE: sync_ca, settings.PROVINCE_CODE: province_code,
                          settings.COMMUNE_CODE: commune_code, settings.POSTAL_URL: postal_url,
                          settings.POSTAL_CUSTOMER: form.postal_customer.strip(), **tariff}, drop=settings.SECRET_KEYS)
    office.updated_at = clock.now()
    own = session.get(Agency, code)
    if own is None:
        session.add(Agency(code=code, name=name, level=form.level))
    else:
        own.name = name
    audit.record(session, actor, "office.update", "office", "1", before, _office_dict(office))
    return office


def _ranged(errors: dict[str, str], setting: settings.Setting, text: str):
    """A number typed for ``setting``, checked against its declared range (None when wrong: the
    reason is in ``errors``)."""
    try:
        return setting.parse(text)
    except settings.OutOfRange as exc:
        errors[setting.key] = text_of(exc)
    except ValueError:
        errors[setting.key] = msg("Giá trị không hợp lệ.")
    return None


def _secret(office: Office, legacy: settings.Setting) -> str:
    """A secret of this office: from the keyring or the owner-only file (an older database may
    still hold it in its settings)."""
    session = object_session(office)
    url = str(session.get_bind().url) if session is not None else ""
    return secrets.get(url, legacy.key) or settings.get(office, legacy)


def _office_dict(office: Office) -> dict:
    values = {
        k: getattr(office, k)
        for k in ("agency_code", "name", "parent_name", "level", "address", "place", "phone", "counter_no",
                  "counter_slot_source", "seq_width", "calendar", "lookup_url", "settings")
    }
    values["settings"] = settings.stored(office)
    for secret in settings.SECRET_KEYS:  # the audit log never holds a secret itself
        if values["settings"].get(secret):
            values["settings"] = {**values["settings"], secret: "***"}
    return values


# -- officers and departments --------------------------------------------------------------


def officers(session: Session, *, active_only: bool = True) -> list[Officer]:
    query = select(Officer).order_by(Officer.full_name)
    if active_only:
        query = query.where(Officer.active.is_(True))
    return list(session.scalars(query))


def save_officer(session: Session, actor: audit.Actor, *, officer_id: int | None, username: str, full_name: str,
                 title: str, role: str, active: bool = True) -> Officer:
    require(actor, "accounts.edit")
    errors = {}
    username = nfc(username).lower()
    if not username or " " in username:
        errors["username"] = msg("Tên đăng nhập không được trống hoặc chứa dấu cách.")
    try:
        full_name = v.person_name(full_name)
    except v.Invalid as exc:
        errors["full_name"] = text_of(exc)
    if role not in ROLES:
        errors["role"] = msg("Chọn vai trò.")
    clash = session.scalar(select(Officer).where(Officer.username == username))
    if clash is not None and clash.id != officer_id:
        errors["username"] = msg("Tên đăng nhập '{username}' đã có người dùng.", username=username)
    if errors:
        raise ValidationFailed(errors)
    officer = session.get(Officer, officer_id) if officer_id else None
    before = None
    if officer is None:
        officer = Officer(username=username)
        session.add(officer)
    else:
        before = {"username": officer.username, "full_name": officer.full_name, "title": officer.title,
                  "role": officer.role, "active": officer.active}
    officer.username, officer.full_name, officer.title, officer.role, officer.active = (
        username, full_name, nfc(title), role, active)
    session.flush()
    audit.record(session, actor, "officer.save", "officer", username, before,
                 {"username": username, "full_name": full_name, "title": officer.title, "role": role, "active": active})
    return officer


def agencies(session: Session) -> list[Agency]:
    """The agencies with their departments, in two queries (the dossier window reads them at each opening)."""
    return list(session.scalars(select(Agency).options(selectinload(Agency.departments))
                                .order_by(Agency.level.desc(), Agency.name)))


def set_departments(session: Session, actor: audit.Actor, agency_code: str, names: list[str]) -> None:
    require(actor, "office.edit")
    agency = session.get(Agency, agency_code)
    if agency is None:
        raise NotFound(msg("Không có cơ quan {code}.", code=agency_code))
    before = [d.name for d in agency.departments]
    clean = []
    for name in names:
        name = nfc(name)
        if name and name not in clean:
            clean.append(name)
    keep = {d.name: d for d in agency.departments}
    agency.departments = [keep.get(n) or Department(name=n) for n in clean]
    for i, d in enumerate(agency.departments):
        d.position = i
    audit.record(session, actor, "agency.departments", "agency", agency_code, {"departments": before}, {"departments": clean})
