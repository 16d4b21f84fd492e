"""Fresh PostgreSQL databases for the tests: one per test, copied from a migrated template
(``CREATE DATABASE … TEMPLATE``), dropped afterwards."""

from __future__ import annotations

import itertools
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url


class PostgresServer:
    def __init__(self, url: str):
        self.url = make_url(url)
        self.admin = create_engine(self.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        self.prefix = f"counter_t{os.getpid()}"
        self.names = itertools.count(1)
        self.templates: dict[str, str] = {}

    def _exec(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None) -> str:
        """An empty database, or a copy of the named template ("schema": migrated to head)."""
        name = f"{self.prefix}_{next(self.names)}"
        if template is None:
            self._exec(f'CREATE DATABASE "{name}" TEMPLATE template0')
        else:
            self._exec(f'CREATE DATABASE "{name}" TEMPLATE "{self._template(template)}"')
        return self.url_of(name)

    def _template(self, kind: str) -> str:
        if kind not in self.templates:
            from counter.store.db import make_engine, migrate

            name = f"{self.prefix}_tpl_{kind}"
            self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._exec(f'CREATE DATABASE "{name}" TEMPLATE template0')
            engine = make_engine(self.url_of(name))
            migrate(engine, self.url_of(name))
            engine.dispose()
            self.templates[kind] = name
        return self.templates[kind]

    def drop(self, url: str) -> None:
        self._exec(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        for name in self.templates.values():
            self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()
