"""shared database

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

Several counters on one database (the dossier's version column, from 0002, already refuses a change
made from an outdated view of the dossier). On PostgreSQL the guards that SQLite got from earlier migrations (append-only status history and audit
log, no dossier deleted) are created as PL/pgSQL triggers, and applicant search uses a trigram
index (pg_trgm) when the extension may be created.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in POSTGRES_GUARDS:
            op.execute(statement)
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. Without
        # it search still works, by a sequential scan.
        savepoint = bind.begin_nested()
        try:
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            savepoint.commit()
        except sa.exc.DBAPIError:
            savepoint.rollback()
        else:
            op.execute("CREATE INDEX ix_dossier_search_trgm ON dossier USING gin (search_text gin_trgm_ops)")


POSTGRES_GUARDS = [
    "CREATE FUNCTION counter_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$",
    "CREATE TRIGGER status_history_no_update BEFORE UPDATE ON status_history FOR EACH ROW "
    "EXECUTE FUNCTION counter_refuse('status_history is append-only')",
    "CREATE TRIGGER status_history_no_delete BEFORE DELETE ON status_history FOR EACH ROW "
    "EXECUTE FUNCTION counter_refuse('status_history is append-only')",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION counter_refuse('audit_log is append-only')",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION counter_refuse('audit_log is append-only')",
    "CREATE TRIGGER dossier_no_delete BEFORE DELETE ON dossier FOR EACH ROW "
    "EXECUTE FUNCTION counter_refuse('dossiers are never deleted')",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_dossier_search_trgm")
        for table, name in (("status_history", "status_history_no_update"), ("status_history", "status_history_no_delete"),
                            ("audit_log", "audit_log_no_update"), ("audit_log", "audit_log_no_delete"),
                            ("dossier", "dossier_no_delete")):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS counter_refuse()")
