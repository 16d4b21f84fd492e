"""One object that tells every screen what changed, so screens refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    dossiers_changed = Signal()
    office_changed = Signal()
    officer_changed = Signal()
    open_dossier = Signal(str)
