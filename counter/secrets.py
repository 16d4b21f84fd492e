"""Where the sync token and the postal API key live: the system keyring (keyring) where one is
available; otherwise a file readable by the owner only (0600) in the user's data folder, which
says so in a note beside the values."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from counter import paths
from counter.files import replace
from counter import environment

SERVICE = "Counter"
NOTE = (
    "Không có kho khóa bí mật của hệ điều hành (keyring): mã truy cập được lưu trong tệp này, "  # vi-only: in the file
    "chỉ chủ tài khoản đọc được (quyền 600). Không sao chép tệp này sang máy khác.")
log = logging.getLogger(__name__)


def _name(db_url: str, key: str) -> str:
    # the same database however its URL was written down (a password shown or masked as ***)
    where = make_url(db_url).render_as_string(hide_password=True) if "://" in db_url else db_url
    return f"{hashlib.sha256(where.encode()).hexdigest()[:16]}:{key}"


def _keyring():
    try:
        import keyring  # lazy: keyring, only to read or keep a secret
        from keyring.backends.fail import Keyring as Failing  # lazy: keyring, only to read or keep a secret

        backend = keyring.get_keyring()
        if isinstance(backend, Failing) or "fail" in type(backend).__module__:
            return None
        return keyring
    except Exception:
        return None


def _file() -> Path:
    return Path(environment.get("COUNTER_SECRETS_FILE") or paths.data_dir() / "secrets.json")


def _read_file() -> dict:
    path = _file()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("values", {})
    except (OSError, ValueError):
        return {}


def where() -> str:
    return "keyring" if _keyring() is not None else str(_file())


def get(db_url: str, key: str) -> str | None:
    ring = _keyring()
    if ring is not None:
        try:
            value = ring.get_password(SERVICE, _name(db_url, key))
            if value is not None:
                return value
        except Exception:
            log.warning("keyring read failed", exc_info=True)
    return _read_file().get(_name(db_url, key))


def put(db_url: str, key: str, value: str) -> str:
    """Store (or, with an empty value, remove) a secret; returns where it went."""
    ring = _keyring()
    if ring is not None:
        try:
            if value:
                ring.set_password(SERVICE, _name(db_url, key), value)
            else:
                try:
                    ring.delete_password(SERVICE, _name(db_url, key))
                except Exception:
                    pass
            return "keyring"
        except Exception:
            log.warning("keyring write failed; using the owner-only file", exc_info=True)
    values = _read_file()
    if value:
        values[_name(db_url, key)] = value
    else:
        values.pop(_name(db_url, key), None)
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"note": NOTE, "values": values}, fh, ensure_ascii=False, indent=1)
    os.chmod(part, 0o600)

    replace(part, path)
    return str(path)
