"""trust nothing

Revision ID: 0011_trust_nothing
Revises: 0008
Create Date: 2026-11-26

What comes from outside is validated before it is stored, and what is kept inside can prove itself:

* ``sync_quarantine``: items received from the province or the postal service that failed
  validation, kept with the reason for an officer ("Cần xử lý"), never applied.
* ``dossier.province_version``: the province's version of each dossier the counter last saw; every
  local step carries it, so the province refuses a step taken from an older state.
* ``sync_conflict`` holds both sides (``local``, ``province``) and a second kind, ``step``: a local
  step the province refused as outdated (``event_key``), so ``update_id`` may be empty.
* ``audit_log.seq`` / ``key_id``: the chain becomes keyed (HMAC-SHA256 with the office's key kept in
  the keyring or the owner-only secrets file). Entries written before this upgrade keep their plain
  SHA-256 hashes; the first keyed entry ("audit.keyed") records the old head, and its keyed hash
  covers it, so an old part recomputed later no longer joins the chain (docs/security.md).

Data repaired on the way (each damage came from trusting the province before this version):
a sync cursor that is not a whole number (a malformed update id was stored as the cursor) is
recovered from the updates already applied; calendar days that are not real dates are moved out
of the office calendar into the quarantine; search words lose zero-width and other invisible
format characters.
"""
import hashlib
import json
import re
import unicodedata
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = '0011_trust_nothing'
down_revision = '0008'
branch_labels = None
depends_on = None

INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u202e", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\ufeff"]


def upgrade() -> None:
    op.create_table(
        'sync_quarantine',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=20), nullable=False),
        sa.Column('remote_id', sa.String(length=64), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('resolved_by', sa.String(length=120), server_default='', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_quarantine')),
        sa.UniqueConstraint('source', 'digest', name=op.f('uq_sync_quarantine_source')),
    )
    op.create_index('ix_sync_quarantine_open', 'sync_quarantine', ['resolved_at', 'id'], unique=False)

    # plain ADD COLUMN on SQLite (no table rebuild: the dossier table may hold a million rows)
    op.add_column('dossier', sa.Column('province_version', sa.Integer(), server_default='0', nullable=False))
    op.add_column('audit_log', sa.Column('seq', sa.Integer(), nullable=True))
    op.add_column('audit_log', sa.Column('key_id', sa.String(length=16), nullable=True))

    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:  # a small table: rebuilt on SQLite
        batch_op.alter_column('update_id', existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column('kind', sa.String(length=12), server_default='update', nullable=False))
        batch_op.add_column(sa.Column('event_key', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('local', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('province', sa.JSON(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_sync_conflict_event_key'), ['event_key'])

    bind = op.get_bind()
    _repair_cursors(bind)
    _repair_calendar(bind)
    _fold_search_words(bind)


def _meta(bind, key):
    return bind.execute(sa.text("SELECT value FROM app_meta WHERE key = :k"), {"k": key}).scalar()


def _set_meta(bind, key, value):
    if _meta(bind, key) is None:
        bind.execute(sa.text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
    else:
        bind.execute(sa.text("UPDATE app_meta SET value = :v WHERE key = :k"), {"k": key, "v": value})


def _whole(value) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18


def _repair_cursors(bind) -> None:
    cursor = _meta(bind, "sync.cursor")
    if cursor is not None and not _whole(cursor):
        seen = [bind.execute(sa.text("SELECT MAX(update_id) FROM sync_conflict")).scalar() or 0]
        for (details,) in bind.execute(sa.text("SELECT details FROM status_history WHERE "
                                               "CAST(details AS TEXT) LIKE '%hub_update_id%'")):
            value = json.loads(details) if isinstance(details, str) else details
            if isinstance(value, dict) and isinstance(value.get("hub_update_id"), int):
                seen.append(value["hub_update_id"])
        _set_meta(bind, "sync.cursor", str(max(seen)))
    postal = _meta(bind, "postal.cursor")
    if postal is not None and not _whole(postal):
        highest = bind.execute(sa.text("SELECT MAX(remote_id) FROM postal_event")).scalar() or 0
        _set_meta(bind, "postal.cursor", str(highest))


def _real_day(value) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        return 2000 <= date.fromisoformat(value).year <= 2100
    except ValueError:
        return False


def _repair_calendar(bind) -> None:
    row = bind.execute(sa.text("SELECT calendar FROM office WHERE id = 1")).first()
    if row is None or row[0] is None:
        return
    calendar = json.loads(row[0]) if isinstance(row[0], str) else dict(row[0])
    bad = {}
    for key in ("days_off", "workdays"):
        values = calendar.get(key)
        if values is None:
            continue
        if not isinstance(values, list):
            bad[key], calendar[key] = [values], []
            continue
        bad[key] = [v for v in values if not _real_day(v)]
        calendar[key] = [v for v in values if _real_day(v)]
    bad = {k: v for k, v in bad.items() if v}
    if not bad:
        return
    bind.execute(sa.text("UPDATE office SET calendar = :c WHERE id = 1"), {"c": json.dumps(calendar, ensure_ascii=False)})
    summary = json.dumps(bad, ensure_ascii=False, default=str)[:4000]
    bind.execute(sa.text(
        "INSERT INTO sync_quarantine (source, remote_id, digest, summary, reason, received_at, resolved_by) "
        "VALUES ('calendar', '', :d, :s, :r, :at, '')"),
        {"d": hashlib.sha256(summary.encode("utf-8", "backslashreplace")).hexdigest(), "s": summary,
         "r": "Ngày không hợp lệ trong lịch làm việc nhận từ tỉnh trước phiên bản này: đã bỏ ra khỏi lịch.",
         "at": datetime.now().replace(microsecond=0)})


def _fold_search_words(bind) -> None:
    condition = " OR ".join(f"search_text LIKE :c{i}" for i in range(len(INVISIBLE)))
    params = {f"c{i}": f"%{ch}%" for i, ch in enumerate(INVISIBLE)}
    rows = bind.execute(sa.text(f"SELECT id, search_text FROM dossier WHERE {condition}"), params).all()
    for dossier_id, words in rows:
        clean = " ".join("".join(ch for ch in words if unicodedata.category(ch) != "Cf").split())
        bind.execute(sa.text("UPDATE dossier SET search_text = :t WHERE id = :i"), {"t": clean, "i": dossier_id})


def downgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_sync_conflict_event_key'), type_='unique')
        batch_op.drop_column('province')
        batch_op.drop_column('local')
        batch_op.drop_column('event_key')
        batch_op.drop_column('kind')
    op.execute("DELETE FROM sync_conflict WHERE update_id IS NULL")
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.alter_column('update_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('key_id')
        batch_op.drop_column('seq')
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_column('province_version')
    op.drop_index('ix_sync_quarantine_open', table_name='sync_quarantine')
    op.drop_table('sync_quarantine')
