"""Accepting a dossier: one transaction, validation per field, nothing lost."""

import unicodedata
from datetime import datetime

import pytest
from sqlalchemy import func, select

from counter import clock
from counter.domain.status import ReturnMethod, Status
from counter.services import catalogue as cat
from counter.services import intake
from counter.services.audit import GENESIS, entry_hash, key_id, keyed_hash, office_key
from counter.services.errors import ValidationFailed
from counter.store.models import AuditEntry, Dossier, Office, StatusHistory
from helpers import complete_draft, procedure


def counts(db):
    with db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) for t in (Dossier, StatusHistory, AuditEntry))


def test_accept_writes_dossier_history_and_audit_together(office_clock, db, officer):
    office_clock.set(datetime(2026, 11, 23, 10, 12, 30))
    before = counts(db)
    result = intake.receive(db, complete_draft(db, "2.000488"), officer)
    assert counts(db) == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert result.code == "000.01.34.H49-261123-1001"
    assert result.received_at == datetime(2026, 11, 23, 10, 12, 30)
    # 10 working days; 24/11 is a day off: 23/11 10:12:30 + 4800 min → 08/12 10:12:30 → 10:15
    assert result.due_at == datetime(2026, 12, 8, 10, 15)
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == result.code))
        assert d.status == Status.ACCEPTED and d.officer_id == officer.id
        assert d.deciding_agency_name == "Công an tỉnh Tây Ninh"
        assert d.fee_total == sum(f.amount for f in procedure(db, "2.000488").fees)
        assert [h.to_status for h in d.history] == [Status.ACCEPTED]
        assert d.history[0].officer_name == "Nguyễn Thị Lan"
        entry = session.scalar(select(AuditEntry).where(AuditEntry.entity_key == result.code))
        assert entry.action == "dossier.receive" and entry.officer_name == "Nguyễn Thị Lan"
        first = session.scalar(select(AuditEntry).order_by(AuditEntry.id).limit(1))
        assert first.prev_hash == GENESIS
        key = office_key(session.get(Office, 1).agency_code)  # keyed with the office's own key
        assert entry.key_id == key_id(key) and entry.hash == keyed_hash(
            key, entry.seq, entry.prev_hash, entry.at, entry.officer_id, entry.officer_name, entry.action, entry.entity,
            entry.entity_key, entry.before, entry.after)
        assert entry.hash != entry_hash(entry.prev_hash, entry.at, entry.officer_id, entry.officer_name,
                                        entry.action, entry.entity, entry.entity_key, entry.before, entry.after)


def test_nfd_input_is_stored_as_nfc(db, officer):
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    draft = complete_draft(db, name=nfd("Trần Thị Ánh Tuyết"), address=nfd("Ấp Đức Lập, xã Tân Trụ"),
                           notes=nfd("Ghi chú: nộp thay cho mẹ"))
    code = intake.receive(db, draft, officer).code
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == code))
    for value, expected in ((d.applicant_name, "Trần Thị Ánh Tuyết"), (d.address, "Ấp Đức Lập, xã Tân Trụ"),
                            (d.notes, "Ghi chú: nộp thay cho mẹ")):
        assert value == expected and unicodedata.is_normalized("NFC", value)
    assert d.search_text == "tran thi anh tuyet"


def test_every_error_is_reported_at_once_and_nothing_is_saved(db, officer):
    before = counts(db)
    draft = complete_draft(db, name="Nguyen 2", id_number="12345", phone="0123", email="x@", address="",
                           birth_date="31/02/1990")
    draft.documents[0].submitted = False
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, draft, officer)
    assert set(err.value.errors) == {"name", "id_number", "phone", "email", "address", "birth_date", "documents"}
    assert "Tờ khai" in err.value.errors["documents"]
    assert counts(db) == before


def test_postal_return_refused_for_a_procedure_that_excludes_it(db, officer):
    assert not procedure(db, "1.000894").postal_return  # đăng ký kết hôn
    draft = complete_draft(db, "1.000894", return_method=ReturnMethod.POST, delivery_address="Ấp Bình Hòa")
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, draft, officer)
    assert "không cho phép trả kết quả qua bưu chính" in err.value.errors["return_method"]


def test_postal_return_needs_an_address(db, officer):
    draft = complete_draft(db, "2.000488", return_method=ReturnMethod.POST, delivery_address=" ")
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, draft, officer)
    assert "địa chỉ nhận bưu gửi" in err.value.errors["delivery_address"]
    assert "tỉnh, thành phố" in err.value.errors["delivery_province"]
    draft.delivery_address, draft.delivery_province, draft.delivery_commune = "Ấp Tân Thạnh", "80", "28075"
    code = intake.receive(db, draft, officer).code
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == code))
    assert d.return_method == ReturnMethod.POST and d.delivery_phone == "0912345678"


def test_organisation_with_a_tax_code_warning_and_a_proxy(db, officer):
    draft = complete_draft(db, "2.001610", applicant_kind="organisation", name="Công ty TNHH Nông sản Vàm Cỏ",
                           tax_code="0100109107", representative="Lê Văn Tám", representative_id_number="080190001234",
                           representative_title="Giám đốc", id_number="", birth_date="",
                           has_proxy=True, proxy_name="Phạm Thị Hoa", proxy_id_number="080301012345")
    result = intake.receive(db, draft, officer)
    assert "kiểm tra" in result.warnings["tax_code"]
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == result.code))
    assert (d.applicant_kind, d.id_kind, d.id_number, d.representative) == (
        "organisation", "tax", "0100109107", "Lê Văn Tám")
    assert (d.proxy_name, d.proxy_id_number) == ("Phạm Thị Hoa", "080301012345")


def test_proxy_needs_valid_id(db, officer):
    draft = complete_draft(db, has_proxy=True, proxy_name="Phạm Thị Hoa", proxy_id_number="123")
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, draft, officer)
    assert set(err.value.errors) == {"proxy_id_number"}


def _fees(db, code):
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == code))
        return d.fee_total, [(f.code, f.amount, f.quantity, f.copies, f.detail) for f in d.fees]


def test_optional_fees_are_charged_only_when_asked_for(db, officer):
    """On-time birth registration is free; the 8.000 đ copy is charged only for the copies asked."""
    free = intake.receive(db, complete_draft(db, "1.001193"), officer).code
    assert _fees(db, free) == (0, [])
    copies = complete_draft(db, "1.001193", fees=[intake.FeeEntry("PHI_TL", count="2")])
    assert _fees(db, intake.receive(db, copies, officer).code) == (16_000, [("PHI_TL", 16_000, 2, 1, "2 bản")])


def test_the_amounts_the_law_states(db, officer):
    # 1.004859: 15.000 đ, the copy only when asked
    assert _fees(db, intake.receive(db, complete_draft(db, "1.004859"), officer).code)[0] == 15_000
    # lý lịch tư pháp: 200.000 đ; 5.000 đ per certificate from the third on
    assert _fees(db, intake.receive(db, complete_draft(db, "2.000488"), officer).code)[0] == 200_000
    four = complete_draft(db, "2.000488", fees=[intake.FeeEntry("PHI3", count="4")])
    total, lines = _fees(db, intake.receive(db, four, officer).code)
    assert total == 210_000 and lines[1] == ("PHI3", 10_000, 4, 1, "4 phiếu")
    # chứng thực bản sao: 5 pages × 3 copies = 3 × (2×2.000 + 3×1.000)
    pages = complete_draft(db, "2.000815", fees=[intake.FeeEntry("PHI", count="5", copies="3")])
    assert _fees(db, intake.receive(db, pages, officer).code) == (21_000, [("PHI", 21_000, 5, 3, "5 trang × 3 bản")])
    # … capped at 200.000 đ a copy
    thick = complete_draft(db, "2.000815", fees=[intake.FeeEntry("PHI", count="400", copies="2")])
    assert _fees(db, intake.receive(db, thick, officer).code)[0] == 400_000


@pytest.mark.parametrize("entry, message", [
    (intake.FeeEntry("PHI", count="abc"), "số nguyên"),
    (intake.FeeEntry("PHI", count="5", copies="0"), "số bản"),
    (intake.FeeEntry("KHAC", count="1"), "không thuộc thủ tục"),
])
def test_bad_fee_counts_are_refused_with_a_reason(db, officer, entry, message):
    draft = complete_draft(db, "2.000815", fees=[entry])
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, draft, officer)
    assert message in err.value.errors["fees"]


def test_an_organisation_cannot_file_a_personal_procedure(db, officer):
    draft = complete_draft(db, "1.001193", applicant_kind="organisation", tax_code="0100109106",
                           representative="Lê Văn Tám", representative_id_number="080190001234",
                           representative_title="Giám đốc", name="Công ty TNHH Tân Phát")
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, draft, officer)
    assert "chỉ dành cho cá nhân" in err.value.errors["applicant_kind"]


def test_a_procedure_no_longer_in_force_is_refused(db, officer):
    with db.read() as session:
        old = next(p for p in cat.current_procedures(session, everything=True) if p.code == "1.009994")
    draft = complete_draft(db, "1.001193")
    draft.procedure_id, draft.documents = old.id, []
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, draft, officer)
    assert "hết hiệu lực từ ngày 30/06/2025" in err.value.errors["procedure"]


def test_the_due_time_follows_the_procedures_rule(office_clock, db, officer):
    office_clock.set(datetime(2026, 11, 23, 16, 55))  # khai sinh after 15:00: due the next working day
    result = intake.receive(db, complete_draft(db, "1.001193"), officer)
    assert result.due_at == datetime(2026, 11, 25, 17, 0)  # 24/11 is a day off
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == result.code))
        assert d.duration_cutoff == "15:00" and d.forward_due_at == datetime(2026, 11, 25, 7, 0)
        assert d.catalogue_version == cat.current_version(session)


def test_passport_for_foreigners(db, officer):
    draft = complete_draft(db, id_kind="passport", id_number="c1234567")
    code = intake.receive(db, draft, officer).code
    with db.read() as session:
        assert session.scalar(select(Dossier.id_number).where(Dossier.code == code)) == "C1234567"


def test_tracking_book_numbers_run_through_the_year(db, officer):
    a = intake.receive(db, complete_draft(db), officer)
    b = intake.receive(db, complete_draft(db), officer)
    with db.read() as session:
        books = session.execute(select(Dossier.book_volume, Dossier.book_number)
                                .where(Dossier.code.in_([a.code, b.code])).order_by(Dossier.id)).all()
    assert books == [("2026/Q1", 1), ("2026/Q1", 2)]  # one book per counter slot
