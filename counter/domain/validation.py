"""Validation of identity and contact data (DOMAIN §8).

Every check returns a normalised value or raises :class:`Invalid` with a message in Vietnamese
that says what to fix. Checks that only *warn* (tax-code checksum, old ID cards) return a
:class:`Checked` carrying the warning.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from counter import paths
from counter.domain.text import ascii_number, nfc
from counter.errors import UserError
from counter.messages import msg, text_of


class Invalid(UserError, ValueError):
    """A value the officer must correct; ``text_of(exc)`` (counter.messages) is the message to show."""


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

# Digit 4 of the personal ID: sex and century of birth (Thông tư 07/2016/TT-BCA, Điều 7): 0/1 male/
# female born 1900–1999, 2/3 2000–2099, 4/5 2100–2199, 6/7 2200–2299 (8/9 are for 2300–2399).
_CENTURY = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200}


def personal_id(raw: str, birth_date: date | None = None, *, today: date | None = None) -> Checked:
    """A 12-digit personal ID number (số định danh cá nhân); 9-digit old ID cards are accepted
    with a warning. Full-width and other Unicode digits, spaces and dashes are normalised first."""
    value = ascii_number(raw).replace("-", "").replace(".", "")
    if not value:
        raise Invalid(msg("Nhập số định danh cá nhân (12 chữ số)."))
    if not value.isdigit():
        raise Invalid(msg("Số định danh cá nhân chỉ gồm chữ số."))
    if len(value) == 9:
        return Checked(value, msg("Số CMND 9 số cũ: đề nghị công dân cung cấp số định danh cá nhân 12 số."))
    if len(value) != 12:
        raise Invalid(msg("Số định danh cá nhân phải có 12 chữ số (đang có {count}).", count=len(value)))
    if value[:3] not in PROVINCE_CODES:
        raise Invalid(msg("Ba chữ số đầu ({code}) không phải mã tỉnh nơi đăng ký khai sinh hợp lệ.", code=value[:3]))
    century = _CENTURY.get(int(value[3]))
    if century is None:
        raise Invalid(msg("Chữ số thứ 4 ({digit}) cho giới tính và thế kỷ sinh phải từ 0 đến 7 "
                          "(người sinh từ năm 1900 đến 2299): kiểm tra lại số định danh.", digit=value[3]))
    year = century + int(value[4:6])
    today = today or date.today()
    if year > today.year:
        raise Invalid(msg("Chữ số thứ 4–6 cho năm sinh {year}, sau năm hiện tại: kiểm tra lại số định danh.", year=year))
    if birth_date is not None and birth_date.year != year:
        raise Invalid(msg(
            "Số định danh cho năm sinh {year} nhưng ngày sinh đã nhập là năm {typed}: "
            "kiểm tra lại số định danh hoặc ngày sinh.", year=year, typed=birth_date.year
        ))
    return Checked(value)


def id_sex(value: str) -> str | None:
    """'Nam' / 'Nữ' from a 12-digit personal ID, else None."""
    if len(value) == 12 and value.isdigit():
        return msg("Nữ") if int(value[3]) % 2 else msg("Nam")
    return None


_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")


def passport(raw: str) -> Checked:
    value = ascii_number(raw).replace("-", "").replace(".", "").upper()
    if not _PASSPORT.match(value):
        raise Invalid(msg("Số hộ chiếu gồm 6–12 chữ cái in hoa hoặc chữ số, không có dấu."))
    return Checked(value)


_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_TAX = re.compile(r"^(\d{10})(?:-?(\d{3}))?$")


def tax_code(raw: str, *, today: date | None = None) -> Checked:
    """Enterprise / tax code: 10 digits; 13 digits for a branch or dependent unit, typed with or
    without the dash (any dash), stored as 10 digits, '-', 3 digits; or, since 1/7/2025 (Thông tư
    86/2024/TT-BTC), the 12-digit personal ID number that individuals and household businesses use
    as their tax code.

    The tenth digit of a 10-digit code is a checksum as commonly documented; since that rule is
    not verified against the legal text, a mismatch only warns.
    """
    value = ascii_number(raw).replace(".", "")
    if not value:
        raise Invalid(msg("Nhập mã số doanh nghiệp/mã số thuế."))
    digits = value.replace("-", "")
    if digits.isdigit() and len(digits) == 12 and "-" not in value:
        try:
            return Checked(personal_id(digits, today=today).value)
        except Invalid as exc:
            raise Invalid(msg("Mã số thuế 12 chữ số là số định danh cá nhân của chủ hộ kinh doanh: {reason}",
                               reason=text_of(exc))) from None
    match = _TAX.match(value)
    if not match:
        raise Invalid(msg("Mã số thuế gồm 10 chữ số; 13 chữ số (10 chữ số, dấu '-' và 3 chữ số) cho chi nhánh, đơn vị "
                          "phụ thuộc; hoặc 12 chữ số định danh cá nhân của hộ kinh doanh."))
    digits, branch = match.group(1), match.group(2)
    value = f"{digits}-{branch}" if branch else digits
    total = sum(int(d) * w for d, w in zip(digits[:9], _TAX_WEIGHTS))
    check = 10 - total % 11
    if check != int(digits[9]):
        return Checked(value, msg("Chữ số kiểm tra của mã số thuế không khớp: đề nghị đối chiếu lại với giấy tờ."))
    return Checked(value)


@lru_cache(maxsize=1)
def phone_plan() -> dict:
    """Assigned mobile prefixes and fixed-line area codes (resources/contact/phone_prefixes.json)."""
    return json.loads(paths.resource("contact", "phone_prefixes.json").read_text(encoding="utf-8"))


def phone(raw: str) -> Checked:
    """A Vietnamese phone number, returned as 0xxxxxxxxx (mobile, 10 digits) or 02xxxxxxxxx (fixed,
    11 digits), checked against the assigned prefixes kept as data. +84 / 84 stand for the 0."""
    value = ascii_number(raw).replace("-", "").replace(".", "").replace("(", "").replace(")", "")
    if not value:
        raise Invalid(msg("Nhập số điện thoại."))
    if value.startswith("+84"):
        value = "0" + value[3:]
    elif value.startswith("84") and len(value) in (11, 12):
        value = "0" + value[2:]
    if not value.isdigit():
        raise Invalid(msg("Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84)."))
    if not value.startswith("0"):
        raise Invalid(msg("Số điện thoại bắt đầu bằng 0 (hoặc +84), ví dụ 0912345678."))
    plan = phone_plan()
    if value.startswith("02"):
        area = next((a for a in plan["fixed"]["area_codes"] if value.startswith(a)), None)
        if area is None:
            raise Invalid(msg("Mã vùng {code} không phải mã vùng điện thoại cố định đang dùng: kiểm tra lại số.",
                              code=value[:4]))
        if len(value) != plan["fixed"]["length"]:
            raise Invalid(msg("Số điện thoại cố định có {length} chữ số kể cả mã vùng (đang có {count}).",
                              length=plan["fixed"]["length"], count=len(value)))
        return Checked(value)
    if len(value) != plan["mobile"]["length"]:
        raise Invalid(msg("Số điện thoại di động có {length} chữ số (đang có {count}); số cố định có {fixed} chữ số, "
                          "bắt đầu bằng 02.", length=plan["mobile"]["length"], count=len(value),
                          fixed=plan["fixed"]["length"]))
    if value[:3] not in plan["mobile"]["prefixes"]:
        raise Invalid(msg("Đầu số {prefix} chưa được cấp cho mạng di động nào: kiểm tra lại số điện thoại.",
                          prefix=value[:3]))
    return Checked(value)


def email(raw: str) -> Checked:
    """Syntax only (email-validator, no DNS look-up); stored in its normalised form (domain in
    lower case, internationalised domains as Unicode)."""
    from email_validator import EmailNotValidError, validate_email  # lazy: email-validator, only to check an address

    value = nfc(raw)
    if not value:
        raise Invalid(msg("Nhập địa chỉ thư điện tử (ví dụ: ten@example.vn)."))
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise Invalid(msg("Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: ten@example.vn): {reason}",
                          reason=_email_reason(str(exc)))) from None
    return Checked(result.normalized)


_EMAIL_REASONS = (
    ("must have an @-sign", msg("thiếu dấu @.")),
    ("two periods in a row", msg("có hai dấu chấm liền nhau.")),
    ("cannot start or end with a period", msg("không được bắt đầu hoặc kết thúc bằng dấu chấm.")),
    ("cannot start with a period", msg("không được bắt đầu bằng dấu chấm.")),
    ("cannot end with a period", msg("không được kết thúc bằng dấu chấm.")),
    ("hyphen immediately after the @-sign", msg("tên miền không được bắt đầu bằng dấu gạch ngang.")),
    ("a period and a hyphen next to each other", msg("dấu chấm và dấu gạch ngang không được đứng liền nhau.")),
    ("invalid characters before the @-sign", msg("có ký tự không được phép (dấu cách, chữ có dấu …) trước dấu @.")),
    ("cannot start with a hyphen", msg("tên miền không được bắt đầu bằng dấu gạch ngang.")),
    ("cannot end with a hyphen", msg("tên miền không được kết thúc bằng dấu gạch ngang.")),
    ("There must be something after the @-sign", msg("thiếu tên miền sau dấu @.")),
    ("There must be something before the @-sign", msg("thiếu tên trước dấu @.")),
    ("is not valid. It should have a period", msg("tên miền thiếu phần đuôi (ví dụ .vn).")),
    ("is too long", msg("quá dài.")),
)


def _email_reason(english: str) -> str:
    for fragment, reason in _EMAIL_REASONS:
        if fragment in english:
            return reason
    return msg("có ký tự hoặc cấu trúc không được phép.")


_DATE = re.compile(r"^([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})$")


def parse_date(raw: str) -> date:
    """A date typed as dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy) or ISO yyyy-mm-dd."""
    value = ascii_number(raw)
    match = _DATE.match(value)
    if match:  # the right shape: say what is wrong with the date itself, not the format
        day, month, year = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            raise Invalid(msg("Tháng {month} không có: tháng từ 1 đến 12.", month=month))
        try:
            typed = date(year, month, day)
        except ValueError:
            raise Invalid(msg("Tháng {month}/{year} không có ngày {day}: kiểm tra lại ngày.",
                              month=f"{month:02d}", year=year, day=day)) from None
        return _plausible(typed)
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise Invalid(msg("Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1990.")) from None
    return _plausible(parsed)


def _plausible(day: date) -> date:
    """A year the counter can meet (papers of the 20th century on): "0001-01-01" is a typing slip."""
    if not 1900 <= day.year <= 2199:
        raise Invalid(msg("Năm {year} không hợp lệ: nhập năm đủ bốn chữ số, từ 1900 trở đi.", year=day.year))
    return day


def birth_date(raw: str, *, today: date | None = None) -> date:
    value = parse_date(raw)
    today = today or date.today()
    if value > today:
        raise Invalid(msg("Ngày sinh không thể sau ngày hôm nay."))
    if today.year - value.year > 130:
        raise Invalid(msg("Ngày sinh quá xa (hơn 130 năm trước): kiểm tra lại năm sinh."))
    return value


def required_text(raw: str, what: str, *, max_length: int = 255) -> str:
    value = nfc(raw)
    if not value:
        raise Invalid(msg("Nhập {what}.", what=what))
    if len(value) > max_length:
        raise Invalid(msg("Nhập {what} không quá {max_length} ký tự.", what=what, max_length=max_length))
    return value


_NAME_BAD = re.compile(r"[0-9@#$%^&*_=+<>{}\[\]|\\/~`]")


def person_name(raw: str, what: str = msg("họ và tên")) -> str:
    value = required_text(raw, what, max_length=120)
    if _NAME_BAD.search(value):
        raise Invalid(msg("Không nhập chữ số hoặc ký hiệu trong {what}.", what=what))
    return value


def money(raw: str) -> int:
    """An amount in đồng typed as '50.000', '50000', '50 000 đ'."""
    value = re.sub(r"[.,đĐ]|VND|vnd", "", ascii_number(raw))  # vi-only: the đồng sign typed after an amount
    if not value:
        return 0
    if not (value.isascii() and value.isdigit()):
        raise Invalid(msg("Số tiền chỉ gồm chữ số (đơn vị đồng), ví dụ 50.000."))
    return int(value)


def format_money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"  # vi-only: the đồng sign, the same in every language
