"""The sections of the intake screen (counter.ui.intake.IntakePage) and the one table of its fields.

- :class:`ProcedureSection` — 1. find and choose the procedure;
- :class:`ChecklistSection` — 2. the documents submitted, with their counts;
- :class:`FormSection` ``applicant`` — 3. who submits (person or organisation, and a proxy);
- :class:`FormSection` ``return`` — 4. the channel, the return of the result, fees
  (counter.ui.fees.FeeSection), number of sets and notes.

:data:`FIELDS` lists every input of sections 3 and 4 once, in screen and Tab order: its validation
key (also the :class:`counter.services.intake.DossierDraft` attribute), the page attribute that
holds it, its label and placeholder, and when it is shown. Building, reading the draft, putting a
draft back, clearing, enabling, showing and the Tab order all follow the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFrame, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from counter.domain.status import Channel
from counter.services import catalogue as cat
from counter.services import intake
from counter.ui.fees import FeeSection
from counter.ui.labels import shown, tr_label
from counter.ui.widgets import Field, UnitCombo, form

COUNT_COLUMNS = (2, 3, 4)
CONTEXT = "IntakeFields"


def tr_field(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


# when a row is shown
ALWAYS, PERSON, ORGANISATION, DELIVERY, POST, MAIL = "", "person", "organisation", "delivery", "post", "mail"


@dataclass(frozen=True)
class FieldSpec:
    key: str                 # validation key and DossierDraft attribute
    attr: str                # the page attribute holding the editor (and attr + "_label" its label)
    label: str               # Vietnamese, translated in the context "IntakeFields"
    placeholder: str = ""
    section: str = "applicant"  # applicant | proxy | return
    shown: str = ALWAYS      # ALWAYS | PERSON | ORGANISATION | DELIVERY (post or by mail) | POST | MAIL
    kind: str = "text"       # text | id_kind | channel | return_method | unit | fees | notes
    field: bool = True       # wrapped in a Field (has a message underneath)

    @property
    def text(self) -> bool:
        """A one-line text input, read and written as text."""
        return self.kind == "text"


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "name", QT_TRANSLATE_NOOP("IntakeFields", "Họ và tên *")),
    FieldSpec("id_kind", "id_kind", QT_TRANSLATE_NOOP("IntakeFields", "Giấy tờ"), shown=PERSON, kind="id_kind", field=False),
    FieldSpec("id_number", "id_number", QT_TRANSLATE_NOOP("IntakeFields", "Số giấy tờ *"), QT_TRANSLATE_NOOP("IntakeFields", "12 chữ số"), shown=PERSON),
    FieldSpec("birth_date", "birth_date", QT_TRANSLATE_NOOP("IntakeFields", "Ngày sinh"), QT_TRANSLATE_NOOP("IntakeFields", "ngày/tháng/năm, ví dụ 05/09/1990"),
              shown=PERSON),
    FieldSpec("tax_code", "tax_code", QT_TRANSLATE_NOOP("IntakeFields", "Mã số thuế *"), QT_TRANSLATE_NOOP("IntakeFields", "10 chữ số, hoặc 10 chữ số-3 chữ số"),
              shown=ORGANISATION),
    FieldSpec("representative", "representative", QT_TRANSLATE_NOOP("IntakeFields", "Người đại diện *"), shown=ORGANISATION),
    FieldSpec("representative_id_number", "representative_id", QT_TRANSLATE_NOOP("IntakeFields", "Số định danh người đại diện *"),
              QT_TRANSLATE_NOOP("IntakeFields", "số định danh cá nhân của người đại diện, 12 chữ số"), shown=ORGANISATION),
    FieldSpec("representative_title", "representative_title", QT_TRANSLATE_NOOP("IntakeFields", "Chức vụ người đại diện *"),
              QT_TRANSLATE_NOOP("IntakeFields", "ví dụ: Giám đốc"), shown=ORGANISATION),
    FieldSpec("phone", "phone", QT_TRANSLATE_NOOP("IntakeFields", "Điện thoại *"), QT_TRANSLATE_NOOP("IntakeFields", "ví dụ 0912345678")),
    FieldSpec("email", "email", QT_TRANSLATE_NOOP("IntakeFields", "Email")),
    FieldSpec("address", "address", QT_TRANSLATE_NOOP("IntakeFields", "Địa chỉ *")),
    FieldSpec("proxy_name", "proxy_name", QT_TRANSLATE_NOOP("IntakeFields", "Họ và tên *"), section="proxy"),
    FieldSpec("proxy_id_number", "proxy_id", QT_TRANSLATE_NOOP("IntakeFields", "Số định danh *"), section="proxy"),
    FieldSpec("proxy_phone", "proxy_phone", QT_TRANSLATE_NOOP("IntakeFields", "Điện thoại"), section="proxy"),
    FieldSpec("channel", "channel", QT_TRANSLATE_NOOP("IntakeFields", "Kênh nộp"), section="return", kind="channel"),
    FieldSpec("inbound_postal_number", "inbound_number", QT_TRANSLATE_NOOP("IntakeFields", "Số hiệu bưu gửi đến *"),
              QT_TRANSLATE_NOOP("IntakeFields", "mã vận đơn trên phong bì, ví dụ EB123456789VN"), section="return", shown=MAIL),
    FieldSpec("return_method", "ret_row", QT_TRANSLATE_NOOP("IntakeFields", "Trả kết quả"), section="return", kind="return_method"),
    FieldSpec("delivery_address", "delivery_address", QT_TRANSLATE_NOOP("IntakeFields", "Địa chỉ gửi bưu chính *"),
              QT_TRANSLATE_NOOP("IntakeFields", "số nhà, đường, ấp/khu phố"), section="return", shown=DELIVERY),
    FieldSpec("delivery_province", "delivery_province", QT_TRANSLATE_NOOP("IntakeFields", "Tỉnh, thành phố *"), section="return",
              shown=DELIVERY, kind="unit"),
    FieldSpec("delivery_commune", "delivery_commune", QT_TRANSLATE_NOOP("IntakeFields", "Xã, phường *"), section="return", shown=DELIVERY,
              kind="unit"),
    FieldSpec("delivery_phone", "delivery_phone", QT_TRANSLATE_NOOP("IntakeFields", "Điện thoại nhận"),
              QT_TRANSLATE_NOOP("IntakeFields", "để trống: dùng số điện thoại người nộp"), section="return", shown=DELIVERY),
    FieldSpec("postage", "postage", QT_TRANSLATE_NOOP("IntakeFields", "Cước bưu chính"), QT_TRANSLATE_NOOP("IntakeFields", "đồng, công dân trả khi nộp hồ sơ"),
              section="return", shown=POST),
    FieldSpec("fees", "fee_section", QT_TRANSLATE_NOOP("IntakeFields", "Phí, lệ phí"), section="return", kind="fees"),
    FieldSpec("sets", "sets", QT_TRANSLATE_NOOP("IntakeFields", "Số bộ hồ sơ"), section="return"),
    FieldSpec("notes", "notes", QT_TRANSLATE_NOOP("IntakeFields", "Ghi chú"), QT_TRANSLATE_NOOP("IntakeFields", "Ghi chú (Enter xuống dòng; Ctrl+Enter để tiếp nhận)"),
              section="return", kind="notes"),
)
TEXT_FIELDS = tuple(s for s in FIELDS if s.text)


def visible(spec: FieldSpec, *, person: bool, post: bool, by_mail: bool) -> bool:
    return {ALWAYS: True, PERSON: person, ORGANISATION: not person, DELIVERY: post or by_mail, POST: post,
            MAIL: by_mail}[spec.shown]


def applies(spec: FieldSpec, person: bool) -> bool:
    """Whether the draft takes the field's text: a person's fields for a person, an organisation's
    for an organisation, the others always."""
    return spec.shown not in (PERSON, ORGANISATION) or (spec.shown == PERSON) == person


class ArrowsToList(QObject):
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


def _bare(layout):
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class ProcedureSection(QWidget):
    """1. The procedure: search (with or without diacritics), the matching list, what was chosen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lv = _bare(QVBoxLayout(self))
        lv.addWidget(QLabel(self.tr("<b>1. Thủ tục hành chính</b>")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, có dấu hoặc không dấu (F3)"))
        self.search.setClearButtonEnabled(True)
        self.proc_list = QListWidget()
        self.proc_list.setAlternatingRowColors(True)
        self.proc_list.setWordWrap(True)
        self.search.installEventFilter(ArrowsToList(self.proc_list))
        self.field = Field(self.search)
        lv.addWidget(self.field)
        lv.addWidget(self.proc_list, 2)
        self.proc_info = QLabel()
        self.proc_info.setWordWrap(True)
        self.proc_info.setTextFormat(Qt.TextFormat.RichText)
        self.proc_info.setFrameShape(QFrame.Shape.StyledPanel)
        self.proc_info.setMinimumHeight(60)
        lv.addWidget(self.proc_info)

    def list_procedures(self, procedures: list[cat.ProcedureInfo], text: str) -> None:
        self.proc_list.clear()
        for proc in cat.match_procedures(procedures, text):
            item = QListWidgetItem(f"{proc.name}\n{proc.code} · {tr_label(proc.level_label)} · {proc.field_name} · "
                                   f"{shown(proc.duration.label())}")
            item.setData(Qt.ItemDataRole.UserRole, proc.id)
            item.setToolTip(f"{proc.code} — {proc.name}")
            self.proc_list.addItem(item)
        if self.proc_list.count():
            self.proc_list.setCurrentRow(0)

    def highlighted(self) -> int | None:
        item = self.proc_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def describe(self, proc: cat.ProcedureInfo) -> None:
        fees = "; ".join(shown(f.describe()) for f in proc.fees if f.amount or f.tiers) or self.tr("không thu")
        deciding = proc.deciding_agency_name + (f" — {proc.department}" if proc.department else "")
        terms = (self.tr("Thời hạn: %1 · Phí, lệ phí: %2 · Trả qua bưu chính: có") if proc.postal_return
                 else self.tr("Thời hạn: %1 · Phí, lệ phí: %2 · Trả qua bưu chính: <b>không</b>"))
        self.proc_info.setText(
            f"<b>{proc.title}</b> ({proc.code})<br>"
            + self.tr("Cơ quan giải quyết: %1").replace("%1", deciding) + "<br>"
            + terms.replace("%1", shown(proc.duration.label())).replace("%2", fees)
        )


class ChecklistSection(QWidget):
    """2. The documents of the procedure: ticked when submitted (Space), with their counts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lv = _bare(QVBoxLayout(self))
        doc_head = QHBoxLayout()
        doc_head.addWidget(QLabel(self.tr("<b>2. Thành phần hồ sơ</b> (Space: đánh dấu đã nộp)")))
        doc_head.addStretch()
        self.all_required = QPushButton(self.tr("Đủ giấy tờ &bắt buộc"))
        self.all_required.setToolTip(self.tr("Đánh dấu đã nộp tất cả giấy tờ bắt buộc (Alt+B)"))
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
        self.field = Field(self.docs)
        lv.addWidget(self.field, 3)

    def eventFilter(self, obj, event):
        if obj is self.docs and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space:
            row = self.docs.currentRow()
            if row >= 0:
                item = self.docs.item(row, 0)
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)
                return True
        return super().eventFilter(obj, event)

    def fill(self, proc: cat.ProcedureInfo) -> None:
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
            name = QTableWidgetItem(self.tr("%1 (nếu có)").replace("%1", doc.name) if optional else doc.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setForeground(QColor("#000000" if doc.required else "#555555"))
            self.docs.setItem(row, 1, name)
            for col, value in zip(COUNT_COLUMNS, (doc.originals, doc.certified_copies, doc.photocopies)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.docs.setItem(row, col, item)
        self.docs.resizeRowsToContents()
        self.docs.blockSignals(False)

    def tick(self, positions: set[int]) -> None:
        for row in range(self.docs.rowCount()):
            item = self.docs.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) in positions:
                item.setCheckState(Qt.CheckState.Checked)

    def set_document(self, row: int, submitted: bool, counts: tuple[int, int, int] | None = None) -> None:
        self.docs.item(row, 0).setCheckState(Qt.CheckState.Checked if submitted else Qt.CheckState.Unchecked)
        if counts is not None:
            for col, value in zip(COUNT_COLUMNS, counts):
                self.docs.item(row, col).setText(str(value))

    def rows(self) -> dict[int, int]:
        """Document position → table row."""
        return {self.docs.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(self.docs.rowCount())}

    def lines(self) -> list[intake.DocumentLine]:
        lines = []
        for row in range(self.docs.rowCount()):
            check = self.docs.item(row, 0)
            counts = [intake.parse_count(self.docs.item(row, col).text()) for col in COUNT_COLUMNS]
            lines.append(intake.DocumentLine(position=check.data(Qt.ItemDataRole.UserRole),
                                             submitted=check.checkState() == Qt.CheckState.Checked,
                                             originals=counts[0], certified_copies=counts[1], photocopies=counts[2]))
        return lines


class FormSection(QWidget):
    """Section 3 (``applicant``, with its ``proxy`` group) or 4 (``return``), built from
    :data:`FIELDS`. ``editors`` and ``labels`` are keyed by the field's key; ``fields`` holds the
    :class:`Field` wrappers, made by ``make_field(key, editor)``."""

    def __init__(self, section: str, title: str, make_field: Callable[[str, QWidget], Field], parent=None):
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        layout = _bare(QVBoxLayout(self))
        layout.addWidget(QLabel(title))
        if section == "applicant":
            layout.addLayout(self._kind_row())
        layout.addLayout(self._rows(section, make_field))
        if section == "applicant":
            self.proxy_box = QGroupBox(self.tr("Người được ủy quyền nộp thay"))
            self.proxy_box.setCheckable(True)
            self.proxy_box.setChecked(False)
            self.proxy_box.setLayout(self._rows("proxy", make_field))
            layout.addWidget(self.proxy_box)

    def _choice(self, layout: QHBoxLayout, first: str, second: str) -> tuple[QRadioButton, QRadioButton, QButtonGroup]:
        """Two exclusive choices side by side, the first chosen."""
        a, b, group = QRadioButton(first), QRadioButton(second), QButtonGroup(self)
        for button in (a, b):
            group.addButton(button)
            layout.addWidget(button)
        a.setChecked(True)
        layout.addStretch()
        return a, b, group

    def _kind_row(self) -> QHBoxLayout:
        kind_row = QHBoxLayout()
        self.kind_person, self.kind_org, self.kind_group = self._choice(kind_row, self.tr("&Cá nhân"), self.tr("&Tổ chức"))
        return kind_row

    def _rows(self, section: str, make_field):
        f = form()
        for spec in FIELDS:
            if spec.section != section:
                continue
            editor = self._editor(spec)
            self.editors[spec.key] = editor
            self.labels[spec.key] = label = QLabel(tr_field(spec.label))
            f.addRow(label, make_field(spec.key, editor) if spec.field else editor)
        return f

    def _editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "id_kind":
            editor = QComboBox()
            editor.addItem(self.tr("Số định danh cá nhân / CCCD"), "cccd")
            editor.addItem(self.tr("Hộ chiếu (người nước ngoài)"), "passport")
        elif spec.kind == "channel":
            editor = QComboBox()
            editor.addItem(self.tr("Nộp trực tiếp tại quầy"), int(Channel.IN_PERSON))
            editor.addItem(self.tr("Nhận qua bưu chính công ích"), int(Channel.POSTAL))
            editor.addItem(self.tr("Nộp trực tuyến có hỗ trợ tại quầy"), int(Channel.ONLINE))
        elif spec.kind == "return_method":
            editor = self._return_row()
        elif spec.kind == "unit":
            editor = UnitCombo()
        elif spec.kind == "fees":
            editor = FeeSection()
        elif spec.kind == "notes":
            editor = QPlainTextEdit()
            editor.setPlaceholderText(tr_field(spec.placeholder))
            editor.setFixedHeight(56)
            editor.setTabChangesFocus(True)
        else:
            editor = QLineEdit(intake.DossierDraft.sets if spec.key == "sets" else "")
            editor.setPlaceholderText(tr_field(spec.placeholder))
            if spec.key == "sets":
                editor.setMaximumWidth(50)
        return editor

    def _return_row(self) -> QWidget:
        ret_row = QWidget()
        self.ret_counter, self.ret_post, self.ret_group = self._choice(
            _bare(QHBoxLayout(ret_row)), self.tr("Tại Bộ phận &Một cửa"), self.tr("Qua &bưu chính"))
        return ret_row
