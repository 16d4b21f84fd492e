"""postal service

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Postal orders (results home by post, receipts back to applicants who posted their dossier) with
their tracking history, and the dossier's delivery province/commune, postage and inbound postal
order number.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('postal_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('tracking_code', sa.String(length=20), nullable=False),
    sa.Column('postage', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=True),
    sa.Column('handed_over_at', sa.DateTime(), nullable=True),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['handover_batch.id'], name=op.f('fk_postal_order_batch_id_handover_batch')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_postal_order_dossier_id_dossier')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_postal_order')),
    sa.UniqueConstraint('number', name=op.f('uq_postal_order_number'))
    )
    with op.batch_alter_table('postal_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postal_order_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_postal_order_state'), ['state'], unique=False)

    op.create_table('postal_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('remote_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['postal_order.id'], name=op.f('fk_postal_event_order_id_postal_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_postal_event')),
    sa.UniqueConstraint('remote_id', name=op.f('uq_postal_event_remote_id'))
    )
    with op.batch_alter_table('postal_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postal_event_order_id'), ['order_id'], unique=False)

    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delivery_province_code', sa.String(length=10), server_default='', nullable=False))
        batch_op.add_column(sa.Column('delivery_commune_code', sa.String(length=10), server_default='', nullable=False))
        batch_op.add_column(sa.Column('postage', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('inbound_postal_number', sa.String(length=40), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_column('inbound_postal_number')
        batch_op.drop_column('postage')
        batch_op.drop_column('delivery_commune_code')
        batch_op.drop_column('delivery_province_code')

    with op.batch_alter_table('postal_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_postal_event_order_id'))

    op.drop_table('postal_event')
    with op.batch_alter_table('postal_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_postal_order_state'))
        batch_op.drop_index(batch_op.f('ix_postal_order_dossier_id'))

    op.drop_table('postal_order')
