"""Online dossiers through the real hub: submitted at the province, pulled with the sync round,
claimed, checked and answered (accept, supplement, return) — and the applicant's notification
recorded at the province, exactly once, through a faulty network and a second counter."""

import base64
import io
import json
import subprocess
import sys
import time
import zipfile
from datetime import datetime

import pytest
import requests
from sqlalchemy import func, select

from helpers import at

from counter import clock
from counter.services import online
from counter.store.models import Attachment, Dossier, OnlineDossier, OutboxEvent
from counter.sync.engine import SyncConfig, sync_once
from counter.sync.hub import online as hub_online
from counter.services.online_demo import declaration_pdf, demo_submission, id_card_png
from faultproxy import FaultProxy

AGENCY = "000.01.34.H49"
SUBMITTED = datetime.fromisoformat("2026-11-23T08:00:00+07:00")  # Monday 08:00


def submit(hub, index=0, at=SUBMITTED, procedure=None):
    made = demo_submission(AGENCY, index, at, procedure)
    made["body"]["ThoiDiemNop"] = at.isoformat()
    return hub_online.submit(hub.hub(), made["body"], made["files"])["MaHoSoTrucTuyen"]


def synced(db, config):
    result = sync_once(db, config)
    assert result.ok, result.errors
    return result


def row(db, code) -> OnlineDossier:
    with db.read() as session:
        return online.get(session, code)


def notifications(hub):
    return hub_online.notifications(hub.hub())


def hub_state(hub, code):
    with hub.hub().read_session() as session:
        return session.scalar(select(hub_online.OnlineSubmission).where(hub_online.OnlineSubmission.code == code))


def claimed_and_fetched(db, config, code, officer):
    online.claim(db, code, officer)
    synced(db, config)
    client = config.client()
    try:
        assert online.fetch_files(db, client, code) == []
    finally:
        client.close()


def test_submit_pull_claim_accept_and_the_applicant_is_told(office_clock, db, hub, sync_config, officer):
    code = submit(hub)
    synced(db, sync_config)
    r = row(db, code)
    assert r.state == "waiting" and r.applicant["HoTen"] == "Trần Thị Mỹ Linh" and len(r.files) == 3
    assert not any(f.fetched for f in r.files)  # metadata only
    # 8 working hours from Monday 08:00: 3.5 h before lunch, 3.5 h after, Tuesday 24 November is a
    # holiday (Ngày Văn hóa Việt Nam), 1 h on Wednesday
    assert r.deadline_at == datetime(2026, 11, 25, 8, 0)
    with db.read() as session:
        assert [q.code for q in online.queue(session)] == [code]

    claimed_and_fetched(db, sync_config, code, officer)
    h = hub_state(hub, code)
    assert h.state == "claimed" and officer.name in h.claimed_label
    r = row(db, code)
    assert all(f.fetched and not f.problem for f in r.files)
    assert {f.mime for f in r.files} == {"application/pdf", "image/png"}

    office_clock.set(datetime(2026, 11, 23, 14, 0))
    accepted = online.accept(db, code, officer)
    synced(db, sync_config)
    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == accepted.code))
        assert d.channel == 2 and d.accepted_at == datetime(2026, 11, 23, 14, 0)
        assert d.due_at > d.accepted_at  # counted from acceptance
        files = session.scalars(select(Attachment).where(Attachment.dossier_id == d.id)).all()
        assert len(files) == 3 and all(f.size > 0 and len(f.sha256) == 64 and f.kind == "online" for f in files)
        assert d.digitised_at is not None
        assert session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.state != "sent")) == 0
        assert online.queue(session) == []
    h = hub_state(hub, code)
    assert h.state == "accepted" and h.outcome["MaHoSo"] == accepted.code
    [note] = notifications(hub)
    assert note["kind"] == "accept" and accepted.code in note["text"] and "tiếp nhận" in note["text"]
    # the dossier reached the province as a paper one does
    with hub.hub().read_session() as session:
        from counter.sync.hub.models import HubDossier

        assert session.get(HubDossier, accepted.code) is not None
    # the command shows it too
    out = subprocess.run([sys.executable, "-m", "counter", "hub", "--db", str(hub.db_path), "notifications", "--json"],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out)[0]["MaHoSoTrucTuyen"] == code
    # checked at 14:00, deadline Wednesday 08:00: on time
    with db.read() as session:
        c = online.counts(session, datetime(2026, 11, 23).date(), datetime(2026, 11, 23).date())
    assert (c.received, c.on_time, c.late) == (1, 1, 0)


def test_supplement_lists_everything_once_and_comes_back_on_the_same_dossier(db, hub, sync_config, officer):
    code = submit(hub)
    synced(db, sync_config)
    claimed_and_fetched(db, sync_config, code, officer)
    online.request_supplement(db, code, officer, ["Bản sao Giấy chứng sinh", "Tờ khai ký đủ chữ ký"], "Thiếu giấy tờ")
    synced(db, sync_config)
    [note] = notifications(hub)
    assert note["kind"] == "supplement" and "1. Bản sao Giấy chứng sinh; 2. Tờ khai ký đủ chữ ký" in note["text"]
    pdf = online.form02_pdf(db, code)
    from helpers import pdf_text

    text = " ".join(pdf_text(pdf))
    assert "BỔ SUNG" in text and "Bản sao Giấy chứng sinh" in text
    assert officer.name in text.split("NGƯỜI HƯỚNG DẪN")[1]  # the officer who checked it signs as the guide
    with db.read() as session:
        assert online.queue(session) == []
    # the applicant supplements online: the same dossier comes back into the queue, a new clock
    hub_online.submit(hub.hub(), {"MaCoQuan": AGENCY, "MaTTHC": "1.001193", "ChuHoSo": {"HoTen": "Trần Thị Mỹ Linh"},
                                  "ThoiDiemNop": "2026-11-25T10:00:00+07:00", "supplement_of": code},
                      [("Giay-chung-sinh.pdf", "application/pdf", declaration_pdf("Giấy chứng sinh", "Linh", []))])
    synced(db, sync_config)
    r = row(db, code)
    assert r.state == "waiting" and r.round == 2 and len(r.files) == 4 and "bổ sung" in r.notice
    assert r.deadline_at == datetime(2026, 11, 26, 10, 0)
    with db.read() as session:
        assert [q.code for q in online.queue(session)] == [code]
        assert session.scalar(select(func.count()).select_from(OnlineDossier)) == 1


def test_return_as_not_competent_names_the_agency(db, hub, sync_config, officer):
    code = submit(hub, procedure=("9.999999", "Thủ tục cấp giấy phép khai thác khoáng sản"))
    synced(db, sync_config)
    r = row(db, code)
    assert "không có trong danh mục" in r.notice  # a procedure this office does not handle: told
    online.claim(db, code, officer)
    with pytest.raises(online.UserError, match="không giải quyết thủ tục"):
        online.accept(db, code, officer)
    with pytest.raises(online.ValidationFailed):
        online.return_not_competent(db, code, officer, "  ")
    online.return_not_competent(db, code, officer, "Sở Nông nghiệp và Môi trường tỉnh Tây Ninh", "Thẩm quyền cấp tỉnh")
    synced(db, sync_config)
    [note] = notifications(hub)
    assert note["kind"] == "return" and "Sở Nông nghiệp và Môi trường tỉnh Tây Ninh" in note["text"]
    assert hub_state(hub, code).state == "returned"


def second_counter(tmp_path, hub, name="b"):
    from counter.services import slots
    from counter.services.audit import SYSTEM
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database

    other = open_database(str(tmp_path / f"{name}.sqlite3"), lock=True)
    ensure_initialised(other)
    slots.choose(other, 2, SYSTEM, confirmed=True)
    token = hub.hub().add_client(AGENCY, f"quầy {name}")
    return other, SyncConfig(hub.url, token, timeout=(2.0, 5.0))


def test_a_second_counter_cannot_take_a_claimed_dossier_and_a_lost_offline_claim_is_told(db, hub, sync_config, officer,
                                                                                        tmp_path):
    first, second = submit(hub, 1), submit(hub, 2)
    other, other_config = second_counter(tmp_path, hub)
    try:
        synced(db, sync_config)
        synced(other, other_config)
        online.claim(db, first, officer)
        synced(db, sync_config)
        synced(other, other_config)
        r = row(other, first)
        assert r.state == "taken" and officer.name in r.taken_by  # the others see it as taken
        with other.read() as session:
            assert [q.code for q in online.queue(session)] == [second]
        with pytest.raises(online.UserError, match="đã được"):
            online.claim(other, first, officer)
        # both claim the second one while "offline"; the first to reach the province keeps it
        online.claim(db, second, officer)
        online.claim(other, second, officer)
        online.request_supplement(other, second, officer, ["Ảnh căn cước rõ nét"])  # taken offline, too
        synced(db, sync_config)
        result = sync_once(other, other_config)
        assert result.conflicts >= 1
        r = row(other, second)
        assert r.state == "lost" and "không được tỉnh ghi nhận" in r.notice or "Tỉnh không ghi nhận" in r.notice
        with other.read() as session:
            assert session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.state != "sent")) == 0
        assert notifications(hub) == []  # the lost counter's supplement never reached the applicant
        assert hub_state(hub, second).state == "claimed"
    finally:
        other.close()


def test_offline_claim_keeps_claim_and_deadline_then_syncs(db, hub, sync_config, officer):
    code = submit(hub)
    synced(db, sync_config)
    deadline = row(db, code).deadline_at
    dead = SyncConfig("http://127.0.0.1:9", hub.token, timeout=(0.5, 0.5))
    online.claim(db, code, officer)
    assert not sync_once(db, dead).ok
    r = row(db, code)
    assert r.state == "claimed" and r.deadline_at == deadline
    online.return_not_competent(db, code, officer, "UBND xã Bình Đức")
    assert not sync_once(db, dead).ok
    assert row(db, code).deadline_at == deadline
    synced(db, sync_config)
    assert hub_state(hub, code).state == "returned" and len(notifications(hub)) == 1


@pytest.mark.parametrize("submitted, expected", [
    ("2026-11-23T16:00:00+07:00", datetime(2026, 11, 25, 16, 0)),  # a night, a holiday, a lunch
    ("2026-11-27T15:00:00+07:00", datetime(2026, 11, 30, 15, 0)),  # Friday → across the weekend
    ("2026-12-31T14:00:00+07:00", datetime(2027, 1, 4, 14, 0)),  # New Year's Day, then the weekend
    ("2026-11-28T09:00:00+07:00", datetime(2026, 11, 30, 17, 0)),  # filed on a Saturday
])
def test_deadline_across_lunch_weekend_and_holiday(db, hub, sync_config, submitted, expected):
    code = submit(hub, at=datetime.fromisoformat(submitted))
    synced(db, sync_config)
    assert row(db, code).deadline_at == expected


def test_check_time_is_configurable_per_procedure(db, hub, sync_config):
    from counter.services.office import get_office

    with db.write() as session:
        office = get_office(session)
        office.settings = {**(office.settings or {}), "online_check_hours": {"1.001193": 4}}
    code = submit(hub, procedure=("1.001193", "Thủ tục đăng ký khai sinh"))
    synced(db, sync_config)
    r = row(db, code)
    assert r.check_hours == 4 and r.deadline_at == datetime(2026, 11, 23, 14, 0)


def test_actions_reach_the_province_exactly_once_through_faults(db, hub, officer):
    codes = [submit(hub, i) for i in range(12)]
    proxy = FaultProxy(hub.port, seed=3, fault_rate=0.4, slow_seconds=2.0)
    config = SyncConfig(proxy.url, hub.token, timeout=(1.0, 1.5), batch_size=5)

    def until_quiet():
        for _ in range(300):
            result = sync_once(db, config)
            with db.read() as session:
                pending = session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.state != "sent"))
            if pending == 0:  # everything delivered (the pulls of the round may still have met a fault)
                return
            assert result.rejected == 0
            time.sleep(min(result.retry_after or 0.1, 1.0))  # as the worker waits before the next round
        raise AssertionError(f"never quiet: {result.errors}")

    synced(db, SyncConfig(hub.url, hub.token))
    try:
        for code in codes:
            online.claim(db, code, officer)
        until_quiet()
        for i, code in enumerate(codes):
            if i % 2:
                online.request_supplement(db, code, officer, [f"Giấy tờ số {i}"])
            else:
                online.return_not_competent(db, code, officer, "UBND xã Bình Đức")
        until_quiet()
    finally:
        proxy.close()
    assert sum(proxy.counts.values()) > 0
    with hub.hub().read_session() as session:
        actions = session.execute(select(hub_online.OnlineAction.code, hub_online.OnlineAction.kind)).all()
    with db.read() as session:
        local = session.scalars(select(OutboxEvent.kind).where(OutboxEvent.kind.like("online.%"))).all()
    assert len(actions) == len(local) == 24 and len(set(actions)) == 24
    assert sorted(n["MaHoSoTrucTuyen"] for n in notifications(hub)) == sorted(codes)  # one each


def test_a_killed_sync_sends_each_action_once(db, hub, officer):
    import os
    import signal

    codes = [submit(hub, i) for i in range(40)]
    synced(db, SyncConfig(hub.url, hub.token))
    for code in codes:
        online.claim(db, code, officer)
    db.close()
    env = dict(os.environ)
    command = [*at("2026-11-23T10:00:00", "-m", "counter"), "--db", db.url, "sync", "--once", "--server", hub.url, "--token",
               hub.token]
    for delay in (0.6, 0.9, 1.2, 1.5):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
    subprocess.run(command, check=True, env=env, capture_output=True)
    with hub.hub().read_session() as session:
        actions = session.execute(select(hub_online.OnlineAction.code)).scalars().all()
    assert sorted(actions) == sorted(codes)


def test_the_submission_endpoint_and_its_refusals(hub):
    url = hub.url + "/api/v1/online/submissions"
    auth = {"Authorization": f"Bearer {hub.token}"}
    pdf = declaration_pdf("Tờ khai", "Lê Văn Phúc", ["Nội dung"])
    body = {"MaCoQuan": AGENCY, "MaTTHC": "1.001193", "TenTTHC": "Thủ tục đăng ký khai sinh",
            "ChuHoSo": {"HoTen": "Lê Văn Phúc"}, "ThoiDiemNop": "2026-11-23T08:00:00+07:00",
            "TepDinhKem": [{"TenTep": "To-khai.pdf", "LoaiTep": "application/pdf",
                            "NoiDung": base64.b64encode(pdf).decode()}]}
    answer = requests.post(url, json=body, headers=auth, timeout=5)
    assert answer.status_code == 201 and answer.json()["MaHoSoTrucTuyen"].startswith("DVC-")
    assert requests.post(url, json={**body, "ThoiDiemNop": "2026-11-23T08:00:00"}, headers=auth, timeout=5).status_code == 422
    assert requests.post(url, json=body, timeout=5).status_code == 401
    again = requests.post(url, json={**body, "supplement_of": answer.json()["MaHoSoTrucTuyen"]}, headers=auth, timeout=5)
    assert again.status_code == 409  # not waiting for a supplement
    page = requests.get(hub.url + "/api/v1/online", headers=auth, timeout=5).json()
    assert page["items"][0]["files"][0]["sha256"] and page["next_cursor"] == page["items"][0]["id"]


# -- bad input ------------------------------------------------------------------------------------


def zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.pdf", b"\0" * 20_000_000)
    return out.getvalue()


def png_bomb() -> bytes:
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))


def test_bad_files_are_told_never_crash(db, hub, sync_config, officer):
    png = id_card_png("A", "1", "1")
    bad = [("Anh-khai-la-pdf.pdf", "application/pdf", png),
           ("Nen.pdf", "application/pdf", zip_bomb()),
           ("Hong.pdf", "application/pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"),
           ("Bom.png", "image/png", png_bomb()),
           ("Lon.pdf", "application/pdf", b"%PDF-1.4\n" + b"0" * (online.MAX_FILE_BYTES + 1))]
    code = hub_online.submit(hub.hub(), {"MaCoQuan": AGENCY, "MaTTHC": "1.001193", "ChuHoSo": {"HoTen": "Võ Minh Khang"},
                                         "ThoiDiemNop": "2026-11-23T08:00:00+07:00"}, bad)["MaHoSoTrucTuyen"]
    synced(db, sync_config)
    online.claim(db, code, officer)
    synced(db, sync_config)
    client = sync_config.client()
    try:
        problems = online.fetch_files(db, client, code)
    finally:
        client.close()
    assert len(problems) == 5
    by_name = {f.name: f.problem for f in row(db, code).files}
    assert "khai là PDF nhưng nội dung là PNG" in by_name["Anh-khai-la-pdf.pdf"]
    assert "ZIP" in by_name["Nen.pdf"]
    assert "PDF hỏng" in by_name["Hong.pdf"]
    assert "quá lớn" in by_name["Bom.png"]
    assert "vượt giới hạn" in by_name["Lon.pdf"]
    with pytest.raises(online.UserError, match="không dùng được"):
        online.accept(db, code, officer)
    online.request_supplement(db, code, officer, [f"Nộp lại tệp {n}" for n in by_name])  # the way out


def test_dashboard_and_daily_report_count_online_dossiers_on_time_and_late(office_clock, db, hub, sync_config, officer, qtbot):
    from counter.services import reports
    from counter.ui.dashboard import Dashboard
    from helpers import pdf_text

    on_time, late, waiting = submit(hub, 1), submit(hub, 2), submit(hub, 3)
    hub_online.submit(hub.hub(), {"MaCoQuan": "000.00.99.H49", "MaTTHC": "1.001193",  # another agency's: not ours
                                  "ChuHoSo": {"HoTen": "Người khác"}, "ThoiDiemNop": "2026-11-23T08:00:00+07:00"})
    synced(db, sync_config)
    for code in (on_time, late):
        claimed_and_fetched(db, sync_config, code, officer)
    office_clock.set(datetime(2026, 11, 23, 15, 0))
    accepted = online.accept(db, on_time, officer)
    office_clock.set(datetime(2026, 11, 25, 9, 0))  # past Wednesday 08:00
    online.request_supplement(db, late, officer, ["Tờ khai có chữ ký"])
    synced(db, sync_config)
    day = datetime(2026, 11, 23).date()
    s = reports.summary(db, reports.ReportFilter(day, day))
    o = s.online
    assert (o.received, o.on_time, o.late, o.waiting, o.overdue) == (3, 1, 1, 1, 1)
    ind = {i.key: i for i in s.indicators}
    # three filed online, one of them accepted (counted once), nothing else received that day
    assert (ind["online"].numerator, ind["online"].denominator) == (3, 3)
    assert (ind["online_payment"].numerator, ind["online_payment"].denominator) == (2, 3)  # one paid at the office
    text = " ".join(pdf_text(reports.report_pdf(db, reports.ReportFilter(day, day), daily=True)))
    assert "Hồ sơ trực tuyến" in text and "kiểm tra trễ hạn 1" in text and "Tỷ lệ thanh toán trực tuyến" in text
    from counter.ui.bus import Bus

    board = Dashboard(db, Bus())
    qtbot.addWidget(board)
    from PySide6.QtCore import QDate

    board.start.setDate(QDate(day))
    board.end.setDate(QDate(day))
    board.refresh()
    assert "Hồ sơ trực tuyến: nhận 3 · kiểm tra đúng hạn 1 · kiểm tra trễ hạn 1" in board.online.text()
    assert accepted.code


def test_demo_data_puts_a_few_online_dossiers_in_the_queue_in_every_colour(db):
    codes = online.demo_waiting(db)
    with db.read() as session:
        rows = online.queue(session)
        files = [f for r in session.scalars(select(OnlineDossier)) for f in r.files]
    assert len(rows) == len(codes) == 4
    assert {r.urgency for r in rows} == {"green", "amber", "red"} and rows[0].minutes_left < 0
    assert all(f.fetched and online.file_bytes(db, f) for f in files)


def test_sync_once_on_the_command_line_says_how_many_online_dossiers_came(db, hub):
    for i in range(3):
        submit(hub, i)
    db.close()
    done = subprocess.run([*at("2026-11-23T10:00:00", "-m", "counter"), "--db", db.url, "sync", "--once", "--server",
                           hub.url, "--token", hub.token], capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "và 3 hồ sơ trực tuyến" in done.stdout, done.stdout
