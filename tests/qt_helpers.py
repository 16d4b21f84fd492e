"""Driving widgets as an officer does: Vietnamese text is sent one character at a time
(qtbot.keyClicks with non-ASCII text aborts the process on these machines)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def when_modal(handler, kind=None) -> None:
    """Run ``handler(dialog)`` as soon as a modal dialog (of class ``kind``) is open — for the
    dialogs that ``exec()`` blocks on."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check():
        widget = QApplication.activeModalWidget()
        if widget is None or (kind is not None and not isinstance(widget, kind)):
            QTimer.singleShot(20, check)
            return
        handler(widget)

    QTimer.singleShot(0, check)
