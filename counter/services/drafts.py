"""The intake the officer is typing, kept on disk until it becomes a dossier.

The intake screen saves what is typed every few seconds, and at once when Counter meets an
unexpected error; accepting the dossier or starting a new one removes it. If Counter stops
before that — a crash, a power cut, the process killed — the next start offers the draft back.

One file per database, ``drafts/intake-<hash of the database URL>.json`` in the user's data
folder, owner-only (it holds the applicant's details, like the database does).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path

from counter import clock, paths
from counter.files import write_atomic
from counter.services.intake import DocumentLine, DossierDraft, FeeEntry

log = logging.getLogger(__name__)

FORMAT = "counter-intake-draft/1"


@dataclass(frozen=True)
class SavedDraft:
    draft: DossierDraft
    saved_at: datetime
    procedure_name: str
    procedure_code: str  # finds the procedure again if the catalogue was re-imported meanwhile


def draft_file(db_url: str) -> Path:
    digest = hashlib.sha256(db_url.encode("utf-8")).hexdigest()[:16]
    return paths.data_dir() / "drafts" / f"intake-{digest}.json"


def save(db_url: str, draft: DossierDraft, procedure_name: str = "", procedure_code: str = "") -> Path:
    path = draft_file(db_url)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = {"format": FORMAT, "saved_at": clock.now().isoformat(timespec="seconds"),
            "procedure_name": procedure_name, "procedure_code": procedure_code, "draft": asdict(draft)}
    return write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), mode=0o600)


def load(db_url: str) -> SavedDraft | None:
    """The saved draft, or None. A file that cannot be read is set aside (``.unreadable``), not
    deleted, and not offered."""
    path = draft_file(db_url)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}")
        values = dict(data["draft"])
        known = {f.name for f in fields(DossierDraft)}
        values = {k: v for k, v in values.items() if k in known}
        values["documents"] = [DocumentLine(**line) for line in values.get("documents", [])]
        values["fees"] = [FeeEntry(**entry) for entry in values.get("fees", [])]
        return SavedDraft(DossierDraft(**values), datetime.fromisoformat(data["saved_at"]), data.get("procedure_name", ""),
                          data.get("procedure_code", ""))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("intake draft %s cannot be read (%r); set aside", path, exc)
        try:
            path.replace(path.with_suffix(".unreadable"))
        except OSError:
            pass
        return None


def discard(db_url: str) -> None:
    try:
        draft_file(db_url).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("intake draft not removed: %r", exc)
