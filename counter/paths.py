"""Where Counter finds its bundled resources and keeps its data and logs.

The bundled data (fonts, catalogue, demo office, units, translations) lives in the repository's
top-level ``resources/`` and ships inside the installed package as ``counter.resources`` (see
setup.py; the PyInstaller bundle puts it at the same place). It is read through
``importlib.resources``, so nothing depends on a source checkout. ``COUNTER_RESOURCES`` points
at another folder laid out the same way (support staff trying a newer catalogue, tests).

Data and logs go to the platform's per-user folders (platformdirs): on Windows
``%LOCALAPPDATA%\\Counter\\Counter`` and ``…\\Logs``; on Linux ``~/.local/share/Counter`` and
``~/.local/state/Counter/log``. ``COUNTER_DATA_DIR`` and ``COUNTER_LOG_DIR`` override them.
"""

from __future__ import annotations

import functools
import json
from importlib import resources as _resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from counter.errors import UserError
from counter.messages import Text, msg
from counter import environment

APP_NAME = "Counter"
APP_AUTHOR = "Counter"


class ResourceError(UserError):
    """A bundled file is missing or damaged: the installation needs repairing, the data is fine.
    The message is in Vietnamese and says what to do."""


def resources_root() -> Traversable:
    override = environment.get("COUNTER_RESOURCES")
    if override:
        return Path(override)
    return _resources.files("counter.resources")


def resource(*parts: str) -> Traversable:
    """A bundled file or folder, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    ref = resources_root()
    for part in parts:  # one at a time: a frozen app's MultiplexedPath joins a single name
        ref = ref / part
    return ref


def reinstall_hint() -> Text:
    return msg("Bộ cài đặt Counter trên máy này bị thiếu tệp hoặc hỏng: hãy cài lại Counter (cài đè lên bản đang có; "
               "dữ liệu hồ sơ không bị ảnh hưởng).")


def resource_bytes(*parts: str) -> bytes:
    """The content of a bundled file; a missing or unreadable file raises ResourceError."""
    ref = resource(*parts)
    try:
        data = ref.read_bytes()
    except OSError:
        raise ResourceError(msg("Thiếu tệp {name} của Counter ({where}). {hint}", name="/".join(parts), where=str(ref),
                                hint=reinstall_hint())) from None
    if not data:
        raise ResourceError(msg("Tệp {name} của Counter bị rỗng ({where}). {hint}", name="/".join(parts), where=str(ref),
                                hint=reinstall_hint()))
    return data


def json_problem(exc: ValueError) -> Text:
    """What is wrong with a JSON file that did not parse, in Vietnamese (Python's words are English)."""
    if isinstance(exc, json.JSONDecodeError):
        return msg("bị cắt cụt hoặc hỏng ở dòng {line}, cột {column}", line=exc.lineno, column=exc.colno)
    return msg("không phải văn bản UTF-8")


def resource_json(*parts: str):
    """A bundled JSON file, parsed; a damaged or truncated file raises ResourceError."""
    data = resource_bytes(*parts)
    try:
        return json.loads(data.decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError, JSONDecodeError
        raise ResourceError(msg("Tệp {name} của Counter {problem} ({where}). {hint}", name="/".join(parts),
                                problem=json_problem(exc), where=str(resource(*parts)), hint=reinstall_hint())) from None


def data_dir() -> Path:
    """The user's data folder (created owner-only on first use)."""
    path = Path(environment.get("COUNTER_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_dir() -> Path:
    """Files Counter can make again (the signature block's prepared font)."""
    path = Path(environment.get("COUNTER_CACHE_DIR") or platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def log_dir() -> Path:
    """The platform's log folder for Counter (not created here: see counter.logs)."""
    return Path(environment.get("COUNTER_LOG_DIR") or platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "counter.sqlite3"


@functools.lru_cache(maxsize=1)
def message_templates() -> tuple[str, ...]:
    """The core's sentence templates with fields (resources/i18n/templates.json, written by
    scripts/update_translations.sh), for recognising the sentences the database keeps as written
    (counter.messages.recognise). Missing or damaged: none — the sentence is then shown as stored."""
    try:
        return tuple(json.loads(resource_bytes("i18n", "templates.json").decode("utf-8")))
    except (UserError, ValueError, TypeError):
        return ()
