"""Nothing received is trusted: a malicious (or broken) provincial server, scripted over real HTTP
on 127.0.0.1, sends one bad thing of each kind — impossible calendar days, updates with a status
of 99, no MaHoSo, a time that is not a time, an id that is not a number, an unknown kind, a due
date in 1900, a 5 MB note, a cursor that never moves, a bad catalogue, bad postal tracking. Each
time the bad item goes to "Cần xử lý" with its reason, the rest of the page is applied, the cursor
moves past what was handled, the round ends, and the counter keeps working (intake still computes
due dates)."""

import json
import os
import subprocess
import sys
from datetime import datetime

import pytest
from sqlalchemy import select

from counter.services import intake, lifecycle, postal
from counter.sync import postal as postal_net
from counter.services.dossiers import get_dossier
from counter.store.models import Office, PostalOrder, QuarantinedItem
from counter.sync import outbox
from counter.sync.engine import SyncConfig, sync_once
from helpers import at, complete_draft, postal_draft
from scripted_hub import ScriptedHub


@pytest.fixture
def province():
    server = ScriptedHub()
    yield server
    server.close()


@pytest.fixture
def config(province):
    return SyncConfig(province.url, "token", timeout=(2.0, 5.0))


def update(position, code, kind="status", **data):
    data.setdefault("NguoiXuLy", "Phòng Tư pháp")
    data.setdefault("ThoiDiemXuLy", "2026-11-24T09:00:00+07:00")
    return {"id": position, "MaHoSo": code, "kind": kind, "data": data, "created_at": "2026-11-24T02:00:00+00:00"}


def quarantined(db, source=None):
    with db.read() as session:
        query = select(QuarantinedItem).order_by(QuarantinedItem.id)
        if source:
            query = query.where(QuarantinedItem.source == source)
        return [(q.source, q.remote_id, q.reason) for q in session.scalars(query)]


def cursor(db, key="sync.cursor"):
    with db.read() as session:
        return outbox.get_meta(session, key)


def still_works(db, officer):
    """Intake computes a due date and saves: the counter keeps working."""
    receipt = intake.receive(db, complete_draft(db, "2.000488"), officer)
    assert receipt.due_at > receipt.received_at


def forwarded(db, officer, n=1):
    codes = []
    for _ in range(n):
        code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
        lifecycle.forward(db, code, officer)
        codes.append(code)
    return codes


def status(db, code):
    with db.read() as session:
        return get_dossier(session, code).status


@pytest.mark.parametrize("bad_day, reason", [("2026-13-45", "không có thật"), (None, "chuỗi ký tự")])
def test_a_bad_calendar_day_is_quarantined_and_the_other_days_apply(db, officer, province, config, bad_day, reason):
    province.calendar = {"version": 3, "days_off": ["2026-12-31", bad_day], "workdays": ["2026-12-26"], "note": ""}
    result = sync_once(db, config)
    assert result.ok and result.quarantined == 1, result.errors
    with db.read() as session:
        office = session.get(Office, 1)
        assert "2026-12-31" in office.calendar["days_off"] and bad_day not in office.calendar["days_off"]
        assert "2026-12-26" in office.calendar["workdays"] and office.settings["calendar_version"] == 3
    [(source, remote_id, why)] = quarantined(db)
    assert source == "calendar" and reason in why and "các ngày khác đã áp dụng" in why
    still_works(db, officer)
    assert sync_once(db, config).ok and len(quarantined(db)) == 1  # not fetched again, not recorded twice


def test_a_calendar_that_is_not_a_calendar_is_quarantined(db, officer, province, config):
    province.calendar = {"version": "bốn", "days_off": "2026-12-31", "workdays": []}
    result = sync_once(db, config)
    assert result.ok and result.quarantined == 1
    still_works(db, officer)


BAD_UPDATES = {
    "status 99": (dict(TrangThai=99), "TrangThai"),
    "no MaHoSo": (None, "MaHoSo"),
    "a time that is not a time": (dict(TrangThai=9, ThoiDiemXuLy="hôm qua"), "ThoiDiemXuLy"),
    "an unknown kind": ("promote", "kind"),
    "a due date in 1900": (dict(NgayHenTra="1900-01-01T08:00:00+07:00"), "NgayHenTra"),
    "a 5 MB note": (dict(TrangThai=9, NoiDungXuLy="x" * 5_000_000), "NoiDungXuLy: quá dài"),
    "an id that is not a number": ("id", "id: phải là số nguyên"),
}


@pytest.mark.parametrize("case", list(BAD_UPDATES))
def test_one_bad_update_is_quarantined_and_the_rest_of_the_page_applies(db, officer, province, config, case):
    bad_code, good_code = forwarded(db, officer, 2)
    spec, where = BAD_UPDATES[case]
    if case == "no MaHoSo":
        bad = update(1, bad_code, TrangThai=9)
        del bad["MaHoSo"]
    elif case == "an unknown kind":
        bad = update(1, bad_code, spec, TrangThai=9)
    elif case == "a due date in 1900":
        bad = update(1, bad_code, "due", **spec)
    elif case == "an id that is not a number":
        bad = update("một", bad_code, TrangThai=9)
    else:
        bad = update(1, bad_code, **spec)
    province.updates = [bad, update(2, good_code, "result", TrangThai=9, MaKetQua=f"{good_code}-KQ1"),
                        update(3, good_code, "progress", NoiDungXuLy="Đã trả kết quả cho bưu điện")]
    result = sync_once(db, config)
    assert result.ok, result.errors
    assert (result.applied, result.quarantined) == (2, 1)
    [(source, _, why)] = quarantined(db)
    assert source == "updates" and where in why
    assert status(db, good_code) == 9 and status(db, bad_code) == 4  # the bad one changed nothing
    assert cursor(db) == "3"  # past everything handled, a whole number
    still_works(db, officer)
    again = sync_once(db, config)
    assert again.ok and again.applied == 0 and len(quarantined(db)) == 1


def test_a_cursor_that_never_moves_ends_the_round(db, officer, province, config):
    [code] = forwarded(db, officer)
    province.updates = [update(1, code, "progress", NoiDungXuLy="Đang thẩm định")]
    province.frozen = True  # the same page whatever the cursor, next_cursor 0
    result = sync_once(db, config)  # applies the page, asks for the next one, gets the same page: stops
    assert result.applied == 1 and not result.ok and "không tải lại mãi" in result.errors[0]
    assert cursor(db) == "1"
    again = sync_once(db, config)  # the page comes again: its item is old, the cursor cannot move on
    assert not again.ok and "không tải lại mãi" in again.errors[0] and again.applied == 0
    with db.read() as session:
        assert len(get_dossier(session, code).history) == 3  # the progress note once
    still_works(db, officer)


def test_sync_once_command_ends_with_a_cursor_that_never_moves(db, officer, province):
    [code] = forwarded(db, officer)
    province.updates = [update("x", code, TrangThai=9)]  # no usable id, and no next_cursor past it
    province.frozen = True
    url = db.url
    db.close()
    done = subprocess.run(at("2026-11-23T10:00:00", "-m", "counter", "--db", url, "sync", "--once", "--server",
                             province.url, "--token", "t"), capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "không tải lại mãi" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_a_round_has_a_bound_on_pages(db, officer, province):
    province.endless = True
    result = sync_once(db, SyncConfig(province.url, "token", timeout=(2.0, 5.0), round_pages=7))
    assert result.ok and result.more
    assert province.requests.count("GET /api/v1/updates") == 7
    assert int(cursor(db)) > 1_000_000


def test_a_bad_catalogue_is_quarantined_and_the_current_one_stays(db, officer, province, config):
    from counter.services.catalogue import bundled_catalogue, current_version, load_catalogue

    document = load_catalogue(bundled_catalogue())
    document["version"] = "2027.1.0"
    document["procedures"][0]["processing_time"] = {"value": "mười", "unit": "tuần"}
    province.catalogue = {"version": "2027.1.0", "document": document}
    result = sync_once(db, config)
    assert result.ok and result.quarantined == 1
    [(source, remote_id, why)] = quarantined(db)
    assert (source, remote_id) == ("catalogue", "2027.1.0") and "processing_time" in why
    with db.read() as session:
        assert current_version(session) == load_catalogue(bundled_catalogue())["version"]
    still_works(db, officer)


def test_bad_postal_tracking_is_quarantined_and_the_rest_applies(db, officer, province):
    code = intake.receive(db, postal_draft(db), officer).code
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer)
    config = postal_net.PostalConfig(province.url, "khoa", (2.0, 4.0))
    assert postal_net.postal_once(db, config).created == 1
    province.tracking = [
        {"id": 1, "SoDonHang": code, "TrangThai": 42, "TenTrangThai": "?", "ThoiDiem": "2026-11-24T09:00:00+07:00"},
        {"id": 2, "SoDonHang": code, "TrangThai": 2, "TenTrangThai": "Đã nhận hàng", "ThoiDiem": "ngày mai"},
        {"id": 3, "SoDonHang": code, "TrangThai": 2, "TenTrangThai": "Đã nhận hàng",
         "ThoiDiem": "2026-11-24T09:00:00+07:00", "GhiChu": "Bưu tá đã nhận"},
    ]
    result = postal_net.postal_once(db, config)
    assert result.ok and result.updated == 1 and result.quarantined == 2, result.errors
    reasons = [why for _, _, why in quarantined(db, "tracking")]
    assert "TrangThai" in reasons[0] and "ThoiDiem" in reasons[1]
    with db.read() as session:
        assert session.scalar(select(PostalOrder.state)) == "collected"
    assert cursor(db, "postal.cursor") == "3"
    still_works(db, officer)


def test_the_counters_models_are_the_ones_the_protocol_documents():
    """What the counter accepts on arrival is what docs/sync-api.json says the province sends."""
    from pathlib import Path

    from counter.sync import inbound

    spec = json.loads((Path(__file__).resolve().parent.parent / "docs" / "sync-api.json").read_text(encoding="utf-8"))
    documented = spec["components"]["schemas"]
    for model in (inbound.ProvinceUpdate, inbound.ProvinceChange, inbound.UpdatesPage, inbound.CalendarDoc,
                  inbound.CatalogueDoc, inbound.TrackingEvent, inbound.TrackingPage, inbound.ProvinceState):
        mine = model.model_json_schema(ref_template="#/components/schemas/{model}")
        theirs = documented[model.__name__]
        assert set(mine["properties"]) == set(theirs["properties"]), model.__name__
        assert set(mine.get("required", [])) == set(theirs.get("required", [])), model.__name__
        for name, field in mine["properties"].items():
            for key in ("pattern", "maxLength", "maximum", "minimum", "enum", "format"):
                assert field.get(key) == theirs["properties"][name].get(key), (model.__name__, name, key)
