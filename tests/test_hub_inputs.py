"""The hub never answers 5xx, whatever arrives (real server on 127.0.0.1): lone surrogates in any
string, bodies over the size limit (refused before they are read), NaN, Infinity and numbers out
of range, fields of many megabytes."""

import json
import socket

import pytest
import requests

from conftest import POSTAL_CUSTOMER
from test_sync_hub import API, event, post

SURROGATE = "\\ud800"  # as JSON escapes it: a lone half of a UTF-16 pair, not a character


def raw_post(hub, path, body: str, headers=None):
    return requests.post(hub.url + path, data=body.encode("ascii"), timeout=10, headers={
        "Authorization": f"Bearer {hub.token}", "X-Api-Key": hub.postal_key, "Content-Type": "application/json",
        **(headers or {})})


def event_json(e: dict, replace: tuple[str, str] | None = None) -> str:
    text = json.dumps(e, ensure_ascii=True)
    if replace:
        assert replace[0] in text
        text = text.replace(replace[0], replace[1])
    return text


def order(number="000.01.34.H49-261123-0001"):
    party = {"HoTen": "Nguyễn Văn An", "DiaChi": "Số 1, ấp Bình Hòa", "DienThoai": "0912345678", "MaTinh": "80"}
    return {"SoDonHang": number, "MaKhachHang": POSTAL_CUSTOMER, "NguoiGui": party, "NguoiNhan": dict(party)}


@pytest.mark.parametrize("where", ["extra field", "idempotency key", "name"])
def test_a_lone_surrogate_in_an_event_is_422_never_500(hub, where):
    e = event(GhiChuThem="MARK")
    if where == "extra field":
        body = event_json(e, ('"MARK"', f'"x{SURROGATE}y"'))
        key = e["idempotency_key"]
    elif where == "idempotency key":
        key = e["idempotency_key"]
        e["idempotency_key"] = "abcdefgh-MARK"
        body = event_json(e, ("MARK", SURROGATE))
    else:
        body = event_json(e, ("Nguy\\u1ec5n Th\\u1ecb H\\u1ed3ng Nhung", f"Nguy{SURROGATE}n"))
        key = e["idempotency_key"]
    for path, payload in (("/events", body), ("/events/batch", '{"events": [' + body + "]}")):
        reply = raw_post(hub, API + path, payload, {"Idempotency-Key": key})
        assert reply.status_code == 422, (path, reply.status_code, reply.text)
        assert "Unicode" in reply.text
    ok = post(hub, "/events", json=event(), headers={"Idempotency-Key": "k" * 20})
    assert ok.status_code in (201, 422)  # still answering


@pytest.mark.parametrize("field", ["HoTen", "DiaChi", "extra"])
def test_a_lone_surrogate_in_a_postal_party_is_422_never_500(hub, field):
    o = order()
    o["NguoiNhan"][field] = "MARK"
    reply = raw_post(hub, "/postal/v1/orders", event_json(o, ("MARK", f"B{SURROGATE}")))
    assert reply.status_code == 422, reply.text
    fine = requests.post(hub.url + "/postal/v1/orders", json=order(), headers={"X-Api-Key": hub.postal_key}, timeout=10)
    assert fine.status_code == 201, fine.text


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e40", "10000000000000000000000000000000000000000"])
def test_numbers_must_be_finite_and_in_range(hub, number):
    e = event(GhiChuThem=0)
    reply = raw_post(hub, API + "/events", event_json(e, ('"GhiChuThem": 0', f'"GhiChuThem": {number}')),
                     {"Idempotency-Key": e["idempotency_key"]})
    assert reply.status_code == 422, reply.text
    u = event("dossier.status", seq=2, TrangThai=0)
    reply = raw_post(hub, API + "/events/batch", '{"events": [' + event_json(u, ('"TrangThai": 0', f'"TrangThai": {number}'))
                     + "]}")
    assert reply.status_code == 422, reply.text


def test_dossier_updated_is_validated(hub):
    e = event()
    assert post(hub, "/events", json=e, headers={"Idempotency-Key": e["idempotency_key"]}).status_code == 201
    bad = {**event(), "type": "dossier.updated", "seq": 2}
    bad["data"] = {"MaHoSo": e["MaHoSo"], "SoDienThoai": "gọi sau", "Email": "không có"}
    reply = post(hub, "/events", json=bad, headers={"Idempotency-Key": bad["idempotency_key"]})
    assert reply.status_code == 422 and {"SoDienThoai", "Email"} <= {err["loc"][-1] for err in reply.json()["detail"]}


def test_a_field_of_many_megabytes_is_refused(hub):
    e = event(GhiChuThem="x" * 2_000_000)
    reply = post(hub, "/events", json=e, headers={"Idempotency-Key": e["idempotency_key"]})
    assert reply.status_code in (413, 422), reply.status_code
    e = event(GhiChuThem="x" * 20_000_000)
    reply = post(hub, "/events", json=e, headers={"Idempotency-Key": e["idempotency_key"]})
    assert reply.status_code == 413 and "giới hạn" in reply.json()["detail"]


def test_a_body_over_the_limit_is_refused_before_it_is_read(hub):
    """A 100 MB body announced: the hub answers 413 after the headers, without waiting for the body;
    a 30 MB one sent without a length is refused too, and nothing of it is kept."""
    host, port = "127.0.0.1", hub.port
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall((f"POST {API}/events/batch HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {hub.token}\r\n"
                   f"Content-Type: application/json\r\nContent-Length: {100_000_000}\r\n\r\n").encode())
        s.sendall(b'{"events": [' + b" " * 65536)  # a first slice only: the rest never comes
        answer = s.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    chunked = requests.post(hub.url + API + "/events/batch", data=(b" " * 1_000_000 for _ in range(30)),
                            headers={"Authorization": f"Bearer {hub.token}", "Content-Type": "application/json"},
                            timeout=30)
    assert chunked.status_code == 413
    assert post(hub, "/info", method="GET").status_code == 200
