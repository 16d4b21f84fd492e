"""The audit chain proves itself against someone who holds the database file but not the office's
key, and against a shortened log, with the province's record of the heads (real hub on
127.0.0.1): forged at the end, a tail deleted together with the local anchor, everything
recomputed, damaged rows — each reported in plain words, never a traceback. ``counter check``
also counts dossiers against their history and audit entries."""

import json
import secrets as random
from datetime import datetime

import pytest

from counter.services import audit, intake
from counter.sync.engine import sync_once
from helpers import complete_draft
from test_safekeeping import attacker, run_cli


@pytest.fixture
def logged(db, officer):
    for _ in range(5):
        intake.receive(db, complete_draft(db), officer)
    assert audit.verify(db).ok
    return db


def rows(con):
    return con.execute("SELECT id, seq, key_id, at, officer_id, officer_name, action, entity, entity_key, before, after, "
                       "prev_hash, hash FROM audit_log ORDER BY id").all()


def as_datetime(value):
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def as_json(value):
    return json.loads(value) if isinstance(value, str) else value


def set_anchor(con, count, last_hash):
    con.execute("UPDATE app_meta SET value = :v WHERE key = 'audit.head'", {"v": f"{count}:{last_hash}"})


def append(con, prev_hash, digest, entry_id, seq=None, key=None):
    at = datetime(2026, 11, 23, 11, 0)
    con.execute("INSERT INTO audit_log (id, seq, key_id, at, officer_id, officer_name, action, entity, entity_key, before, "
                "after, prev_hash, hash) VALUES (:id, :seq, :key, :at, NULL, 'Kẻ gian', 'dossier.receive', 'dossier', "
                "'gia-mao', NULL, NULL, :prev, :hash)",
                {"id": entry_id, "seq": seq, "key": key, "at": at, "prev": prev_hash, "hash": digest})


def verify_cli(db, hub=None):
    env = {"COUNTER_SYNC_URL": hub.url, "COUNTER_SYNC_TOKEN": hub.token} if hub else {}
    return run_cli(db.url, "audit", "verify", env=env)


def test_an_entry_forged_at_the_end_with_a_correct_hash_is_caught(logged):
    db = logged
    db.close()
    con = attacker(db.url)
    last = rows(con)[-1]
    at = datetime(2026, 11, 23, 11, 0)
    forged = audit.entry_hash(last.hash, at, None, "Kẻ gian", "dossier.receive", "dossier", "gia-mao", None, None)
    append(con, last.hash, forged, last.id + 1)
    set_anchor(con, last.id + 1, forged)
    con.close()
    result = verify_cli(db)
    assert result.returncode == 1 and f"Mục #{last.id + 1}" in result.stderr and "không có chữ ký khóa" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_entry_forged_at_the_end_claiming_the_office_key_is_caught(logged):
    db = logged
    db.close()
    con = attacker(db.url)
    last = rows(con)[-1]
    forged = audit.entry_hash(last.hash, datetime(2026, 11, 23, 11, 0), None, "Kẻ gian", "dossier.receive", "dossier",
                              "gia-mao", None, None)
    append(con, last.hash, forged, last.id + 1, last.seq + 1, last.key_id)  # the key id copied: not the key
    set_anchor(con, last.id + 1, forged)
    con.close()
    result = verify_cli(db)
    assert result.returncode == 1 and f"Mục #{last.id + 1}" in result.stderr and "bị sửa" in result.stderr


@pytest.mark.parametrize("with_own_key", [False, True])
def test_a_chain_recomputed_from_the_first_entry_does_not_verify(logged, with_own_key):
    """The attacker edits an early entry and recomputes every hash after it, and the anchor —
    with plain SHA-256, or with a key of their own: without the office's key it does not verify."""
    db = logged
    db.close()
    con = attacker(db.url)
    own = random.token_bytes(32)
    previous = audit.GENESIS
    entries = rows(con)
    for row in entries:
        name = "Kẻ gian" if row.id == 2 else row.officer_name
        at, before, after = as_datetime(row.at), as_json(row.before), as_json(row.after)
        if with_own_key:
            digest = audit.keyed_hash(own, row.seq, previous, at, row.officer_id, name, row.action, row.entity,
                                      row.entity_key, before, after)
            key, seq = audit.key_id(own), row.seq
        else:
            digest = audit.entry_hash(previous, at, row.officer_id, name, row.action, row.entity, row.entity_key,
                                      before, after)
            key, seq = None, None
        con.execute("UPDATE audit_log SET officer_name = :n, prev_hash = :p, hash = :h, key_id = :k, seq = :s "
                    "WHERE id = :i", {"n": name, "p": previous, "h": digest, "k": key, "s": seq, "i": row.id})
        previous = digest
    set_anchor(con, len(entries), previous)
    con.close()
    result = verify_cli(db)
    assert result.returncode == 1, result.stdout
    assert "Mục #1" in result.stderr  # the very first recomputed entry
    assert ("khóa khác" if with_own_key else "không có chữ ký khóa") in result.stderr


def test_a_tail_deleted_with_its_anchor_is_caught_by_the_provinces_heads(logged, officer, hub, sync_config):
    db = logged
    assert sync_once(db, sync_config).ok  # the head goes to the province
    sent = audit.head(db)
    db.close()
    untouched = verify_cli(db, hub)
    assert untouched.returncode == 0, untouched.stderr
    assert f"Hệ thống tỉnh xác nhận 1 đầu chuỗi, từ mục #{sent[1]} đến mục #{sent[1]}" in untouched.stdout
    con = attacker(db.url)
    entries = rows(con)
    con.execute("DELETE FROM audit_log WHERE id >= :i", {"i": entries[-2].id})
    set_anchor(con, len(entries) - 2, entries[-3].hash)
    con.close()
    alone = verify_cli(db)  # with nothing outside, the shortened log looks whole: said so
    assert alone.returncode == 0 and "Không hỏi được hệ thống tỉnh" in alone.stdout
    result = verify_cli(db, hub)
    assert result.returncode == 1
    assert f"hệ thống tỉnh đã nhận mục #{sent[1]}" in result.stderr and f"chỉ còn đến mục #{entries[-3].seq}" in result.stderr
    check = run_cli(db.url, "check", env={"COUNTER_SYNC_URL": hub.url, "COUNTER_SYNC_TOKEN": hub.token})
    assert check.returncode == 1 and "đã bị xóa" in check.stdout


def test_a_rewritten_entry_the_province_has_seen_is_caught(logged, hub, sync_config):
    db = logged
    assert sync_once(db, sync_config).ok
    for _ in range(2):  # more entries after the head the province holds
        intake.receive(db, complete_draft(db), audit.SYSTEM)
    assert sync_once(db, sync_config).ok
    db.close()
    result = verify_cli(db, hub)
    assert result.returncode == 0 and "Hệ thống tỉnh xác nhận 2 đầu chuỗi" in result.stdout


@pytest.mark.sqlite_only
@pytest.mark.parametrize("damage, words", [
    ("UPDATE audit_log SET at = 'hôm qua' WHERE id = 3", "thời điểm 'hôm qua' không đọc được"),
    ("UPDATE audit_log SET after = '{hỏng' WHERE id = 3", "không phải JSON hợp lệ"),
    ("UPDATE audit_log SET hash = x'0102' WHERE id = 3", "thiếu mã băm"),
])
def test_a_damaged_row_gives_a_plain_report(logged, damage, words):
    db = logged
    db.close()
    con = attacker(db.url)
    con.execute(damage)
    con.close()
    for command in (("audit", "verify"), ("check",)):
        result = run_cli(db.url, *command)
        out = result.stdout + result.stderr
        assert result.returncode == 1 and "Mục #3 bị hỏng" in out and words in out, out
        assert "Traceback" not in out


@pytest.mark.sqlite_only
def test_check_counts_dossiers_against_history_and_audit(logged):
    db = logged
    with db.read() as session:
        from sqlalchemy import select

        from counter.store.models import Dossier

        codes = session.scalars(select(Dossier.code).order_by(Dossier.id)).all()
    db.close()
    fine = run_cli(db.url, "check")
    assert fine.returncode == 0 and f"Hồ sơ: {len(codes)};" in fine.stdout, fine.stdout + fine.stderr
    con = attacker(db.url)
    con.execute("DROP TRIGGER dossier_no_delete")
    con.execute("DELETE FROM dossier_document WHERE dossier_id = (SELECT id FROM dossier WHERE code = :c)", {"c": codes[1]})
    con.execute("DELETE FROM dossier_fee WHERE dossier_id = (SELECT id FROM dossier WHERE code = :c)", {"c": codes[1]})
    con.execute("DELETE FROM dossier WHERE code = :c", {"c": codes[1]})
    con.close()
    result = run_cli(db.url, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"1 hồ sơ có trong nhật ký kiểm toán nhưng không còn trong cơ sở dữ liệu" in result.stdout
    assert codes[1] in result.stdout and "bước lịch sử" in result.stdout
