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

    @pytest.mark.parametrize("raw", ["０８０１９０００１２３４", "080-190-001234", "080\u00a0190\u2009001234",
                                     "٠٨٠١٩٠٠٠١٢٣٤", "080–190–001234"])
    def test_unicode_digits_spaces_and_dashes_are_normalised_first(self, raw):
        assert v.personal_id(raw, today=date(2026, 11, 22)).value == "080190001234"

    @pytest.mark.parametrize("digit, year", [("0", 1990), ("1", 1990), ("2", 2020), ("3", 2020)])
    def test_century_and_sex_digit(self, digit, year):
        value = f"080{digit}{year % 100:02d}001234"
        assert v.personal_id(value, date(year, 1, 1), today=date(2026, 11, 22)).value == value

    def test_future_centuries_are_read_as_such_not_as_the_1800s(self):
        for digit in "4567":
            with pytest.raises(v.Invalid, match="sau năm hiện tại"):
                v.personal_id(f"080{digit}00001234", today=date(2026, 11, 22))

    def test_century_digit_2000s(self):
        assert v.personal_id("079305001234", date(2005, 1, 1)).value == "079305001234"

    @pytest.mark.parametrize("raw, message", [
        ("", "Nhập số định danh"),
        ("08019000123", r"12 chữ số \(đang có 11\)"),
        ("08019000123A", "chỉ gồm chữ số"),
        ("099190001234", "mã tỉnh"),
        ("000190001234", "mã tỉnh"),
        ("080399001234", "sau năm hiện tại"),
        ("080890001234", r"thứ 4 \(8\).*0 đến 7"),
        ("080990001234", r"thứ 4 \(9\).*0 đến 7"),
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
        ("０９１２ ３４５ ６７８", "0912345678"), ("＋８４ ９１２３４５６７８", "0912345678"), ("0912–345–678", "0912345678"),
        ("024 3825 1234", "02438251234"), ("(0276) 382 1234", "02763821234"), ("0559123456", "0559123456"),
    ])
    def test_accepted_and_normalised(self, raw, value):
        assert v.phone(raw).value == value

    @pytest.mark.parametrize("raw, message", [
        ("0112345678", "Đầu số 011 chưa được cấp"), ("0412345678", "Đầu số 041 chưa được cấp"),
        ("0512345678", "Đầu số 051 chưa được cấp"), ("091234567", r"10 chữ số \(đang có 9\)"),
        ("09123456789", r"10 chữ số \(đang có 11\)"), ("09l2345678", "chỉ gồm chữ số"), ("", "Nhập số điện thoại"),
        ("0201234567", "Mã vùng 0201"), ("027612345678", r"11 chữ số kể cả mã vùng \(đang có 12\)"),
        ("912345678", "bắt đầu bằng 0"),
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

    @pytest.mark.parametrize("raw", ["010010910", "0100109106-01", "ABCDEFGHIJ", "01001091060011"])
    def test_bad_format(self, raw):
        with pytest.raises(v.Invalid, match="10 chữ số"):
            v.tax_code(raw)

    @pytest.mark.parametrize("raw", ["0100109106001", "0100109106-001", "0100109106–001", "0100109106 — 001",
                                     "０１００１０９１０６－００１"])
    def test_branch_typed_any_way_is_stored_with_the_hyphen(self, raw):
        assert v.tax_code(raw).value == "0100109106-001"

    def test_household_business_uses_the_personal_id(self):
        assert v.tax_code("080 190 001234", today=date(2026, 11, 22)).value == "080190001234"
        with pytest.raises(v.Invalid, match="hộ kinh doanh.*mã tỉnh"):
            v.tax_code("099190001234", today=date(2026, 11, 22))


def test_dates():
    assert v.parse_date("5/9/1990") == date(1990, 9, 5)
    assert v.parse_date("05-09-1990") == date(1990, 9, 5)
    assert v.parse_date("1990-09-05") == date(1990, 9, 5)
    for bad in ("1990", "hôm qua"):
        with pytest.raises(v.Invalid, match="ngày/tháng/năm"):
            v.parse_date(bad)
    # the right format, an impossible date: said as it is, not "use dd/mm/yyyy"
    with pytest.raises(v.Invalid, match="Tháng 02/1990 không có ngày 31") as told:
        v.parse_date("31/02/1990")
    assert "ngày/tháng/năm" not in str(told.value)
    with pytest.raises(v.Invalid, match="Tháng 13 không có"):
        v.parse_date("05/13/1990")
    with pytest.raises(v.Invalid, match="sau ngày hôm nay"):
        v.birth_date("01/01/2030", today=date(2026, 11, 22))


@pytest.mark.parametrize("raw, value", [
    ("nhung@Example.VN", "nhung@example.vn"), ("  a.b+c@ubnd.tayninh.gov.vn ", "a.b+c@ubnd.tayninh.gov.vn"),
])
def test_email_accepted(raw, value):
    assert v.email(raw).value == value


@pytest.mark.parametrize("raw, reason", [
    ("nhung@", "thiếu tên miền"), ("a..b@x.vn", "hai dấu chấm"), ("a@-b.vn", "gạch ngang"), ("nhung", "thiếu dấu @"),
    (".a@x.vn", "dấu chấm"), ("a@x", "đuôi"),
])
def test_email_refused_with_the_reason(raw, reason):
    with pytest.raises(v.Invalid, match=reason):
        v.email(raw)


def test_email_and_money():
    assert v.money("1.500.000 đ") == 1_500_000
    assert v.money("") == 0
    with pytest.raises(v.Invalid, match="chữ số"):
        v.money("năm chục")


def test_names_refuse_digits():
    assert v.person_name(unicodedata.normalize("NFD", "Lê Thị Ánh")) == "Lê Thị Ánh"
    with pytest.raises(v.Invalid, match="chữ số"):
        v.person_name("Nguyen Van 2")


def test_names_print_in_title_case_only_when_typed_in_capitals():
    from counter.domain.text import print_name

    assert print_name("NGUYỄN VĂN AN") == "Nguyễn Văn An"
    assert print_name(unicodedata.normalize("NFD", "ĐẶNG THỊ ÁNH TUYẾT")) == "Đặng Thị Ánh Tuyết"
    assert print_name("H'HEN NIÊ") == "H'Hen Niê"
    assert print_name("Nguyễn Văn AN") == "Nguyễn Văn AN"  # some lower case: as typed
    assert print_name("Lê Thị Ánh") == "Lê Thị Ánh"


@pytest.mark.parametrize("raw", ["0001-01-01", "01/01/0999", "1899-12-31"])
def test_a_year_before_1900_is_a_typing_slip(raw):
    """Found by the property test: an ISO year 1 was accepted and printed as "01/01/1"."""
    with pytest.raises(v.Invalid, match="Năm .* không hợp lệ"):
        v.parse_date(raw)
