"""The bundled procedure catalogue and catalogue versions."""

import copy
import json
from datetime import date
import unicodedata
from collections import Counter
import pytest
from sqlalchemy import select

from counter.services import catalogue as cat
from counter.services import intake
from counter.services.audit import Actor
from counter.store.models import Dossier
from helpers import complete_draft, procedure


def bundled():
    return cat.load_catalogue(cat.bundled_catalogue())


POINT_10 = {
    "3.000722": "khai sinh, thường trú, bảo hiểm y tế", "2.002913": "khai tử, xóa thường trú, mai táng phí",
    "1.004884": "đăng ký lại khai sinh", "1.004746": "đăng ký lại kết hôn", "1.005461": "đăng ký lại khai tử",
    "1.004845": "chấm dứt giám hộ", "2.002516": "xác nhận thông tin hộ tịch", "2.001263": "nuôi con nuôi trong nước",
    "2.000992": "chữ ký người dịch", "2.001016": "thỏa thuận phân chia di sản", "2.001008": "sửa đổi, bổ sung, hủy bỏ hợp đồng",
    "1.013833": "đăng ký biến động", "1.012812": "hòa giải tranh chấp đất đai", "1.000506": "hộ nghèo",
}


def test_bundled_catalogue_is_rich_enough_and_current():
    data = bundled()
    procs = data["procedures"]
    current = [p for p in procs if not p.get("valid_to")]
    assert len(current) >= 80
    levels = Counter(p["level"] for p in current)
    assert levels["commune"] >= 50 and levels["province"] >= 10 and levels["district"] == 0
    by_code = {p["code"]: p for p in current}
    for code, words in POINT_10.items():
        assert code in by_code and all(w in by_code[code]["name"].lower() or w in by_code[code]["name"] for w in
                                       words.split(", ")[:1]), code
    assert any(p["processing_time"]["unit"] == "hour" for p in procs)
    assert any(p["processing_time"].get("cutoff") for p in procs)
    assert any(not p["postal_return"] for p in procs)
    for p in procs:
        assert p["documents"] and p["field"]["name"] and p["name"]
        assert set(p["checked"]) == {"against", "confirmed", "unconfirmed"}  # what was and was not confirmed
        for d in p["documents"]:
            assert d["originals"] + d["certified_copies"] + d["photocopies"] >= 1
        for f in p.get("fees", []):
            assert f["legal_basis"].strip()


@pytest.mark.parametrize("code, variant, time", [
    ("2.001035", "", {"value": 2, "unit": "day"}),
    ("2.000908", "", {"value": 0, "unit": "day", "cutoff": "15:00"}),
    ("1.001193", "", {"value": 0, "unit": "day", "cutoff": "15:00"}),
    ("2.000815", "", {"value": 0, "unit": "day", "cutoff": "15:00"}),
    ("1.013225", "Công trình cấp III, cấp IV", {"value": 20, "unit": "day"}),
    ("1.013225", "Nhà ở riêng lẻ", {"value": 15, "unit": "day"}),
])
def test_processing_times_follow_the_law(code, variant, time):
    entry = next(p for p in bundled()["procedures"] if p["code"] == code and p.get("variant", "") == variant)
    assert entry["processing_time"] == time


def test_only_procedures_in_force_at_this_level_are_offered(db):
    with db.read() as session:
        offered = cat.current_procedures(session)
        everything = cat.current_procedures(session, everything=True)
    codes = {p.code for p in offered}
    assert len(offered) >= 80 and len(everything) == len(bundled()["procedures"])
    assert "1.009994" not in codes  # a former district procedure, kept to look old dossiers up
    assert all("(cũ)" not in p.deciding_agency_name for p in offered)
    assert {p.variant for p in offered if p.code == "1.013225"} == {"Công trình cấp III, cấp IV", "Nhà ở riêng lẻ"}
    with db.read() as session:  # dated: before the two-level reform the commune did not decide it
        assert "2.000528" in codes
        assert "2.000528" not in {p.code for p in cat.current_procedures(session, today=date(2025, 6, 30))}


def test_a_catalogue_routing_to_a_ceased_agency_is_refused():
    data = copy.deepcopy(bundled())
    old = next(p for p in data["procedures"] if p["code"] == "1.009994")
    old.pop("valid_to")
    with pytest.raises(cat.CatalogueError, match=r"procedures\[\d+\]\.valid_to.*ngừng hoạt động"):
        cat.check_catalogue(data)


@pytest.mark.parametrize("field, value, where", [
    ("legal_basis", "", "legal_basis"), ("basis", "monthly", "basis"), ("tiers", [{"from": 0, "amount": 1}], "tiers"),
    ("cap", -1, "cap"),
])
def test_fee_items_are_checked(field, value, where):
    data = copy.deepcopy(bundled())
    fee = next(p for p in data["procedures"] if p["code"] == "2.000815")["fees"][0]
    fee[field] = value
    with pytest.raises(cat.CatalogueError, match=rf"fees\[0\]\.{where}"):
        cat.check_catalogue(data)


def test_imported_at_first_start(db):
    with db.read() as session:
        assert cat.current_version(session) == bundled()["version"]
        procs = cat.current_procedures(session)
    assert len(procs) == len([p for p in bundled()["procedures"] if not p.get("valid_to")])
    khai_sinh = next(p for p in procs if p.code == "1.001193")
    assert khai_sinh.deciding_agency_name == "UBND xã Tân Trụ"  # LOCAL → this office


@pytest.mark.parametrize("query", ["khai sinh", "KHAI SINH", unicodedata.normalize("NFD", "Đăng ký khai sinh"), "đăng ký khai sinh", "dang ky khai sinh", "1.001193"])
def test_find_procedure_by_name_or_code_with_or_without_diacritics(db, query):
    with db.read() as session:
        procs = cat.current_procedures(session)
    hits = cat.match_procedures(procs, query)
    assert hits and "1.001193" in [p.code for p in hits[:3]]
    if query == "1.001193":
        assert hits[0].code == "1.001193"


def test_newer_catalogue_replaces_older_without_changing_existing_dossiers(db):
    actor = Actor(None, "Kiểm thử")
    old = intake.receive(db, complete_draft(db, "2.000488"), actor)
    newer = copy.deepcopy(bundled())
    newer["version"] = "2099.1.0"
    lltp = next(p for p in newer["procedures"] if p["code"] == "2.000488")
    lltp["name"] = "Cấp Phiếu lý lịch tư pháp (tên mới)"
    lltp["processing_time"] = {"value": 5, "unit": "day"}
    with db.write() as session:
        result = cat.import_catalogue(session, newer)
    assert result.imported and result.version == "2099.1.0"

    with db.read() as session:
        dossier = session.scalar(select(Dossier).where(Dossier.code == old.code))
        assert dossier.procedure_name.startswith("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")
        assert dossier.duration_value == 10 and dossier.due_at == old.due_at
        assert cat.current_version(session) == "2099.1.0"
    assert procedure(db, "2.000488").name == "Cấp Phiếu lý lịch tư pháp (tên mới)"

    # a draft still pointing at the replaced version is refused, the officer chooses again
    stale = complete_draft(db, "2.000488")
    stale.procedure_id = dossier.procedure_id
    with pytest.raises(intake.ValidationFailed) as err:
        intake.receive(db, stale, actor)
    assert "danh mục cũ" in err.value.errors["procedure"]

    fresh = intake.receive(db, complete_draft(db, "2.000488"), actor)
    assert fresh.due_at < old.due_at  # 5 working days now, instead of 10


def test_older_catalogue_is_not_imported(db):
    older = copy.deepcopy(bundled())
    older["version"] = "2000.1.0"
    with db.write() as session:
        result = cat.import_catalogue(session, older)
    assert not result.imported


@pytest.mark.parametrize("mutate, where", [
    (lambda d: d.update(format="x"), "format"),
    (lambda d: d["procedures"][0].update(level="village"), "procedures[0].level"),
    (lambda d: d["procedures"][1].update(code=d["procedures"][0]["code"]), "procedures[1].code"),
    (lambda d: d["procedures"][0].update(deciding_agency="999.99.99.Z99"), "procedures[0].deciding_agency"),
    (lambda d: d["procedures"][0]["processing_time"].update(unit="week"), "procedures[0].processing_time"),
    (lambda d: d["procedures"][0]["documents"][0].update(originals=0, certified_copies=0, photocopies=0),
     "procedures[0].documents[0]"),
    (lambda d: d["procedures"][0]["fees"][0].update(amount=-5), "procedures[0].fees[0].amount"),
])
def test_a_bad_catalogue_names_the_faulty_field(tmp_path, mutate, where):
    data = bundled()
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(cat.CatalogueError) as err:
        cat.load_catalogue(path)
    assert where in str(err.value)


def test_unreadable_catalogue_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(cat.CatalogueError, match="không đọc được"):
        cat.load_catalogue(path)

