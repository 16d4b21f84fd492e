"""Where Counter finds its bundled resources and keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Counter"
APP_AUTHOR = "Counter"

RESOURCES = Path(os.environ.get("COUNTER_RESOURCES", Path(__file__).resolve().parent.parent / "resources"))


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (created owner-only on first use)."""
    path = Path(os.environ.get("COUNTER_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_dir() -> Path:
    """Files Counter can make again (the signature block's prepared font)."""
    path = Path(os.environ.get("COUNTER_CACHE_DIR") or platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / "counter.sqlite3"
