"""The counter's side of sync against the real hub: the outbox in the same transaction as each
change, push and pull, rejected records to needs-attention, conflicts shown not resolved, TLS,
attachments, catalogue and calendar, the worker's backoff and recovery, and the commands."""

import datetime as dt
import json
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select, text

from counter import clock
from counter.domain.lifecycle import NotAllowed
from counter.services import attachments, intake, lifecycle
from counter.services.dossiers import get_dossier, update_contact
from counter.store.models import Office, OutboxEvent, StatusHistory
from counter.sync import outbox
from counter.sync.apply import open_conflicts, resolve_conflict
from counter.sync.engine import SyncConfig, SyncResult, pull, sync_once
from counter.sync.hub.models import Event as HubEvent
from counter.sync.hub.models import HubDossier
from counter.sync.worker import SyncWorker, backoff_delay
from faultproxy import FaultProxy
from helpers import at, complete_draft, scan_pdf


def events(db):
    with db.read() as session:
        return [(e.kind, e.dossier_code, e.seq, e.state) for e in session.scalars(select(OutboxEvent).order_by(OutboxEvent.id))]


def hub_events(hub):
    h = hub.hub()
    with h.read_session() as session:
        return [(e.kind, e.dossier_code, e.seq) for e in session.scalars(select(HubEvent).order_by(HubEvent.id))]


def test_each_change_writes_its_outbox_row_in_the_same_transaction(db, officer, tmp_path):
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.forward(db, code, officer)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    attachments.attach(db, code, officer, scan)
    assert events(db) == [("dossier.created", code, 1, "pending"), ("dossier.status", code, 2, "pending"),
                          ("attachment.added", code, 3, "pending")]
    with pytest.raises(NotAllowed):  # a refused step writes neither history nor outbox
        lifecycle.return_result(db, code, officer, collector="applicant", id_number="080190001234")
    assert len(events(db)) == 3
    with db.read() as session:
        created = session.scalar(select(OutboxEvent).where(OutboxEvent.seq == 1))
        assert created.payload["MaHoSo"] == code and created.payload["SoDienThoai"] == "0912345678"
        assert created.payload["NgayTiepNhan"] == "2026-11-23T09:00:00+07:00"


def test_push_then_pull_a_department_result(db, officer, hub, sync_config, tmp_path):
    codes = [intake.receive(db, complete_draft(db, "2.000488"), officer).code for _ in range(3)]
    lifecycle.forward(db, codes[0], officer)
    scan = tmp_path / "to-khai.pdf"
    scan.write_bytes(scan_pdf(noise_bytes=3_000_000))  # several upload chunks
    attachments.attach(db, codes[1], officer, scan)
    result = sync_once(db, sync_config)
    assert result.ok and result.sent == 5, result.errors
    assert sorted(hub_events(hub)) == sorted((k, c, s) for k, c, s, _ in events(db))
    assert all(state == "sent" for *_, state in events(db))
    hub.hub().post_update(codes[0], "progress", {"NoiDungXuLy": "Đang thẩm định", "NguoiXuLy": "Trần Văn Bảo",
                                                 "ThoiDiemXuLy": "2026-11-25T09:00:00+07:00"})
    hub.hub().post_update(codes[0], "result", {"TrangThai": 9, "MaKetQua": f"{codes[0]}-KQ1", "NoiDungXuLy": "Đã ký",
                                               "NguoiXuLy": "Trần Văn Bảo", "ThoiDiemXuLy": "2026-11-26T10:00:00+07:00"})
    result = sync_once(db, sync_config)
    assert result.ok and result.applied == 2
    with db.read() as session:
        d = get_dossier(session, codes[0])
        assert d.status == 9 and d.result_code == f"{codes[0]}-KQ1" and d.finished_at == dt.datetime(2026, 11, 26, 10, 0)
        assert [h.action for h in d.history][-2:] == ["progress", "result"]
        assert d.history[-1].officer_name == "Trần Văn Bảo (tỉnh)"
    assert len(events(db)) == 5  # what came from the province does not go back
    assert sync_once(db, sync_config).applied == 0  # and is applied once


def test_a_rejected_record_needs_attention_and_blocks_nobody_else(db, officer, hub, sync_config):
    bad = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    good = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.forward(db, bad, officer)
    with db.write() as session:  # a record migrated from an old system with a phone the province refuses
        session.execute(text("UPDATE dossier SET phone = '12345' WHERE code = :c"), {"c": bad})
        event = session.scalar(select(OutboxEvent).where(OutboxEvent.dossier_code == bad, OutboxEvent.seq == 1))
        event.payload = {**event.payload, "SoDienThoai": "12345"}
    result = sync_once(db, sync_config)
    assert result.rejected == 1 and not result.ok
    states = {(c, s): state for _, c, s, state in events(db)}
    assert states[(good, 1)] == "sent"
    assert states[(bad, 1)] == "attention" and states[(bad, 2)] == "pending"  # waits, in order
    with db.read() as session:
        message = outbox.attention_list(session)[0].last_error
    assert message.startswith("422:") and "SoDienThoai" in message

    update_contact(db, bad, officer, phone="0912 000 111")
    with db.write() as session:
        outbox.requeue(session, outbox.attention_list(session)[0].id)
    result = sync_once(db, sync_config)
    assert result.ok and result.sent == 3
    h = hub.hub()
    with h.read_session() as session:
        dossier = session.get(HubDossier, bad)
        assert dossier.data["SoDienThoai"] == "0912000111" and dossier.last_seq == 3 and dossier.status == 4


def test_an_update_never_overwrites_unsent_local_changes(db, officer, hub, sync_config):
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    assert sync_once(db, sync_config).ok
    lifecycle.forward(db, code, officer)  # local, not yet sent
    hub.hub().post_update(code, "status", {"TrangThai": 3, "NoiDungXuLy": "Không đủ điều kiện", "NguoiXuLy": "Phòng HCTP"})
    result = SyncResult()
    client = sync_config.client()
    pull(db, client, result)
    assert result.conflicts == 1 and result.applied == 0
    with db.read() as session:
        assert get_dossier(session, code).status == 4  # the local change stands
        conflicts = open_conflicts(session)
        assert len(conflicts) == 1 and "chưa gửi" in conflicts[0].reason
    pull(db, client, result)  # seen once, not recorded twice
    with db.read() as session:
        assert len(open_conflicts(session)) == 1
    assert resolve_conflict(db, conflicts[0].id, apply=True) == "applied"
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.status == 3 and d.closed_reason == "Không đủ điều kiện"
        assert open_conflicts(session) == []


def test_an_update_the_state_does_not_allow_is_a_conflict(db, officer, hub, sync_config):
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.withdraw(db, code, officer, "Công dân rút hồ sơ")
    assert sync_once(db, sync_config).ok
    hub.hub().post_update(code, "result", {"TrangThai": 9})
    result = sync_once(db, sync_config)
    assert result.conflicts == 1
    with db.read() as session:
        conflict = open_conflicts(session)[0]
        assert "công dân rút hồ sơ" in conflict.reason
    assert resolve_conflict(db, conflict.id, apply=False) == "kept"


def test_catalogue_and_calendar_come_from_the_province(db, hub, sync_config):
    from counter.services.catalogue import bundled_catalogue, current_version, load_catalogue

    newer = load_catalogue(bundled_catalogue())
    newer["version"] = "2027.1.0"
    newer["procedures"][0]["name"] = "Thủ tục đăng ký khai sinh (sửa đổi 2027)"
    hub.hub().publish_catalogue(newer)
    hub.hub().publish_calendar(["2026-12-31"], ["2026-12-26"], "Nghỉ cuối năm")
    assert sync_once(db, sync_config).ok
    with db.read() as session:
        assert current_version(session) == "2027.1.0"
        office = session.get(Office, 1)
        assert "2026-12-31" in office.calendar["days_off"] and "2026-12-26" in office.calendar["workdays"]
        assert office.settings["calendar_version"] == 1


def _certificate(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hub.tinh.test")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1))
            .not_valid_after(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "hub.crt", tmp_path / "hub.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_tls_is_verified_by_default_and_a_ca_bundle_can_be_given(db, officer, tmp_path):
    from conftest import RunningHub

    cert, key = _certificate(tmp_path)
    running = RunningHub(tmp_path / "tls-hub.sqlite3", ["--cert", str(cert), "--key", str(key)])
    try:
        assert running.url.startswith("https://")
        intake.receive(db, complete_draft(db), officer)
        refused = sync_once(db, SyncConfig(running.url, running.token, timeout=(2, 5)))
        assert not refused.ok and "chứng chỉ TLS" in refused.errors[0]
        assert events(db)[0][3] == "pending"  # nothing lost
        trusted = sync_once(db, SyncConfig(running.url, running.token, ca_bundle=str(cert), timeout=(2, 5)))
        assert trusted.ok and trusted.sent == 1
    finally:
        running.stop()


def test_backoff_has_a_floor_a_cap_jitter_and_honours_retry_after():
    delays = [backoff_delay(n, floor=2, cap=60) for n in range(1, 12) for _ in range(20)]
    assert min(delays) >= 2 and max(delays) <= 60
    assert len({round(d, 3) for d in delays}) > 50  # jittered
    assert backoff_delay(1, floor=2, cap=60, retry_after=30) >= 30


def test_worker_resumes_by_itself_when_the_network_returns(db, officer, hub):
    proxy = FaultProxy(hub.port, fault_rate=0)
    proxy.go_down(2.5)  # the network is down when the worker starts
    for _ in range(3):
        intake.receive(db, complete_draft(db), officer)
    states = []
    worker = SyncWorker(db, lambda: SyncConfig(proxy.url, hub.token, timeout=(1, 3)), states.append,
                        idle_seconds=0.5, floor=0.3, cap=1.0)
    worker.start()
    try:
        deadline = time.time() + 20
        while time.time() < deadline and not (states and states[-1].online and states[-1].pending == 0):
            time.sleep(0.1)
    finally:
        worker.stop()
        proxy.close()
    offline = [s for s in states if s.online is False]
    assert offline and "Không kết nối được" in offline[0].last_error
    assert states[-1].online and states[-1].pending == 0 and states[-1].last_success is not None
    assert len(hub_events(hub)) == 3


def test_sync_and_outbox_commands(db, officer, hub, tmp_path):
    code = intake.receive(db, complete_draft(db), officer).code
    db.close()
    env = dict(os.environ)

    def run(*args):
        return subprocess.run(at("2026-11-23T10:00:00", "-m", "counter", "--db", db.url, *args), capture_output=True,
                              text=True, env=env, timeout=60)

    listed = json.loads(run("outbox", "--json").stdout)
    assert listed["pending"] == 1 and listed["events"][0]["MaHoSo"] == code
    failed = run("sync", "--once", "--server", "http://127.0.0.1:9", "--token", hub.token)
    assert failed.returncode == 1 and "Không kết nối được máy chủ tỉnh" in failed.stderr
    denied = run("sync", "--once", "--server", hub.url, "--token", "sai")
    assert denied.returncode == 1 and "từ chối mã truy cập" in denied.stderr
    done = run("sync", "--once", "--server", hub.url, "--token", hub.token)
    assert done.returncode == 0 and "Đã gửi 1 sự kiện" in done.stdout
    assert json.loads(run("outbox", "--json").stdout)["pending"] == 0
    hub_listing = subprocess.run([sys.executable, "-m", "counter", "hub", "--db", str(hub.db_path), "dossiers", "--json"],
                                 capture_output=True, text=True, timeout=60)
    assert [d["MaHoSo"] for d in json.loads(hub_listing.stdout)] == [code]
