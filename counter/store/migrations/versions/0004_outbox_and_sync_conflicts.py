"""outbox and sync conflicts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

The outbox (every change waiting for the provincial system, written in the same transaction as the
change) and the sync conflicts (province updates held back because of local unsent changes).
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('dossier_code', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('server_result', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('dossier_code', 'seq', name=op.f('uq_outbox_dossier_code')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_outbox_idempotency_key')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_dossier_code'), ['dossier_code'], unique=False)
        batch_op.create_index('ix_outbox_state_id', ['state', 'id'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_code', sa.String(length=40), nullable=False),
    sa.Column('update_id', sa.Integer(), nullable=False),
    sa.Column('update', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    sa.UniqueConstraint('update_id', name=op.f('uq_sync_conflict_update_id'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_dossier_code'), ['dossier_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_dossier_code'))

    op.drop_table('sync_conflict')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state_id')
        batch_op.drop_index(batch_op.f('ix_outbox_dossier_code'))

    op.drop_table('outbox')
