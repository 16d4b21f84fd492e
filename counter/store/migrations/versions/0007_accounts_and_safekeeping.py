"""accounts and safekeeping

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

Officers sign in (argon2 hashes, failed attempts, lock-out). The audit log becomes append-only in
the database, and no dossier can be deleted (triggers refuse it); the hash chain still catches
anyone who drops the triggers.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('password_hash', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('failed_attempts', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_sign_in_at', sa.DateTime(), nullable=True))

    if op.get_bind().dialect.name == "sqlite":
        for statement in GUARDS:
            op.execute(statement)
    # the audit log's anchor: how many entries, and the newest hash (a deleted tail shows)
    op.execute("INSERT INTO app_meta (key, value) SELECT 'audit.head', "
               "(SELECT COUNT(*) FROM audit_log) || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1")


GUARDS = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER dossier_no_delete BEFORE DELETE ON dossier "
    "BEGIN SELECT RAISE(ABORT, 'dossiers are never deleted'); END",
]

def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("audit_log_no_update", "audit_log_no_delete", "dossier_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_column('last_sign_in_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_attempts')
        batch_op.drop_column('password_hash')

