"""Barcodes on screen: python-barcode's PNG writer into a QPixmap (QtSvg draws its SVG wrongly)."""

from __future__ import annotations

import io

import barcode
from barcode.writer import ImageWriter
from PySide6.QtGui import QPixmap


def barcode_png(value: str, height: int = 60) -> bytes:
    out = io.BytesIO()
    code = barcode.get("code128", value, writer=ImageWriter())
    code.write(out, options={"module_height": height / 10, "module_width": 0.2, "font_size": 0, "quiet_zone": 2,
                             "dpi": 150, "write_text": False})
    return out.getvalue()


def barcode_pixmap(value: str, height: int = 60) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(barcode_png(value, height), "PNG")
    return pixmap
