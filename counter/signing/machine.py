"""Per-machine settings: which key this computer signs with (the PKCS#11 driver found or chosen
here, or a PKCS#12 file on this disk) and the last measured offset of its clock. They differ from
one counter to the next, so they stay in ``machine.json`` in the data folder, not in the office's
database. The PIN is never among them."""

from __future__ import annotations

import json
import os
from pathlib import Path

from counter import paths

FILE = "machine.json"
KEYS = ("key_source", "pkcs11_library", "pkcs12_path", "token_certificate", "clock_offset_seconds", "clock_measured_at")


def _path() -> Path:
    return paths.data_dir() / FILE


def load() -> dict:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if k in KEYS} if isinstance(data, dict) else {}


def save(**values) -> dict:
    data = {**load(), **{k: v for k, v in values.items() if k in KEYS}}
    path = _path()
    tmp = path.with_name(f"{FILE}.{os.getpid()}.part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return data
