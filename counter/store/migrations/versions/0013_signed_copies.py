"""signed copies

Revision ID: 0013_signed_copies
Revises: 0010_right_answers
Create Date: 2026-11-26

NĐ 118/2025 Điều 17.1.c: the receiving officer signs each digitised copy. Each attachment gets its
signed PDF (by content hash, beside the original scan), the signature's level, signer and time, and
the state of its last verification; result documents from the province are attachments too
(kind "result"). Revocation answers (CRLs, OCSP responses) are cached for offline verification,
and each signed copy waiting for its timestamp and validation data (B-T, B-LT) has one job row,
done once. No copy was signed before this migration, so the digitisation indicator, which now
counts signed copies only, starts from none.
"""
from alembic import op
import sqlalchemy as sa


revision = '0013_signed_copies'
down_revision = '0010_right_answers'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), nullable=False, server_default='scan'))
        batch_op.add_column(sa.Column('page_count', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('signed_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('signed_size', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('signed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('signed_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('signer_name', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('signature_level', sa.String(length=8), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sig_state', sa.String(length=16), nullable=False, server_default='unsigned'))
        batch_op.add_column(sa.Column('sig_detail', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sig_checked_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('revocation_checked_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_attachment_signed_sha256'), ['signed_sha256'], unique=False)
        batch_op.create_index('ix_attachment_dossier_state', ['dossier_id', 'sig_state'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_attachment_signed_by_id_officer'), 'officer', ['signed_by_id'], ['id'])

    op.create_table(
        'signature_job',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('attachment_id', sa.Integer(), nullable=False),
        sa.Column('input_sha256', sa.String(length=64), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('last_error', sa.Text(), nullable=False, server_default=''),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
        sa.Column('done_at', sa.DateTime(), nullable=True),
        sa.Column('output_sha256', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'],
                                name=op.f('fk_signature_job_attachment_id_attachment')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_signature_job')),
        sa.UniqueConstraint('attachment_id', 'input_sha256', name='uq_signature_job_attachment_input'),
    )
    op.create_index('ix_signature_job_state_id', 'signature_job', ['state', 'id'], unique=False)

    op.create_table(
        'revocation_cache',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=255), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('url', sa.Text(), nullable=False, server_default=''),
        sa.Column('der', sa.LargeBinary(), nullable=False),
        sa.Column('fetched_at', sa.DateTime(), nullable=False),
        sa.Column('this_update', sa.DateTime(), nullable=True),
        sa.Column('next_update', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_revocation_cache')),
        sa.UniqueConstraint('key', name=op.f('uq_revocation_cache_key')),
    )
    op.execute("UPDATE dossier SET digitised_at = NULL WHERE digitised_at IS NOT NULL")


def downgrade() -> None:
    op.drop_table('revocation_cache')
    op.drop_index('ix_signature_job_state_id', table_name='signature_job')
    op.drop_table('signature_job')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_attachment_signed_by_id_officer'), type_='foreignkey')
        batch_op.drop_index('ix_attachment_dossier_state')
        batch_op.drop_index(batch_op.f('ix_attachment_signed_sha256'))
        for column in ('revocation_checked_at', 'sig_checked_at', 'sig_detail', 'sig_state', 'signature_level',
                       'signer_name', 'signed_by_id', 'signed_at', 'signed_size', 'signed_sha256', 'page_count', 'kind'):
            batch_op.drop_column(column)
