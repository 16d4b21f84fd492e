"""office, officers, agencies and the procedure catalogue

Revision ID: 0001
Revises: 
Create Date: 2026-11-22

The reference data a counter needs before it can receive anything.
"""
from alembic import op
import sqlalchemy as sa

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agency',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_agency'))
    )

    op.create_table('app_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )

    op.create_table('catalogue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('issued', sa.Date(), nullable=False),
    sa.Column('publisher', sa.String(length=255), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.Column('procedure_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue')),
    sa.UniqueConstraint('version', name=op.f('uq_catalogue_version'))
    )

    op.create_table('office',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('unit_name', sa.String(length=255), nullable=False),
    sa.Column('parent_name', sa.String(length=255), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('counter_no', sa.Integer(), nullable=False),
    sa.Column('counter_slots', sa.Integer(), nullable=False),
    sa.Column('seq_width', sa.Integer(), nullable=False),
    sa.Column('calendar', sa.JSON(), nullable=False),
    sa.Column('lookup_url', sa.String(length=255), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )

    op.create_table('officer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer')),
    sa.UniqueConstraint('username', name=op.f('uq_officer_username'))
    )

    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_code', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['agency_code'], ['agency.code'], name=op.f('fk_department_agency_code_agency'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department')),
    sa.UniqueConstraint('agency_code', 'name', name=op.f('uq_department_agency_code'))
    )
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_department_agency_code'), ['agency_code'], unique=False)

    op.create_table('procedure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('catalogue_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_fold', sa.Text(), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('field_code', sa.String(length=40), nullable=False),
    sa.Column('field_name', sa.String(length=255), nullable=False),
    sa.Column('deciding_agency', sa.String(length=20), nullable=False),
    sa.Column('department', sa.String(length=255), nullable=False),
    sa.Column('duration_value', sa.Float(), nullable=False),
    sa.Column('duration_unit', sa.String(length=8), nullable=False),
    sa.Column('postal_submission', sa.Boolean(), nullable=False),
    sa.Column('postal_return', sa.Boolean(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['catalogue_id'], ['catalogue.id'], name=op.f('fk_procedure_catalogue_id_catalogue')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure')),
    sa.UniqueConstraint('catalogue_id', 'code', name=op.f('uq_procedure_catalogue_id'))
    )
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_catalogue_id'), ['catalogue_id'], unique=False)

    op.create_table('procedure_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('originals', sa.Integer(), nullable=False),
    sa.Column('certified_copies', sa.Integer(), nullable=False),
    sa.Column('photocopies', sa.Integer(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_document_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_document'))
    )
    with op.batch_alter_table('procedure_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_document_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('procedure_fee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_fee_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_fee'))
    )
    with op.batch_alter_table('procedure_fee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_fee_procedure_id'), ['procedure_id'], unique=False)


def downgrade() -> None:
    op.drop_table('procedure_fee')
    op.drop_table('procedure_document')
    op.drop_table('procedure')
    op.drop_table('department')
    op.drop_table('officer')
    op.drop_table('office')
    op.drop_table('catalogue')
    op.drop_table('app_meta')
    op.drop_table('agency')
