"""One object that tells every screen what changed, so screens refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    dossiers_changed = Signal()  # a change made here (the sync worker wakes up for it)
    synced = Signal()  # changes that came from the province: screens refresh, nothing to send
    office_changed = Signal()
    officer_changed = Signal()
    open_dossier = Signal(str)

    def on_dossiers(self, slot) -> None:
        """Run ``slot`` whenever dossiers may have changed: here, or by a sync with the province."""
        self.dossiers_changed.connect(slot)
        self.synced.connect(slot)
