"""Property-based tests of every validator (hypothesis): whatever is typed, a check either returns
a value or raises ``Invalid`` with a message; normalising twice changes nothing; and what is stored
is what is printed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from counter.domain import codes
from counter.domain import validation as v
from counter.domain.text import DASHES, ascii_number, print_name

TODAY = date(2026, 11, 22)
FULL_WIDTH = "０１２３４５６７８９"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
#: what a hurried keyboard, a scanner or a copy from a PDF produces
TYPED = st.text(alphabet=st.sampled_from(
    "0123456789" + FULL_WIDTH + ARABIC_INDIC + DASHES + " \u00a0\u2009\t.+()@_/,ĐđAaZzÀàỹ" + "Ⅻ²¹½"), max_size=24)
ANY = st.one_of(TYPED, st.text(max_size=40))


def _settled(fn, raw):
    """fn(raw) as stored, or None when refused; anything but Invalid fails the test."""
    try:
        result = fn(raw)
    except v.Invalid as exc:
        assert str(exc).strip(), "a refusal must say what to fix"
        return None
    return result.value if isinstance(result, v.Checked) else result


CHECKS = {
    "personal_id": lambda raw: v.personal_id(raw, today=TODAY),
    "passport": v.passport,
    "tax_code": lambda raw: v.tax_code(raw, today=TODAY),
    "phone": v.phone,
    "email": v.email,
    "person_name": v.person_name,
    "address": lambda raw: v.required_text(raw, "địa chỉ", max_length=500),
    "agency_identifier": codes.agency_identifier,
}


@pytest.mark.parametrize("name", sorted(CHECKS))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(raw=ANY)
def test_only_validation_errors_and_normalising_twice_changes_nothing(name, raw):
    check = CHECKS[name]
    stored = _settled(check, raw)
    if stored is not None:
        assert _settled(check, stored) == stored


@settings(max_examples=300, deadline=None)
@given(raw=ANY)
def test_money_and_dates(raw):
    amount = _settled(v.money, raw)
    if amount is not None:
        assert amount >= 0 and v.money(f"{amount:,}".replace(",", ".")) == amount
    day = _settled(v.parse_date, raw)
    if day is not None:
        assert v.parse_date(day.strftime("%d/%m/%Y")) == day
    born = _settled(lambda r: v.birth_date(r, today=TODAY), raw)
    if born is not None:
        assert born <= TODAY


digit = st.sampled_from("0123456789")
province = st.sampled_from(sorted(v.PROVINCE_CODES))


@st.composite
def personal_ids(draw):
    century_digit = draw(st.sampled_from("0123"))
    year = draw(st.integers(0, 99 if century_digit in "01" else TODAY.year - 2000))
    return f"{draw(province)}{century_digit}{year:02d}" + "".join(draw(st.lists(digit, min_size=6, max_size=6)))


@st.composite
def disguised(draw, value: str):
    """The same number as a person may type it: full-width or Arabic-Indic digits, spaces, dashes."""
    out = []
    for ch in value:
        style = draw(st.integers(0, 2))
        out.append(FULL_WIDTH[int(ch)] if style == 1 and ch.isdigit() else
                   ARABIC_INDIC[int(ch)] if style == 2 and ch.isdigit() else ch)
        out.append(draw(st.sampled_from(["", "", "", " ", "\u00a0", "-", "–"])))
    return "".join(out)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_valid_ids_are_accepted_however_they_are_typed(data):
    value = data.draw(personal_ids())
    assert v.personal_id(data.draw(disguised(value)), today=TODAY).value == value
    assert v.tax_code(value, today=TODAY).value == value


mobile = st.builds(lambda p, rest: p + rest, st.sampled_from(sorted(v.phone_plan()["mobile"]["prefixes"])),
                   st.text(alphabet="0123456789", min_size=7, max_size=7))


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_valid_phones_are_accepted_however_they_are_typed(data):
    value = data.draw(mobile)
    assert v.phone(data.draw(disguised(value))).value == value
    assert v.phone("+84" + value[1:]).value == value


@settings(max_examples=300, deadline=None)
@given(raw=TYPED)
@example("0123456789")
@example("02012345678")
def test_phone_messages_never_contradict_themselves(raw):
    """A refusal that quotes the length typed never quotes the length it asks for."""
    try:
        v.phone(raw)
    except v.Invalid as exc:
        message = str(exc)
        if "(đang có " in message:
            typed = int(message.split("(đang có ")[1].split(")")[0])
            asked = int(message.split(" có ")[1].split(" chữ số")[0])
            assert typed != asked, message


def test_ascii_number_is_idempotent_on_its_output():
    for raw in ("０９１２－３４５", "٠٩ ١٢", "a–b"):
        once = ascii_number(raw)
        assert ascii_number(once) == once


@settings(max_examples=200, deadline=None)
@given(name=st.text(alphabet=st.sampled_from("AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉẾỀỆỐỒỘỚỜỢỨỪỰ "),
                    min_size=1, max_size=30))
def test_printing_a_name_twice_changes_nothing(name):
    once = print_name(name)
    assert print_name(once) == once
    assert once.casefold() == " ".join(name.split()).casefold()


@st.composite
def applicants(draw):
    """What a valid applicant may type: any valid ID, phone and email, a name in capitals or not."""
    family = draw(st.sampled_from(["Nguyễn", "Trần", "Đặng", "Huỳnh"]))
    given = draw(st.sampled_from(["Thị Ánh Tuyết", "Văn Đức", "Hữu Lộc"]))
    name = f"{family} {given}"
    name = name.upper() if draw(st.booleans()) else name
    local = draw(st.from_regex(r"[a-z][a-z0-9]{0,8}(\.[a-z0-9]{1,5})?", fullmatch=True))
    return (draw(disguised(draw(personal_ids()))), draw(disguised(draw(mobile))),
            f"{local}@{draw(st.sampled_from(['example.vn', 'Tayninh.GOV.vn']))}", name)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed=applicants())
def test_what_is_stored_is_what_is_printed(typed):
    """The value a check stores is the one the receipt prints, character for character; a name is
    printed as stored, or in title case when it was typed in capitals."""
    from datetime import datetime

    from counter.documents.receipt import ReceiptData, render_receipt
    from helpers import pdf_text

    raw_id, raw_phone, raw_email, name = typed
    stored_id = v.personal_id(raw_id, today=TODAY).value
    stored_phone, stored_email = v.phone(raw_phone).value, v.email(raw_email).value
    stored_name = v.person_name(name)
    data = ReceiptData(code="000.01.34.H49-261123-1001", parent_name="UBND TỈNH TÂY NINH", office_name="UBND xã Tân Trụ",
                       unit_name="BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", place="Tân Trụ", number="1/2026/Q1",
                       applicant_kind="person", applicant_name=print_name(stored_name), id_label="Số định danh cá nhân",
                       id_number=stored_id, address="Ấp Bình Hòa", phone=stored_phone, email=stored_email,
                       representative="", proxy_name="", proxy_id_number="", procedure_code="1.001193",
                       procedure_name="Thủ tục đăng ký khai sinh", documents=(), sets=1, duration_label="Trong ngày",
                       received_at=datetime(2026, 11, 23, 9, 0), due_at=datetime(2026, 11, 23, 17, 0),
                       return_place="Bộ phận Một cửa", fee_total=0, fee_lines=(), book_volume="2026/Q1", book_number=1,
                       officer_name="Nguyễn Thị Lan", deciding_agency="UBND xã Tân Trụ", department="")
    text = pdf_text(render_receipt(data))[0]
    assert f"Số định danh cá nhân: {stored_id}" in text
    assert f"Số điện thoại: {stored_phone}" in text and f"Email: {stored_email}" in text
    assert f"Ông/Bà: {print_name(stored_name)}" in text
    assert print_name(stored_name) == (stored_name.title() if stored_name.isupper() else stored_name)
