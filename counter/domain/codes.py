"""Agency identifiers and dossier codes (DOMAIN §4).

Dossier code: ``<agency identifier>-<YYMMDD>-<NNNN>``, unique per agency and day.

Allocation when several counters of one agency work offline on the same day
----------------------------------------------------------------------------
Each counter of an agency has a number ``k`` (1…``stride``) and the office declares how many
counter slots share its sequence (``stride``). Counter ``k`` issues the sequence numbers
``k, k + stride, k + 2·stride, …`` — residue classes modulo ``stride``. Two counters can
therefore never issue the same number, with no network and no coordination, and each number
is final the moment it is printed. With ``stride = 1`` (a single counter, or counters sharing
one database) the sequence is gap-free 1, 2, 3, … When a counter exhausts the configured width
(9999 with 4 digits) the sequence keeps going with one more digit rather than refusing a
citizen; the code stays unique because the agency-day prefix is the same and the numbers
differ.
"""

from __future__ import annotations

import re
from datetime import date

from counter.domain.validation import Invalid

AGENCY_ID = re.compile(r"^[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z][A-Z0-9]{2}$")
DOSSIER_CODE = re.compile(r"^(?P<agency>[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z][A-Z0-9]{2})-(?P<day>\d{6})-(?P<seq>\d{4,})$")
RESULT_CODE = re.compile(r"^(?P<dossier>.+)-KQ(?P<n>\d+)$")


def agency_identifier(raw: str) -> str:
    value = raw.strip().upper()
    if not AGENCY_ID.match(value):
        raise Invalid("Mã định danh cơ quan theo QCVN 102:2016 có dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.12.H49.")
    return value


def sequence_number(ordinal: int, counter_no: int, stride: int) -> int:
    """The ``ordinal``-th number (1-based) issued by counter ``counter_no`` of ``stride``."""
    if not 1 <= counter_no <= stride:
        raise ValueError(f"counter number {counter_no} outside 1…{stride}")
    if ordinal < 1:
        raise ValueError("ordinal starts at 1")
    return (ordinal - 1) * stride + counter_no


def dossier_code(agency: str, day: date, seq: int, width: int = 4) -> str:
    return f"{agency}-{day:%y%m%d}-{seq:0{width}d}"


def parse_dossier_code(code: str) -> tuple[str, date, int]:
    match = DOSSIER_CODE.match(code.strip().upper())
    if not match:
        raise Invalid("Mã hồ sơ có dạng <mã cơ quan>-<YYMMDD>-<số thứ tự>, ví dụ 000.00.12.H49-261122-0007.")
    d = match.group("day")
    try:
        day = date(2000 + int(d[:2]), int(d[2:4]), int(d[4:]))
    except ValueError as exc:
        raise Invalid("Ngày trong mã hồ sơ không hợp lệ.") from exc
    return match.group("agency"), day, int(match.group("seq"))


def result_code(dossier: str, n: int) -> str:
    """Electronic result code ``<dossier code>-KQ<n>`` (NĐ 45/2020)."""
    return f"{dossier}-KQ{n}"
