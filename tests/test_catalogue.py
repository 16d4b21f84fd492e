"""The bundled procedure catalogue and catalogue versions."""

import copy
import json
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


def test_bundled_catalogue_is_rich_enough():
    data = bundled()
    procs = data["procedures"]
    assert len(procs) >= 40
    levels = Counter(p["level"] for p in procs)
    assert levels["commune"] >= 10 and levels["district"] >= 5 and levels["province"] >= 10
    assert any(p["processing_time"]["unit"] == "hour" for p in procs)
    assert any(not p["postal_return"] for p in procs)
    assert any(f["amount"] > 0 for p in procs for f in p.get("fees", []))
    for p in procs:
        assert p["documents"] and p["field"]["name"] and p["name"]
        for d in p["documents"]:
            assert d["originals"] + d["certified_copies"] + d["photocopies"] >= 1


def test_imported_at_first_start(db):
    with db.read() as session:
        assert cat.current_version(session) == bundled()["version"]
        procs = cat.current_procedures(session)
    assert len(procs) == len(bundled()["procedures"])
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

