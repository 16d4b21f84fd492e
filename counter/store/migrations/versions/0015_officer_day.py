"""officer day

Revision ID: 0015_officer_day
Revises: 0013_signed_copies
Create Date: 2026-11-27

An organisation's representative is identified at intake — personal ID number and title — so the
result is handed only to them (or to a person they authorised).
"""
from alembic import op
import sqlalchemy as sa


revision = '0015_officer_day'
down_revision = '0014_online_dossiers'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('representative_id_number', sa.String(length=20), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('representative_title', sa.String(length=120), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_column('representative_title')
        batch_op.drop_column('representative_id_number')
