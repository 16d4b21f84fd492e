"""Alembic environment: run with a connection handed over by counter.store.db.migrate, or with
the URL set in the config (``alembic -x``-free; there is no alembic.ini)."""

from alembic import context
from sqlalchemy import create_engine

from counter.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    """The search indexes are created by raw SQL (FTS5 in 0002, pg_trgm in 0008); autogenerate
    must not drop them."""
    return not ((type_ == "table" and name.startswith("dossier_fts")) or name == "ix_dossier_search_trgm")


OPTIONS = dict(target_metadata=target_metadata, render_as_batch=True, include_object=include_object)


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, **OPTIONS)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as conn:
            context.configure(connection=conn, **OPTIONS)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run()
