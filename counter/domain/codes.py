"""Agency identifiers and dossier codes (DOMAIN §4).

Dossier code: ``<agency identifier>-<YYMMDD>-<NNNN>``, unique per agency and day.

Allocation when several installations of one agency work offline (docs/codes.md)
-------------------------------------------------------------------------------
The four-digit sequence of an agency and day is split into counter slots by its first digit:
slot ``k`` (1–9) issues ``k001, k002, … k999`` and, should it ever pass 999 in one day,
``k1000, k1001, …`` (one digit longer; still its own, since every number of slot ``k`` starts with
``k`` and the digits after it are the ordinal). Two installations with different slots can therefore
never issue the same number, with no network and no coordination, and each number is final the moment
it is printed. Adding a counter never changes what the others issue.

A slot belongs to a database: every counter working on one shared database (PostgreSQL) shares its
one gap-free sequence, so an office needs one slot per database, not per desk. A new installation
has no slot and issues no code until the provincial server assigns one at its first connection or
an administrator chooses one explicitly; the server notices two installations claiming one slot
and tells both (counter.services.slots).
"""

from __future__ import annotations

import re
from datetime import date

from counter.domain.validation import Invalid
from counter.messages import msg

AGENCY_ID = re.compile(r"^[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z][A-Z0-9]{2}$")
DOSSIER_CODE = re.compile(r"^(?P<agency>[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z][A-Z0-9]{2})-(?P<day>\d{6})-(?P<seq>\d{4,})$")
RESULT_CODE = re.compile(r"^(?P<dossier>.+)-KQ(?P<n>\d+)$")


def agency_identifier(raw: str) -> str:
    value = raw.strip().upper()
    if not AGENCY_ID.match(value):
        raise Invalid(msg("Mã định danh cơ quan theo QCVN 102:2016 có dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.12.H49."))
    return value


SLOTS = range(1, 10)


def slot_number(slot: int, ordinal: int, width: int = 4) -> int:
    """The ``ordinal``-th number (1-based) issued in a day by counter slot ``slot`` (1–9): the slot
    digit, then the ordinal in at least ``width - 1`` digits."""
    if slot not in SLOTS:
        raise ValueError(f"counter slot {slot} outside 1…9")
    if ordinal < 1:
        raise ValueError("ordinal starts at 1")
    return int(f"{slot}{ordinal:0{max(width - 1, 1)}d}")


def slot_of(seq: int) -> int:
    """The slot that issued sequence number ``seq`` (its first digit)."""
    return int(str(seq)[0])


def dossier_code(agency: str, day: date, seq: int, width: int = 4) -> str:
    return f"{agency}-{day:%y%m%d}-{seq:0{width}d}"


def parse_dossier_code(code: str) -> tuple[str, date, int]:
    match = DOSSIER_CODE.match(code.strip().upper())
    if not match:
        raise Invalid(msg("Mã hồ sơ gồm mã cơ quan, ngày nhận (YYMMDD) và số thứ tự, nối bằng dấu '-', "
                          "ví dụ 000.00.12.H49-261122-0007."))
    d = match.group("day")
    try:
        day = date(2000 + int(d[:2]), int(d[2:4]), int(d[4:]))
    except ValueError as exc:
        raise Invalid(msg("Ngày trong mã hồ sơ không hợp lệ.")) from exc
    return match.group("agency"), day, int(match.group("seq"))


def result_code(dossier: str, n: int) -> str:
    """Electronic result code ``<dossier code>-KQ<n>`` (NĐ 45/2020)."""
    return f"{dossier}-KQ{n}"


_CODE_IN_TEXT = re.compile(r"[A-Za-z0-9]{3}\.[A-Za-z0-9]{2}\.[A-Za-z0-9]{2}\.[A-Za-z][A-Za-z0-9]{2}-\d{6}-\d{4,}")


def code_from_scan(text: str) -> str:
    """What a barcode scanner (or the officer) typed into the scan field, as a dossier code: the
    first line only, without an old ``MaHoSo:`` prefix; from a provincial look-up address
    (``https://…/tra-cuu/<code>`` or ``…?ma=<code>``) the code it names."""
    first = (text or "").strip().splitlines()[0].strip() if (text or "").strip() else ""
    first = first.removeprefix("MaHoSo:").strip()
    if "/" in first or "?" in first or "=" in first:
        found = _CODE_IN_TEXT.search(first)
        if found:
            return found.group(0).upper()
    return first.upper()
