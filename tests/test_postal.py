"""Results home by post and dossiers that arrive by post, against the reference postal server
over real HTTP: idempotent orders, a timeout after creation that never makes a second order,
tracking that moves the dossier, the postman's list decoded by barcode."""

import subprocess
import sys
import time
from datetime import date, datetime

import pytest
import requests
from sqlalchemy import func, select

from counter import clock
from counter.domain.status import Channel, ReturnMethod, Status
from counter.services import intake, lifecycle, postal
from counter.sync import postal as postal_net
from counter.services.dossiers import get_dossier
from counter.services.errors import ValidationFailed
from counter.store.models import OutboxEvent, PostalOrder
from counter.sync.hub.models import PostalOrder as HubOrder
from counter.sync.hub.postal import track
from faultproxy import FaultProxy
from helpers import at, complete_draft, pdf_barcodes, pdf_text, postal_draft


@pytest.fixture
def postal_cfg(hub):
    return postal_net.PostalConfig(hub.url, hub.postal_key, (2.0, 4.0))


def result_by_post(db, officer):
    code = intake.receive(db, postal_draft(db), officer).code
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer)
    return code


def hub_orders(hub):
    h = hub.hub()
    with h.read_session() as session:
        return session.scalars(select(HubOrder)).all()


def test_intake_validates_the_postal_address(db, officer):
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, postal_draft(db, delivery_province="", delivery_commune=""), officer)
    assert "tỉnh, thành phố" in err.value.errors["delivery_province"]
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, postal_draft(db, delivery_commune="26734"), officer)  # a Hồ Chí Minh ward, not Tây Ninh
    assert "thuộc Tỉnh Tây Ninh" in err.value.errors["delivery_commune"]
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, postal_draft(db, "1.000894"), officer)  # marriage: no postal return
    assert "không cho phép trả kết quả qua bưu chính" in err.value.errors["return_method"]
    with pytest.raises(ValidationFailed) as err:
        intake.receive(db, complete_draft(db, channel=Channel.POSTAL, delivery_address="Ấp Bình Hòa",
                                          delivery_province="80", delivery_commune="28075"), officer)
    assert "số hiệu bưu gửi" in err.value.errors["inbound_postal_number"]
    code = intake.receive(db, postal_draft(db), officer).code
    with db.read() as session:
        d = get_dossier(session, code)
        assert (d.delivery_province_code, d.delivery_commune_code, d.postage) == ("80", "28087", 25_000)


def test_result_by_post_end_to_end(office_clock, db, officer, hub, postal_cfg):
    code = result_by_post(db, officer)
    with db.read() as session:
        order = session.scalar(select(PostalOrder))
        assert (order.number, order.state, order.purpose) == (code, "pending", "result")
        assert order.payload["NguoiNhan"]["MaTinh"] == "80" and order.payload["NguoiGui"]["MaTinh"] == "80"
    result = postal_net.postal_once(db, postal_cfg)
    assert result.ok and result.created == 1
    with db.read() as session:
        order = session.scalar(select(PostalOrder))
        assert order.state == "created" and order.tracking_code.startswith("EB") and order.postage == 25_000
    number = postal.handover_to_postman(db, [order.id], officer, postman="Lê Văn Bưu")
    h = hub.hub()
    office_clock.set(datetime(2026, 11, 26, 8, 0))
    track(h, code, "collected")
    track(h, code, "in_transit")
    track(h, code, "delivered", at=datetime.fromisoformat("2026-11-27T10:30:00+07:00"))
    assert postal_net.postal_once(db, postal_cfg).updated == 3
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.status == Status.RETURNED and d.returned_at == datetime(2026, 11, 27, 10, 30)
        assert d.history[-1].officer_name == "Bưu chính công ích"
        states = [e.state for e in d.postal_orders[0].events]
        assert states == ["pending", "created", "handed_over", "collected", "in_transit", "delivered"]
        # the provincial system hears of the return like any other step
        last = session.scalar(select(OutboxEvent).where(OutboxEvent.dossier_code == code).order_by(OutboxEvent.id.desc()))
        assert last.payload["TrangThai"] == 10
    assert postal_net.postal_once(db, postal_cfg).updated == 0  # each tracking event applies once
    text = " ".join(pdf_text(postal.handover_list_pdf(db, number)))
    assert "DANH SÁCH BÀN GIAO BƯU GỬI" in text and "Lê Văn Bưu" in text


def test_returned_to_sender_comes_back_to_the_counter(db, officer, hub, postal_cfg):
    code = result_by_post(db, officer)
    postal_net.postal_once(db, postal_cfg)
    with db.read() as session:
        order_id = session.scalar(select(PostalOrder.id))
    postal.handover_to_postman(db, [order_id], officer, postman="Lê Văn Bưu")
    track(hub.hub(), code, "collected")
    track(hub.hub(), code, "returned", "Không có người nhận")
    postal_net.postal_once(db, postal_cfg)
    assert [r.number for r in postal.queue(db, "problems")] == [code]
    with db.read() as session:
        assert get_dossier(session, code).status == Status.PROCESSED  # still to hand back
    new_number = postal.resend(db, order_id, officer)
    assert new_number == f"{code}-L2"
    assert postal_net.postal_once(db, postal_cfg).created == 1
    assert {o.number for o in hub_orders(hub)} == {code, new_number}


def test_duplicate_create_returns_the_same_order(hub):
    payload = {"SoDonHang": "000.01.34.H49-261123-0009", "MaKhachHang": "TANTRU01", "TienThuHo": 0,
               "NguoiGui": {"HoTen": "Bộ phận Một cửa xã Tân Trụ", "DiaChi": "Khu phố 1", "DienThoai": "02723870123",
                            "MaTinh": "80"},
               "NguoiNhan": {"HoTen": "Nguyễn Văn An", "DiaChi": "Ấp Bình Hòa", "DienThoai": "0912345678", "MaTinh": "80",
                             "MaXa": "28087"}}
    url = hub.url + "/postal/v1/orders"
    headers = {"X-Api-Key": hub.postal_key}
    first = requests.post(url, json=payload, headers=headers, timeout=10)
    again = requests.post(url, json=payload, headers=headers, timeout=10)
    assert first.status_code == 201 and again.status_code == 200 and again.json() == first.json()
    other = {**payload, "NguoiNhan": {**payload["NguoiNhan"], "HoTen": "Người Khác"}}
    assert requests.post(url, json=other, headers=headers, timeout=10).status_code == 409
    assert requests.post(url, json=payload, timeout=10).status_code == 401
    assert len(hub_orders(hub)) == 1
    cancelled = requests.post(url + f"/{payload['SoDonHang']}/cancel", headers=headers, timeout=10)
    assert cancelled.json()["TrangThai"] == 4


def test_a_timeout_after_the_server_created_the_order_never_makes_a_second(db, officer, hub):
    codes = [result_by_post(db, officer) for _ in range(2)]
    proxy = FaultProxy(hub.port, fault_rate=0)
    proxy.forced = ["reset_after_commit", "slow"]  # the operator creates the order, the reply never comes
    config = postal_net.PostalConfig(proxy.url, hub.postal_key, (1.0, 1.5))
    try:
        outcomes = [postal_net.postal_once(db, config) for _ in range(4)]
    finally:
        proxy.close()
    assert outcomes[0].errors and outcomes[-1].ok
    orders = hub_orders(hub)
    assert sorted(o.number for o in orders) == sorted(codes)  # exactly one order each
    with db.read() as session:
        local = {o.number: o.tracking_code for o in session.scalars(select(PostalOrder))}
    assert local == {o.number: o.tracking_code for o in orders}


def test_a_dossier_that_arrived_by_post_sends_its_receipt_back(db, officer, hub, postal_cfg):
    draft = complete_draft(db, channel=Channel.POSTAL, inbound_postal_number="eb 987654321 vn",
                           delivery_address="Số 5, ấp Tân Thạnh", delivery_province="80", delivery_commune="28075")
    code = intake.receive(db, draft, officer).code
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.inbound_postal_number == "EB987654321VN" and d.return_method == ReturnMethod.COUNTER
        assert [(o.number, o.purpose) for o in d.postal_orders] == [(f"{code}-BN", "receipt")]
    postal_net.postal_once(db, postal_cfg)
    label = postal.label_pdf(db, postal.resolve_number(db, code))
    text = pdf_text(label)[0]
    assert "Giấy hẹn trả kết quả" in text and "Xã Tân Trụ, Tỉnh Tây Ninh" in text and "EB000000001VN" in text
    assert ("Code128", f"{code}-BN") in pdf_barcodes(label)[0]


def test_postman_handover_command_decodes_by_barcode(db, officer, hub, postal_cfg, tmp_path):
    codes = [result_by_post(db, officer) for _ in range(3)]
    postal_net.postal_once(db, postal_cfg)
    db.close()
    import os

    env = dict(os.environ)
    out = tmp_path / "ban-giao-buu-ta.pdf"
    run = subprocess.run([*at("2026-11-23T15:00:00", "-m", "counter"), "--db", db.url, "postal", "handover", "--date",
                          "2026-11-23", "-o", str(out), "--postman", "Lê Văn Bưu"], capture_output=True, text=True,
                         env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "gồm 3 bưu gửi" in run.stdout
    decoded = [t for page in pdf_barcodes(out.read_bytes()) for f, t in page if f == "Code128"]
    assert sorted(decoded) == sorted(codes)
    again = subprocess.run([*at("2026-11-23T15:00:00", "-m", "counter"), "--db", db.url, "postal", "handover", "--date",
                            "2026-11-22", "-o", str(out)], capture_output=True, text=True, env=env, timeout=60)
    assert again.returncode == 1 and "không có bưu gửi nào" in again.stderr


def test_an_office_with_the_post_but_no_provincial_sync_still_sends_its_orders(db, officer, hub, monkeypatch):
    from counter.sync.worker import SyncWorker

    monkeypatch.setenv("COUNTER_POSTAL_URL", hub.url)
    monkeypatch.setenv("COUNTER_POSTAL_KEY", hub.postal_key)
    code = result_by_post(db, officer)
    states = []
    worker = SyncWorker(db, lambda: None, states.append, idle_seconds=0.3)  # no provincial server at all
    worker.start()
    try:
        deadline = time.time() + 20
        while time.time() < deadline and not hub_orders(hub):
            time.sleep(0.1)
    finally:
        worker.stop()
    assert [o.number for o in hub_orders(hub)] == [code]
    assert states and not states[-1].configured  # the provincial sync is still shown as not set up
