"""Settings: the office, its hours and days off, its officers, its deciding agencies."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from counter import clock, paths
from counter import settings as registry
from counter.services import office as off
from counter.services import desk, signing, slots
from counter.services.errors import UserError, ValidationFailed
from counter.services.units import UnitList, load_units
from counter.signing import machine
from counter.signing.drivers import KNOWN, detect
from counter.ui.labels import fill as fill_args, shown, shown_error, tr_label
from counter.ui.ops import Op, describe
from counter.ui.signin import ChangePasswordDialog
from counter.ui.widgets import Field, UnitCombo, dialog_buttons, form

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
LEVELS = (("commune", "Cấp xã"), ("district", "Cấp huyện"), ("province", "Cấp tỉnh"))


def number_validator(setting: registry.Setting, parent) -> QValidator | None:
    """What a number setting's line accepts while typing, from the registry: digits within the
    declared bounds for a whole number, digits with a decimal comma or point for a decimal (its
    range is checked on saving, by ``Setting.parse``); None for a text setting."""
    if setting.type is int:
        low = int(setting.minimum) + (1 if setting.min_open else 0) if setting.minimum is not None else -2**31
        high = int(setting.maximum) if setting.maximum is not None else 2**31 - 1
        return QIntValidator(low, high, parent)
    if setting.type is float:
        digits = len(str(int(setting.maximum))) if setting.maximum is not None else 9
        return QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}([.,]\d{{0,2}})?"), parent)
    return None


class SettingsDialog(QDialog):
    def __init__(self, db, actor, bus, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.bus = db, actor, bus
        self.setWindowTitle(self.tr("Thiết lập cơ quan"))
        self.resize(820, 640)
        self.fields: dict[str, Field] = {}
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._office_tab(), self.tr("&Cơ quan"))
        self.tabs.addTab(self._calendar_tab(), self.tr("&Giờ làm việc, ngày nghỉ"))
        self.tabs.addTab(self._officers_tab(), self.tr("Cán &bộ"))
        self.tabs.addTab(self._agencies_tab(), self.tr("Cơ quan &giải quyết"))
        self.tabs.addTab(self._postal_tab(), self.tr("Bư&u chính"))
        self.tabs.addTab(self._signing_tab(), self.tr("Chữ ký &số"))
        layout.addWidget(self.tabs)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = dialog_buttons(self, self.tr("Lưu thông tin cơ quan"), self.save_office, self.tr("Đóng"), save=True)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.load()

    # -- tabs ---------------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.fields[name] = Field(edit)
        return edit

    def _row(self, f, label: str, name: str, placeholder: str = "") -> QLineEdit:
        """A labelled line of the form ``f``."""
        edit = self._line(name, placeholder)
        f.addRow(label, self.fields[name])
        return edit

    def _setting(self, f, setting: registry.Setting, placeholder: str = "", name: str = "") -> QLineEdit:
        """A line for a declared setting (counter.settings): its key names the field, its label the row."""
        edit = self._line(name or setting.key, placeholder)
        validator = number_validator(setting, edit)
        if validator is not None:
            edit.setValidator(validator)
            if setting.range_message:
                edit.setToolTip(tr_label(setting.range_message))
        if setting.secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        f.addRow(tr_label(setting.label), self.fields[name or setting.key])
        return edit

    def _office_tab(self) -> QWidget:
        page = QWidget()
        f = form()
        page.setLayout(f)
        self.agency_code = self._row(f, self.tr("Mã định danh cơ quan *"), "agency_code", "000.00.12.H49")
        self.office_name = self._row(f, self.tr("Tên cơ quan *"), "name")
        self.parent_name = self._row(f, self.tr("Cơ quan chủ quản *"), "parent_name")
        self.level = QComboBox()
        for key, label in LEVELS:
            self.level.addItem(tr_label(label), key)
        self.fields["level"] = Field(self.level)
        f.addRow(self.tr("Cấp"), self.fields["level"])
        self.address = self._row(f, self.tr("Địa chỉ"), "address")
        self.place = self._row(f, self.tr("Địa danh"), "place", self.tr("địa danh in trên giấy tờ, ví dụ Tân Trụ"))
        self.phone = self._row(f, self.tr("Điện thoại"), "phone")
        slot_row = QWidget()
        sr = QHBoxLayout(slot_row)
        sr.setContentsMargins(0, 0, 0, 0)
        self.counter_no = self._line("counter_no")
        self.counter_no.setMaximumWidth(40)
        self.slot_confirm = QCheckBox(self.tr("Đã kiểm tra: không máy nào khác của cơ quan dùng số này"))
        self.slot_choose = QPushButton(self.tr("Chọn số quầy"))
        self.slot_choose.clicked.connect(self.choose_slot)
        self.slot_release = QPushButton(self.tr("Bỏ số này, nhận số khác"))
        self.slot_release.clicked.connect(self.release_slot)
        for w in (self.fields["counter_no"], self.slot_confirm, self.slot_choose, self.slot_release):
            sr.addWidget(w)
        sr.addStretch()
        f.addRow(self.tr("Số quầy (1–9)"), slot_row)
        self.slot_state = QLabel()
        self.slot_state.setWordWrap(True)
        f.addRow("", self.slot_state)
        self.seq_width = self._row(f, self.tr("Số chữ số thứ tự trong mã"), "seq_width")
        self.lookup_url = self._row(f, self.tr("Địa chỉ tra cứu hồ sơ"), "lookup_url")
        self.scan_folder = self._setting(f, registry.SCAN_FOLDER,
                                         self.tr("thư mục máy quét lưu tệp; để trống nếu không dùng"))
        self.supplement_days = self._setting(f, registry.SUPPLEMENT_DAYS)
        self.due_soon_hours = self._setting(f, registry.DUE_SOON_HOURS)
        self.lock_minutes = self._setting(f, registry.LOCK_MINUTES)
        self.sync_url = self._setting(f, registry.SYNC_URL, "https://…")
        self.sync_token = self._setting(f, registry.SYNC_TOKEN)
        self.sync_ca_bundle = self._setting(f, registry.SYNC_CA_BUNDLE, self.tr("để trống: dùng chứng chỉ gốc của hệ thống"))
        return page

    def _office_province_changed(self, *_args) -> None:
        province = self.units.province(self.province_code.code())
        self.commune_code.set_units(province.communes if province else ())

    def _postal_tab(self) -> QWidget:
        page = QWidget()
        f = form()
        page.setLayout(f)
        # chosen by name (typed without diacritics if need be); the codes stay behind the names
        self.units = _units()
        self.province_code = _UnitPicker()
        self.province_code.set_units(self.units.provinces)
        self.fields["province_code"] = Field(self.province_code)
        f.addRow(tr_label(registry.PROVINCE_CODE.label), self.fields["province_code"])
        self.commune_code = _UnitPicker()
        self.fields["commune_code"] = Field(self.commune_code)
        f.addRow(tr_label(registry.COMMUNE_CODE.label), self.fields["commune_code"])
        self.province_code.currentIndexChanged.connect(self._office_province_changed)
        self.postal_url = self._setting(f, registry.POSTAL_URL, "https://…")
        self.postal_key = self._setting(f, registry.POSTAL_KEY)
        self.postal_customer = self._setting(f, registry.POSTAL_CUSTOMER)
        self.postage_in_province = self._setting(f, registry.POSTAGE_IN_PROVINCE)
        self.postage_other_province = self._setting(f, registry.POSTAGE_OTHER_PROVINCE)
        return page

    def _signing_tab(self) -> QWidget:
        """Per machine: where this computer's key is (token driver, or PKCS#12 file). For the office:
        the timestamp server, the forwarding grace, signing at attach time, the trusted roots."""
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(self._wrapped(self.tr("<b>Máy này</b> (mỗi quầy thiết lập riêng)")))
        f = form()
        v.addLayout(f)
        self.key_source = QComboBox()
        self.key_source.addItem(self.tr("Token chữ ký số (USB, PKCS#11)"), "token")
        self.key_source.addItem(self.tr("Tệp chữ ký số PKCS#12 (.p12, .pfx) — tập huấn, nơi chưa có token"), "pkcs12")
        f.addRow(tr_label(registry.MACHINE_KEY_SOURCE.label), self.key_source)
        library_row = QHBoxLayout()
        self.pkcs11_library = self._line("pkcs11_library", self.tr("để trống: tự tìm trình điều khiển của CA"))
        library_row.addWidget(self.fields["pkcs11_library"], 1)
        detect = QPushButton(self.tr("Tự tìm"))
        detect.clicked.connect(self._detect_driver)
        library_row.addWidget(detect)
        f.addRow(tr_label(registry.MACHINE_PKCS11_LIBRARY.label), library_row)
        self.pkcs12_path = self._setting(f, registry.MACHINE_PKCS12_PATH, self.tr("đường dẫn tệp .p12 hoặc .pfx"))
        self.drivers_note = self._wrapped("")
        self.drivers_note.setStyleSheet("color: #555;")
        f.addRow("", self.drivers_note)
        known = ", ".join(f"{tr_label(d.ca)}: {d.file}" if d.evidence == "seen"
                          else self.tr("%1: %2 (phỏng đoán)").replace("%1", tr_label(d.ca)).replace("%2", d.file) for d in KNOWN[:6])
        self.drivers_note.setToolTip(known)
        v.addWidget(self._wrapped(self.tr("<b>Cả cơ quan</b>")))
        g = form()
        v.addLayout(g)
        self.tsa_url = self._setting(g, registry.TSA_URL,
                                     self.tr("ví dụ http://127.0.0.1:8765/api/v1/tsa (máy chủ tỉnh thử nghiệm)"))
        self.grace_hours = self._setting(g, registry.SIGNING_GRACE_HOURS, "0", name="grace_hours")
        self.sign_on_attach = QCheckBox(tr_label(registry.SIGN_ON_ATTACH.label))
        g.addRow("", self.sign_on_attach)
        roots_row = QHBoxLayout()
        self.roots_label = QLabel()
        roots_row.addWidget(self.roots_label, 1)
        add_roots = QPushButton(self.tr("Thêm chứng thư gốc…"))
        add_roots.clicked.connect(self._add_roots)
        roots_row.addWidget(add_roots)
        g.addRow(tr_label(registry.TRUST_ROOTS_PEM.label), roots_row)
        save = QPushButton(self.tr("Lưu thiết lập chữ ký số"))
        save.clicked.connect(self.save_signing)
        v.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        v.addStretch()
        return page

    def _load_signing(self) -> None:
        values = signing.settings(self.db)
        self.key_source.setCurrentIndex(max(0, self.key_source.findData(values.key_source)))
        self.pkcs11_library.setText(values.pkcs11_library)
        self.pkcs12_path.setText(values.pkcs12_path)
        self.tsa_url.setText(values.tsa_url)
        self.grace_hours.setText(f"{values.grace_hours:g}")
        self.sign_on_attach.setChecked(values.sign_on_attach)
        self.roots_label.setText(self.tr("%1 chứng thư").replace("%1", str(len(signing.trusted_roots(values)))))
        self._detect_driver(fill=False)

    def _detect_driver(self, fill: bool = True) -> None:
        found = detect()
        if found:
            driver, path = found[0]
            who = tr_label(driver.ca) if driver else self.tr("thư viện PKCS#11")
            self.drivers_note.setText(fill_args(self.tr("Tìm thấy: %1 — %2"), who, path))
            if fill and not self.pkcs11_library.text():
                self.pkcs11_library.setText(str(path))
        else:
            self.drivers_note.setText(self.tr("Chưa thấy trình điều khiển token của CA nào trên máy: cài phần mềm token "
                                              "của nhà cung cấp chữ ký số (xem README, mục Chữ ký số)."))

    def _add_roots(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn chứng thư gốc"), "",
                                              self.tr("Chứng thư (*.pem *.crt *.cer *.der)"))
        if not file:
            return
        try:
            with open(file, "rb") as fh:
                names = signing.add_trust_roots(self.db, self.actor(), fh.read())
        except (UserError, OSError) as exc:
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(shown_error(exc))
            return
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(self.tr("Đã tin cậy: %1").replace("%1", "; ".join(names)))
        self._load_signing()

    def save_signing(self) -> None:
        text = self.grace_hours.text().strip().replace(",", ".") or "0"
        try:
            grace = float(text)
        except ValueError:
            self._show_errors({"grace_hours": self.tr("Nhập số giờ, ví dụ 0 hoặc 24.")})
            return
        try:
            signing.save_office_settings(self.db, self.actor(), tsa_url=self.tsa_url.text(), grace_hours=grace,
                                         sign_on_attach=self.sign_on_attach.isChecked())
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(self.tr("Chưa lưu: sửa các ô đánh dấu màu đỏ."))
            return
        machine.save(key_source=self.key_source.currentData(), pkcs11_library=self.pkcs11_library.text().strip(),
                     pkcs12_path=self.pkcs12_path.text().strip())
        self._show_errors({})
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(self.tr("Đã lưu thiết lập chữ ký số."))

    def _calendar_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        f = form()
        self.hours: dict[int, QLineEdit] = {}
        for wd, label in enumerate(WEEKDAYS):
            edit = self._line(f"hours_{wd}", self.tr("nghỉ"))
            self.hours[wd] = edit
            f.addRow(tr_label(label), self.fields[f"hours_{wd}"])
        v.addLayout(f)
        v.addWidget(QLabel(self.tr("Giờ làm việc mỗi buổi dạng 07:00-11:30, 13:30-17:00; để trống là ngày nghỉ.")))
        self.days_off, self.workdays = QPlainTextEdit(), QPlainTextEdit()
        self.fields["days_off"], self.fields["workdays"] = Field(self.days_off), Field(self.workdays)
        self.statutory = QListWidget()
        self.statutory.setWordWrap(True)
        row = QHBoxLayout()
        row.addLayout(self._titled(self.tr("Ngày nghỉ riêng của cơ quan (mỗi dòng một ngày dd/mm/yyyy)"),
                                   self.fields["days_off"]), 1)
        row.addLayout(self._titled(self.tr("Ngày làm bù của cơ quan (mỗi dòng một ngày dd/mm/yyyy)"),
                                   self.fields["workdays"]), 1)
        row.addLayout(self._titled(self.tr("Ngày nghỉ lễ, Tết và ngày làm bù theo quy định năm nay"), self.statutory), 2)
        v.addLayout(row, 1)
        return page

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    @classmethod
    def _titled(cls, title: str, widget: QWidget) -> QVBoxLayout:
        """A column: its title (wrapped) above the widget."""
        column = QVBoxLayout()
        column.addWidget(cls._wrapped(title))
        column.addWidget(widget)
        return column

    def _officers_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.officer_table = QTableWidget(0, 4)
        self.officer_table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"),
                                                      self.tr("Chức danh"), self.tr("Vai trò")])
        self.officer_table.horizontalHeader().setStretchLastSection(True)
        self.officer_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.officer_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.officer_table.itemSelectionChanged.connect(self._officer_selected)
        v.addWidget(self.officer_table, 1)
        f = form()
        self.o_username = self._row(f, self.tr("Tên đăng nhập *"), "o_username")
        self.o_full_name = self._row(f, self.tr("Họ và tên *"), "o_full_name")
        self.o_title = self._row(f, self.tr("Chức danh"), "o_title")
        self.o_role = QComboBox()
        for key, label in off.ROLES.items():
            self.o_role.addItem(tr_label(label), key)
        f.addRow(self.tr("Vai trò"), self.o_role)
        self.o_active = QCheckBox(self.tr("Đang làm việc"))
        self.o_active.setChecked(True)
        f.addRow("", self.o_active)
        v.addLayout(f)
        row = QHBoxLayout()
        new = QPushButton(self.tr("Thêm cán bộ mới"))
        new.clicked.connect(self._new_officer)
        save = QPushButton(self.tr("Lưu cán bộ"))
        save.clicked.connect(self.save_officer)
        password = QPushButton(self.tr("Đặt mật khẩu…"))
        password.clicked.connect(self.set_password)
        row.addWidget(new)
        row.addStretch()
        row.addWidget(password)
        row.addWidget(save)
        v.addLayout(row)
        self._officer_id = None
        return page

    def _agencies_tab(self) -> QWidget:
        page = QWidget()
        h = QHBoxLayout(page)
        self.agency_list = QListWidget()
        self.agency_list.currentItemChanged.connect(self._agency_selected)
        h.addWidget(self.agency_list, 1)
        v = QVBoxLayout()
        v.addWidget(QLabel(self.tr("Phòng ban, bộ phận giải quyết (mỗi dòng một đơn vị)")))
        self.departments = QPlainTextEdit()
        v.addWidget(self.departments, 1)
        save = QPushButton(self.tr("Lưu danh sách phòng ban"))
        save.clicked.connect(self.save_departments)
        v.addWidget(save)
        h.addLayout(v, 1)
        return page

    # -- data ---------------------------------------------------------------------------------
    def load(self) -> None:
        self._load_signing()
        view = desk.settings_view(self.db)
        data, officers, calendar = view.form, view.officers, view.calendar
        agencies = [(code, name, list(departments)) for code, name, departments in view.agencies]
        self.agency_code.setText(data.agency_code)
        self.office_name.setText(data.name)
        self.parent_name.setText(data.parent_name)
        self.level.setCurrentIndex(max(self.level.findData(data.level), 0))
        self.address.setText(data.address)
        self.place.setText(data.place)
        self.phone.setText(data.phone)
        self._show_slot()
        self.seq_width.setText(data.seq_width)
        self.lookup_url.setText(data.lookup_url)
        self.scan_folder.setText(data.scan_folder)
        self.supplement_days.setText(data.supplement_days)
        self.due_soon_hours.setText(data.due_soon_hours)
        self.lock_minutes.setText(data.lock_minutes)
        self.sync_url.setText(data.sync_url)
        self.sync_token.setText(data.sync_token)
        self.sync_ca_bundle.setText(data.sync_ca_bundle)
        self.province_code.setText(data.province_code)
        self._office_province_changed()
        for name in ("commune_code", "postal_url", "postal_key", "postal_customer",
                     "postage_in_province", "postage_other_province"):
            getattr(self, name).setText(getattr(data, name))
        for wd, edit in self.hours.items():
            edit.setText(data.office_hours.get(wd, ""))
        self.days_off.setPlainText(data.days_off)
        self.workdays.setPlainText(data.workdays)
        self.statutory.clear()
        year = clock.now().year
        day = date(year, 1, 1)
        while day.year == year:
            working, why = calendar.day_kind(day)
            if (not working and day.weekday() < 5) or (working and day.weekday() >= 5):
                self.statutory.addItem(f"{day:%d/%m/%Y} — {shown(why)}")
            day = date.fromordinal(day.toordinal() + 1)
        self.officer_table.setRowCount(0)
        self._officers = officers
        for row, o in enumerate(officers):
            self.officer_table.insertRow(row)
            for col, value in enumerate((o.username, o.full_name, o.title,
                                         tr_label(off.ROLES.get(o.role, o.role)) if o.active
                                         else self.tr("%1 (nghỉ)").replace("%1", tr_label(off.ROLES.get(o.role, o.role))))):
                self.officer_table.setItem(row, col, QTableWidgetItem(value))
        self.officer_table.resizeColumnsToContents()
        self._agencies = agencies
        self.agency_list.clear()
        for code, name, _ in agencies:
            item = QListWidgetItem(f"{name}\n{code}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.agency_list.addItem(item)
        if agencies:
            self.agency_list.setCurrentRow(0)

    # -- the counter slot (docs/codes.md) -------------------------------------------------------
    def _slot_text(self, state) -> str:
        """The counter slot's state in the officer's language (counter.services.slots.SlotState)."""
        if state.conflict:
            return self.tr("Số quầy %1 đang bị trùng với máy khác: chưa cấp được mã hồ sơ. %2").replace(
                "%1", str(state.slot)).replace("%2", shown(state.conflict))
        if state.slot is None:
            return self.tr("Chưa có số quầy: chưa cấp được mã hồ sơ. Kết nối máy chủ tỉnh để được cấp số, hoặc chọn số "
                             "quầy ở đây.")
        if state.source == "hub":
            return self.tr("Số quầy %1, do máy chủ tỉnh cấp.").replace("%1", str(state.slot))
        return self.tr("Số quầy %1, do quản trị chọn; máy chủ tỉnh sẽ kiểm tra ở lần đồng bộ tới.").replace(
            "%1", str(state.slot))

    def _show_slot(self) -> None:
        state = desk.slot_state(self.db)
        self.counter_no.setText(str(state.slot) if state.slot else "")
        self.slot_confirm.setChecked(False)
        self.slot_release.setEnabled(state.slot is not None)
        self.slot_state.setText(self._slot_text(state))
        self.slot_state.setToolTip(self.tr(
            "Mã hồ sơ của máy này bắt đầu bằng số quầy (k001, k002 …), nên hai máy khác số quầy không bao giờ cấp "
            "trùng mã, kể cả khi mất mạng. Khi có mạng, máy chủ tỉnh tự cấp số ở lần đồng bộ đầu và báo ngay nếu "
            "hai máy dùng trùng số."))
        self.slot_state.setStyleSheet("color: #b3261e;" if not state.usable else "color: #555;")

    def choose_slot(self) -> None:
        try:
            slots.choose(self.db, self.counter_no.text(), self.actor(), confirmed=self.slot_confirm.isChecked())
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Số quầy"), shown_error(exc))
            return
        self._show_errors({})
        self._show_slot()
        self.bus.office_changed.emit()

    def release_slot(self) -> None:
        answer = QMessageBox.question(self, self.tr("Bỏ số quầy?"), self.tr(
            "Máy này sẽ không cấp mã hồ sơ cho đến khi máy chủ tỉnh cấp số khác ở lần đồng bộ tới (hoặc quản trị "
            "chọn số khác). Tiếp tục?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            slots.release(self.db, self.actor())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Số quầy"), shown_error(exc))
            return
        self._show_slot()
        self.bus.office_changed.emit()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, field in self.fields.items():
            field.set_error(shown(errors.get(name, "")))

    def save_office(self) -> None:
        data = off.OfficeForm(
            agency_code=self.agency_code.text(), name=self.office_name.text(), parent_name=self.parent_name.text(),
            level=self.level.currentData(), address=self.address.text(), place=self.place.text(),
            phone=self.phone.text(), seq_width=self.seq_width.text(), office_hours={wd: e.text() for wd, e in self.hours.items()},
            days_off=self.days_off.toPlainText(), workdays=self.workdays.toPlainText(), lookup_url=self.lookup_url.text(),
            scan_folder=self.scan_folder.text(), supplement_days=self.supplement_days.text(),
            due_soon_hours=self.due_soon_hours.text(), lock_minutes=self.lock_minutes.text(), sync_url=self.sync_url.text(), sync_token=self.sync_token.text(),
            sync_ca_bundle=self.sync_ca_bundle.text(), province_code=self.province_code.text(),
            commune_code=self.commune_code.text(), postal_url=self.postal_url.text(), postal_key=self.postal_key.text(),
            postal_customer=self.postal_customer.text(), postage_in_province=self.postage_in_province.text(),
            postage_other_province=self.postage_other_province.text(),
        )
        actor = self.actor()
        Op(self, lambda: desk.save_office(self.db, data, actor), key="settings.office", db=self.db,
           label=self.tr("Đang lưu thông tin cơ quan…"), bus=self.bus, changes=("office",), title=self.tr("Chưa lưu")) \
            .disable(self.save_button).success(self._office_saved).failure(self._office_refused).run()

    def _office_refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationFailed):
            self.status.setText(self.tr("Chưa lưu: %1").replace("%1", describe(exc, self.db)))
            self.status.setStyleSheet("color: #b3261e;")
            return
        self._show_errors(exc.errors)
        for i in range(self.tabs.count()):
            if any(self.fields[n].window() and self.tabs.widget(i).isAncestorOf(self.fields[n]) for n in exc.errors
                   if n in self.fields):
                self.tabs.setCurrentIndex(i)
                break
        self.status.setText(self.tr("Chưa lưu: sửa các ô đánh dấu màu đỏ."))
        self.status.setStyleSheet("color: #b3261e;")

    def _office_saved(self, _none) -> None:
        self._show_errors({})
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(self.tr("Đã lưu thông tin cơ quan."))
        self.load()

    def _officer_selected(self) -> None:
        rows = self.officer_table.selectionModel().selectedRows()
        if not rows:
            return
        o = self._officers[rows[0].row()]
        self._officer_id = o.id
        self.o_username.setText(o.username)
        self.o_full_name.setText(o.full_name)
        self.o_title.setText(o.title)
        self.o_role.setCurrentIndex(max(self.o_role.findData(o.role), 0))
        self.o_active.setChecked(o.active)

    def _new_officer(self) -> None:
        self._officer_id = None
        self.officer_table.clearSelection()
        for e in (self.o_username, self.o_full_name, self.o_title):
            e.clear()
        self.o_role.setCurrentIndex(0)
        self.o_active.setChecked(True)
        self.o_username.setFocus()

    def save_officer(self) -> None:
        values = dict(officer_id=self._officer_id, username=self.o_username.text(), full_name=self.o_full_name.text(),
                      title=self.o_title.text(), role=self.o_role.currentData(), active=self.o_active.isChecked())
        actor = self.actor()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self._show_errors({f"o_{k}": m for k, m in exc.errors.items()})
            else:
                QMessageBox.warning(self, self.tr("Chưa lưu"), describe(exc, self.db))

        def saved(_none) -> None:
            self._show_errors({})
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("Đã lưu cán bộ."))
            self.load()

        Op(self, lambda: desk.save_officer(self.db, actor, **values), key="settings.officer", db=self.db,
           label=self.tr("Đang lưu cán bộ…"), bus=self.bus, changes=("officer",)) \
            .success(saved).failure(refused).run()

    def set_password(self) -> None:
        if self._officer_id is None:
            QMessageBox.information(self, self.tr("Đặt mật khẩu"), self.tr("Chọn một cán bộ trong danh sách trước."))
            return

        ChangePasswordDialog(self.db, self.actor(), self, officer_id=self._officer_id,
                             officer_name=self.o_full_name.text()).exec()

    def _agency_selected(self, current, _previous) -> None:
        if current is None:
            return
        code = current.data(Qt.ItemDataRole.UserRole)
        departments = next((d for c, _, d in self._agencies if c == code), [])
        self.departments.setPlainText("\n".join(departments))

    def save_departments(self) -> None:
        item = self.agency_list.currentItem()
        if item is None:
            return
        code, names, actor = item.data(Qt.ItemDataRole.UserRole), self.departments.toPlainText().splitlines(), self.actor()
        row = self.agency_list.currentRow()

        def saved(_none) -> None:
            self.status.setStyleSheet("color: #1b5e20;")
            self.status.setText(self.tr("Đã lưu danh sách phòng ban."))
            self.load()
            self.agency_list.setCurrentRow(row)

        Op(self, lambda: desk.save_departments(self.db, actor, code, names), key="settings.departments", db=self.db,
           label=self.tr("Đang lưu danh sách phòng ban…"), title=self.tr("Chưa lưu")).success(saved).run()


def _units():
    try:
        return load_units()
    except paths.ResourceError:  # said once at start (counter.ui.app); the pickers stay empty
        return UnitList("", "", ())


class _UnitPicker(UnitCombo):
    """A unit chosen by name whose value is its code (``text``/``setText`` speak codes, as the
    settings form does for every field)."""

    def text(self) -> str:
        return self.code()

    def setText(self, code: str) -> None:  # noqa: N802 (the QLineEdit name the form uses)
        self.setCurrentIndex(max(self.findData(code or ""), 0))
