import unicodedata
from datetime import date

import pytest

from counter.domain import validation as v
from counter.domain.text import fold, nfc


def test_nfd_input_becomes_nfc_and_spaces_collapse():
    typed = unicodedata.normalize("NFD", "  Nguyễn   Văn Đạt ")
    assert typed != unicodedata.normalize("NFC", typed)
    assert nfc(typed) == "Nguyễn Văn Đạt"
    assert unicodedata.is_normalized("NFC", nfc(typed))


@pytest.mark.parametrize("value, folded", [
    ("Nguyễn Văn Đạt", "nguyen van dat"),
    (unicodedata.normalize("NFD", "Trần Thị Ánh Tuyết"), "tran thi anh tuyet"),
    ("ĐĂNG KÝ KHAI SINH", "dang ky khai sinh"),
    ("Hộ tịch", "ho tich"),
])
def test_fold_strips_diacritics_and_maps_d(value, folded):
    assert fold(value) == folded


class TestPersonalId:
    def test_valid_id_cross_checked_with_birth_year(self):
        assert v.personal_id("080 190 001234", date(1990, 3, 12)).value == "080190001234"

    def test_century_digit_2000s(self):
        assert v.personal_id("079305001234", date(2005, 1, 1)).value == "079305001234"

    @pytest.mark.parametrize("raw, message", [
        ("", "Nhập số định danh"),
        ("08019000123", r"12 chữ số \(đang có 11\)"),
        ("08019000123A", "chỉ gồm chữ số"),
        ("099190001234", "mã tỉnh"),
        ("000190001234", "mã tỉnh"),
        ("080399001234", "sau năm hiện tại"),
    ])
    def test_rejected_with_a_message_saying_what_to_fix(self, raw, message):
        with pytest.raises(v.Invalid, match=message):
            v.personal_id(raw, today=date(2026, 11, 22))

    def test_birth_year_mismatch(self):
        with pytest.raises(v.Invalid, match="năm sinh 1990.*năm 1991"):
            v.personal_id("080190001234", date(1991, 1, 1))

    def test_old_nine_digit_card_warns(self):
        checked = v.personal_id("271234567")
        assert checked.value == "271234567" and "9 số" in checked.warning


class TestPhone:
    @pytest.mark.parametrize("raw, value", [
        ("0912345678", "0912345678"), ("091 234 5678", "0912345678"), ("+84912345678", "0912345678"),
        ("84 912 345 678", "0912345678"), ("0372.123.456", "0372123456"), ("02723870123", "02723870123"),
    ])
    def test_accepted_and_normalised(self, raw, value):
        assert v.phone(raw).value == value

    @pytest.mark.parametrize("raw, message", [
        ("0112345678", "03, 05, 07, 08 hoặc 09"), ("091234567", "10 chữ số"), ("09123456789", "10 chữ số"),
        ("09l2345678", "chỉ gồm chữ số"), ("", "Nhập số điện thoại"),
    ])
    def test_rejected(self, raw, message):
        with pytest.raises(v.Invalid, match=message):
            v.phone(raw)


class TestTaxCode:
    def test_valid_checksum(self):
        # 0100109106 (a real, widely published tax code): weights give check digit 6
        assert v.tax_code("0100109106").warning == ""

    def test_branch_code(self):
        assert v.tax_code("0100109106-001").value == "0100109106-001"

    def test_checksum_mismatch_only_warns(self):
        checked = v.tax_code("0100109107")
        assert checked.value == "0100109107" and "kiểm tra" in checked.warning

    @pytest.mark.parametrize("raw", ["010010910", "0100109106-01", "ABCDEFGHIJ"])
    def test_bad_format(self, raw):
        with pytest.raises(v.Invalid, match="10 chữ số"):
            v.tax_code(raw)


def test_dates():
    assert v.parse_date("5/9/1990") == date(1990, 9, 5)
    assert v.parse_date("05-09-1990") == date(1990, 9, 5)
    assert v.parse_date("1990-09-05") == date(1990, 9, 5)
    for bad in ("31/02/1990", "1990", "hôm qua"):
        with pytest.raises(v.Invalid, match="ngày/tháng/năm"):
            v.parse_date(bad)
    with pytest.raises(v.Invalid, match="sau ngày hôm nay"):
        v.birth_date("01/01/2030", today=date(2026, 11, 22))


def test_email_and_money():
    assert v.email("Nhung@Example.VN").value == "nhung@example.vn"
    with pytest.raises(v.Invalid):
        v.email("nhung@")
    assert v.money("1.500.000 đ") == 1_500_000
    assert v.money("") == 0
    with pytest.raises(v.Invalid, match="chữ số"):
        v.money("năm chục")


def test_names_refuse_digits():
    assert v.person_name(unicodedata.normalize("NFD", "Lê Thị Ánh")) == "Lê Thị Ánh"
    with pytest.raises(v.Invalid, match="chữ số"):
        v.person_name("Nguyen Van 2")
