"""online dossiers

Revision ID: 0014_online_dossiers
Revises: 0013_signed_copies
Create Date: 2026-11-27

Dossiers filed on the national portal reach the counter (NĐ 118/2025 Điều 17.2): each with its
applicant, its 8-working-hour check deadline, its claim and outcome, and the files the applicant
uploaded (metadata; the content is stored by hash like a scan once fetched).
"""
from alembic import op
import sqlalchemy as sa


revision = '0014_online_dossiers'
down_revision = '0013_signed_copies'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'online_dossier',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('procedure_code', sa.String(length=60), nullable=False),
        sa.Column('procedure_name', sa.Text(), nullable=False),
        sa.Column('applicant', sa.JSON(), nullable=False),
        sa.Column('submitted_at', sa.DateTime(), nullable=False),
        sa.Column('deadline_at', sa.DateTime(), nullable=False),
        sa.Column('check_hours', sa.Float(), nullable=False),
        sa.Column('round', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('taken_by', sa.String(length=255), nullable=False),
        sa.Column('claimed_at', sa.DateTime(), nullable=True),
        sa.Column('claimed_by_id', sa.Integer(), nullable=True),
        sa.Column('checked_at', sa.DateTime(), nullable=True),
        sa.Column('outcome', sa.JSON(), nullable=False),
        sa.Column('dossier_code', sa.String(length=40), nullable=False),
        sa.Column('notice', sa.Text(), nullable=False),
        sa.Column('paid_online', sa.Boolean(), nullable=False),
        sa.Column('rev', sa.Integer(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['claimed_by_id'], ['officer.id'], name=op.f('fk_online_dossier_claimed_by_id_officer')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_online_dossier')),
        sa.UniqueConstraint('code', name=op.f('uq_online_dossier_code')),
    )
    with op.batch_alter_table('online_dossier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_online_dossier_deadline_at'), ['deadline_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_online_dossier_state'), ['state'], unique=False)
    op.create_table(
        'online_file',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('online_id', sa.Integer(), nullable=False),
        sa.Column('round', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('declared_mime', sa.String(length=60), nullable=False),
        sa.Column('mime', sa.String(length=60), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('fetched', sa.Boolean(), nullable=False),
        sa.Column('problem', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['online_id'], ['online_dossier.id'], name=op.f('fk_online_file_online_id_online_dossier')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_online_file')),
        sa.UniqueConstraint('online_id', 'sha256', name=op.f('uq_online_file_online_id')),
    )
    with op.batch_alter_table('online_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_online_file_online_id'), ['online_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('online_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_online_file_online_id'))
    op.drop_table('online_file')
    with op.batch_alter_table('online_dossier', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_online_dossier_state'))
        batch_op.drop_index(batch_op.f('ix_online_dossier_deadline_at'))
    op.drop_table('online_dossier')
