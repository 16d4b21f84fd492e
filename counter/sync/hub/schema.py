"""The hub database's schema: created whole on a new database, brought up to date on an older one.

The hub has no Alembic chain of its own; its tables are created from the models, and each change
that a new table cannot express is a numbered step here, run once, in one transaction, recorded in
``hub_meta`` (key ``schema``). A database without that row is version 1 (before this file).

* 2 — ``hub_dossier.version`` (the province's last change, so outdated steps are refused);
  attachments keyed by agency and postal orders by customer (nobody sees, changes or blocks
  another's); ``hub_audit_head`` (counters' audit heads)."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from counter.sync.hub.models import Attachment, HubBase, PostalOrder

log = logging.getLogger(__name__)
VERSION = 2


def prepare(engine: Engine, files: Path) -> None:
    """Create the hub's tables, or upgrade an older hub database (its attachment files in
    ``files`` move with it)."""
    existing = set(inspect(engine).get_table_names())
    HubBase.metadata.create_all(engine)
    with engine.begin() as conn:
        if "hub_dossier" not in existing:  # a new database: already the current version
            _stamp(conn)
            return
        current = conn.execute(text("SELECT value FROM hub_meta WHERE key = 'schema'")).scalar()
        version = int(current) if current else 1
        if version < 2:
            _to_2(conn, files)
        if version < VERSION:
            log.warning("hub database upgraded from schema %s to %s", version, VERSION)
            _stamp(conn)


def _stamp(conn: Connection) -> None:
    conn.execute(text("DELETE FROM hub_meta WHERE key = 'schema'"))
    conn.execute(text("INSERT INTO hub_meta (key, value) VALUES ('schema', :v)"), {"v": str(VERSION)})


def _columns(conn: Connection, table: str) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns(table)}


def _set_aside(conn: Connection, table: str) -> str:
    """Rename an old table out of the way (its constraints too, on PostgreSQL, whose constraint
    names are unique per schema) so the new one can be created under the name."""
    old = f"{table}_v1"
    conn.execute(text(f"ALTER TABLE {table} RENAME TO {old}"))
    if conn.dialect.name == "postgresql":
        names = conn.execute(text("SELECT conname FROM pg_constraint WHERE conrelid = CAST(:t AS regclass)"),
                             {"t": old}).scalars().all()
        for name in names:
            conn.execute(text(f'ALTER TABLE {old} RENAME CONSTRAINT "{name}" TO "{name}_v1"'))
    return old


def _to_2(conn: Connection, files: Path) -> None:
    if "version" not in _columns(conn, "hub_dossier"):
        conn.execute(text("ALTER TABLE hub_dossier ADD COLUMN version INTEGER DEFAULT 0 NOT NULL"))
        conn.execute(text("UPDATE hub_dossier SET version = COALESCE((SELECT MAX(u.id) FROM hub_update u WHERE "
                          "u.dossier_code = hub_dossier.code AND u.kind <> 'progress'), 0)"))
    if "agency_code" not in _columns(conn, "hub_attachment"):
        _attachments_by_agency(conn, files)
    if "customer_code" in _columns(conn, "postal_order") and \
            inspect(conn).get_pk_constraint("postal_order")["constrained_columns"] == ["number"]:
        old = _set_aside(conn, "postal_order")
        PostalOrder.__table__.create(conn)
        conn.execute(text(f"INSERT INTO postal_order (customer_code, number, tracking_code, payload_sha256, data, state, "
                          f"postage, created_at) SELECT customer_code, number, tracking_code, payload_sha256, data, "
                          f"state, postage, created_at FROM {old}"))
        conn.execute(text(f"DROP TABLE {old}"))


def _attachments_by_agency(conn: Connection, files: Path) -> None:
    """Each complete upload goes to the agencies whose events used it (its file copied into each
    agency's folder); an upload no event used, or one not finished, is dropped: the counter that
    sent it asks again (HEAD → 404) and uploads it into its own agency's folder."""
    owners: dict[str, set[str]] = {}
    for data, agency in conn.execute(text("SELECT e.data, c.agency_code FROM hub_event e JOIN hub_client c ON "
                                          "c.id = e.client_id WHERE e.kind = 'attachment.added'")):
        value = json.loads(data) if isinstance(data, str) else data
        if isinstance(value, dict) and isinstance(value.get("MaBam"), str):
            owners.setdefault(value["MaBam"], set()).add(agency)
    old = _set_aside(conn, "hub_attachment")
    Attachment.__table__.create(conn)
    for sha, length in conn.execute(text(f"SELECT sha256, length FROM {old} WHERE complete = :t"), {"t": True}).all():
        source = files / sha
        for agency in sorted(owners.get(sha, ())):
            if source.exists():
                (files / agency).mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, files / agency / sha)
                conn.execute(text("INSERT INTO hub_attachment (agency_code, sha256, length, \"offset\", complete) "
                                  "VALUES (:a, :s, :n, :n, :t)"), {"a": agency, "s": sha, "n": length, "t": True})
    conn.execute(text(f"DROP TABLE {old}"))
    # the shared copies stay where they were (never served again): nothing is deleted in an upgrade
