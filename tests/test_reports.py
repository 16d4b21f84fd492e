"""Supervisors' figures, each checked against an independent count: the rows are read with the
bare DB-API driver and counted in Python, never through the report's own queries."""

import csv
import io
import os
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, datetime

import pytest

from counter import clock
from counter.domain.calendar import OfficeCalendar
from counter.services import attachments, intake, lifecycle, reports
from counter.services.demo import generate
from helpers import at, complete_draft, scan_pdf, pdf_text

START, END = date(2026, 10, 1), date(2026, 11, 30)


@pytest.fixture
def data(office_clock, db, officer, tmp_path):
    generate(db, 1500, seed=21, days=60)
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    # real steps on top: a supplement, a refusal at the counter, a scan, a rated return
    a = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.request_supplement(db, a, officer, [lifecycle.MissingItem("Tờ khai")])
    intake.register_refused(db, complete_draft(db), officer, "Không thuộc thẩm quyền")
    b = intake.receive(db, complete_draft(db, "1.001193"), officer).code
    scan = tmp_path / "s.pdf"
    scan.write_bytes(scan_pdf())
    attachments.attach(db, b, officer, scan)
    lifecycle.record_result(db, b, officer)
    lifecycle.return_result(db, b, officer, collector="applicant", id_number="080190001234", satisfaction=5)
    office_clock.set(datetime(2026, 11, 23, 16, 0))
    return db


def raw_rows(db):
    """The rows through the bare DB-API driver (sqlite3 or psycopg), not through our queries."""
    con = db.engine.raw_connection()
    try:
        cur = con.cursor()
        cur.execute("SELECT * FROM dossier")
        names = [c[0] for c in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
        cur.execute("SELECT dossier_id FROM supplement")
        supplements = {r[0] for r in cur.fetchall()}
    finally:
        con.close()
    for r in rows:
        for k in ("received_at", "due_at", "finished_at", "accepted_at", "digitised_at"):
            r[k] = datetime.fromisoformat(r[k]) if isinstance(r[k], str) else r[k]
        r["has_supplement"] = r["id"] in supplements
    return rows


def independent(rows, start, end, now):
    """Everything the report shows, counted again from the raw rows."""
    cal = OfficeCalendar()
    period = [r for r in rows if start <= r["received_at"].date() <= end]
    # early/on time/late count the dossiers that finished in the period, whenever received
    finished = [r for r in rows if r["finished_at"] and start <= r["finished_at"].date() <= end]

    def measures(group, fin):
        t = Counter(str(cal.timeliness(r["finished_at"], r["due_at"])) for r in fin)
        return {"received": len(group), "accepted": sum(1 for r in group if r["accepted_at"]),
                "supplement": sum(1 for r in group if r["has_supplement"]),
                "refused": sum(1 for r in group if r["status"] == 3),
                "returned": sum(1 for r in group if r["status"] == 10),
                "fees": sum(r["fee_total"] for r in group if r["accepted_at"]),
                "early": t["early"], "on_time": t["on_time"], "late": t["late"]}

    by = {}
    for dimension, column in (("procedure", "procedure_code"), ("agency", "deciding_agency_code"),
                              ("officer", "officer_id"), ("channel", "channel"), ("return_method", "return_method")):
        groups, fins = defaultdict(list), defaultdict(list)
        for r in period:
            groups[r[column]].append(r)
        for r in finished:
            fins[r[column]].append(r)
        by[dimension] = {str(k): measures(groups.get(k, []), fins.get(k, [])) for k in set(groups) | set(fins)}
    open_overdue = [r for r in rows if r["status"] in (2, 4, 6) and r["due_at"] < now]
    received = len(period)
    rated = [r["satisfaction"] for r in period if r["satisfaction"] is not None]
    totals = measures(period, finished)
    indicators = {
        "on_time_rate": (totals["early"] + totals["on_time"], len(finished)),
        "digitised": (sum(1 for r in period if r["digitised_at"]), received),
        "postal": (sum(1 for r in period if r["channel"] == 3 or r["return_method"] == 1), received),
        "online_assisted": (sum(1 for r in period if r["channel"] == 2), received),
        "satisfaction": (sum(1 for s in rated if s >= 4), len(rated)),
        "online": (0, received),  # none filed on the portal here (tests/test_online_dossiers.py counts those)
        "online_payment": (0, 0),
    }
    per_day = Counter(r["received_at"].date() for r in period)
    statuses = Counter(r["status"] for r in period)
    return totals, by, indicators, per_day, statuses, len(open_overdue)


def test_every_figure_matches_an_independent_count(data):
    summary = reports.summary(data, reports.ReportFilter(START, END))
    totals, by, indicators, per_day, statuses, overdue = independent(raw_rows(data), START, END, clock.now())
    assert summary.totals == totals
    assert totals["received"] > 800 and totals["refused"] >= 1 and totals["supplement"] == 1 and totals["late"] > 0
    for dimension, expected in by.items():
        assert {r.key: r.values for r in summary.by[dimension]} == expected, dimension
    assert {i.key: (i.numerator, i.denominator) for i in summary.indicators} == indicators
    assert dict(summary.per_day) == dict(per_day)
    assert dict(summary.statuses) == dict(statuses)
    assert summary.overdue_count == overdue > 0
    late = [o.late_days for o in summary.overdue]
    assert late == sorted(late, reverse=True) and all(d > 0 for d in late)


def test_a_busy_day_and_the_filters(data):
    day = date(2026, 11, 20)
    rows = raw_rows(data)
    s = reports.summary(data, reports.day_filter(day))
    assert s.totals["received"] == sum(1 for r in rows if r["received_at"].date() == day)
    proc = s.by["procedure"][0]
    filtered = reports.summary(data, reports.ReportFilter(day, day, procedure_code=proc.key))
    assert filtered.totals["received"] == proc.values["received"]
    assert [r.key for r in filtered.by["procedure"]] == [proc.key]
    officer = s.by["officer"][0]
    only = reports.summary(data, reports.ReportFilter(day, day, officer_id=int(officer.key)))
    assert only.totals["received"] == officer.values["received"]


def test_pdf_read_back(data):
    pdf = reports.report_pdf(data, reports.ReportFilter(START, END))
    text = " ".join(pdf_text(pdf))
    s = reports.summary(data, reports.ReportFilter(START, END))
    for expected in ("BÁO CÁO TỔNG HỢP TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ", "Từ ngày 01/10/2026 đến ngày 30/11/2026",
                     "Số hồ sơ tiếp nhận theo ngày", "Trạng thái hồ sơ tiếp nhận trong kỳ", "Tỷ lệ giải quyết đúng hạn",
                     "Tỷ lệ số hóa hồ sơ", "Mức độ hài lòng", "(trước hạn + đúng hạn) ÷ số hồ sơ đã có kết quả trong kỳ",
                     "Theo thủ tục", "Theo cơ quan giải quyết", "Theo cán bộ tiếp nhận", "Theo kênh nộp",
                     "Theo hình thức nhận kết quả", "Hồ sơ đang quá hạn",
                     f"{s.totals['received']:,}".replace(",", "."), f"{s.overdue_count:,}".replace(",", ".") + " hồ sơ"):
        assert expected in text, expected
    daily = " ".join(pdf_text(reports.report_pdf(data, reports.day_filter(date(2026, 11, 20)), daily=True)))
    assert "BÁO CÁO TỔNG HỢP TIẾP NHẬN HỒ SƠ TRONG NGÀY" in daily and "Ngày 20/11/2026" in daily


def test_exports_and_commands(data, tmp_path):
    from openpyxl import load_workbook

    data.close()
    env = dict(os.environ)

    def run(*args):
        return subprocess.run(at("2026-11-23T16:00:00", "-m", "counter", "--db", data.url, "report", *args),
                              capture_output=True, text=True, env=env, timeout=120)

    assert run("daily", "--date", "2026-11-20", "-o", str(tmp_path / "ngay.pdf")).returncode == 0
    assert "Ngày 20/11/2026" in pdf_text((tmp_path / "ngay.pdf").read_bytes())[0]
    assert run("period", "--from", "2026-10-01", "--to", "2026-11-30", "-o", str(tmp_path / "ky.xlsx")).returncode == 0
    assert run("period", "--from", "2026-10-01", "--to", "2026-11-30", "-o", str(tmp_path / "ky.csv")).returncode == 0
    rows = raw_rows(data)
    received = sum(1 for r in rows if START <= r["received_at"].date() <= END)
    book = load_workbook(tmp_path / "ky.xlsx")
    assert book.sheetnames[:3] == ["Tổng hợp", "Theo thủ tục", "Theo cơ quan giải quyết"]
    assert book["Tổng hợp"]["A3"].value == received
    assert sum(row[1] for row in book["Theo thủ tục"].iter_rows(min_row=3, values_only=True)) == received
    lines = list(csv.reader(io.StringIO((tmp_path / "ky.csv").read_text(encoding="utf-8-sig"))))
    assert lines[0] == ["Tổng hợp"] and int(lines[2][0]) == received
    bad = run("period", "--from", "2026-11-30", "--to", "2026-10-01", "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode == 1 and "--to phải sau" in bad.stderr
