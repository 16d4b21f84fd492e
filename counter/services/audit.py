"""Append-only audit log with a keyed hash chain: each entry's hash covers the previous entry's
hash, its place in the chain and its own content, so a modified, inserted or deleted entry breaks
the chain. The hash is an HMAC-SHA256 with the office's own key, kept outside the database (the
system keyring or the owner-only secrets file, counter.secrets): whoever holds only the database
file cannot recompute a chain that verifies. Entries written before the chain was keyed keep
their plain SHA-256 hashes; from the seq recorded beside the key on, every entry must be keyed.

The head of the chain (seq and hash) goes to the province on every sync, and ``verify`` compares
the local chain with the heads the province kept: a tail deleted together with the local anchor
is caught there."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets as _random
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from counter import clock, secrets
from counter.messages import msg, text_of
from counter.store.models import AuditEntry

GENESIS = "0" * 64


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_default)


def entry_hash(prev_hash: str, at: datetime, officer_id, officer_name, action, entity, entity_key, before, after) -> str:
    """The plain SHA-256 of an entry written before the chain was keyed."""
    body = canonical([prev_hash, at.isoformat(), officer_id, officer_name, action, entity, entity_key, before, after])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def keyed_hash(key: bytes, seq: int, prev_hash: str, at: datetime, officer_id, officer_name, action, entity,
               entity_key, before, after) -> str:
    body = canonical([seq, prev_hash, at.isoformat(), officer_id, officer_name, action, entity, entity_key, before,
                      after])
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"counter-audit-key:" + key).hexdigest()[:16]


# -- the office's key ---------------------------------------------------------------------------
_KEYS: dict[str, bytes] = {}


def _owner(agency_code: str) -> str:
    return f"office:{agency_code or '-'}"


def office_key(agency_code: str, create: bool = False) -> bytes | None:
    """The office's audit key (from the keyring or the owner-only secrets file); made at first use."""
    if agency_code in _KEYS:
        return _KEYS[agency_code]
    stored = secrets.get(_owner(agency_code), "audit_key")
    if not stored and create:
        stored = _random.token_hex(32)
        secrets.put(_owner(agency_code), "audit_key", stored)
    if not stored:
        return None
    _KEYS[agency_code] = bytes.fromhex(stored)
    return _KEYS[agency_code]


def keyed_since(agency_code: str, chain: str) -> int | None:
    """From which seq on every entry of ``chain`` must be keyed (kept beside the key)."""
    value = secrets.get(_owner(agency_code), f"audit_since:{chain}") if chain else None
    return int(value) if value and value.isdigit() else None


def _meta(session: Session, key: str) -> str | None:
    return session.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": key}).scalar()


def _office_code(session_or_conn) -> str:
    try:
        return session_or_conn.execute(text("SELECT agency_code FROM office WHERE id = 1")).scalar() or ""
    except Exception:
        return ""


def _chain(session: Session, agency: str, seq: int) -> str:
    """This database's chain id (app_meta 'audit.chain'); a new one records its keyed start."""
    chain = _meta(session, "audit.chain")
    if chain:
        return chain

    chain = _random.token_hex(16)
    session.execute(text("INSERT INTO app_meta (key, value) VALUES ('audit.chain', :v)"), {"v": chain})
    secrets.put(_owner(agency), f"audit_since:{chain}", str(seq))
    return chain


@dataclass(frozen=True)
class Actor:
    """Who does an action (the signed-in officer), with the role that decides what they may do."""

    id: int | None
    name: str
    role: str = "officer"  # officer | supervisor | admin | system


SYSTEM = Actor(None, "Hệ thống", "system")  # vi-only: the name stored in (and hashed into) the audit log


def record(session: Session, actor: Actor, action: str, entity: str, entity_key: str, before=None, after=None) -> dict:
    """Append one entry in the caller's transaction (which must hold the write lock); written at
    once with a plain INSERT (no unit-of-work bookkeeping at commit)."""
    before = json.loads(canonical(before)) if before is not None else None
    after = json.loads(canonical(after)) if after is not None else None
    last = session.execute(select(AuditEntry.id, AuditEntry.seq, AuditEntry.hash)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    seq = ((last.seq if last.seq is not None else last.id) + 1) if last else 1
    agency = _office_code(session)
    key = office_key(agency, create=True)
    _chain(session, agency, seq)
    at = clock.now()
    entry = {
        "at": at, "officer_id": actor.id, "officer_name": actor.name, "action": action, "entity": entity,
        "entity_key": entity_key, "before": before, "after": after, "prev_hash": prev, "seq": seq,
        "key_id": key_id(key),
        "hash": keyed_hash(key, seq, prev, at, actor.id, actor.name, action, entity, entity_key, before, after),
    }
    session.execute(insert(AuditEntry), [entry])
    _anchor(session, entry["hash"])
    return entry


def _anchor(session: Session, head: str) -> None:
    """The number of entries and the newest hash, so a deleted tail is noticed too."""
    find = "strpos(app_meta.value, ':')" if session.get_bind().dialect.name == "postgresql" else "instr(app_meta.value, ':')"
    session.execute(text("INSERT INTO app_meta (key, value) VALUES ('audit.head', '1:' || :h) "
                         f"ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(substr(app_meta.value, 1, {find} - 1) AS INTEGER)"
                         " + 1 AS VARCHAR) || ':' || :h"), {"h": head})


@dataclass(frozen=True)
class Head:
    """A head of the chain as the province recorded it."""

    seq: int
    hash: str
    received_at: str = ""


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    problem: str = ""
    entry_id: int | None = None
    evidence: str = ""  # how far back the evidence kept outside this machine reaches


def head(db) -> tuple[str, int, str] | None:
    """(chain id, seq, hash) of the newest entry, to send to the province; None for an empty log."""
    with db.engine.connect() as conn:
        chain = conn.execute(text("SELECT value FROM app_meta WHERE key = 'audit.chain'")).scalar()
        last = conn.execute(text("SELECT id, seq, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    if not chain or last is None:
        return None
    return chain, int(last.seq if last.seq is not None else last.id), last.hash


def _when(value) -> str:
    return f"{value:%d/%m/%Y %H:%M}" if isinstance(value, datetime) else str(value)


def _parse(row):
    """(at, before, after) of a stored row; ValueError with what is damaged."""
    try:
        at = datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
        if not isinstance(at, datetime):
            raise TypeError
    except (TypeError, ValueError):
        raise ValueError(msg("thời điểm {value} không đọc được", value=repr(str(row.at)[:40]))) from None
    values = []
    for name in ("before", "after"):
        raw = getattr(row, name)
        try:
            values.append(json.loads(raw) if isinstance(raw, (str, bytes)) else raw)
        except ValueError:
            raise ValueError(msg("dữ liệu '{name}' không phải JSON hợp lệ", name=name)) from None
    if not isinstance(row.hash, str) or not isinstance(row.prev_hash, str):
        raise ValueError(msg("thiếu mã băm"))
    return at, values[0], values[1]


def verify(db, heads: list[Head] | None = None) -> VerifyResult:
    """Walk the chain from the first entry: each entry's hash must match its content (keyed with
    the office's key from the seq the key was made on), and each entry must point at the hash of
    the one before it. Then the province's heads (``heads``; None when it could not be asked):
    each must be found in the local chain. Reports the first problem in plain words — a damaged
    row too, never a traceback."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, seq, key_id, at, officer_id, officer_name, action, entity, entity_key, "
                                     "before, after, prev_hash, hash FROM audit_log ORDER BY id")).all()
            agency = _office_code(conn)
            chain = conn.execute(text("SELECT value FROM app_meta WHERE key = 'audit.chain'")).scalar()
            anchor = conn.execute(text("SELECT value FROM app_meta WHERE key = 'audit.head'")).scalar()
    except Exception as exc:  # a damaged table: said plainly
        return VerifyResult(False, 0, msg("Không đọc được nhật ký kiểm toán: {error}. Cơ sở dữ liệu có thể bị hỏng: "
                                          "chạy 'counter check' và khôi phục bản sao lưu gần nhất.",
                                          error=type(exc).__name__))
    key = office_key(agency)
    since = keyed_since(agency, chain)
    previous_hash, previous_id, keyed_seen = GENESIS, None, False
    hashes = {}
    seqs: dict[int, str] = {}
    for index, row in enumerate(rows):
        try:
            at, before, after = _parse(row)
        except ValueError as exc:
            return VerifyResult(False, len(rows), msg("Mục #{id} bị hỏng: {reason}. Mục này không kiểm tra được; chuỗi "
                                                      "từ mục này trở đi không còn là bằng chứng.", id=row.id,
                                                      reason=text_of(exc)), row.id)
        seq = row.seq if row.seq is not None else row.id
        why, content = "", None
        if row.key_id:
            keyed_seen = True
            if key is None:
                why = msg("Mục #{id} được ký bằng khóa của văn phòng, nhưng máy này không có khóa đó (kho khóa hoặc "
                          "tệp bí mật): không xác nhận được nhật ký trên máy này.", id=row.id)
            elif row.key_id != key_id(key):
                why = msg("Mục #{id} được ký bằng một khóa khác khóa của văn phòng này: mục bị thêm hoặc tính lại "
                          "từ nơi khác.", id=row.id)
            else:
                content = keyed_hash(key, seq, row.prev_hash, at, row.officer_id, row.officer_name, row.action,
                                     row.entity, row.entity_key, before, after)
        elif keyed_seen or (since is not None and seq >= since) or (key is not None and chain and since is None):
            why = msg("Mục #{id} ({action}, {at}) không có chữ ký khóa của văn phòng: được thêm hoặc "
                      "tính lại bởi người không có khóa.", id=row.id, action=row.action, at=_when(at))
        else:
            content = entry_hash(row.prev_hash, at, row.officer_id, row.officer_name, row.action, row.entity,
                                 row.entity_key, before, after)
        if why or content != row.hash:
            following = rows[index + 1] if index + 1 < len(rows) else None
            if following is not None and following.prev_hash == row.prev_hash:
                return VerifyResult(False, len(rows), msg("Mục #{id} đã bị chèn thêm vào chuỗi: mục #{next} "
                                                          "nối với mục trước nó.", id=row.id, next=following.id), row.id)
            return VerifyResult(False, len(rows), why or msg("Mục #{id} ({action}, {at}) đã bị sửa: nội dung không khớp "
                                                             "mã băm của nó.", id=row.id, action=row.action,
                                                             at=_when(at)), row.id)
        if row.prev_hash != previous_hash:
            if previous_id is not None and row.id != previous_id + 1:
                missing = f"#{previous_id + 1}" + (f"–#{row.id - 1}" if row.id - 1 > previous_id + 1 else "")
                return VerifyResult(False, len(rows), msg("Mục {missing} đã bị xóa: mục #{id} không nối với mục "
                                                          "#{previous}.", missing=missing, id=row.id,
                                                          previous=previous_id), row.id)
            if row.prev_hash in hashes.values() or row.prev_hash == GENESIS:
                return VerifyResult(False, len(rows), msg("Mục #{id} đã bị chèn thêm vào chuỗi: mục #{next} "
                                                          "nối với một mục trước đó.", id=previous_id, next=row.id),
                                    previous_id)
            return VerifyResult(False, len(rows), msg("Chuỗi bị đứt trước mục #{id}: một mục trước nó đã bị sửa, "
                                                      "chèn hoặc xóa.", id=row.id), row.id)
        hashes[row.id] = row.hash
        seqs[seq] = row.hash
        previous_hash, previous_id = row.hash, row.id
    if anchor and ":" in anchor:
        count, last = anchor.split(":", 1)
        if count.isdigit() and (int(count) > len(rows) or (rows and last != rows[-1].hash and int(count) >= len(rows))):
            return VerifyResult(False, len(rows), msg("Các mục cuối của nhật ký đã bị xóa: nhật ký ghi nhận {count} mục, "
                                                      "chỉ còn {left}.", count=count, left=len(rows)),
                                rows[-1].id if rows else None)
    return _against(heads, seqs, len(rows))


def _against(heads: list[Head] | None, seqs: dict[int, str], entries: int) -> VerifyResult:
    """The local chain against the heads the province kept."""
    if heads is None:
        return VerifyResult(True, entries, evidence=msg("Không hỏi được hệ thống tỉnh: chỉ kiểm tra được trên máy này "
                                                         "(một phần cuối bị xóa cùng mốc neo sẽ không thấy)."))
    if not heads:
        return VerifyResult(True, entries, evidence=msg("Hệ thống tỉnh chưa nhận đầu chuỗi nào của nhật ký này (chưa "
                                                         "đồng bộ lần nào): chưa có bằng chứng bên ngoài."))
    newest = max(seqs) if seqs else 0
    for h in sorted(heads, key=lambda h: h.seq, reverse=True):
        if h.seq > newest:
            return VerifyResult(False, entries, msg("Các mục cuối của nhật ký đã bị xóa: hệ thống tỉnh đã nhận mục "
                                                    "#{seq} (lúc {at}), trên máy chỉ còn đến mục #{newest}.",
                                                    seq=h.seq, at=h.received_at, newest=newest))
        if seqs.get(h.seq) != h.hash:
            return VerifyResult(False, entries, msg("Mục #{seq} khác với bản hệ thống tỉnh đã nhận lúc {at}: "
                                                    "nhật ký đã bị sửa hoặc tính lại.", seq=h.seq, at=h.received_at))
    top = max(heads, key=lambda h: h.seq)
    first = min(heads, key=lambda h: h.seq)
    return VerifyResult(True, entries, evidence=msg("Hệ thống tỉnh xác nhận {count} đầu chuỗi, từ mục #{first} "
                                                    "đến mục #{top} (nhận lúc {at}); các mục sau #{top} "
                                                    "chỉ được kiểm tra trên máy này.", count=len(heads),
                                                    first=first.seq, top=top.seq, at=top.received_at))


def record_alone(db, actor: Actor, action: str, entity: str, entity_key: str, before=None, after=None) -> dict:
    """:func:`record` in a transaction of its own (an event that changes nothing else: a backup)."""
    with db.write() as session:
        return record(session, actor, action, entity, entity_key, before, after)
