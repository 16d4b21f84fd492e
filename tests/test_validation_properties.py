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
