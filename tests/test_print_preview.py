"""The print preview of every printable document, in a process of its own: receipt A4 and 80 mm,
each form, the book, the hand-over lists, a postal label, the daily report. Each is paged
through and closed (the preview used to kill the app with a segmentation fault on first paint).
A dossier removed while its window was open gets a plain message, and its window stays."""

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text

from counter import clock
from counter.services import forms, intake, lifecycle, postal
from counter.sync import postal as postal_net
from counter.store.models import PostalOrder
from helpers import at, complete_draft, postal_draft

WORKER = Path(__file__).resolve().parent / "preview_worker.py"


def prepare(db, officer, hub) -> dict:
    """A dossier in the state each form needs, a hand-over list, a parcel handed to the postman."""
    def new(**kw):
        return intake.receive(db, complete_draft(db, "2.000488", **kw), officer).code

    receipt = new(name="Đinh Thị Ngọc Ánh")
    supplement = new()
    lifecycle.request_supplement(db, supplement, officer, [lifecycle.MissingItem("Bản chụp CCCD", "Bị mờ", photocopies=1)],
                                 reason="Hồ sơ chưa hợp lệ")
    refusal = new()
    lifecycle.refuse(db, refusal, officer, "Không thuộc đối tượng")
    transfer = new()
    lifecycle.forward(db, transfer, officer, receiver="Trần Văn Bảo")
    extension = new()
    lifecycle.forward(db, extension, officer)
    lifecycle.extend(db, extension, officer, datetime(2026, 12, 18, 16, 0), "Chờ kết quả xác minh")
    stop = new()
    lifecycle.withdraw(db, stop, officer, "Công dân xin rút hồ sơ")
    returned = new()
    lifecycle.forward(db, returned, officer)
    lifecycle.record_result(db, returned, officer)
    lifecycle.return_result(db, returned, officer, collector="applicant", id_number="080190001234")
    batch = lifecycle.handover_batch(db, [new(), new()], officer, to_party="Công an tỉnh Tây Ninh", receiver="Đỗ Thị Hạnh")
    parcel = intake.receive(db, postal_draft(db, name="Lê Văn Tám"), officer).code
    lifecycle.forward(db, parcel, officer)
    lifecycle.record_result(db, parcel, officer)
    config = postal_net.PostalConfig(hub.url, hub.postal_key, (2.0, 4.0))
    assert postal_net.postal_once(db, config).created == 1
    with db.read() as session:
        order = session.scalar(select(PostalOrder))
    postal_batch = postal.handover_to_postman(db, [order.id], officer, postman="Lê Văn Bưu")
    return {"receipt": receipt,
            "forms": {"receipt": receipt, "supplement": supplement, "refusal": refusal, "transfer": transfer,
                      "control": returned, "extension": extension, "stop": stop, "return": returned},
            "handover": batch, "postal_label": order.number, "postal_handover": postal_batch,
            "book": ["2026-11-01", "2026-11-30"], "report": "2026-11-23", "deleted": new(name="Hồ sơ sẽ mất")}


def remove_dossier(db, code: str) -> None:
    """What restoring an older backup does to a dossier a window still shows (the database itself
    refuses to delete one, so the test lifts that guard as a restore would bring the old state)."""
    with db.write() as session:
        dossier_id = session.execute(text("SELECT id FROM dossier WHERE code = :c"), {"c": code}).scalar()
        if db.is_sqlite:
            for (name,) in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all():
                session.execute(text(f"DROP TRIGGER {name}"))
        else:
            session.execute(text("ALTER TABLE dossier DISABLE TRIGGER USER"))
            session.execute(text("ALTER TABLE status_history DISABLE TRIGGER USER"))
        for table in ("outbox", "status_history", "dossier_document", "dossier_fee"):
            column = "dossier_code" if table == "outbox" else "dossier_id"
            session.execute(text(f"DELETE FROM {table} WHERE {column} = :v"),
                            {"v": code if table == "outbox" else dossier_id})
        session.execute(text("DELETE FROM dossier WHERE id = :i"), {"i": dossier_id})


def test_every_printable_document_previews_pages_through_and_closes(office_clock, db, officer, hub, tmp_path):
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    documents = prepare(db, officer, hub)
    screen = tmp_path / "screen.json"  # the counters' screen: 1366×768
    screen.write_text(json.dumps({"screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    worker = subprocess.Popen(at("2026-11-23T15:00:00", str(WORKER), db.url, json.dumps(documents)), env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        first = worker.stdout.readline()
        if not first:
            worker.wait(60)
            raise AssertionError(f"preview process ended with {worker.returncode} (-11 = segmentation fault): "
                                 f"{worker.stderr.read()}")
        assert json.loads(first).get("ready_to_delete") == documents["deleted"]
        remove_dossier(db, documents["deleted"])
        out, err = worker.communicate("go\n", timeout=240)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.communicate()
    assert worker.returncode == 0, f"preview process ended with {worker.returncode} (-11 = segmentation fault): {err}"
    assert "Traceback" not in err, err
    results = {r["label"]: r for r in map(json.loads, out.splitlines())}
    expected = ["receipt-a4", "receipt-80mm", *(f"form-{k}" for k in forms.FORM_KINDS), "book", "handover",
                "postal-label", "postal-handover", "report-daily"]
    for label in expected:
        shown = results[label]
        assert shown.get("pages", 0) >= 1, shown
        width, height = shown["frame"]
        assert width <= 1366 and height <= 768 and shown["size"][1] <= 705, shown  # fits the counters' screen
    assert results["receipt-a4"]["pages"] == 2  # the applicant's copy and the office's copy
    assert "Giấy tiếp nhận hồ sơ" in results["receipt-a4"]["title"]
    gone = results["deleted"]
    assert gone["title"] == "Không xem trước được"
    assert f"Không tìm thấy hồ sơ có mã {documents['deleted']}" in gone["message"]
    assert results["deleted-dialog-still-open"]["visible"] is True
