"""What support asks first: which Counter, which database, where the data and the log are,
which catalogue. Shown by the About dialog and copied from it."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass

from sqlalchemy import select

from counter import __version__, logs, paths
from counter.services.units import load_units
from counter.store.db import current_revision
from counter.store.models import Catalogue


@dataclass(frozen=True)
class Installation:
    version: str
    database: str
    schema: str
    data_folder: str
    log_file: str            # "" when no log can be written
    log_problem: str         # "" when the log is where it should be
    catalogue_version: str   # "" before the first import
    catalogue_issued: str
    catalogue_procedures: int
    units_effective: str
    python: str
    frozen: bool             # the PyInstaller bundle (Windows installer) rather than a Python install


def installation(db) -> Installation:
    with db.read() as session:
        catalogue = session.scalar(select(Catalogue).where(Catalogue.current.is_(True)))
    try:
        units = load_units().effective
    except paths.ResourceError:
        units = ""

    return Installation(
        version=__version__,
        database=db.display_url,
        schema=current_revision(db.engine) or "",
        data_folder=str(paths.data_dir()),
        log_file=str(logs.state.file or ""),
        log_problem=logs.state.problem or "",
        catalogue_version=catalogue.version if catalogue else "",
        catalogue_issued=f"{catalogue.issued:%d/%m/%Y}" if catalogue else "",
        catalogue_procedures=catalogue.procedure_count if catalogue else 0,
        units_effective=units,
        python=platform.python_version(),
        frozen=bool(getattr(sys, "frozen", False)),
    )
