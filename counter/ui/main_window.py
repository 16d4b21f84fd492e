"""The main window: intake and list tabs, the scan field, the officer on duty."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from counter.services import catalogue as cat
from counter.services import office as off
from counter.services.audit import SYSTEM, Actor
from counter.services.dossiers import find_code
from counter.ui.bus import Bus
from counter.ui.dossier_list import DossierListPage
from counter.ui.dossier_view import DossierDialog
from counter.ui.intake import IntakePage
from counter.ui.settings import SettingsDialog


class MainWindow(QMainWindow):
    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.bus = Bus(self)
        self.settings = QSettings("Counter", "Counter")
        self.setWindowTitle(self.tr("Counter — Bộ phận Một cửa"))
        self.resize(1280, 820)

        self.tabs = QTabWidget()
        self.intake = IntakePage(db, self.current_actor, self.bus)
        self.list_page = DossierListPage(db, self.bus)
        self.list_page.open_requested.connect(self.open_dossier)
        self.tabs.addTab(self.intake, self.tr("Tiếp nhận hồ sơ (Ctrl+1)"))
        self.tabs.addTab(self.list_page, self.tr("Danh sách hồ sơ (Ctrl+2)"))
        self.setCentralWidget(self.tabs)
        self._toolbar()
        self._status_bar()
        self.bus.officer_changed.connect(self._load_officers)
        self.bus.office_changed.connect(self._update_status)

    # -- chrome -------------------------------------------------------------------------------
    def _action(self, text: str, keys: str | QKeySequence.StandardKey | None, slot) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Thao tác"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.new_action = self._action(self.tr("Hồ sơ mới"), "Ctrl+N", self.new_dossier)
        self.print_action = self._action(self.tr("In giấy biên nhận"), "Ctrl+P", self.print_receipt)
        self.settings_action = self._action(self.tr("Thiết lập"), "Ctrl+,", self.open_settings)
        for action in (self.new_action, self.print_action, self.settings_action):
            bar.addAction(action)
        self._action(self.tr("Tiếp nhận"), "Ctrl+1", lambda: self.tabs.setCurrentIndex(0))
        self._action(self.tr("Danh sách"), "Ctrl+2", lambda: self.tabs.setCurrentIndex(1))
        self._action(self.tr("Ô quét mã"), "F6", self.focus_scan)
        self._action(self.tr("Tìm hồ sơ"), "Ctrl+F", self.focus_list_search)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Quét mã (F6): ")))
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Quét mã vạch trên giấy biên nhận hoặc gõ mã hồ sơ rồi Enter"))
        self.scan.setMinimumWidth(380)
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.scan_entered)
        bar.addWidget(self.scan)

    def _status_bar(self) -> None:
        status = self.statusBar()
        self.db_label = QLabel()
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(QLabel(self.tr("Cán bộ trực:")))
        self.officer_box = QComboBox()
        self.officer_box.setMinimumWidth(180)
        self.officer_box.currentIndexChanged.connect(self._officer_chosen)
        status.addPermanentWidget(self.officer_box)
        self._load_officers()
        self._update_status()

    def _update_status(self) -> None:
        with self.db.read() as session:
            office = off.get_office(session)
            version = cat.current_version(session)
            text = f"{office.name} · {self.tr('Quầy')} {office.counter_no} · {self.tr('Danh mục')} {version}"
        where = self.db.path or self.db.url
        self.db_label.setText(text + f" · {self.tr('Dữ liệu')}: {where}")

    def _load_officers(self) -> None:
        with self.db.read() as session:
            people = [(o.id, o.full_name) for o in off.officers(session) if o.role != "admin"] or \
                     [(o.id, o.full_name) for o in off.officers(session)]
        remembered = self.settings.value("officer_id", None)
        self.officer_box.blockSignals(True)
        self.officer_box.clear()
        for oid, name in people:
            self.officer_box.addItem(name, oid)
        index = self.officer_box.findData(int(remembered)) if remembered not in (None, "") else -1
        self.officer_box.setCurrentIndex(max(index, 0))
        self.officer_box.blockSignals(False)

    def _officer_chosen(self, _index: int) -> None:
        self.settings.setValue("officer_id", self.officer_box.currentData())

    def current_actor(self) -> Actor:
        if self.officer_box.currentIndex() < 0:
            return SYSTEM
        return Actor(self.officer_box.currentData(), self.officer_box.currentText())

    # -- actions -------------------------------------------------------------------------------
    def new_dossier(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.confirm_new_dossier()

    def print_receipt(self) -> None:
        if self.tabs.currentWidget() is self.intake:
            self.intake.print_receipt("a4")
        else:
            index = self.list_page.table.currentIndex()
            if index.isValid():
                self.open_dossier(self.list_page.model.code_at(index.row()))

    def open_settings(self) -> None:
        SettingsDialog(self.db, self.current_actor, self.bus, self).exec()

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def focus_list_search(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.search.setFocus()
        self.list_page.search.selectAll()

    def scan_entered(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        code = text.split("\n")[0].removeprefix("MaHoSo:")
        with self.db.read() as session:
            found = find_code(session, code)
        if found is None:
            self.statusBar().showMessage(self.tr("Không tìm thấy hồ sơ có mã ") + code, 8000)
            self.scan.selectAll()
            return
        self.scan.clear()
        self.open_dossier(found)

    def open_dossier(self, code: str) -> DossierDialog:
        dialog = DossierDialog(self.db, code, self.current_actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def closeEvent(self, event) -> None:
        if self.intake.has_unsaved_input():
            answer = QMessageBox.question(
                self, self.tr("Thoát Counter?"),
                self.tr("Hồ sơ đang nhập chưa được tiếp nhận và sẽ mất nếu thoát. Vẫn thoát?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()
