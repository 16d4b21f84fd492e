"""The intake screen: find the procedure, tick the documents, enter the applicant, accept, print.

Keyboard: type in the procedure search and press Enter to take the highlighted procedure (arrows
move the highlight); Space ticks a document; Enter in any one-line field accepts; Ctrl+Enter
accepts from anywhere; Ctrl+N starts a new dossier; Ctrl+P prints the receipt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter.domain.status import Channel, ReturnMethod
from counter.domain.validation import format_money
from counter.services import catalogue as cat
from counter.services import forms, intake
from counter.services.errors import UserError, ValidationFailed
from counter.ui import output
from counter.ui.actions import SupplementDialog, reason_dialog
from counter.ui.barcode import barcode_pixmap
from counter.ui.fees import FeeSection
from counter.ui.ops import Op
from counter.ui.widgets import Field, FieldMessage, UnitCombo, form

COUNT_COLUMNS = (2, 3, 4)


def _db_problems():
    import sqlite3

    from sqlalchemy.exc import OperationalError
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    return (OperationalError, SADatabaseError, sqlite3.DatabaseError, OSError)


DB_PROBLEMS = _db_problems()


class _ArrowsToList(QObject):
    """Up/Down/PageUp/PageDown typed in the search box move the highlight in the result list."""

    def __init__(self, target: QListWidget):
        super().__init__(target)
        self.target = target

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown
        ):
            self.target.event(event)
            return True
        return False


class IntakePage(QWidget):
    accepted = Signal(str)

    def __init__(self, db, actor, bus, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.bus = db, actor, bus
        self.procedures: list[cat.ProcedureInfo] = []
        self.procedure: cat.ProcedureInfo | None = None
        self.last_code: str | None = None
        self.fields: dict[str, Field] = {}
        self._build()
        self._shortcuts()
        self.reload_catalogue()
        self.new_dossier()
        bus.office_changed.connect(self.reload_catalogue)
        from counter.ui.draft_keeper import DraftKeeper

        self.draft_keeper = DraftKeeper(self, db.url)  # after new_dossier(): a draft from last time stays

    # -- building ---------------------------------------------------------------------------
    def _field(self, name: str, editor: QWidget) -> Field:
        field = Field(editor)
        self.fields[name] = field
        if isinstance(editor, QLineEdit):
            editor.returnPressed.connect(self.accept_dossier)
            editor.editingFinished.connect(self._revalidate_if_shown)
        return field

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)

        # left: procedure and checklist
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 6, 6)
        title = QLabel(self.tr("<b>1. Thủ tục hành chính</b>"))
        lv.addWidget(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, có dấu hoặc không dấu (F3)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_procedures)
        self.search.returnPressed.connect(self._choose_highlighted)
        self.proc_list = QListWidget()
        self.proc_list.setAlternatingRowColors(True)
        self.proc_list.setWordWrap(True)
        self.proc_list.itemActivated.connect(lambda _item: self._choose_highlighted())
        self.proc_list.itemDoubleClicked.connect(lambda _item: self._choose_highlighted())
        self.search.installEventFilter(_ArrowsToList(self.proc_list))
        procedure_field = Field(self.search)
        self.fields["procedure"] = procedure_field
        lv.addWidget(procedure_field)
        lv.addWidget(self.proc_list, 2)
        self.proc_info = QLabel()
        self.proc_info.setWordWrap(True)
        self.proc_info.setTextFormat(Qt.TextFormat.RichText)
        self.proc_info.setFrameShape(QFrame.Shape.StyledPanel)
        self.proc_info.setMinimumHeight(60)
        lv.addWidget(self.proc_info)

        doc_head = QHBoxLayout()
        doc_head.addWidget(QLabel(self.tr("<b>2. Thành phần hồ sơ</b> (Space: đánh dấu đã nộp)")))
        doc_head.addStretch()
        self.all_required = QPushButton(self.tr("Đủ giấy tờ &bắt buộc"))
        self.all_required.setToolTip(self.tr("Đánh dấu đã nộp tất cả giấy tờ bắt buộc (Alt+B)"))
        self.all_required.clicked.connect(self._tick_required)
        doc_head.addWidget(self.all_required)
        lv.addLayout(doc_head)
        self.docs = QTableWidget(0, 5)
        self.docs.setHorizontalHeaderLabels(
            [self.tr("Nộp"), self.tr("Tên giấy tờ"), self.tr("Chính"), self.tr("Chứng thực"), self.tr("Photo")]
        )
        header = self.docs.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, *COUNT_COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.docs.verticalHeader().hide()
        self.docs.setWordWrap(True)
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.docs.setTabKeyNavigation(False)
        self.docs.installEventFilter(self)
        self.docs.itemChanged.connect(self._doc_changed)
        docs_field = Field(self.docs)
        self.fields["documents"] = docs_field
        lv.addWidget(docs_field, 3)
        splitter.addWidget(left)

        # right: applicant and return
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 6, 6, 6)
        rv.addWidget(QLabel(self.tr("<b>3. Người nộp hồ sơ</b>")))
        kind_row = QHBoxLayout()
        self.kind_person = QRadioButton(self.tr("&Cá nhân"))
        self.kind_org = QRadioButton(self.tr("&Tổ chức"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.kind_person)
        self.kind_group.addButton(self.kind_org)
        self.kind_person.setChecked(True)
        self.kind_person.toggled.connect(self._kind_changed)
        kind_row.addWidget(self.kind_person)
        kind_row.addWidget(self.kind_org)
        kind_row.addStretch()
        rv.addLayout(kind_row)

        f = form()
        self.name = QLineEdit()
        self.name_label = QLabel(self.tr("Họ và tên *"))
        f.addRow(self.name_label, self._field("name", self.name))
        self.id_kind = QComboBox()
        self.id_kind.addItem(self.tr("Số định danh cá nhân / CCCD"), "cccd")
        self.id_kind.addItem(self.tr("Hộ chiếu (người nước ngoài)"), "passport")
        self.id_kind_label = QLabel(self.tr("Giấy tờ"))
        f.addRow(self.id_kind_label, self.id_kind)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("12 chữ số"))
        self.id_number_label = QLabel(self.tr("Số giấy tờ *"))
        f.addRow(self.id_number_label, self._field("id_number", self.id_number))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 05/09/1990"))
        self.birth_date_label = QLabel(self.tr("Ngày sinh"))
        f.addRow(self.birth_date_label, self._field("birth_date", self.birth_date))
        self.tax_code = QLineEdit()
        self.tax_code.setPlaceholderText(self.tr("10 chữ số, hoặc 10 chữ số-3 chữ số"))
        self.tax_code_label = QLabel(self.tr("Mã số thuế *"))
        f.addRow(self.tax_code_label, self._field("tax_code", self.tax_code))
        self.representative = QLineEdit()
        self.representative_label = QLabel(self.tr("Người đại diện *"))
        f.addRow(self.representative_label, self._field("representative", self.representative))
        self.representative_id = QLineEdit()
        self.representative_id.setPlaceholderText(self.tr("số định danh cá nhân của người đại diện, 12 chữ số"))
        self.representative_id_label = QLabel(self.tr("Số định danh người đại diện *"))
        f.addRow(self.representative_id_label, self._field("representative_id_number", self.representative_id))
        self.representative_title = QLineEdit()
        self.representative_title.setPlaceholderText(self.tr("ví dụ: Giám đốc"))
        self.representative_title_label = QLabel(self.tr("Chức vụ người đại diện *"))
        f.addRow(self.representative_title_label, self._field("representative_title", self.representative_title))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("ví dụ 0912345678"))
        f.addRow(self.tr("Điện thoại *"), self._field("phone", self.phone))
        self.email = QLineEdit()
        f.addRow(self.tr("Email"), self._field("email", self.email))
        self.address = QLineEdit()
        self.address.textChanged.connect(self._mirror_address)
        f.addRow(self.tr("Địa chỉ *"), self._field("address", self.address))
        rv.addLayout(f)

        self.proxy_box = QGroupBox(self.tr("Người được ủy quyền nộp thay"))
        self.proxy_box.setCheckable(True)
        self.proxy_box.setChecked(False)
        pf = form()
        self.proxy_name = QLineEdit()
        pf.addRow(self.tr("Họ và tên *"), self._field("proxy_name", self.proxy_name))
        self.proxy_id = QLineEdit()
        pf.addRow(self.tr("Số định danh *"), self._field("proxy_id_number", self.proxy_id))
        self.proxy_phone = QLineEdit()
        pf.addRow(self.tr("Điện thoại"), self._field("proxy_phone", self.proxy_phone))
        self.proxy_box.setLayout(pf)
        self.proxy_box.toggled.connect(self._proxy_toggled)
        rv.addWidget(self.proxy_box)

        rv.addWidget(QLabel(self.tr("<b>4. Nhận kết quả, phí và ghi chú</b>")))
        rf = form()
        ret_row = QWidget()
        rr = QHBoxLayout(ret_row)
        rr.setContentsMargins(0, 0, 0, 0)
        self.ret_counter = QRadioButton(self.tr("Tại Bộ phận &Một cửa"))
        self.ret_post = QRadioButton(self.tr("Qua &bưu chính"))
        self.ret_group = QButtonGroup(self)
        self.ret_group.addButton(self.ret_counter)
        self.ret_group.addButton(self.ret_post)
        self.ret_counter.setChecked(True)
        self.ret_post.toggled.connect(self._return_changed)
        rr.addWidget(self.ret_counter)
        rr.addWidget(self.ret_post)
        rr.addStretch()
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Nộp trực tiếp tại quầy"), int(Channel.IN_PERSON))
        self.channel.addItem(self.tr("Nhận qua bưu chính công ích"), int(Channel.POSTAL))
        self.channel.addItem(self.tr("Nộp trực tuyến có hỗ trợ tại quầy"), int(Channel.ONLINE))
        self.channel.currentIndexChanged.connect(self._return_changed)
        rf.addRow(self.tr("Kênh nộp"), self._field("channel", self.channel))
        self.inbound_number = QLineEdit()
        self.inbound_number.setPlaceholderText(self.tr("mã vận đơn trên phong bì, ví dụ EB123456789VN"))
        self.inbound_number_label = QLabel(self.tr("Số hiệu bưu gửi đến *"))
        rf.addRow(self.inbound_number_label, self._field("inbound_postal_number", self.inbound_number))
        rf.addRow(self.tr("Trả kết quả"), self._field("return_method", ret_row))
        self.delivery_address = QLineEdit()
        self.delivery_address.setPlaceholderText(self.tr("số nhà, đường, ấp/khu phố"))
        self.delivery_address_label = QLabel(self.tr("Địa chỉ gửi bưu chính *"))
        rf.addRow(self.delivery_address_label, self._field("delivery_address", self.delivery_address))
        self.delivery_province = UnitCombo()
        self.delivery_province.currentIndexChanged.connect(self._province_changed)
        self.delivery_province_label = QLabel(self.tr("Tỉnh, thành phố *"))
        rf.addRow(self.delivery_province_label, self._field("delivery_province", self.delivery_province))
        self.delivery_commune = UnitCombo()
        self.delivery_commune_label = QLabel(self.tr("Xã, phường *"))
        rf.addRow(self.delivery_commune_label, self._field("delivery_commune", self.delivery_commune))
        self.delivery_phone = QLineEdit()
        self.delivery_phone.setPlaceholderText(self.tr("để trống: dùng số điện thoại người nộp"))
        self.delivery_phone_label = QLabel(self.tr("Điện thoại nhận"))
        rf.addRow(self.delivery_phone_label, self._field("delivery_phone", self.delivery_phone))
        self.postage = QLineEdit()
        self.postage.setPlaceholderText(self.tr("đồng, công dân trả khi nộp hồ sơ"))
        self.postage_label = QLabel(self.tr("Cước bưu chính"))
        rf.addRow(self.postage_label, self._field("postage", self.postage))
        self.fee_section = FeeSection()
        self.fee_section.changed.connect(self._revalidate_if_shown)
        for edit in self.fee_section.findChildren(QLineEdit):
            edit.returnPressed.connect(self.accept_dossier)
        rf.addRow(self.tr("Phí, lệ phí"), self._field("fees", self.fee_section))
        self.sets = QLineEdit("1")
        self.sets.setMaximumWidth(50)
        rf.addRow(self.tr("Số bộ hồ sơ"), self._field("sets", self.sets))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Ghi chú (Enter xuống dòng; Ctrl+Enter để tiếp nhận)"))
        self.notes.setFixedHeight(56)
        self.notes.setTabChangesFocus(True)
        rf.addRow(self.tr("Ghi chú"), self._field("notes", self.notes))
        rv.addLayout(rf)

        # the footer: the due time, the summary of errors and the buttons stay in view whatever the
        # form below scrolls to (validation messages, the postal block)
        self.footer = QFrame()
        self.footer.setFrameShape(QFrame.Shape.StyledPanel)
        fv = QVBoxLayout(self.footer)
        fv.setContentsMargins(6, 4, 6, 4)
        self.due_preview = QLabel()
        self.due_preview.setWordWrap(True)
        fv.addWidget(self.due_preview)
        self.summary = FieldMessage()
        fv.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Hồ sơ mới (Ctrl+N)"))
        self.new_button.clicked.connect(self.confirm_new_dossier)
        self.accept_button = QPushButton(self.tr("Tiếp nhận hồ sơ (Enter)"))
        self.accept_button.setDefault(True)
        self.accept_button.setStyleSheet("font-weight: bold; padding: 6px 14px;")
        self.accept_button.clicked.connect(self.accept_dossier)
        self.incomplete_button = QPushButton(self.tr("Thiếu giấy tờ: yêu cầu bổ sung…"))
        self.incomplete_button.setToolTip(self.tr("Cấp mã và in Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)"))
        self.incomplete_button.clicked.connect(self.register_incomplete)
        self.refuse_button = QPushButton(self.tr("Từ chối tiếp nhận…"))
        self.refuse_button.setToolTip(self.tr("Cấp mã và in Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu 03)"))
        self.refuse_button.clicked.connect(self.register_refused)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.incomplete_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch()
        buttons.addWidget(self.accept_button)
        fv.addLayout(buttons)
        rv.addStretch()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)

        # the banner shown after acceptance
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QFrame { background: #e8f5e9; }")
        bl = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_barcode = QLabel()
        bl.addWidget(self.banner_barcode)
        bl.addWidget(self.banner_text, 1)
        col = QVBoxLayout()
        self.print_button = QPushButton(self.tr("In giấy biên nhận (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_receipt("a4"))
        self.print80_button = QPushButton(self.tr("In khổ 80 mm"))
        self.print80_button.clicked.connect(lambda: self.print_receipt("80mm"))
        self.preview_button = QPushButton(self.tr("Xem trước (Ctrl+Shift+P)"))
        self.preview_button.clicked.connect(lambda: self.preview_receipt("a4"))
        self.label_button = QPushButton(self.tr("In nhãn gửi bưu chính"))
        self.label_button.clicked.connect(self.print_label)
        for b in (self.print_button, self.print80_button, self.preview_button, self.label_button):
            col.addWidget(b)
        bl.addLayout(col)
        self.banner.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addWidget(splitter, 1)
        outer.addWidget(self.footer)

        self.setTabOrder(self.search, self.proc_list)
        self.setTabOrder(self.proc_list, self.docs)
        self.setTabOrder(self.docs, self.all_required)
        self.setTabOrder(self.all_required, self.kind_person)
        self.setTabOrder(self.kind_person, self.name)
        chain = [self.name, self.id_kind, self.id_number, self.birth_date, self.tax_code, self.representative,
                 self.representative_id, self.representative_title, self.phone, self.email, self.address, self.proxy_box,
                 self.proxy_name, self.proxy_id,
                 self.proxy_phone, self.channel, self.inbound_number, self.ret_counter, self.delivery_address,
                 self.delivery_province, self.delivery_commune, self.delivery_phone, self.postage,
                 self.sets, self.notes, self.accept_button, self.incomplete_button, self.refuse_button,
                 self.new_button]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        self._load_units()
        self._kind_changed()
        self._return_changed()
        self._proxy_toggled(False)

    def _shortcuts(self) -> None:
        for keys, slot in (
            ("Ctrl+Return", self.accept_dossier),
            ("Ctrl+Enter", self.accept_dossier),
            ("F3", self.focus_search),
            ("Ctrl+Shift+P", self.preview_receipt),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # -- catalogue ----------------------------------------------------------------------------
    def reload_catalogue(self) -> None:
        with self.db.read() as session:
            self.procedures = cat.current_procedures(session)
        self._filter_procedures(self.search.text())

    def _filter_procedures(self, text: str) -> None:
        self.proc_list.clear()
        for proc in cat.match_procedures(self.procedures, text):
            item = QListWidgetItem(f"{proc.name}\n{proc.code} · {proc.level_label} · {proc.field_name} · "
                                   f"{proc.duration.label()}")
            item.setData(Qt.ItemDataRole.UserRole, proc.id)
            item.setToolTip(f"{proc.code} — {proc.name}")
            self.proc_list.addItem(item)
        if self.proc_list.count():
            self.proc_list.setCurrentRow(0)

    def _choose_highlighted(self) -> None:
        item = self.proc_list.currentItem()
        if item is None:
            self.fields["procedure"].set_error(self.tr("Không tìm thấy thủ tục phù hợp: thử gõ ít chữ hơn hoặc mã thủ tục."))
            return
        self.choose_procedure(item.data(Qt.ItemDataRole.UserRole))
        self.docs.setFocus()
        if self.docs.rowCount():
            self.docs.setCurrentCell(0, 0)

    def choose_procedure(self, procedure_id: int) -> None:
        proc = next(p for p in self.procedures if p.id == procedure_id)
        self.procedure = proc
        self.fields["procedure"].clear()
        fees = "; ".join(f.describe() for f in proc.fees if f.amount or f.tiers) or self.tr("không thu")
        postal = self.tr("có") if proc.postal_return else self.tr("<b>không</b>")
        self.proc_info.setText(
            f"<b>{proc.title}</b> ({proc.code})<br>"
            + self.tr("Cơ quan giải quyết: ") + f"{proc.deciding_agency_name}"
            + (f" — {proc.department}" if proc.department else "") + "<br>"
            + self.tr("Thời hạn: ") + proc.duration.label() + " · " + self.tr("Phí, lệ phí: ") + fees
            + " · " + self.tr("Trả qua bưu chính: ") + postal
        )
        self.docs.blockSignals(True)
        self.docs.setRowCount(0)
        for row, doc in enumerate(proc.documents):
            self.docs.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, doc.position)
            self.docs.setItem(row, 0, check)
            optional = not doc.required and "nếu có" not in doc.name.lower()
            name = QTableWidgetItem(doc.name + (self.tr(" (nếu có)") if optional else ""))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if doc.required:
                name.setForeground(QColor("#000000"))
            else:
                name.setForeground(QColor("#555555"))
            self.docs.setItem(row, 1, name)
            for col, value in zip(COUNT_COLUMNS, (doc.originals, doc.certified_copies, doc.photocopies)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.docs.setItem(row, col, item)
        self.docs.resizeRowsToContents()
        self.docs.blockSignals(False)
        self.fee_section.set_rules(proc.fees)
        self._chain_fee_fields()
        if not proc.postal_return and self.ret_post.isChecked():
            self.ret_counter.setChecked(True)
        self.ret_post.setEnabled(proc.postal_return)
        self.ret_post.setToolTip("" if proc.postal_return else self.tr("Thủ tục này không trả kết quả qua bưu chính"))
        self._update_due_preview()

    def _chain_fee_fields(self) -> None:
        """Tab goes from the postage to the fee counts, then on to the number of sets."""
        chain = [self.postage, *self.fee_section.focus_widgets(), self.sets]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        for edit in self.fee_section.findChildren(QLineEdit):
            edit.returnPressed.connect(self.accept_dossier)

    def _update_due_preview(self) -> None:
        if self.procedure is None:
            self.due_preview.setText(self.tr("Chọn thủ tục để xem thời hạn trả kết quả."))
            return
        due = intake.preview_due(self.db, self.procedure.duration)
        self.due_preview.setText(self.tr("Nếu tiếp nhận bây giờ, hẹn trả kết quả lúc ") + f"<b>{due:%H:%M, %d/%m/%Y}</b>")

    # -- checklist ----------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        if obj is self.docs and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space:
            row = self.docs.currentRow()
            if row >= 0:
                item = self.docs.item(row, 0)
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)
                return True
        return super().eventFilter(obj, event)

    def _tick_required(self) -> None:
        if self.procedure is None:
            return
        required = {d.position for d in self.procedure.documents if d.required}
        for row in range(self.docs.rowCount()):
            item = self.docs.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) in required:
                item.setCheckState(Qt.CheckState.Checked)

    def _doc_changed(self, _item) -> None:
        self._revalidate_if_shown()

    def set_document(self, row: int, submitted: bool, counts: tuple[int, int, int] | None = None) -> None:
        self.docs.item(row, 0).setCheckState(Qt.CheckState.Checked if submitted else Qt.CheckState.Unchecked)
        if counts is not None:
            for col, value in zip(COUNT_COLUMNS, counts):
                self.docs.item(row, col).setText(str(value))

    # -- applicant ----------------------------------------------------------------------------
    def _kind_changed(self, *_args) -> None:
        person = self.kind_person.isChecked()
        for w in (self.id_kind, self.id_kind_label, self.fields["id_number"], self.id_number_label,
                  self.fields["birth_date"], self.birth_date_label):
            w.setVisible(person)
        for w in (self.fields["tax_code"], self.tax_code_label, self.fields["representative"], self.representative_label,
                  self.fields["representative_id_number"], self.representative_id_label,
                  self.fields["representative_title"], self.representative_title_label):
            w.setVisible(not person)
        self.name_label.setText(self.tr("Họ và tên *") if person else self.tr("Tên tổ chức *"))

    def _proxy_toggled(self, on: bool) -> None:
        if on:
            self.proxy_name.setFocus()

    def _return_changed(self, *_args) -> None:
        post = self.ret_post.isChecked()
        by_mail = self.channel.currentData() == int(Channel.POSTAL)
        for w in (self.fields["delivery_address"], self.delivery_address_label, self.fields["delivery_phone"],
                  self.delivery_phone_label, self.fields["delivery_province"], self.delivery_province_label,
                  self.fields["delivery_commune"], self.delivery_commune_label):
            w.setVisible(post or by_mail)
        for w in (self.fields["postage"], self.postage_label):
            w.setVisible(post)
        for w in (self.fields["inbound_postal_number"], self.inbound_number_label):
            w.setVisible(by_mail)
        if (post or by_mail) and not self.delivery_address.text():
            self.delivery_address.setText(self.address.text())
        if post and not self.postage.text():
            self._suggest_postage()

    def _mirror_address(self, text: str) -> None:
        """The postal address follows the applicant's address until the officer changes it."""
        if self.delivery_address.text() in ("", getattr(self, "_mirrored", "")):
            self.delivery_address.setText(text)
            self._mirrored = text

    def _load_units(self) -> None:
        from counter import paths
        from counter.services.office import get_office
        from counter.services.units import UnitList, load_units

        try:
            self.units = load_units()
        except paths.ResourceError:  # said once at start (counter.ui.app); the pickers stay empty
            self.units = UnitList("", "", ())
        with self.db.read() as session:
            self.tariff = intake.postage_tariff(get_office(session))
        self.delivery_province.set_units(self.units.provinces, self.tariff.home_province)
        self._province_changed()

    def _province_changed(self, *_args) -> None:
        province = self.units.province(self.delivery_province.code())
        self.delivery_commune.set_units(province.communes if province else ())
        self._suggest_postage()

    def _suggest_postage(self) -> None:
        """The office's tariff (counter.services.intake.PostageTariff)."""
        if not self.ret_post.isChecked():
            return
        amount = self.tariff.for_province(self.delivery_province.code())
        if amount:
            self.postage.setText(f"{amount:,}".replace(",", "."))

    # -- draft and validation -------------------------------------------------------------------
    def draft(self) -> intake.DossierDraft:
        lines = []
        for row in range(self.docs.rowCount()):
            check = self.docs.item(row, 0)

            def count(col):
                text = self.docs.item(row, col).text().strip()
                return int(text) if text.isdigit() else (0 if not text else -1)

            lines.append(intake.DocumentLine(
                position=check.data(Qt.ItemDataRole.UserRole),
                submitted=check.checkState() == Qt.CheckState.Checked,
                originals=count(2), certified_copies=count(3), photocopies=count(4),
            ))
        person = self.kind_person.isChecked()
        return intake.DossierDraft(
            procedure_id=self.procedure.id if self.procedure else None,
            documents=lines,
            applicant_kind="person" if person else "organisation",
            name=self.name.text(),
            id_kind=self.id_kind.currentData() if person else "tax",
            id_number=self.id_number.text() if person else "",
            birth_date=self.birth_date.text() if person else "",
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            tax_code=self.tax_code.text() if not person else "",
            representative=self.representative.text() if not person else "",
            representative_id_number=self.representative_id.text() if not person else "",
            representative_title=self.representative_title.text() if not person else "",
            has_proxy=self.proxy_box.isChecked(),
            proxy_name=self.proxy_name.text(),
            proxy_id_number=self.proxy_id.text(),
            proxy_phone=self.proxy_phone.text(),
            channel=self.channel.currentData(),
            return_method=ReturnMethod.POST if self.ret_post.isChecked() else ReturnMethod.COUNTER,
            delivery_address=self.delivery_address.text(),
            delivery_phone=self.delivery_phone.text(),
            delivery_province=self.delivery_province.code(),
            delivery_commune=self.delivery_commune.code(),
            postage=self.postage.text(),
            inbound_postal_number=self.inbound_number.text(),
            fees=self.fee_section.entries(),
            sets=self.sets.text(),
            notes=self.notes.toPlainText(),
        )

    def load_draft(self, draft: intake.DossierDraft, procedure_code: str = "") -> None:
        """Put a kept draft back on screen: the inverse of draft()."""
        self.new_dossier()
        proc = next((p for p in self.procedures if p.id == draft.procedure_id), None) or \
            next((p for p in self.procedures if procedure_code and p.code == procedure_code), None)
        if proc is not None:
            self.choose_procedure(proc.id)
            rows = {self.docs.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(self.docs.rowCount())}
            for line in draft.documents:
                if line.position in rows:
                    counts = tuple(max(n, 0) for n in (line.originals, line.certified_copies, line.photocopies))
                    self.set_document(rows[line.position], line.submitted, counts)
        (self.kind_person if draft.applicant_kind == "person" else self.kind_org).setChecked(True)
        self.id_kind.setCurrentIndex(max(self.id_kind.findData(draft.id_kind), 0))
        self.channel.setCurrentIndex(max(self.channel.findData(int(draft.channel)), 0))
        (self.ret_post if draft.return_method == ReturnMethod.POST else self.ret_counter).setChecked(True)
        self.proxy_box.setChecked(draft.has_proxy)
        self.delivery_province.setCurrentIndex(max(self.delivery_province.findData(draft.delivery_province), 0))
        self._province_changed()
        self.delivery_commune.setCurrentIndex(max(self.delivery_commune.findData(draft.delivery_commune), 0))
        for widget, value in ((self.name, draft.name), (self.id_number, draft.id_number), (self.birth_date, draft.birth_date),
                              (self.phone, draft.phone), (self.email, draft.email), (self.address, draft.address),
                              (self.tax_code, draft.tax_code), (self.representative, draft.representative),
                              (self.representative_id, draft.representative_id_number),
                              (self.representative_title, draft.representative_title),
                              (self.proxy_name, draft.proxy_name), (self.proxy_id, draft.proxy_id_number),
                              (self.proxy_phone, draft.proxy_phone), (self.delivery_address, draft.delivery_address),
                              (self.delivery_phone, draft.delivery_phone), (self.postage, draft.postage),
                              (self.inbound_number, draft.inbound_postal_number), (self.sets, draft.sets)):
            widget.setText(value)
        self.fee_section.set_entries(draft.fees)
        self.notes.setPlainText(draft.notes)
        if proc is None and draft.procedure_id is not None:
            self.fields["procedure"].set_error(self.tr("Thủ tục của hồ sơ nháp không còn trong danh mục: chọn lại thủ tục."))

    def show_messages(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        for name, field in self.fields.items():
            if name in errors:
                field.set_error(errors[name])
            elif name in warnings:
                field.set_warning(warnings[name])
            else:
                field.clear()
        if errors:
            self.summary.show_error(self.tr("Chưa tiếp nhận: còn %n thông tin cần sửa (đánh dấu màu đỏ).", "", len(errors)))
        else:
            self.summary.clear_message()

    def _revalidate_if_shown(self) -> None:
        if not self.summary.isVisible():
            return
        errors, warnings = intake.validate(self.db, self.draft())
        self.show_messages(errors, warnings)

    # -- actions -------------------------------------------------------------------------------
    def accept_dossier(self) -> None:
        """Accept on a worker thread (counter.ui.ops): the window keeps answering while the
        database waits for a lock; the button cannot start a second acceptance meanwhile."""
        if self.last_code is not None or not self.accept_button.isEnabled():
            return  # already accepted (a stray Enter), or an acceptance is running
        draft, actor = self.draft(), self.actor()
        Op(self, lambda: intake.receive(self.db, draft, actor), key="intake.accept",
           label=self.tr("Đang tiếp nhận hồ sơ…"), bus=self.bus, changes=("dossiers",), db=self.db) \
            .disable(self.accept_button, self.incomplete_button, self.refuse_button) \
            .success(self._accepted) \
            .failure(self._not_accepted) \
            .run()

    def _not_accepted(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_messages(exc.errors, exc.warnings)
            first = next((self.fields[n] for n in self.fields if n in exc.errors), None)
            if first is not None:
                first.setFocus()
            return
        if isinstance(exc, DB_PROBLEMS):
            from counter.services.safekeeping import explain

            self.summary.show_error(self.tr("Chưa tiếp nhận: không ghi được vào cơ sở dữ liệu."))
            QMessageBox.critical(self, self.tr("Chưa lưu được hồ sơ"), explain(exc, self.db.path, self.db.url))
            return
        QMessageBox.warning(self, self.tr("Chưa tiếp nhận được hồ sơ"), str(exc))

    def _accepted(self, result) -> None:
        self.show_messages({}, result.warnings)
        self.draft_keeper.discard()
        self.last_code, self.last_kind = result.code, "receipt"
        self.print_button.setText(self.tr("In giấy biên nhận (Ctrl+P)"))
        self.print80_button.show()
        self.banner.setStyleSheet("QFrame { background: #e8f5e9; }")
        warn = "".join(f"<br><span style='color:#8a5a00'>{w}</span>" for w in result.warnings.values())
        self.banner_text.setText(
            self.tr("<b>Đã tiếp nhận hồ sơ</b> ") + f"<b style='font-size:14pt'>{result.code}</b><br>"
            + self.tr("Nhận lúc: ") + f"<b>{result.received_at:%H:%M, %d/%m/%Y}</b> · "
            + self.tr("Hẹn trả: ") + f"<b>{result.due_at:%H:%M, %d/%m/%Y}</b><br>"
            + self.tr("Ctrl+P: in giấy biên nhận · Ctrl+N: hồ sơ mới") + warn
        )
        self.banner_barcode.setPixmap(barcode_pixmap(result.code, height=48))
        self.label_button.setVisible(self._postal_number() is not None)
        self.banner.show()
        self.due_preview.setText(self.tr("Đã tiếp nhận; hẹn trả kết quả lúc ") + f"<b>{result.due_at:%H:%M, %d/%m/%Y}</b>")
        self._set_form_enabled(False)
        self.print_button.setFocus()
        self.accepted.emit(result.code)

    def _form_ready(self) -> intake.DossierDraft | None:
        """The draft if everything but the checklist is valid; otherwise show the messages."""
        draft = self.draft()
        errors, warnings = intake.validate(self.db, draft, complete=False)
        if errors:
            self.show_messages(errors, warnings)
            return None
        return draft

    def register_incomplete(self) -> None:
        draft = self._form_ready()
        if draft is None:
            return
        documents = [(d.name, d.originals, d.certified_copies, d.photocopies,
                      any(line.submitted for line in draft.documents if line.position == d.position), d.required)
                     for d in self.procedure.documents]
        self.outcome = None

        def run(items, reason):
            self.outcome = intake.register_incomplete(self.db, draft, self.actor(), items, reason)

        dialog = SupplementDialog(documents, run, self)
        self.outcome_dialog = dialog
        if dialog.exec() == SupplementDialog.DialogCode.Accepted and self.outcome is not None:
            self._registered(self.outcome, "supplement", self.tr("<b>Đã lập yêu cầu bổ sung</b> cho hồ sơ "))

    def register_refused(self) -> None:
        draft = self._form_ready()
        if draft is None:
            return
        self.outcome = None

        def run(reason):
            self.outcome = intake.register_refused(self.db, draft, self.actor(), reason)

        dialog = reason_dialog(self, self.tr("Từ chối tiếp nhận hồ sơ (mẫu 03)"), self.tr("Lý do từ chối *"),
                               self.tr("Từ chối và in phiếu"), run)
        self.outcome_dialog = dialog
        if dialog.exec() == dialog.DialogCode.Accepted and self.outcome is not None:
            self._registered(self.outcome, "refusal", self.tr("<b>Đã từ chối tiếp nhận</b> hồ sơ "))

    def _registered(self, result, kind: str, headline: str) -> None:
        self.show_messages({}, result.warnings)
        self.draft_keeper.discard()
        self.last_code, self.last_kind = result.code, kind
        label = {"supplement": self.tr("In phiếu yêu cầu bổ sung (Ctrl+P)"),
                 "refusal": self.tr("In phiếu từ chối (Ctrl+P)")}[kind]
        self.print_button.setText(label)
        self.print80_button.hide()
        self.banner.setStyleSheet("QFrame { background: #fff4d6; }")
        self.banner_text.setText(headline + f"<b style='font-size:14pt'>{result.code}</b><br>"
                                 + self.tr("Ctrl+P: in phiếu · Ctrl+N: hồ sơ mới"))
        self.banner_barcode.setPixmap(barcode_pixmap(result.code, height=48))
        self.label_button.setVisible(self._postal_number() is not None)
        self.banner.show()
        self._set_form_enabled(False)
        self.print_button.setFocus()
        self.accepted.emit(result.code)
        self.bus.dossiers_changed.emit()

    def _postal_number(self) -> str | None:
        from counter.services import postal

        try:
            return postal.resolve_number(self.db, self.last_code) if self.last_code else None
        except UserError:
            return None

    def print_label(self) -> None:
        """A dossier that came by post: its receipt goes back in an envelope with this label."""
        from counter.services import postal

        number = self._postal_number()
        if number is not None:
            output.print_document(self, self.tr("Nhãn bưu gửi ") + number, lambda: postal.label_pdf(self.db, number))

    def _set_form_enabled(self, enabled: bool) -> None:
        for w in (self.search, self.proc_list, self.docs, self.all_required, self.kind_person, self.kind_org,
                  self.name, self.id_kind, self.id_number, self.birth_date, self.tax_code, self.representative,
                  self.representative_id, self.representative_title, self.phone, self.email, self.address, self.proxy_box, self.ret_counter, self.ret_post,
                  self.delivery_address, self.delivery_phone, self.channel, self.sets, self.notes,
                  self.delivery_province, self.delivery_commune, self.postage, self.inbound_number,
                  self.accept_button, self.incomplete_button, self.refuse_button):
            w.setEnabled(enabled)
        self.fee_section.set_enabled(enabled)
        if enabled and self.procedure is not None:
            self.ret_post.setEnabled(self.procedure.postal_return)

    def has_unsaved_input(self) -> bool:
        if self.last_code is not None:
            return False
        return any(w.text().strip() for w in (self.name, self.id_number, self.phone, self.address, self.tax_code)) or \
            bool(self.notes.toPlainText().strip())

    def confirm_new_dossier(self) -> None:
        if self.has_unsaved_input():
            answer = QMessageBox.question(
                self, self.tr("Bỏ hồ sơ đang nhập?"),
                self.tr("Hồ sơ đang nhập chưa được tiếp nhận. Xóa các thông tin đã nhập để bắt đầu hồ sơ mới?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.new_dossier()

    def new_dossier(self) -> None:
        if hasattr(self, "draft_keeper"):
            self.draft_keeper.discard()
        self.last_code, self.last_kind = None, "receipt"
        self.procedure = None
        self.banner.hide()
        self._set_form_enabled(True)
        for w in (self.search, self.name, self.id_number, self.birth_date, self.tax_code, self.representative,
                  self.representative_id, self.representative_title,
                  self.phone, self.email, self.address, self.proxy_name, self.proxy_id, self.proxy_phone,
                  self.delivery_address, self.delivery_phone, self.postage, self.inbound_number):
            w.clear()
        self.fee_section.set_rules(())
        self.delivery_province.setCurrentIndex(max(self.delivery_province.findData(
            self.tariff.home_province), 0))
        self.sets.setText("1")
        self.notes.clear()
        self.kind_person.setChecked(True)
        self.id_kind.setCurrentIndex(0)
        self.proxy_box.setChecked(False)
        self.ret_counter.setChecked(True)
        self.ret_post.setEnabled(True)
        self.channel.setCurrentIndex(0)
        self.docs.setRowCount(0)
        self.proc_info.setText(self.tr("Chưa chọn thủ tục."))
        self.show_messages({}, {})
        self._update_due_preview()
        QTimer.singleShot(0, self.focus_search)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def receipt_pdf(self, layout: str = "a4") -> bytes | None:
        if self.last_code is None:
            return None
        return forms.form_pdf(self.db, self.last_kind, self.last_code, layout)

    def print_receipt(self, layout: str = "a4") -> None:
        if self.last_code is None:
            QMessageBox.information(self, self.tr("In giấy biên nhận"), self.tr("Chưa có hồ sơ vừa tiếp nhận để in."))
            return
        code, kind, actor = self.last_code, self.last_kind, self.actor()
        output.print_document(self, self.tr("Hồ sơ ") + code,
                              lambda: forms.form_pdf(self.db, kind, code, layout),
                              printed=(lambda: forms.record_receipt_print(self.db, code, layout, actor))
                              if kind == "receipt" else None)

    def preview_receipt(self, layout: str = "a4") -> None:
        if self.last_code is None:
            return
        code, kind = self.last_code, self.last_kind
        output.preview_document(self, self.tr("Giấy tiếp nhận hồ sơ ") + code,
                                lambda: forms.form_pdf(self.db, kind, code, layout),
                                shown=lambda dialog: setattr(self, "preview_dialog", dialog))
