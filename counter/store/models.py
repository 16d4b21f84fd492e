"""SQLAlchemy 2 models. Times are naive local office time (see counter.clock)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Small key/value facts about this database (demo loaded, counter identity …)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Sequence(Base):
    """Named counters (dossier-code and tracking-book sequences), bumped inside the same
    transaction as the dossier that uses them."""

    __tablename__ = "sequence"
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Office(Base):
    """This counter's office (one row, id = 1)."""

    __tablename__ = "office"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(255))
    unit_name: Mapped[str] = mapped_column(String(255), default="BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")
    parent_name: Mapped[str] = mapped_column(String(255))
    level: Mapped[str] = mapped_column(String(20))  # commune | district | province
    address: Mapped[str] = mapped_column(String(255), default="")
    place: Mapped[str] = mapped_column(String(120), default="")  # "<place>, ngày … tháng … năm …"
    phone: Mapped[str] = mapped_column(String(20), default="")
    counter_no: Mapped[int] = mapped_column(Integer, default=1)
    counter_slots: Mapped[int] = mapped_column(Integer, default=1)
    seq_width: Mapped[int] = mapped_column(Integer, default=4)
    # the counter slot (migration 0010, docs/codes.md): how counter_no was obtained — "" none yet (no
    # code may be issued), "hub" assigned by the provincial server, "chosen" set by an administrator
    counter_slot_source: Mapped[str] = mapped_column(String(10), default="", server_default="")
    counter_slot_at: Mapped[datetime | None] = mapped_column(DateTime)
    counter_slot_conflict: Mapped[str] = mapped_column(Text, default="", server_default="")
    calendar: Mapped[dict] = mapped_column(JSON, default=dict)  # office_hours, days_off, workdays
    lookup_url: Mapped[str] = mapped_column(String(255), default="")
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class Agency(Base):
    """A deciding agency (from the catalogue or the office set-up)."""

    __tablename__ = "agency"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    level: Mapped[str] = mapped_column(String(20))
    # dated (migration 0010): an agency that has ceased (valid_to in the past) is never routed to
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    departments: Mapped[list["Department"]] = relationship(
        back_populates="agency", cascade="all, delete-orphan", order_by="Department.position"
    )


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agency.code", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(255))
    agency: Mapped[Agency] = relationship(back_populates="departments")
    __table_args__ = (UniqueConstraint("agency_code", "name"),)


class Officer(Base):
    __tablename__ = "officer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(120), default="Công chức tiếp nhận")  # vi-only: stored default title (data)
    role: Mapped[str] = mapped_column(String(20), default="officer")  # officer | supervisor | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # accounts (migration 0007)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)


class Catalogue(Base):
    __tablename__ = "catalogue"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    issued: Mapped[date] = mapped_column(Date)
    publisher: Mapped[str] = mapped_column(String(255), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    current: Mapped[bool] = mapped_column(Boolean, default=False)
    procedure_count: Mapped[int] = mapped_column(Integer, default=0)


class Procedure(Base):
    __tablename__ = "procedure"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    catalogue_id: Mapped[int] = mapped_column(ForeignKey("catalogue.id"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(Text)
    name_fold: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(20))
    field_code: Mapped[str] = mapped_column(String(40))
    field_name: Mapped[str] = mapped_column(String(255))
    deciding_agency: Mapped[str] = mapped_column(String(20))  # agency code or "LOCAL"
    department: Mapped[str] = mapped_column(String(255), default="")
    duration_value: Mapped[float] = mapped_column(Float)
    duration_unit: Mapped[str] = mapped_column(String(8))
    postal_submission: Mapped[bool] = mapped_column(Boolean, default=True)
    postal_return: Mapped[bool] = mapped_column(Boolean, default=True)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    # migration 0010: the 15:00 cut-off of same-day and whole-day rules ("HH:MM" or ""), the case of a
    # procedure whose time depends on it, the dates it applies, where and by whom it may be filed
    duration_cutoff: Mapped[str] = mapped_column(String(5), default="", server_default="")
    variant: Mapped[str] = mapped_column(String(120), default="", server_default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    intake_levels: Mapped[list] = mapped_column(JSON, default=list)
    applicants: Mapped[list] = mapped_column(JSON, default=list)
    documents: Mapped[list["ProcedureDocument"]] = relationship(
        cascade="all, delete-orphan", order_by="ProcedureDocument.position"
    )
    fees: Mapped[list["ProcedureFee"]] = relationship(cascade="all, delete-orphan", order_by="ProcedureFee.position")
    __table_args__ = (UniqueConstraint("catalogue_id", "code", "variant", name="uq_procedure_catalogue_code_variant"),)


class _PaperColumns:
    """A paper in a list: a procedure's required papers, and the papers received with a dossier."""

    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(Text)
    originals: Mapped[int] = mapped_column(Integer, default=0)
    certified_copies: Mapped[int] = mapped_column(Integer, default=0)
    photocopies: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=True)


class _FeeColumns:
    """A fee or charge in a list: a procedure's fees, and what a dossier was charged."""

    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(10), default="le_phi")
    amount: Mapped[int] = mapped_column(Integer, default=0)


class ProcedureDocument(_PaperColumns, Base):
    __tablename__ = "procedure_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)


class ProcedureFee(_FeeColumns, Base):
    __tablename__ = "procedure_fee"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # migration 0010 (counter.domain.fees): dossier | optional | unit, per-unit tiers and cap
    basis: Mapped[str] = mapped_column(String(12), default="dossier", server_default="dossier")
    unit: Mapped[str] = mapped_column(String(40), default="", server_default="")
    tiers: Mapped[list] = mapped_column(JSON, default=list)
    cap: Mapped[int | None] = mapped_column(Integer)
    per_copy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    default_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    legal_basis: Mapped[str] = mapped_column(Text, default="", server_default="")


class Dossier(Base):
    __tablename__ = "dossier"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    agency_code: Mapped[str] = mapped_column(String(20))
    counter_no: Mapped[int] = mapped_column(Integer)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    # snapshot of the procedure as received (a newer catalogue never changes a dossier)
    procedure_code: Mapped[str] = mapped_column(String(60))
    procedure_name: Mapped[str] = mapped_column(Text)
    field_name: Mapped[str] = mapped_column(String(255), default="")
    deciding_agency_code: Mapped[str] = mapped_column(String(20))
    deciding_agency_name: Mapped[str] = mapped_column(String(255))
    department: Mapped[str] = mapped_column(String(255), default="")
    duration_value: Mapped[float] = mapped_column(Float)
    duration_unit: Mapped[str] = mapped_column(String(8))
    duration_cutoff: Mapped[str] = mapped_column(String(5), default="", server_default="")  # migration 0010
    catalogue_version: Mapped[str] = mapped_column(String(40), default="", server_default="")  # received under
    # applicant
    applicant_kind: Mapped[str] = mapped_column(String(12))  # person | organisation
    applicant_name: Mapped[str] = mapped_column(String(255))
    id_kind: Mapped[str] = mapped_column(String(12), default="")  # cccd | cmnd | passport | tax
    id_number: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    representative: Mapped[str] = mapped_column(String(120), default="")
    # an organisation's representative: their personal ID (checked when the result is collected) and title
    representative_id_number: Mapped[str] = mapped_column(String(20), default="", server_default="")
    representative_title: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # authorised person filing for the applicant
    proxy_name: Mapped[str] = mapped_column(String(120), default="")
    proxy_id_number: Mapped[str] = mapped_column(String(20), default="")
    proxy_phone: Mapped[str] = mapped_column(String(20), default="")
    # how it came and how the result goes back
    channel: Mapped[int] = mapped_column(Integer, default=1)
    return_method: Mapped[int] = mapped_column(Integer, default=0)
    delivery_address: Mapped[str] = mapped_column(Text, default="")
    delivery_phone: Mapped[str] = mapped_column(String(20), default="")
    sets: Mapped[int] = mapped_column(Integer, default=1)
    fee_total: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    # life
    status: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    due_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    book_volume: Mapped[str] = mapped_column(String(20), default="")
    book_number: Mapped[int] = mapped_column(Integer, default=0)
    receipt_prints: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded name words for search
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # life cycle (migration 0003)
    clock_started_at: Mapped[datetime | None] = mapped_column(DateTime)  # the legal clock restarts on supplement
    original_due_at: Mapped[datetime | None] = mapped_column(DateTime)  # the due time before an extension
    extended_at: Mapped[datetime | None] = mapped_column(DateTime)  # set once: the due time moves only once
    forward_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    forwarded_at: Mapped[datetime | None] = mapped_column(DateTime)
    result_code: Mapped[str] = mapped_column(String(60), default="", server_default="")
    supplement_deadline: Mapped[date | None] = mapped_column(Date)
    digitised_at: Mapped[datetime | None] = mapped_column(DateTime)
    returned_to_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    returned_to_id: Mapped[str] = mapped_column(String(20), default="", server_default="")
    closed_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # postal service (migration 0005)
    delivery_province_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    delivery_commune_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    postage: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    inbound_postal_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # supervision (migration 0006)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime)  # when it entered processing
    timeliness: Mapped[str] = mapped_column(String(10), default="", server_default="")  # early | on_time | late
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1…5 when the applicant rated the service
    # trust nothing (migration 0011): the province's version of this dossier the counter last saw —
    # the id of the last province change applied or decided here; each local step carries it
    province_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    documents: Mapped[list["DossierDocument"]] = relationship(
        cascade="all, delete-orphan", order_by="DossierDocument.position", back_populates="dossier"
    )
    fees: Mapped[list["DossierFee"]] = relationship(cascade="all, delete-orphan", order_by="DossierFee.position")
    history: Mapped[list["StatusHistory"]] = relationship(order_by="StatusHistory.id", back_populates="dossier")
    officer: Mapped[Officer | None] = relationship()
    steps: Mapped[list["DossierStep"]] = relationship(order_by="DossierStep.position", cascade="all, delete-orphan")
    handovers: Mapped[list["Handover"]] = relationship(order_by="Handover.id", back_populates="dossier")
    attachments: Mapped[list["Attachment"]] = relationship(order_by="Attachment.id", back_populates="dossier")
    supplements: Mapped[list["Supplement"]] = relationship(order_by="Supplement.id", back_populates="dossier")
    postal_orders: Mapped[list["PostalOrder"]] = relationship(order_by="PostalOrder.id", back_populates="dossier")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_dossier_status_due", "status", "due_at"),
        Index("ix_dossier_received", "received_at"),
        Index("ix_dossier_due", "due_at"),
        Index("ix_dossier_id_number", "id_number"),
        Index("ix_dossier_phone", "phone"),
        Index("ix_dossier_procedure", "procedure_code", "received_at"),
        Index("ix_dossier_status_forward", "status", "forward_due_at"),
        Index("ix_dossier_finished", "finished_at"),
    )


class DossierDocument(_PaperColumns, Base):
    __tablename__ = "dossier_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    submitted: Mapped[bool] = mapped_column(Boolean, default=True)
    dossier: Mapped[Dossier] = relationship(back_populates="documents")


class DossierFee(_FeeColumns, Base):
    __tablename__ = "dossier_fee"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(20), default="cash")  # cash | transfer | online
    # migration 0010: what was counted (pages, signatures, copies) and how the amount came about
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    copies: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    unit: Mapped[str] = mapped_column(String(40), default="", server_default="")
    detail: Mapped[str] = mapped_column(String(255), default="", server_default="")


class StatusHistory(Base):
    """Append-only history of a dossier's states."""

    __tablename__ = "status_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    officer_name: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[int | None] = mapped_column(Integer)
    to_status: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    dossier: Mapped[Dossier] = relationship(back_populates="history")


class AuditEntry(Base):
    """Append-only audit log; each entry's hash covers the previous hash (a hash chain)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    officer_id: Mapped[int | None] = mapped_column(Integer)
    officer_name: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(String(80))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # keyed chain (migration 0011): the entry's place in the chain and which office key signed it
    # (HMAC-SHA256); entries written before the upgrade have neither and a plain SHA-256 hash
    seq: Mapped[int | None] = mapped_column(Integer)
    key_id: Mapped[str | None] = mapped_column(String(16))


class DossierStep(Base):
    """One agency's part in processing (an inter-agency chain has several): the transfer slip."""

    __tablename__ = "dossier_step"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    agency_code: Mapped[str] = mapped_column(String(20))
    agency_name: Mapped[str] = mapped_column(String(255))
    department: Mapped[str] = mapped_column(String(255), default="")
    task: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime | None] = mapped_column(DateTime)


class HandoverBatch(Base):
    """Paper dossiers handed over together, with one signed list."""

    __tablename__ = "handover_batch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))  # forward | result | post
    from_party: Mapped[str] = mapped_column(String(255))
    to_party: Mapped[str] = mapped_column(String(255))
    giver_name: Mapped[str] = mapped_column(String(120), default="")
    receiver_name: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    handovers: Mapped[list["Handover"]] = relationship(order_by="Handover.id", back_populates="batch")


class Handover(Base):
    """One hand-over of a dossier (a row of the control sheet, form 06)."""

    __tablename__ = "handover"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("handover_batch.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))  # forward | transfer | result | return
    from_party: Mapped[str] = mapped_column(String(255))
    to_party: Mapped[str] = mapped_column(String(255))
    giver_name: Mapped[str] = mapped_column(String(120), default="")
    receiver_name: Mapped[str] = mapped_column(String(120), default="")
    timeliness: Mapped[str] = mapped_column(String(10), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    dossier: Mapped[Dossier] = relationship(back_populates="handovers")
    batch: Mapped[HandoverBatch | None] = relationship(back_populates="handovers")


class Attachment(Base):
    """A scanned document, stored once by content hash (sha256) in the attachments folder."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    document_position: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(60))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual | watch | hub
    # signed copies (migration 0013_signed_copies)
    kind: Mapped[str] = mapped_column(String(10), default="scan", server_default="scan")  # scan | result
    page_count: Mapped[int | None] = mapped_column(Integer)
    signed_sha256: Mapped[str | None] = mapped_column(String(64), index=True)  # the signed PDF, by content hash
    signed_size: Mapped[int | None] = mapped_column(Integer)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    signer_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signature_level: Mapped[str] = mapped_column(String(8), default="", server_default="")  # B-B | B-T | B-LT
    sig_state: Mapped[str] = mapped_column(String(16), default="unsigned", server_default="unsigned")
    sig_detail: Mapped[str] = mapped_column(Text, default="", server_default="")
    sig_checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revocation_checked_at: Mapped[datetime | None] = mapped_column(DateTime)  # the date of the revocation answer used
    dossier: Mapped[Dossier] = relationship(back_populates="attachments")
    __table_args__ = (UniqueConstraint("dossier_id", "sha256"), Index("ix_attachment_dossier_state", "dossier_id", "sig_state"))


class SignatureJob(Base):
    """A signed copy waiting for its timestamp and validation data (PAdES B-T / B-LT): one row per
    signed file, written in the signing transaction, done once (the attachment is moved to the
    upgraded file only if it still holds the file this job started from)."""

    __tablename__ = "signature_job"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"))
    input_sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(12))  # pending | done | attention
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    output_sha256: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (UniqueConstraint("attachment_id", "input_sha256", name="uq_signature_job_attachment_input"),
                      Index("ix_signature_job_state_id", "state", "id"))


class RevocationAnswer(Base):
    """The last CRL or OCSP response fetched for a certificate, kept for verifying offline."""

    __tablename__ = "revocation_cache"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)  # "crl:<url>" or "ocsp:<issuer key hash>:<serial>"
    kind: Mapped[str] = mapped_column(String(8))  # crl | ocsp
    url: Mapped[str] = mapped_column(Text, default="", server_default="")
    der: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)
    this_update: Mapped[datetime | None] = mapped_column(DateTime)
    next_update: Mapped[datetime | None] = mapped_column(DateTime)


class Supplement(Base):
    """A supplement request (form 02) and its completion (DanhSachHoSoBoSung)."""

    __tablename__ = "supplement"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    items: Mapped[list] = mapped_column(JSON)  # [{"name", "originals", "certified_copies", "photocopies", "reason"}]
    reason: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date] = mapped_column(Date)
    officer_name: Mapped[str] = mapped_column(String(120), default="")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    previous_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    new_due_at: Mapped[datetime | None] = mapped_column(DateTime)
    dossier: Mapped[Dossier] = relationship(back_populates="supplements")


class OutboxEvent(Base):
    """A change waiting to reach the provincial system (see counter.sync.outbox)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    dossier_code: Mapped[str] = mapped_column(String(40), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    server_result: Mapped[dict | None] = mapped_column(JSON)
    __table_args__ = (
        UniqueConstraint("dossier_code", "seq"),
        Index("ix_outbox_state_id", "state", "id"),
        {"sqlite_autoincrement": True},
    )


class SyncConflict(Base):
    """The counter and the province disagree about a dossier, shown to an officer with both sides
    and never resolved silently. ``kind``: ``update`` — a province change not applied because the
    dossier has local changes not yet sent (or its state no longer allows it); ``step`` — a local
    step the province refused because it was taken from an older state of the dossier."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_code: Mapped[str] = mapped_column(String(40), index=True)
    update_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    update: Mapped[dict] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(String(20), default="")
    # migration 0011
    kind: Mapped[str] = mapped_column(String(12), default="update", server_default="update")
    event_key: Mapped[str | None] = mapped_column(String(36), unique=True)  # the refused local step
    local: Mapped[dict | None] = mapped_column(JSON)  # the counter's side, as shown to the officer
    province: Mapped[dict | None] = mapped_column(JSON)  # the province's side


class QuarantinedItem(Base):
    """Something received from outside (a province update, calendar, catalogue, postal tracking
    event, an online dossier …) that failed validation: kept with the reason for an officer to see
    under "Cần xử lý", never applied, never blocking the rest of its batch (migration 0011)."""

    __tablename__ = "sync_quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(20))  # updates | calendar | catalogue | tracking | …
    remote_id: Mapped[str] = mapped_column(String(64), default="")
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the item as received: recorded once
    summary: Mapped[str] = mapped_column(Text)  # the item as received, cut to a readable length
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    __table_args__ = (UniqueConstraint("source", "digest"), Index("ix_sync_quarantine_open", "resolved_at", "id"))


class PostalOrder(Base):
    """An order with the public postal service: the result going home (or a receipt going back
    to an applicant who sent the dossier by post). Queued here first, created at the postal
    operator when online (idempotent on the order number), then tracked."""

    __tablename__ = "postal_order"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(12))  # result | receipt
    number: Mapped[str] = mapped_column(String(60), unique=True)  # SoDonHang
    payload: Mapped[dict] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), index=True)
    # pending → created → handed_over → collected → in_transit → delivered | returned; cancelled
    tracking_code: Mapped[str] = mapped_column(String(20), default="")
    postage: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    registered_at: Mapped[datetime | None] = mapped_column(DateTime)
    handed_over_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("handover_batch.id"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    dossier: Mapped[Dossier] = relationship(back_populates="postal_orders")
    events: Mapped[list["PostalEvent"]] = relationship(order_by="PostalEvent.id", back_populates="order")


class PostalEvent(Base):
    """The postal history of an order, shown in the dossier's timeline."""

    __tablename__ = "postal_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("postal_order.id"), index=True)
    remote_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    state: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    order: Mapped[PostalOrder] = relationship(back_populates="events")


class OnlineDossier(Base):
    """A dossier filed on the national portal, offered to this counter by the province (migration
    0014_online_dossiers). The officer checks it within the online check time (8 working hours by
    default, NĐ 118/2025 Điều 17.2) and accepts it, asks for a correction or supplement, or returns
    it as not competent. ``state``: waiting → claimed → accepted | supplement | returned; ``taken``
    when another counter claimed it; ``lost`` when this counter's offline claim lost to another."""

    __tablename__ = "online_dossier"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # MaHoSoTrucTuyen
    procedure_code: Mapped[str] = mapped_column(String(60))
    procedure_name: Mapped[str] = mapped_column(Text, default="")
    applicant: Mapped[dict] = mapped_column(JSON)
    submitted_at: Mapped[datetime] = mapped_column(DateTime)  # when the province received it
    deadline_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    check_hours: Mapped[float] = mapped_column(Float, default=8.0)
    round: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(16), index=True)
    taken_by: Mapped[str] = mapped_column(String(255), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)  # the outcome, on the counter's clock
    outcome: Mapped[dict] = mapped_column(JSON, default=dict)
    dossier_code: Mapped[str] = mapped_column(String(40), default="")
    notice: Mapped[str] = mapped_column(Text, default="")  # what the officer must be told
    paid_online: Mapped[bool] = mapped_column(Boolean, default=False)  # fees paid on the portal
    rev: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(DateTime)  # first pulled
    files: Mapped[list["OnlineFile"]] = relationship(order_by="OnlineFile.id", back_populates="online",
                                                     cascade="all, delete-orphan")


class OnlineFile(Base):
    """One file the applicant uploaded: metadata at once, content fetched on opening (or in the
    background), checked (its type, its size) and stored by hash like a scan."""

    __tablename__ = "online_file"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    online_id: Mapped[int] = mapped_column(ForeignKey("online_dossier.id"), index=True)
    round: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(255))
    declared_mime: Mapped[str] = mapped_column(String(60))
    mime: Mapped[str] = mapped_column(String(60), default="")  # what the content is
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10), default="online")
    fetched: Mapped[bool] = mapped_column(Boolean, default=False)
    problem: Mapped[str] = mapped_column(Text, default="")
    online: Mapped[OnlineDossier] = relationship(back_populates="files")
    __table_args__ = (UniqueConstraint("online_id", "sha256"),)
