"""Creating a ready-to-use database: the demo office and the bundled procedure catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from counter import paths
from counter.messages import msg, text_of
from counter.services import catalogue as cat
from counter.services import office as off
from counter.store.models import Office


@dataclass(frozen=True)
class InitResult:
    office_created: bool
    catalogue: cat.ImportResult
    warnings: tuple[str, ...] = ()


def ensure_initialised(db, *, office_file: Path | None = None, catalogue_file: Path | None = None) -> InitResult:
    """Install the (demo) office if none is set up, and import the bundled catalogue if it is
    newer than the one in the database. Safe to run at every start."""
    with db.read() as session:
        has_office = session.get(Office, 1) is not None
        current = cat.current_version(session)
    office_created = False
    if not has_office:
        data = off.load_office_file(office_file) if office_file else off.demo_office()
        with db.write() as session:
            if session.get(Office, 1) is None:
                off.install_office(session, data)
                office_created = True
    try:
        data = cat.load_catalogue(catalogue_file) if catalogue_file else cat.load_bundled_catalogue()
    except paths.ResourceError as exc:
        if current is None:
            raise  # a new database cannot start without a catalogue
        # the database has its catalogue: work goes on, the damaged installation is reported
        return InitResult(office_created, cat.ImportResult(current, False, 0, msg("Danh mục hiện tại: {version}.",
                                                                                   version=current)),
                          (text_of(exc),))
    if current is not None and cat.version_key(data["version"]) <= cat.version_key(current):
        result = cat.ImportResult(current, False, 0, msg("Danh mục hiện tại ({version}) đã mới nhất.", version=current))
    else:
        with db.write() as session:
            result = cat.import_catalogue(session, data)
    return InitResult(office_created, result)
