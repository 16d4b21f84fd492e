"""Giới thiệu: the version, the database, the data and log folders and the catalogue — what
support asks first — with a button that copies it all."""

from __future__ import annotations

from datetime import date

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout

from counter.services.installation import installation
from counter.ui.crash import open_log_folder
from counter.ui.labels import fill, shown


class AboutDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu Counter"))
        info = installation(db)
        self.info = info
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Counter %1</h2><p>Phần mềm Bộ phận Một cửa: tiếp nhận hồ sơ thủ tục hành chính, "
                               "trả kết quả, làm việc cả khi không có mạng.</p>").replace("%1", info.version))
        title.setWordWrap(True)
        layout.addWidget(title)
        rows = QFormLayout()
        rows.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.facts: list[tuple[str, str]] = []

        def add(label: str, value: str, name: str) -> None:
            shown = QLabel(value)
            shown.setObjectName(name)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            rows.addRow(f"<b>{label}</b>", shown)
            self.facts.append((label, value))

        kind = self.tr("bộ cài đặt Windows/đóng gói sẵn") if info.frozen else self.tr("cài từ gói Python")
        add(self.tr("Phiên bản"), f"{info.version} ({kind})", "version")
        add(self.tr("Cơ sở dữ liệu"), fill(self.tr("%1\nlược đồ dữ liệu %2"), info.database, info.schema), "database")
        add(self.tr("Thư mục dữ liệu"), info.data_folder, "data_folder")
        log_text = info.log_file or self.tr("(không ghi được nhật ký)")
        if info.log_problem:
            log_text += "\n⚠ " + shown(info.log_problem)
        add(self.tr("Tệp nhật ký"), log_text, "log_file")
        catalogue = (fill(self.tr("phiên bản %1, ban hành %2, %3 thủ tục"), info.catalogue_version,
                          info.catalogue_issued, info.catalogue_procedures)
                     if info.catalogue_version else self.tr("chưa nạp"))
        add(self.tr("Danh mục thủ tục"), catalogue, "catalogue")
        units = _day(info.units_effective)
        add(self.tr("Đơn vị hành chính"), self.tr("danh sách có hiệu lực từ %1").replace("%1", units), "units")
        add(self.tr("Nền tảng"), f"Python {info.python} · Qt {qVersion()} · PySide6 {pyside_version}", "platform")
        add(self.tr("Giấy phép"), self.tr("GNU GPL phiên bản 2 trở lên (GPL-2.0-or-later); phông chữ DejaVu "
                                          "(giấy phép tự do của DejaVu)."), "license")
        layout.addLayout(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.copy_button = QPushButton(self.tr("Sao chép thông tin"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Mở thư mục nhật ký"))
        self.folder_button.setEnabled(bool(info.log_file))
        self.folder_button.clicked.connect(open_log_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from counter.ui.printing import fit_to_screen  # lazy: pdfium (heavy), only to read a PDF

        fit_to_screen(self, 720, layout.totalHeightForWidth(720))  # no empty bands: the wrapped labels' height

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.facts)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Đã sao chép"))


def _day(iso: str) -> str:
    try:
        return f"{date.fromisoformat(iso):%d/%m/%Y}"
    except ValueError:
        return iso or "—"
