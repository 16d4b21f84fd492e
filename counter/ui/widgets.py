"""Small widgets shared by the screens: inline field messages, form helpers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout,
                               QListWidget, QPushButton, QVBoxLayout, QWidget)

from counter.domain.text import fold

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
INVALID_BORDER = "border: 1px solid #b3261e;"


class FieldMessage(QLabel):
    """The message under a field: red for an error, amber for a warning, hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)
        self.setVisible(bool(text))

    def show_warning(self, text: str) -> None:
        self.setStyleSheet(WARNING_STYLE)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class Field(QWidget):
    """An input with its message underneath."""

    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        self.setFocusProxy(editor)

    def set_error(self, text: str) -> None:
        self.editor.setStyleSheet(INVALID_BORDER if text else "")
        self.message.show_error(text)

    def set_warning(self, text: str) -> None:
        self.editor.setStyleSheet("")
        self.message.show_warning(text)

    def clear(self) -> None:
        self.editor.setStyleSheet("")
        self.message.clear_message()


class FormDialog(QDialog):
    """A dialog of labelled fields (``add``) with an error line under them and its two buttons at the
    foot (``finish``); what a subclass puts in ``layout_`` before ``finish`` stands above the form."""

    def __init__(self, title: str, width: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.layout_ = QVBoxLayout(self)
        self.form = form()
        self.fields: dict[str, Field] = {}
        self.error = FieldMessage()

    def finish(self, ok_text: str, accept, cancel_text: str) -> None:
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.buttons = dialog_buttons(self, ok_text, accept, cancel_text)
        self.layout_.addWidget(self.buttons)

    def add(self, label: str, name: str, editor: QWidget) -> None:
        self.fields[name] = Field(editor)
        self.form.addRow(label, self.fields[name])

    def clear_messages(self) -> None:
        for field in self.fields.values():
            field.clear()
        self.error.clear_message()


def pane() -> tuple[QWidget, QVBoxLayout]:
    """A part of a window split in panes: a widget and its column, without margins."""
    widget = QWidget()
    column = QVBoxLayout(widget)
    column.setContentsMargins(0, 0, 0, 0)
    return widget, column


def push_button(text: str, clicked) -> QPushButton:
    """A push button that runs ``clicked`` when pressed."""
    made = QPushButton(text)
    made.clicked.connect(clicked)
    return made


def number_keys(queues: QListWidget, count: int) -> None:
    """Keys 1 to ``count`` pick that row of the list of queues (while the list has the focus)."""
    for i in range(count):
        key = QShortcut(QKeySequence(str(i + 1)), queues)
        key.setContext(Qt.ShortcutContext.WidgetShortcut)
        key.activated.connect(lambda i=i: queues.setCurrentRow(i))


def dialog_buttons(dialog: QDialog, ok_text: str, accept, cancel_text: str = "", *,
                   save: bool = False) -> QDialogButtonBox:
    """The buttons at the foot of a dialog: the one that does the work (``ok_text``, runs ``accept``) and
    the one that closes it (``cancel_text`` when given); Save and Close rather than OK and Cancel with ``save``."""
    yes, no = ((QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Close) if save
               else (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel))
    buttons = QDialogButtonBox(yes | no)
    buttons.button(yes).setText(ok_text)
    if cancel_text:
        buttons.button(no).setText(cancel_text)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    layout.setVerticalSpacing(4)
    return layout


FOLD_ROLE = Qt.ItemDataRole.UserRole + 7


class FoldingCompleter(QCompleter):
    """Completes on text folded without diacritics: typing "tan tru" or "Tân Trụ" finds "Tân Trụ"."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)  # what goes into the field: the name as written


class UnitCombo(QComboBox):
    """An editable choice among administrative units; the item data is the unit's code."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def set_units(self, units, current: str = "") -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for unit in units:
            self.addItem(unit.label, unit.code)
            self.setItemData(self.count() - 1, fold(unit.label), FOLD_ROLE)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def code(self) -> str:
        """The chosen unit's code; typed text that names a unit exactly also counts."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index) or ""
        return self.currentData() if self.currentText().strip() else ""


class FlowLayout(QLayout):
    """A row of buttons that wraps onto the next line when the window is narrow (Qt's flow
    layout example): an action row never makes its window wider than the screen."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
