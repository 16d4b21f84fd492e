"""The hub's own database (a province's side, separate from any counter's)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Index, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention={"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
                                           "pk": "pk_%(table_name)s"})


class Client(HubBase):
    """A counter allowed to sync, by its token (only the token's hash is kept)."""

    __tablename__ = "hub_client"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    agency_code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(255), default="")


class Event(HubBase):
    """Every event received, once, by idempotency key; its stored result is replayed."""

    __tablename__ = "hub_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    client_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    dossier_code: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    result: Mapped[dict] = mapped_column(JSON)
    __table_args__ = (UniqueConstraint("dossier_code", "seq"), {"sqlite_autoincrement": True})


class HubDossier(HubBase):
    __tablename__ = "hub_dossier"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(20), index=True)
    data: Mapped[dict] = mapped_column(JSON)
    status: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[str] = mapped_column(String(40), default="")
    last_seq: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # the id of the province's last change that moved the state or the due time (0: none): a
    # counter's step taken from an older version is refused as a conflict (hub schema 2)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Update(HubBase):
    """A change made at the province (a department decision, a result, a new due date), waiting
    for the counter to pull it; the id is the cursor."""

    __tablename__ = "hub_update"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_code: Mapped[str] = mapped_column(String(40))
    agency_code: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))  # status | progress | result | due
    data: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_hub_update_agency_id", "agency_code", "id"), {"sqlite_autoincrement": True})


class Attachment(HubBase):
    """A resumable upload, identified by its content hash within the agency that uploads it: one
    agency can neither see, nor add to, nor use another agency's files (hub schema 2)."""

    __tablename__ = "hub_attachment"
    agency_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(Integer)
    offset: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)


class CatalogueVersion(HubBase):
    __tablename__ = "hub_catalogue"
    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    document: Mapped[dict] = mapped_column(JSON)
    published_at: Mapped[datetime] = mapped_column(DateTime)


class Calendar(HubBase):
    """Days off and make-up working days the province publishes (version grows by one)."""

    __tablename__ = "hub_calendar"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    days_off: Mapped[list] = mapped_column(JSON)
    workdays: Mapped[list] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime] = mapped_column(DateTime)


class PostalOrder(HubBase):
    """The reference postal operator's order (DOMAIN §7): one per order number (= dossier code)
    of each customer — another customer's order with the same number is another order (hub
    schema 2)."""

    __tablename__ = "postal_order"
    customer_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    number: Mapped[str] = mapped_column(String(60), primary_key=True)
    tracking_code: Mapped[str] = mapped_column(String(20), unique=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSON)
    state: Mapped[int] = mapped_column(Integer)
    postage: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PostalEvent(HubBase):
    """A tracking event; the id is the cursor counters poll with."""

    __tablename__ = "postal_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(60), index=True)
    customer_code: Mapped[str] = mapped_column(String(40), index=True)
    state: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = ({"sqlite_autoincrement": True},)


class PostalKey(HubBase):
    __tablename__ = "postal_key"
    key_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_code: Mapped[str] = mapped_column(String(40))


class AuditHead(HubBase):
    """A counter's audit-chain head (its newest entry's number and keyed hash), sent on every sync:
    evidence kept outside the counter's machine, so a rewritten or shortened audit log shows
    (hub schema 2). One row per head received; the history is never changed."""

    __tablename__ = "hub_audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(20))
    client_id: Mapped[int] = mapped_column(Integer)
    chain: Mapped[str] = mapped_column(String(64))  # the counter database's chain id
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_hub_audit_head_chain", "agency_code", "chain", "seq"), {"sqlite_autoincrement": True})


class HubMeta(HubBase):
    """Facts about the hub database itself: its schema version (see counter.sync.hub.schema)."""

    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
