"""This machine's own choices, kept in QSettings (on Windows the user's registry,
``HKEY_CURRENT_USER\\Software\\Counter\\Counter``): the printers and paper, and where the
windows were. They belong to the PC, not to the office: on a shared PostgreSQL database every
counter has its own printer, so none of this goes into the office settings.

Every read and write of QSettings goes through this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, QSizeF
from PySide6.QtGui import QPageSize

A4, RECEIPT_80 = "a4", "receipt80"
KINDS = (A4, RECEIPT_80)


def _settings() -> QSettings:
    return QSettings("Counter", "Counter")


@dataclass(frozen=True)
class PrinterChoice:
    printer: str              # the system's printer name; "" = ask every time
    paper: str = ""           # "" = the document's own size; else "name|width_pt|height_pt"
    direct: bool = False      # print without showing the print dialog

    def page_size(self) -> QPageSize | None:
        if not self.paper:
            return None
        try:
            name, width, height = self.paper.rsplit("|", 2)
            return QPageSize(QSizeF(float(width), float(height)), QPageSize.Unit.Point, name,
                             QPageSize.SizeMatchPolicy.FuzzyMatch)
        except ValueError:
            return None


def paper_key(size: QPageSize) -> str:
    points = size.size(QPageSize.Unit.Point)
    return f"{size.name()}|{points.width():.1f}|{points.height():.1f}"


def printer_choice(kind: str) -> PrinterChoice | None:
    s = _settings()
    printer = s.value(f"printing/{kind}/printer", "", type=str)
    if not printer:
        return None
    return PrinterChoice(printer, s.value(f"printing/{kind}/paper", "", type=str),
                         s.value(f"printing/{kind}/direct", False, type=bool))


def save_printer_choice(kind: str, choice: PrinterChoice | None) -> None:
    s = _settings()
    if choice is None or not choice.printer:
        s.remove(f"printing/{kind}")
    else:
        s.setValue(f"printing/{kind}/printer", choice.printer)
        s.setValue(f"printing/{kind}/paper", choice.paper)
        s.setValue(f"printing/{kind}/direct", choice.direct)
    s.sync()


def remember_printer(kind: str, printer: str, size: QPageSize) -> None:
    """After the print dialog: the printer and paper the officer used, for next time (keeping
    whether they chose to print without the dialog)."""
    if not printer:
        return
    old = printer_choice(kind)
    save_printer_choice(kind, PrinterChoice(printer, paper_key(size), bool(old and old.direct and old.printer == printer)))


def window_geometry(name: str) -> QByteArray | None:
    value = _settings().value(f"windows/{name}/geometry")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window_geometry(name: str, geometry: QByteArray) -> None:
    s = _settings()
    s.setValue(f"windows/{name}/geometry", geometry)
    s.sync()

