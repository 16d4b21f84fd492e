"""The ``counter`` command speaks the language COUNTER_LANG names: English with ``en`` (its lines,
its errors, the core's refusals and the argparse help), Vietnamese by default. Run as real
processes on a real SQLite file."""

import os
import subprocess

import pytest

from helpers import at
from test_i18n import VIETNAMESE


def counter(*args, lang: str | None):
    env = {k: v for k, v in os.environ.items() if k != "COUNTER_LANG"}
    if lang is not None:
        env["COUNTER_LANG"] = lang
    return subprocess.run(at("2026-11-23T09:30:00", "-m", "counter", *args), capture_output=True, text=True, env=env,
                          timeout=300)


def english(result) -> str:
    out = result.stdout + result.stderr
    found = sorted({line for line in out.splitlines() if VIETNAMESE.search(line)})
    assert not found, f"Vietnamese left in the English output: {found[:5]}"
    return out


@pytest.fixture
def dbfile(tmp_path):
    return str(tmp_path / "cli.sqlite3")


HELPS = [("--help",), ("init", "--help"), ("list", "--help"), ("report", "daily", "--help"), ("signing", "--help"),
         ("restore", "--help"), ("postal", "handover", "--help"), ("slot", "choose", "--help")]


@pytest.mark.parametrize("command", HELPS, ids=" ".join)
def test_the_help_is_english_or_vietnamese(command):
    result = counter(*command, lang="en")
    assert result.returncode == 0
    out = english(result)
    assert "usage: counter" in out
    vietnamese = counter(*command, lang=None)
    assert vietnamese.returncode == 0 and VIETNAMESE.search(vietnamese.stdout)


def test_the_whole_help_in_english():
    out = english(counter("--help", lang="en"))
    assert "Counter — the one-stop counter" in out and "list the latest dossiers" in out
    assert "the provincial reference server" in out  # the hub's line too
    assert "Counter — Bộ phận Một cửa" in counter("--help", lang=None).stdout


def test_init_list_sweep_and_check_in_english(dbfile):
    out = english(counter("--db", dbfile, "init", lang="en"))
    assert "Agency information created." in out and "Database: " in out
    assert "Agency information already present." in english(counter("--db", dbfile, "init", lang="en"))
    assert english(counter("--db", dbfile, "list", lang="en")).strip() == "No dossiers."
    assert "Closed 0 dossiers" in english(counter("--db", dbfile, "sweep", lang="en"))
    check = counter("--db", dbfile, "check", lang="en")
    assert check.returncode == 0
    out = english(check)
    assert "Database integrity: good" in out and "hash chain intact." in out
    assert "Last successful sync: " in english(counter("--db", dbfile, "outbox", lang="en"))
    assert english(counter("--db", dbfile, "postal", "list", lang="en")).count(": 0") == 4
    assert "Trusted root certificates: " in english(counter("--db", dbfile, "signing", "status", lang="en"))

    again = counter("--db", dbfile, "init", lang=None)
    assert "Thông tin cơ quan đã có sẵn." in again.stdout
    assert counter("--db", dbfile, "list", lang=None).stdout.strip() == "Không có hồ sơ nào."
    assert "Toàn vẹn cơ sở dữ liệu: tốt" in counter("--db", dbfile, "check", lang=None).stdout
    assert "Đồng bộ thành công lần cuối: chưa có" in counter("--db", dbfile, "outbox", lang=None).stdout


def test_errors_and_refusals_in_english(dbfile, tmp_path):
    counter("--db", dbfile, "init", lang="en")
    bad_date = counter("--db", dbfile, "book", "--from", "2026-13-01", "--to", "2026-12-01", "-o",
                       str(tmp_path / "b.pdf"), lang="en")
    assert bad_date.returncode == 1
    assert english(bad_date).strip() == ("counter: --from needs a date as YYYY-MM-DD, for example 2026-11-01 "
                                         "(given: '2026-13-01').")
    refused = counter("--db", dbfile, "demo-data", "--dossiers", "5", lang="en")  # no counter slot yet: the core refuses
    assert refused.returncode == 1 and refused.stderr.startswith("counter: ")
    english(refused)
    out_of_range = counter("--db", dbfile, "slot", "choose", "12", "--confirm", lang="en")
    assert out_of_range.returncode == 1
    english(out_of_range)
    wrong_suffix = counter("--db", dbfile, "report", "daily", "--date", "2026-11-23", "-o", str(tmp_path / "r.doc"),
                           lang="en")
    assert wrong_suffix.returncode == 1 and "must end in .pdf, .csv or .xlsx" in english(wrong_suffix)

    vi = counter("--db", dbfile, "book", "--from", "2026-13-01", "--to", "2026-12-01", "-o", str(tmp_path / "b.pdf"),
                 lang=None)
    assert vi.stderr.strip() == "counter: --from cần ngày dạng YYYY-MM-DD, ví dụ 2026-11-01 (đang là '2026-13-01')."
    assert "chưa có số quầy" in counter("--db", dbfile, "demo-data", "--dossiers", "5", lang=None).stderr
    assert "từ 1 đến 9" in counter("--db", dbfile, "slot", "choose", "12", "--confirm", lang=None).stderr


def test_json_stays_data_in_english(dbfile):
    counter("--db", dbfile, "init", "--slot", "1", lang=None)
    made = counter("--db", dbfile, "demo-data", "--dossiers", "3", "--no-showcase", lang="en")
    assert "Created 3 sample dossiers from " in english(made)
    assert '"status_label": "' in counter("--db", dbfile, "list", "--json", lang="en").stdout
    assert counter("--db", dbfile, "list", "--json", lang="en").stdout == counter("--db", dbfile, "list", "--json",
                                                                                   lang=None).stdout
