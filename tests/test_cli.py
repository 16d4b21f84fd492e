"""The headless commands, run as real processes."""

import json
import os
import subprocess
import sys
from datetime import date, datetime

import pytest

from counter.domain.calendar import OfficeCalendar
from counter.domain.codes import DOSSIER_CODE
from helpers import at, pdf_barcodes, pdf_text


def counter(*args, env=None, check=True):
    full_env = {**os.environ, **(env or {})}
    result = subprocess.run(at("2026-11-23T09:30:00", "-m", "counter", *args), capture_output=True, text=True, env=full_env,
                            timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"counter {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


@pytest.fixture
def dbfile(tmp_path):
    return str(tmp_path / "cli.sqlite3")


def test_init_is_idempotent(dbfile):
    first = counter("--db", dbfile, "init")
    assert "Đã tạo thông tin cơ quan." in first.stdout and "Đã nhập danh mục thủ tục" in first.stdout
    second = counter("--db", dbfile, "init")
    assert "đã có sẵn" in second.stdout and "đã mới nhất" in second.stdout


def test_a_default_installation_chooses_or_waits_for_its_slot(dbfile):
    out = counter("--db", dbfile, "init")
    assert "Chưa có số quầy" in out.stdout
    refused = counter("--db", dbfile, "demo-data", "--dossiers", "5", check=False)
    assert refused.returncode == 1 and "chưa có số quầy" in refused.stderr
    assert counter("--db", dbfile, "slot", "show", check=False).returncode == 1
    chosen = counter("--db", dbfile, "slot", "choose", "4", "--confirm")
    assert "Số quầy 4 (do quản trị chọn" in chosen.stdout
    bad = counter("--db", dbfile, "slot", "choose", "12", "--confirm", check=False)
    assert bad.returncode == 1 and "từ 1 đến 9" in bad.stderr


def test_demo_data_list_and_receipt(dbfile, tmp_path):
    counter("--db", dbfile, "init", "--slot", "1")
    out = counter("demo-data", "--dossiers", "600", "--seed", "7", "--no-showcase", env={"COUNTER_DB": dbfile})
    assert "Đã tạo 600 hồ sơ mẫu" in out.stdout
    rows = json.loads(counter("--db", dbfile, "list", "--json", "--limit", "1000").stdout)
    assert len(rows) == 600
    assert len({r["code"] for r in rows}) == 600 and all(DOSSIER_CODE.match(r["code"]) for r in rows)
    assert len({r["status"] for r in rows}) >= 4
    assert len({r["procedure_code"] for r in rows}) >= 25
    cal = OfficeCalendar()
    for r in rows:
        received = datetime.fromisoformat(r["received_at"])
        assert cal.is_working_day(received.date()) and received.date() < date(2026, 11, 23)
        assert cal.session_of(received) is not None
        assert datetime.fromisoformat(r["due_at"]) >= received
    # the same seed gives the same data
    again = tmp_path / "again.sqlite3"
    counter("--db", str(again), "init", "--slot", "1")
    counter("--db", str(again), "demo-data", "--dossiers", "600", "--seed", "7", "--no-showcase")
    assert json.loads(counter("--db", str(again), "list", "--json", "--limit", "5").stdout)[0]["applicant"] == rows[0]["applicant"]

    # search without diacritics, by ID number and by phone
    name = rows[0]["applicant"]
    from counter.domain.text import fold

    hits = json.loads(counter("--db", dbfile, "list", "--json", "--search", fold(name), "--limit", "1000").stdout)
    assert rows[0]["code"] in {h["code"] for h in hits}
    words = fold(name).split()
    for h in hits:  # every word typed starts a word of the name (organisations match by representative)
        if not h["id_number"].isdigit() or len(h["id_number"]) != 12:
            continue
        assert all(any(x.startswith(w) for x in fold(h["applicant"]).split()) for w in words), h["applicant"]
    by_id = json.loads(counter("--db", dbfile, "list", "--json", "--search", rows[1]["id_number"]).stdout)
    assert rows[1]["code"] in {h["code"] for h in by_id}
    by_phone = json.loads(counter("--db", dbfile, "list", "--json", "--search", rows[2]["phone"]).stdout)
    assert rows[2]["code"] in {h["code"] for h in by_phone}

    code = rows[0]["code"]
    target = tmp_path / "bien-nhan.pdf"
    done = counter("--db", dbfile, "receipt", code, "-o", str(target), "--layout", "80mm")
    assert f"Đã ghi {target}" in done.stdout
    pdf = target.read_bytes()
    assert ("Code128", code) in pdf_barcodes(pdf)[0]
    assert rows[0]["applicant"] in pdf_text(pdf)[0]


def test_receipt_for_an_unknown_code_fails_clearly(dbfile, tmp_path):
    counter("--db", dbfile, "init")
    result = counter("--db", dbfile, "receipt", "000.01.34.H49-261123-9999", "-o", str(tmp_path / "x.pdf"), check=False)
    assert result.returncode == 1
    assert "Không tìm thấy hồ sơ có mã 000.01.34.H49-261123-9999" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_writing_commands_refuse_a_database_in_use(dbfile):
    from counter.store.db import open_database

    counter("--db", dbfile, "init", "--slot", "1")
    holder = open_database(dbfile, lock=True)
    try:
        result = counter("--db", dbfile, "demo-data", "--dossiers", "5", check=False)
        assert result.returncode == 1 and "đang được một phiên Counter khác sử dụng" in result.stderr
    finally:
        holder.close()


def test_bad_usage_exits_2(dbfile):
    result = counter("--db", dbfile, "receipt", check=False)
    assert result.returncode == 2
