"""dossiers, their history, sequences and the audit log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Dossiers with checklist, fees and status history; named sequences for codes and the tracking
book; the hash-chained audit log; on SQLite an FTS5 index over the folded applicant names
(dossier.search_text) kept in step by triggers.
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('officer_name', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_key', sa.String(length=80), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_log_hash'))
    )

    op.create_table('sequence',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sequence'))
    )

    op.create_table('dossier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('agency_code', sa.String(length=20), nullable=False),
    sa.Column('counter_no', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('procedure_code', sa.String(length=60), nullable=False),
    sa.Column('procedure_name', sa.Text(), nullable=False),
    sa.Column('field_name', sa.String(length=255), nullable=False),
    sa.Column('deciding_agency_code', sa.String(length=20), nullable=False),
    sa.Column('deciding_agency_name', sa.String(length=255), nullable=False),
    sa.Column('department', sa.String(length=255), nullable=False),
    sa.Column('duration_value', sa.Float(), nullable=False),
    sa.Column('duration_unit', sa.String(length=8), nullable=False),
    sa.Column('applicant_kind', sa.String(length=12), nullable=False),
    sa.Column('applicant_name', sa.String(length=255), nullable=False),
    sa.Column('id_kind', sa.String(length=12), nullable=False),
    sa.Column('id_number', sa.String(length=20), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('representative', sa.String(length=120), nullable=False),
    sa.Column('proxy_name', sa.String(length=120), nullable=False),
    sa.Column('proxy_id_number', sa.String(length=20), nullable=False),
    sa.Column('proxy_phone', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.Integer(), nullable=False),
    sa.Column('return_method', sa.Integer(), nullable=False),
    sa.Column('delivery_address', sa.Text(), nullable=False),
    sa.Column('delivery_phone', sa.String(length=20), nullable=False),
    sa.Column('sets', sa.Integer(), nullable=False),
    sa.Column('fee_total', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('book_volume', sa.String(length=20), nullable=False),
    sa.Column('book_number', sa.Integer(), nullable=False),
    sa.Column('receipt_prints', sa.Integer(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_dossier_officer_id_officer')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_dossier_procedure_id_procedure')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier')),
    sa.UniqueConstraint('code', name=op.f('uq_dossier_code'))
    )
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_due', ['due_at'], unique=False)
        batch_op.create_index('ix_dossier_id_number', ['id_number'], unique=False)
        batch_op.create_index('ix_dossier_phone', ['phone'], unique=False)
        batch_op.create_index('ix_dossier_procedure', ['procedure_code', 'received_at'], unique=False)
        batch_op.create_index('ix_dossier_received', ['received_at'], unique=False)
        batch_op.create_index('ix_dossier_status_due', ['status', 'due_at'], unique=False)

    op.create_table('dossier_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('originals', sa.Integer(), nullable=False),
    sa.Column('certified_copies', sa.Integer(), nullable=False),
    sa.Column('photocopies', sa.Integer(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('submitted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_dossier_document_dossier_id_dossier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_document'))
    )
    with op.batch_alter_table('dossier_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_document_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('dossier_fee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_dossier_fee_dossier_id_dossier'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_fee'))
    )
    with op.batch_alter_table('dossier_fee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_fee_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('status_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('officer_name', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('from_status', sa.Integer(), nullable=True),
    sa.Column('to_status', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_status_history_dossier_id_dossier')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_status_history_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_history'))
    )
    with op.batch_alter_table('status_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_history_dossier_id'), ['dossier_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)


SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE dossier_fts USING fts5(search_text, content='dossier', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER dossier_fts_ai AFTER INSERT ON dossier BEGIN "
    "INSERT INTO dossier_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER dossier_fts_ad AFTER DELETE ON dossier BEGIN "
    "INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER dossier_fts_au AFTER UPDATE OF search_text ON dossier BEGIN "
    "INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO dossier_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS dossier_fts")
    op.drop_table('status_history')
    op.drop_table('dossier_fee')
    op.drop_table('dossier_document')
    op.drop_table('dossier')
    op.drop_table('sequence')
    op.drop_table('audit_log')
