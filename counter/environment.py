"""The environment variables Counter reads — all of them, in one list. No other module of counter/
reads ``os.environ`` (tests/test_settings_registry.py checks it).

They exist for installation and operation (folders, the database, a provincial server for one
run), never to change what the office decides: office-wide values are settings
(:mod:`counter.settings`). A command-line option given explicitly wins over a variable, and a
variable wins over the office setting, where both exist.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Variable:
    name: str
    meaning: str
    used_by: str


VARIABLES: tuple[Variable, ...] = (
    Variable("COUNTER_DB", "the database URL or SQLite file (else the data folder's counter.db)", "counter.store.db"),
    Variable("COUNTER_DATA_DIR", "the data folder (else the platform's user data folder)", "counter.paths"),
    Variable("COUNTER_CACHE_DIR", "the cache folder", "counter.paths"),
    Variable("COUNTER_LOG_DIR", "the log folder", "counter.paths"),
    Variable("COUNTER_RESOURCES", "the folder of shipped resources (catalogue, forms, fonts)", "counter.paths"),
    Variable("COUNTER_SECRETS_FILE", "the owner-only secrets file used when there is no keyring", "counter.secrets"),
    Variable("COUNTER_ATTACHMENTS", "the folder of attached scans (else next to the database)",
             "counter.services.attachments"),
    Variable("COUNTER_LANG", "the language of the interface and the command line: vi (default) or en",
             "counter.ui.app, counter.cli.common"),
    Variable("COUNTER_SYNC_URL", "the provincial hub, over the office setting sync_url",
             "counter.sync.engine, counter.ui.main_window"),
    Variable("COUNTER_SYNC_TOKEN", "this counter's access token to the hub, over the stored one", "counter.sync.engine"),
    Variable("COUNTER_SYNC_CA", "CA file for the hub's certificate, over sync_ca_bundle", "counter.sync.engine"),
    Variable("COUNTER_SYNC_TIMEOUT", "read timeout in seconds for the hub and the postal service (20)",
             "counter.sync.engine, counter.services.postal"),
    Variable("COUNTER_SYNC_BATCH", "changes sent per request to the hub", "counter.sync.engine"),
    Variable("COUNTER_ALLOW_PLAIN_HTTP", "1 = plain http:// allowed to any server (like allow_plain_http)",
             "counter.sync.transport"),
    Variable("COUNTER_POSTAL_URL", "the postal service, over the office setting postal_url", "counter.services.postal"),
    Variable("COUNTER_POSTAL_KEY", "the postal API key, over the stored one", "counter.services.postal"),
    Variable("SystemRoot", "Windows' own folder, where token drivers are looked for", "counter.signing.drivers"),
)
_NAMES = {v.name for v in VARIABLES}


def get(name: str, default: str | None = None) -> str | None:
    """The value of a listed variable (``default`` when unset)."""
    if name not in _NAMES:
        raise KeyError(f"{name} is not in counter.environment.VARIABLES")
    return os.environ.get(name, default)


def named_by_user(name: str) -> str | None:
    """A variable the user named on the command line (``--passphrase-env NAME``): read because the
    user asked, so it is not in the list."""
    return os.environ.get(name)


def for_child() -> dict[str, str]:
    """A copy of this process's environment for a child process (the backup tools)."""
    return dict(os.environ)
