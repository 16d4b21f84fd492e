"""dossier life cycle

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Supplements, routing steps (transfer slips), hand-overs and their batches (control sheet, hand-over
lists), scanned attachments, and the dossier columns the life cycle needs. The status history
becomes append-only in the database itself (triggers refuse UPDATE and DELETE).
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('handover_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('from_party', sa.String(length=255), nullable=False),
    sa.Column('to_party', sa.String(length=255), nullable=False),
    sa.Column('giver_name', sa.String(length=120), nullable=False),
    sa.Column('receiver_name', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_batch')),
    sa.UniqueConstraint('number', name=op.f('uq_handover_batch_number'))
    )
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('document_position', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=60), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_attachment_dossier_id_dossier')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_attachment_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('dossier_id', 'sha256', name=op.f('uq_attachment_dossier_id'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('dossier_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('agency_code', sa.String(length=20), nullable=False),
    sa.Column('agency_name', sa.String(length=255), nullable=False),
    sa.Column('department', sa.String(length=255), nullable=False),
    sa.Column('task', sa.Text(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_dossier_step_dossier_id_dossier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_step'))
    )
    with op.batch_alter_table('dossier_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_step_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('handover',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('from_party', sa.String(length=255), nullable=False),
    sa.Column('to_party', sa.String(length=255), nullable=False),
    sa.Column('giver_name', sa.String(length=120), nullable=False),
    sa.Column('receiver_name', sa.String(length=120), nullable=False),
    sa.Column('timeliness', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['handover_batch.id'], name=op.f('fk_handover_batch_id_handover_batch')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_handover_dossier_id_dossier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover'))
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handover_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('supplement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('officer_name', sa.String(length=120), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('previous_due_at', sa.DateTime(), nullable=True),
    sa.Column('new_due_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_supplement_dossier_id_dossier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplement'))
    )
    with op.batch_alter_table('supplement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supplement_dossier_id'), ['dossier_id'], unique=False)

    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('clock_started_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('original_due_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('extended_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('forward_due_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('forwarded_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('result_code', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('supplement_deadline', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('digitised_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('returned_to_name', sa.String(length=120), server_default='', nullable=False))
        batch_op.add_column(sa.Column('returned_to_id', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('closed_reason', sa.Text(), server_default='', nullable=False))
        batch_op.create_index('ix_dossier_status_forward', ['status', 'forward_due_at'], unique=False)

    op.execute("UPDATE dossier SET clock_started_at = received_at WHERE clock_started_at IS NULL")
    if op.get_bind().dialect.name == "sqlite":
        for statement in APPEND_ONLY:
            op.execute(statement)


APPEND_ONLY = [
    "CREATE TRIGGER status_history_no_update BEFORE UPDATE ON status_history "
    "BEGIN SELECT RAISE(ABORT, 'status_history is append-only'); END",
    "CREATE TRIGGER status_history_no_delete BEFORE DELETE ON status_history "
    "BEGIN SELECT RAISE(ABORT, 'status_history is append-only'); END",
]

def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS status_history_no_update")
        op.execute("DROP TRIGGER IF EXISTS status_history_no_delete")
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_status_forward')
        batch_op.drop_column('closed_reason')
        batch_op.drop_column('returned_to_id')
        batch_op.drop_column('returned_to_name')
        batch_op.drop_column('digitised_at')
        batch_op.drop_column('supplement_deadline')
        batch_op.drop_column('result_code')
        batch_op.drop_column('forwarded_at')
        batch_op.drop_column('forward_due_at')
        batch_op.drop_column('extended_at')
        batch_op.drop_column('original_due_at')
        batch_op.drop_column('clock_started_at')

    with op.batch_alter_table('supplement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supplement_dossier_id'))

    op.drop_table('supplement')
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_handover_batch_id'))

    op.drop_table('handover')
    with op.batch_alter_table('dossier_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_step_dossier_id'))

    op.drop_table('dossier_step')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_dossier_id'))

    op.drop_table('attachment')
    op.drop_table('handover_batch')
