"""The reference provincial server speaks the protocol faithfully: tokens, idempotency, order,
validation with field messages, resumable attachments within the stated limit."""

import hashlib
import uuid
from datetime import datetime

import requests

from conftest import AGENCY
from counter.sync.protocol import API

CODE = f"{AGENCY}-261123-0001"


def event(kind="dossier.created", seq=1, code=CODE, **data):
    base = {
        "dossier.created": {"MaHoSo": code, "MaTTHC": "1.001193", "TenTTHC": "Thủ tục đăng ký khai sinh",
                            "ChuHoSo": "Nguyễn Thị Hồng Nhung", "LoaiDoiTuong": 1, "MaDoiTuong": "080190001234",
                            "SoDienThoai": "0912345678", "Email": "", "NgayTiepNhan": "2026-11-23T09:00:00+07:00",
                            "NgayHenTra": "2026-11-23T17:00:00+07:00", "TrangThaiHoSo": 2, "HinhThuc": 0},
        "dossier.status": {"MaHoSo": code, "ThoiDiemXuLy": "2026-11-23T10:00:00+07:00", "TrangThai": 4,
                           "NoiDungXuLy": "Chuyển xử lý"},
    }[kind]
    base.update(data)
    return {"idempotency_key": str(uuid.uuid4()), "type": kind, "MaHoSo": code, "seq": seq,
            "occurred_at": "2026-11-23T09:00:00+07:00", "data": base}


def post(hub, path, token=None, **kwargs):
    headers = kwargs.pop("headers", {})
    if token is not False:
        headers["Authorization"] = f"Bearer {token or hub.token}"
    return requests.request(kwargs.pop("method", "POST"), hub.url + API + path, headers=headers, timeout=10, **kwargs)


def test_without_a_valid_token_401(hub):
    assert post(hub, "/info", token=False, method="GET").status_code == 401
    reply = post(hub, "/info", token="wrong-token", method="GET")
    assert reply.status_code == 401 and "mã truy cập" in reply.json()["detail"].lower()
    info = post(hub, "/info", method="GET").json()
    assert info["max_attachment_bytes"] == 10_000_000 and info["agency_code"] == AGENCY


def test_idempotency_replay_and_conflict(hub):
    e = event()
    first = post(hub, "/events", json=e, headers={"Idempotency-Key": e["idempotency_key"]})
    assert first.status_code == 201 and first.json()["status"] == "accepted"
    replay = post(hub, "/events", json=e, headers={"Idempotency-Key": e["idempotency_key"]})
    assert replay.status_code == 200 and replay.json() == first.json()
    changed = {**e, "data": {**e["data"], "ChuHoSo": "Người Khác"}}
    conflict = post(hub, "/events", json=changed, headers={"Idempotency-Key": e["idempotency_key"]})
    assert conflict.status_code == 409
    other_key = event()
    duplicate_dossier = post(hub, "/events", json=other_key, headers={"Idempotency-Key": other_key["idempotency_key"]})
    assert duplicate_dossier.status_code == 409 and "đã có" in duplicate_dossier.json()["detail"]


def test_validation_errors_name_the_field(hub):
    e = event(SoDienThoai="12345", NgayHenTra="2026-11-23T17:00:00")  # bad phone, no time zone
    reply = post(hub, "/events", json=e, headers={"Idempotency-Key": e["idempotency_key"]})
    assert reply.status_code == 422
    locs = {tuple(d["loc"]) for d in reply.json()["detail"]}
    assert ("data", "SoDienThoai") in locs and ("data", "NgayHenTra") in locs
    foreign = event(code="000.00.99.H49-261123-0001")
    reply = post(hub, "/events", json=foreign, headers={"Idempotency-Key": foreign["idempotency_key"]})
    assert reply.status_code == 422 and reply.json()["detail"][0]["loc"] == ["MaHoSo"]


def test_batch_applies_in_order_and_isolates_a_bad_event(hub):
    other = f"{AGENCY}-261123-0002"
    events = [event(), event("dossier.status", 2), event(code=other, SoDienThoai="x"),
              event("dossier.status", 2, code=other), event("dossier.status", 5)]
    results = post(hub, "/events/batch", json={"events": events}).json()["results"]
    assert [r["status"] for r in results] == [201, 201, 422, 424, 409]
    assert "seq 3" in results[4]["body"]["detail"]
    again = post(hub, "/events/batch", json={"events": events[:2]}).json()["results"]
    assert [r["status"] for r in again] == [200, 200]


def test_resumable_attachment_within_the_size_limit(hub):
    content = b"%PDF-1.4 " + bytes(range(256)) * 4000
    sha = hashlib.sha256(content).hexdigest()
    path = f"/attachments/{sha}"
    assert post(hub, path, method="HEAD").status_code == 404
    first = post(hub, path, method="PATCH", data=content[:300_000], headers={
        "Upload-Offset": "0", "Upload-Length": str(len(content)), "Content-Type": "application/octet-stream"})
    assert first.status_code == 204 and first.headers["Upload-Offset"] == "300000"
    state = post(hub, path, method="HEAD")
    assert state.headers["Upload-Offset"] == "300000" and state.headers["Upload-Complete"] == "0"
    wrong = post(hub, path, method="PATCH", data=content[100:200], headers={
        "Upload-Offset": "100", "Upload-Length": str(len(content))})
    assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == "300000"
    done = post(hub, path, method="PATCH", data=content[300_000:], headers={
        "Upload-Offset": "300000", "Upload-Length": str(len(content))})
    assert done.status_code == 201
    stored = (hub.db_path.parent / "hub.sqlite3.files" / AGENCY / sha).read_bytes()
    assert stored == content
    big = post(hub, f"/attachments/{'a' * 64}", method="PATCH", data=b"x", headers={
        "Upload-Offset": "0", "Upload-Length": str(10_000_001)})
    assert big.status_code == 413
    bad = post(hub, f"/attachments/{'b' * 64}", method="PATCH", data=b"not matching", headers={
        "Upload-Offset": "0", "Upload-Length": "12"})
    assert bad.status_code == 422 and "SHA-256" in bad.json()["detail"]


def test_updates_catalogue_and_calendar_pulls(hub):
    e = event()
    post(hub, "/events", json=e, headers={"Idempotency-Key": e["idempotency_key"]})
    h = hub.hub()
    h.post_update(CODE, "result", {"TrangThai": 9, "MaKetQua": f"{CODE}-KQ1", "NoiDungXuLy": "Đã ký"})
    page = post(hub, "/updates?after=0", method="GET").json()
    assert page["next_cursor"] == 1 and page["updates"][0]["data"]["MaKetQua"] == f"{CODE}-KQ1"
    assert post(hub, "/updates?after=1", method="GET").json()["updates"] == []
    assert post(hub, "/catalogue?since=2026.11.2", method="GET").status_code == 204
    assert post(hub, "/catalogue?since=2026.1.0", method="GET").json()["version"] == "2026.11.2"
    assert post(hub, "/calendar?since=0", method="GET").status_code == 204
    h.publish_calendar(["2026-12-31"], ["2026-12-26"], "Nghỉ cuối năm")
    cal = post(hub, "/calendar?since=0", method="GET").json()
    assert cal == {"version": 1, "days_off": ["2026-12-31"], "workdays": ["2026-12-26"], "note": "Nghỉ cuối năm"}


def test_openapi_file_is_the_servers_spec():
    import json
    from pathlib import Path

    from counter.sync.hub.app import Hub, create_app

    committed = json.loads((Path(__file__).resolve().parent.parent / "docs" / "sync-api.json").read_text(encoding="utf-8"))
    generated = create_app(Hub("sqlite:///:memory:")).openapi()
    assert committed == json.loads(json.dumps(generated)), "run scripts/export_openapi.py"
    assert set(committed["paths"]) >= {"/api/v1/events", "/api/v1/events/batch", "/api/v1/updates",
                                       "/api/v1/attachments/{sha256}", "/api/v1/catalogue", "/api/v1/calendar"}


def test_timestamps_carry_their_time_zone():
    from counter.sync.protocol import parse_ts, ts

    assert ts(datetime(2026, 11, 23, 9, 0)) == "2026-11-23T09:00:00+07:00"
    assert parse_ts("2026-11-23T02:00:00+00:00") == datetime(2026, 11, 23, 9, 0)


def test_hub_options_count_before_or_after_serve():
    """`counter hub --port P --token A=T serve` is what the README's shape invites: the options
    given to `hub` must not be overwritten by serve's own defaults."""
    from counter.cli import _parser

    parser = _parser()
    for argv in (["hub", "--port", "18765", "--token", "000.01.34.H49=khoa", "serve"],
                 ["hub", "serve", "--port", "18765", "--token", "000.01.34.H49=khoa"],
                 ["hub", "--port", "18765", "--token", "000.01.34.H49=khoa"]):
        args = parser.parse_args(argv)
        assert (args.port, args.token) == (18765, ["000.01.34.H49=khoa"]), argv
    args = parser.parse_args(["hub", "serve"])
    assert (args.port, args.token, args.host) == (8765, [], "127.0.0.1")
