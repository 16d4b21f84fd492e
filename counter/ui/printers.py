"""Máy in của máy này: the printer and paper for A4 documents and for the 80 mm receipt, and
whether to print without the dialog. Kept per machine (counter.ui.preferences)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
)

from counter.ui import preferences


class PrinterRow(QGroupBox):
    def __init__(self, title: str, kind: str, parent=None):
        super().__init__(title, parent)
        self.kind = kind
        layout = QFormLayout(self)
        self.printer = QComboBox()
        self.printer.addItem(self.tr("(hỏi mỗi lần in)"), "")
        available = QPrinterInfo.availablePrinterNames()
        for name in available:
            self.printer.addItem(name, name)
        choice = preferences.printer_choice(kind)
        if choice is not None and choice.printer not in available:
            self.printer.addItem(self.tr("%1 (hiện không kết nối)").replace("%1", choice.printer), choice.printer)
        layout.addRow(self.tr("Máy in"), self.printer)
        self.paper = QComboBox()
        layout.addRow(self.tr("Khổ giấy"), self.paper)
        self.direct = QCheckBox(self.tr("In ngay, không hiện hộp thoại in"))
        layout.addRow("", self.direct)
        self.printer.currentIndexChanged.connect(self._printer_changed)
        if choice is not None:
            self.printer.setCurrentIndex(max(self.printer.findData(choice.printer), 0))
        self._printer_changed()
        if choice is not None:
            self.paper.setCurrentIndex(max(self.paper.findData(choice.paper), 0))
            self.direct.setChecked(choice.direct)

    def _printer_changed(self, *_args) -> None:
        name = self.printer.currentData()
        self.paper.clear()
        self.paper.addItem(self.tr("theo khổ của giấy tờ"), "")
        sizes = QPrinterInfo.printerInfo(name).supportedPageSizes() if name else []
        for size in sizes:
            self.paper.addItem(size.name(), preferences.paper_key(size))
        old = preferences.printer_choice(self.kind)
        if old is not None and old.paper and self.paper.findData(old.paper) < 0:
            self.paper.addItem(old.paper.split("|")[0], old.paper)
        self.direct.setEnabled(bool(name))
        if not name:
            self.direct.setChecked(False)

    def choice(self) -> preferences.PrinterChoice | None:
        name = self.printer.currentData()
        if not name:
            return None
        return preferences.PrinterChoice(name, self.paper.currentData() or "", self.direct.isChecked())


class PrintersDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Máy in của máy này"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Mỗi máy tính ở quầy nhớ máy in riêng. Khi đã chọn máy in và đánh dấu “In ngay”, "
                               "Counter in thẳng ra máy đó; nếu máy in tắt hoặc báo lỗi, Counter báo và cho chọn lại."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.a4 = PrinterRow(self.tr("Giấy tờ khổ A4 (phiếu, sổ, danh sách bàn giao, báo cáo, nhãn bưu gửi)"),
                             preferences.A4)
        self.receipt = PrinterRow(self.tr("Giấy biên nhận khổ 80 mm (máy in nhiệt)"), preferences.RECEIPT_80)
        layout.addWidget(self.a4)
        layout.addWidget(self.receipt)
        if not QPrinterInfo.availablePrinterNames():
            none = QLabel(self.tr("Máy này chưa cài máy in nào: cài máy in trong Windows (Cài đặt → Máy in và máy quét) "
                                  "rồi mở lại hộp thoại này."))
            none.setWordWrap(True)
            none.setStyleSheet("color: #8a5a00")
            layout.addWidget(none)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setMinimumWidth(560)

    def save(self) -> None:
        for row in (self.a4, self.receipt):
            preferences.save_printer_choice(row.kind, row.choice())
        self.accept()

