"""A USB barcode scanner types like a keyboard, only much faster, and ends with Enter.

:class:`ScanCatcher` watches the keystrokes of one window. A burst — printable keys each within
``gap`` seconds of the one before, at least ``shortest`` of them, ending in Enter — whose text is
a dossier code (or a look-up address holding one) is a scan wherever the focus was: the field it
landed in gets back what it held before, its Enter does nothing there (an intake is never
accepted by a scan), and the code goes to ``found``. A person typing never types this fast, so
everything they type goes where they type it, undelayed. Fields meant for codes (the scan field,
the list's search) keep their scans.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from counter.domain.codes import DOSSIER_CODE, code_from_scan

KEEPS_SCANS = "counter_keeps_scans"  # a widget property: this field takes scans itself


class ScanCatcher(QObject):
    found = Signal(str)  # the scanned text (code_from_scan tells the code)

    def __init__(self, window: QWidget, *, gap: float = 0.035, shortest: int = 8):
        super().__init__(window)
        self.window, self.gap, self.shortest = window, gap, shortest
        self._reset()
        QApplication.instance().installEventFilter(self)

    def _reset(self) -> None:
        self.text, self.last, self.widget, self.before = "", 0.0, None, None

    @staticmethod
    def _snapshot(widget):
        if isinstance(widget, QLineEdit):
            return ("line", widget.text(), widget.cursorPosition())
        if isinstance(widget, QPlainTextEdit):
            return ("plain", widget.toPlainText(), widget.textCursor().position())
        return None

    @staticmethod
    def _restore(widget, before) -> None:
        if before is None or widget is None:
            return
        kind, text, position = before
        if kind == "line":
            widget.setText(text)
            widget.setCursorPosition(position)
        else:
            widget.setPlainText(text)
            cursor = widget.textCursor()
            cursor.setPosition(position)
            widget.setTextCursor(cursor)

    def _mine(self, obj) -> bool:
        if not isinstance(obj, QWidget) or obj is not QApplication.focusWidget():
            return False
        top = obj.window()
        return top is self.window or top.parentWidget() is not None and top.parentWidget().window() is self.window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not self._mine(obj):
            return False
        now = time.monotonic()
        fast = now - self.last <= self.gap
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, widget, before = self.text, self.widget, self.before
            burst = fast and len(text) >= self.shortest
            self._reset()
            if not burst or obj.property(KEEPS_SCANS):
                return False
            code = code_from_scan(text)
            if not DOSSIER_CODE.match(code):
                return False
            self._restore(widget, before)
            self.found.emit(text)
            return True  # the Enter of a scan accepts nothing
        typed = event.text()
        if not typed or not typed.isprintable() or event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                                          | Qt.KeyboardModifier.AltModifier):
            self._reset()
            return False
        if not fast or obj is not self.widget:
            self.text, self.widget, self.before = "", obj, self._snapshot(obj)
        self.text += typed
        self.last = now
        return False
