"""supervision

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

What supervisors' reports count without recomputing: when a dossier entered processing, whether
its result came early, on time or late, and the applicant's satisfaction rating.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accepted_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('timeliness', sa.String(length=10), server_default='', nullable=False))
        batch_op.add_column(sa.Column('satisfaction', sa.Integer(), nullable=True))
        batch_op.create_index('ix_dossier_finished', ['finished_at'], unique=False)

    # dossiers received before this migration: accepted when received, unless refused or still waiting
    op.execute("UPDATE dossier SET accepted_at = received_at WHERE accepted_at IS NULL AND status NOT IN (3, 5)")
    # finished before this migration: late after the due time, on time on its day, early before (an
    # approximation of the session rule, which only new results get exactly)
    op.execute("UPDATE dossier SET timeliness = CASE WHEN finished_at > due_at THEN 'late' "
               "WHEN date(finished_at) = date(due_at) THEN 'on_time' ELSE 'early' END "
               "WHERE finished_at IS NOT NULL AND timeliness = ''")

def downgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_finished')
        batch_op.drop_column('satisfaction')
        batch_op.drop_column('timeliness')
        batch_op.drop_column('accepted_at')

