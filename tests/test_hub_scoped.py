"""Every key at the hub belongs to its owner (real server on 127.0.0.1, two agencies, two postal
customers): attachments are kept per agency, order numbers per customer. Nothing about another
agency's or customer's data can be learnt, changed or blocked."""

import hashlib

import requests

from conftest import AGENCY, POSTAL_CUSTOMER, RunningHub
from test_hub_inputs import order
from test_sync_hub import API, event

OTHER_AGENCY, OTHER_TOKEN = "000.01.34.H50", "token-quay-khac-2"
OTHER_CUSTOMER, OTHER_KEY = "KHACH02", "khoa-buu-chinh-2"
CONTENT = b"%PDF-1.4 giay khai sinh cua A " * 1000
SHA = hashlib.sha256(CONTENT).hexdigest()


def start(tmp_path):
    return RunningHub(tmp_path / "hub.sqlite3", ["--token", f"{OTHER_AGENCY}={OTHER_TOKEN}",
                                                 "--postal-key", f"{OTHER_CUSTOMER}={OTHER_KEY}"])


def call(hub, method, path, token, **kwargs):
    headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
    return requests.request(method, hub.url + API + path, headers=headers, timeout=10, **kwargs)


def upload(hub, token, data, offset=0, length=None):
    return call(hub, "PATCH", f"/attachments/{SHA}", token, data=data, headers={
        "Upload-Offset": str(offset), "Upload-Length": str(length or len(CONTENT))})


def test_another_agency_cannot_poison_learn_or_borrow_an_attachment(tmp_path):
    hub = start(tmp_path)
    try:
        # A has sent half its file; B sends garbage at the same offset, then the rest of it
        assert upload(hub, hub.token, CONTENT[:10_000]).status_code == 204
        poison = upload(hub, OTHER_TOKEN, b"X" * 10_000, offset=10_000)
        assert poison.status_code == 409  # B's own upload of that hash starts at 0: A's is untouched
        assert upload(hub, OTHER_TOKEN, b"X" * len(CONTENT)).status_code == 422  # B's wrong content, B's loss
        done = upload(hub, hub.token, CONTENT[10_000:], offset=10_000)
        assert done.status_code == 201, done.text  # A's file completes with the right hash
        # B cannot learn that A holds the file
        assert call(hub, "HEAD", f"/attachments/{SHA}", OTHER_TOKEN).status_code == 404
        assert call(hub, "HEAD", f"/attachments/{SHA}", hub.token).headers["Upload-Complete"] == "1"
        # B cannot attach A's file to its own dossier without uploading it itself
        code = f"{OTHER_AGENCY}-261123-0001"
        created = event(code=code)
        assert call(hub, "POST", "/events", OTHER_TOKEN, json=created,
                    headers={"Idempotency-Key": created["idempotency_key"]}).status_code == 201
        attach = {**event(code=code), "type": "attachment.added", "seq": 2,
                  "data": {"MaHoSo": code, "MaBam": SHA, "TenTepDinhKem": "khai-sinh.pdf", "KichThuoc": len(CONTENT)}}
        refused = call(hub, "POST", "/events", OTHER_TOKEN, json=attach, headers={"Idempotency-Key": attach["idempotency_key"]})
        assert refused.status_code == 409 and "chưa được tải lên" in refused.json()["detail"]
        # and A's own dossier is out of B's reach altogether
        mine = event(code=f"{AGENCY}-261123-0009")
        foreign = call(hub, "POST", "/events", OTHER_TOKEN, json=mine, headers={"Idempotency-Key": mine["idempotency_key"]})
        assert foreign.status_code == 422
    finally:
        hub.stop()


def test_order_numbers_belong_to_each_postal_customer(tmp_path):
    hub = start(tmp_path)
    try:
        number = f"{AGENCY}-261123-0001"
        theirs = order(number)
        theirs["MaKhachHang"] = OTHER_CUSTOMER
        first = requests.post(hub.url + "/postal/v1/orders", json=theirs, headers={"X-Api-Key": OTHER_KEY}, timeout=10)
        assert first.status_code == 201  # B takes the number first …
        mine = requests.post(hub.url + "/postal/v1/orders", json=order(number), headers={"X-Api-Key": hub.postal_key},
                             timeout=10)
        assert mine.status_code == 201, mine.text  # … and A's order with that number is still created
        assert mine.json()["MaVanDon"] != first.json()["MaVanDon"]
        assert mine.json()["SoDonHang"] == number and order(number)["MaKhachHang"] == POSTAL_CUSTOMER
        # B cannot read or cancel A's order, only its own
        seen = requests.post(hub.url + f"/postal/v1/orders/{number}/cancel", headers={"X-Api-Key": OTHER_KEY}, timeout=10)
        assert seen.status_code == 200 and seen.json()["MaVanDon"] == first.json()["MaVanDon"]
        still = requests.get(hub.url + f"/postal/v1/orders/{number}", headers={"X-Api-Key": hub.postal_key}, timeout=10)
        assert still.json()["TrangThai"] == 1 and still.json()["MaVanDon"] == mine.json()["MaVanDon"]
        tracking = requests.get(hub.url + "/postal/v1/tracking?after=0", headers={"X-Api-Key": OTHER_KEY}, timeout=10)
        assert {e["TrangThai"] for e in tracking.json()["events"]} == {1, 4}
        assert len(tracking.json()["events"]) == 2  # its own two events, nothing of A's
    finally:
        hub.stop()
