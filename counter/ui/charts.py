"""Two small charts drawn with QPainter (QtCharts is not in PySide6-Essentials): bars per day,
and a horizontal bar of shares with its legend. Clicking a bar or a share reports its key."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class _Chart(QWidget):
    """A titled chart whose drawn areas report their key when clicked."""

    clicked = Signal(object)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self._hits: list[tuple[QRectF, object]] = []  # (area, key), filled as the chart is drawn

    def mousePressEvent(self, event) -> None:
        for rect, key in self._hits:
            if rect.contains(event.position()):
                self.clicked.emit(key)
                return


class BarChart(_Chart):
    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.items: list[tuple[object, str, int]] = []  # (key, label, value)
        self.colour = QColor("#1565c0")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_items(self, items) -> None:
        self.items = list(items)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(8, 8, -8, -8)
        p.setPen(QColor("#222"))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(rect.left(), rect.top() + 12, self.title)
        p.setFont(self.font())
        area = QRectF(rect.left() + 34, rect.top() + 24, rect.width() - 40, rect.height() - 48)
        self._hits = []
        if not self.items:
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Không có số liệu"))
            return
        top = max(v for _, _, v in self.items) or 1
        p.setPen(QPen(QColor("#bbb")))
        for fraction in (0, 0.5, 1):
            y = area.bottom() - fraction * area.height()
            p.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            p.drawText(QRectF(rect.left(), y - 8, 30, 16), Qt.AlignmentFlag.AlignRight, f"{round(top * fraction)}")
        step = area.width() / len(self.items)
        every = max(1, int(len(self.items) / max(area.width() / 48, 1)))
        for i, (key, label, value) in enumerate(self.items):
            h = area.height() * value / top
            bar = QRectF(area.left() + i * step + step * 0.15, area.bottom() - h, step * 0.7, h)
            p.fillRect(bar, self.colour)
            self._hits.append((QRectF(bar.left(), area.top(), bar.width(), area.height()), key))
            if i % every == 0:
                p.setPen(QColor("#333"))
                p.drawText(QRectF(area.left() + i * step - 10, area.bottom() + 2, step + 20, 16),
                           Qt.AlignmentFlag.AlignHCenter, label)
        p.end()


class ShareBar(_Chart):
    """Shares of a whole as one horizontal bar, with a legend of counts and percentages."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.items: list[tuple[object, str, int, QColor]] = []
        self.setMinimumHeight(120)

    def set_items(self, items) -> None:
        self.items = [i for i in items if i[2]]
        rows = (len(self.items) + 1) // 2  # the legend: two a row, 18 px each, under the bar
        self.setMinimumHeight(max(120, 8 + 22 + 22 + 8 + rows * 18 + 8))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        rect = self.rect().adjusted(8, 8, -8, -8)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(rect.left(), rect.top() + 12, self.title)
        p.setFont(self.font())
        total = sum(v for _, _, v, _ in self.items)
        bar = QRectF(rect.left(), rect.top() + 22, rect.width(), 22)
        self._hits = []
        if not total:
            p.drawText(bar, Qt.AlignmentFlag.AlignCenter, self.tr("Không có số liệu"))
            return
        x = bar.left()
        for key, _label, value, colour in self.items:
            w = bar.width() * value / total
            part = QRectF(x, bar.top(), w, bar.height())
            p.fillRect(part, colour)
            self._hits.append((part, key))
            x += w
        y = bar.bottom() + 8
        column = 0
        for key, label, value, colour in self.items:
            cx = rect.left() + column * (rect.width() / 2)
            p.fillRect(QRectF(cx, y + 3, 10, 10), colour)
            share = f"{100 * value / total:.1f}".replace(".", ",")
            p.drawText(QRectF(cx + 14, y, rect.width() / 2 - 16, 16), Qt.AlignmentFlag.AlignLeft,
                       f"{label}: {value} ({share}%)")
            self._hits.append((QRectF(cx, y, rect.width() / 2, 16), key))
            column += 1
            if column == 2:
                column, y = 0, y + 18
        p.end()
