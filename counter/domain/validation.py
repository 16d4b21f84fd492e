"""Validation of identity and contact data (DOMAIN §8).

Every check returns a normalised value or raises :class:`Invalid` with a message in Vietnamese
that says what to fix. Checks that only *warn* (tax-code checksum, old ID cards) return a
:class:`Checked` carrying the warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from counter.domain.text import nfc


class Invalid(ValueError):
    """A value the officer must correct; ``str(exc)`` is the message to show."""


@dataclass(frozen=True)
class Checked:
    value: str
    warning: str = ""


# Province-of-birth codes of the 12-digit personal ID (Thông tư 07/2016/TT-BCA, 63 provinces).
PROVINCE_CODES = frozenset(
    """001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035
    036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074
    075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096""".split()
)

# Digit 4 of the personal ID: sex and century of birth.
_CENTURY = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}

_DIGITS_ONLY = re.compile(r"[\s.\-]")


def personal_id(raw: str, birth_date: date | None = None, *, today: date | None = None) -> Checked:
    """A 12-digit personal ID number (số định danh cá nhân); 9-digit old ID cards are accepted
    with a warning."""
    value = _DIGITS_ONLY.sub("", nfc(raw))
    if not value:
        raise Invalid("Nhập số định danh cá nhân (12 chữ số).")
    if not value.isdigit():
        raise Invalid("Số định danh cá nhân chỉ gồm chữ số.")
    if len(value) == 9:
        return Checked(value, "Số CMND 9 số cũ: đề nghị công dân cung cấp số định danh cá nhân 12 số.")
    if len(value) != 12:
        raise Invalid(f"Số định danh cá nhân phải có 12 chữ số (đang có {len(value)}).")
    if value[:3] not in PROVINCE_CODES:
        raise Invalid(f"Ba chữ số đầu ({value[:3]}) không phải mã tỉnh nơi đăng ký khai sinh hợp lệ.")
    year = _CENTURY[int(value[3])] + int(value[4:6])
    today = today or date.today()
    if year > today.year:
        raise Invalid(f"Chữ số thứ 4–6 cho năm sinh {year}, sau năm hiện tại: kiểm tra lại số định danh.")
    if birth_date is not None and birth_date.year != year:
        raise Invalid(
            f"Số định danh cho năm sinh {year} nhưng ngày sinh đã nhập là năm {birth_date.year}: "
            "kiểm tra lại số định danh hoặc ngày sinh."
        )
    return Checked(value)


def id_sex(value: str) -> str | None:
    """'Nam' / 'Nữ' from a 12-digit personal ID, else None."""
    if len(value) == 12 and value.isdigit():
        return "Nữ" if int(value[3]) % 2 else "Nam"
    return None


_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")


def passport(raw: str) -> Checked:
    value = _DIGITS_ONLY.sub("", nfc(raw)).upper()
    if not _PASSPORT.match(value):
        raise Invalid("Số hộ chiếu gồm 6–12 chữ cái in hoa hoặc chữ số, không có dấu.")
    return Checked(value)


_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_TAX = re.compile(r"^(\d{10})(?:-(\d{3}))?$")


def tax_code(raw: str) -> Checked:
    """Enterprise / tax code: 10 digits, or 10 digits + '-' + 3 digits for a branch.

    The tenth digit is a checksum as commonly documented; since that rule is not verified
    against the legal text, a mismatch only warns.
    """
    value = re.sub(r"\s", "", nfc(raw))
    match = _TAX.match(value)
    if not match:
        raise Invalid("Mã số doanh nghiệp/mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số (chi nhánh).")
    digits = match.group(1)
    total = sum(int(d) * w for d, w in zip(digits[:9], _TAX_WEIGHTS))
    check = 10 - total % 11
    if check != int(digits[9]):
        return Checked(value, "Chữ số kiểm tra của mã số thuế không khớp: đề nghị đối chiếu lại với giấy tờ.")
    return Checked(value)


_MOBILE_PREFIXES = ("03", "05", "07", "08", "09")


def phone(raw: str) -> Checked:
    """A Vietnamese phone number, returned as 0xxxxxxxxx.

    Mobile: 10 digits starting 03, 05, 07, 08, 09 (or +84 / 84 without the 0).
    Landline: 11 digits starting 02.
    """
    value = re.sub(r"[\s.\-()]", "", nfc(raw))
    if not value:
        raise Invalid("Nhập số điện thoại.")
    if value.startswith("+84"):
        value = "0" + value[3:]
    elif value.startswith("84") and len(value) == 11:
        value = "0" + value[2:]
    if not value.isdigit():
        raise Invalid("Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84).")
    if len(value) == 10 and value.startswith(_MOBILE_PREFIXES):
        return Checked(value)
    if len(value) == 11 and value.startswith("02"):
        return Checked(value)
    if len(value) == 10 and value.startswith("0"):
        raise Invalid("Số di động phải bắt đầu bằng 03, 05, 07, 08 hoặc 09.")
    raise Invalid(f"Số điện thoại di động có 10 chữ số, cố định có 11 chữ số bắt đầu bằng 02 (đang có {len(value)}).")


_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")


def email(raw: str) -> Checked:
    value = nfc(raw).lower()
    if not _EMAIL.match(value):
        raise Invalid("Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).")
    return Checked(value)


_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def parse_date(raw: str) -> date:
    """A date typed as dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy) or ISO yyyy-mm-dd."""
    value = nfc(raw)
    match = _DATE.match(value)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        pass
    raise Invalid("Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1990.")


def birth_date(raw: str, *, today: date | None = None) -> date:
    value = parse_date(raw)
    today = today or date.today()
    if value > today:
        raise Invalid("Ngày sinh không thể sau ngày hôm nay.")
    if today.year - value.year > 130:
        raise Invalid("Ngày sinh quá xa (hơn 130 năm trước): kiểm tra lại năm sinh.")
    return value


def required_text(raw: str, what: str, *, max_length: int = 255) -> str:
    value = nfc(raw)
    if not value:
        raise Invalid(f"Nhập {what}.")
    if len(value) > max_length:
        raise Invalid(f"{what[:1].upper()}{what[1:]} dài quá {max_length} ký tự.")
    return value


_NAME_BAD = re.compile(r"[0-9@#$%^&*_=+<>{}\[\]|\\/~`]")


def person_name(raw: str, what: str = "họ và tên") -> str:
    value = required_text(raw, what, max_length=120)
    if _NAME_BAD.search(value):
        raise Invalid(f"{what[:1].upper()}{what[1:]} không được chứa chữ số hoặc ký hiệu.")
    return value


def money(raw: str) -> int:
    """An amount in đồng typed as '50.000', '50000', '50 000 đ'."""
    value = re.sub(r"[\s.,đĐ]|VND|vnd", "", nfc(raw))
    if not value:
        return 0
    if not value.isdigit():
        raise Invalid("Số tiền chỉ gồm chữ số (đơn vị đồng), ví dụ 50.000.")
    return int(value)


def format_money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"
