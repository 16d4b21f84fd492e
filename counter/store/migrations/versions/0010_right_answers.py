"""right answers: dated catalogue, fees as charged, timing rules, counter slots

Revision ID: 0010_right_answers
Revises: 0011_trust_nothing
Create Date: 2026-11-26

What a citizen is told must be right and stay right as the law changes (issue 14):

* procedures carry the 15:00 cut-off of their timing rule, a variant (a case with its own time),
  the dates they apply, the office levels that receive them and who may file them; agencies carry
  the dates they existed (a ceased agency is never routed to);
* a procedure's fees say how they are charged (per dossier, optional, per page / signature / copy
  with tiers and a cap) and their legal source; a dossier's fee lines keep what was counted;
* a dossier keeps its timing rule and the catalogue version it was received under;
* the office records how its counter slot was obtained (docs/codes.md): an existing office keeps
  the slot it was set up with, as explicitly chosen.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010_right_answers'
down_revision = '0011_trust_nothing'
branch_labels = None
depends_on = None


def upgrade() -> None:
    empty_list = sa.text("'[]'")
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.add_column(sa.Column('counter_slot_source', sa.String(length=10), server_default='', nullable=False))
        batch_op.add_column(sa.Column('counter_slot_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('counter_slot_conflict', sa.Text(), server_default='', nullable=False))
    # an office set up before slots existed keeps the number its administrator gave it
    op.execute("UPDATE office SET counter_slot_source = 'chosen'")

    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valid_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_to', sa.Date(), nullable=True))

    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('duration_cutoff', sa.String(length=5), server_default='', nullable=False))
        batch_op.add_column(sa.Column('variant', sa.String(length=120), server_default='', nullable=False))
        batch_op.add_column(sa.Column('valid_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_to', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('intake_levels', sa.JSON(), server_default=empty_list, nullable=False))
        batch_op.add_column(sa.Column('applicants', sa.JSON(), server_default=empty_list, nullable=False))
        batch_op.drop_constraint('uq_procedure_catalogue_id', type_='unique')
        batch_op.create_unique_constraint('uq_procedure_catalogue_code_variant', ['catalogue_id', 'code', 'variant'])

    with op.batch_alter_table('procedure_fee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('basis', sa.String(length=12), server_default='dossier', nullable=False))
        batch_op.add_column(sa.Column('unit', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('tiers', sa.JSON(), server_default=empty_list, nullable=False))
        batch_op.add_column(sa.Column('cap', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('per_copy', sa.Boolean(), server_default=sa.text('false'), nullable=False))
        batch_op.add_column(sa.Column('legal_basis', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('default_count', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('duration_cutoff', sa.String(length=5), server_default='', nullable=False))
        batch_op.add_column(sa.Column('catalogue_version', sa.String(length=40), server_default='', nullable=False))
    op.execute("UPDATE dossier SET catalogue_version = (SELECT catalogue.version FROM procedure JOIN catalogue "
               "ON catalogue.id = procedure.catalogue_id WHERE procedure.id = dossier.procedure_id)")

    with op.batch_alter_table('dossier_fee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quantity', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('copies', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('unit', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('detail', sa.String(length=255), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('dossier_fee', schema=None) as batch_op:
        for column in ('detail', 'unit', 'copies', 'quantity'):
            batch_op.drop_column(column)
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_column('catalogue_version')
        batch_op.drop_column('duration_cutoff')
    with op.batch_alter_table('procedure_fee', schema=None) as batch_op:
        for column in ('default_count', 'legal_basis', 'per_copy', 'cap', 'tiers', 'unit', 'basis'):
            batch_op.drop_column(column)
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.drop_constraint('uq_procedure_catalogue_code_variant', type_='unique')
        batch_op.create_unique_constraint('uq_procedure_catalogue_id', ['catalogue_id', 'code'])
        for column in ('applicants', 'intake_levels', 'valid_to', 'valid_from', 'variant', 'duration_cutoff'):
            batch_op.drop_column(column)
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_column('valid_to')
        batch_op.drop_column('valid_from')
    with op.batch_alter_table('office', schema=None) as batch_op:
        for column in ('counter_slot_conflict', 'counter_slot_at', 'counter_slot_source'):
            batch_op.drop_column(column)
