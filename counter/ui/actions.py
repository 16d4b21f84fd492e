"""Small dialogs that collect what a life-cycle step needs (a reason, the missing documents, who
collects a result …). Each validates through the service and keeps what was typed on error."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDateTimeEdit, QDialogButtonBox,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QTableWidget,
                               QTableWidgetItem)

from counter.domain.papers import surely_missing
from counter.services.errors import UserError, ValidationFailed
from counter.services.lifecycle import MissingItem
from counter.ui.labels import shown, shown_error
from counter.ui.ops import Op, describe
from counter.ui.widgets import Field, FormDialog


class StepDialog(FormDialog):
    """Base: a form, an error line and OK/Cancel; ``run`` calls the service on OK."""

    def __init__(self, title: str, ok_text: str, parent=None):
        super().__init__(title, 560, parent)
        self.finish(ok_text, self._ok, self.tr("Hủy"))
        self.action = None  # a step done on the GUI thread (it asks for a file, say)
        self.work = None  # (run, values): run(*values()) — the values read here, the step off the GUI thread

    def set_step(self, run, values) -> None:
        """``values()`` reads what the officer entered (on the GUI thread); ``run(*values)`` does
        the step through counter.ui.ops, off the GUI thread. OK stays disabled meanwhile (the step
        cannot be started twice); the dialog closes when it is done, and stays open with the
        message where it belongs when it is refused."""
        self.work = (run, values)

    def _ok(self) -> None:
        self.clear_messages()
        if self.work is not None:
            run, values = self.work
            args = values()
            Op(self, lambda: run(*args), key=f"step.{id(self)}", label=self.windowTitle()) \
                .disable(self.buttons).success(lambda _result: self.accept()).failure(self._refused).run()
            return
        try:
            self.action()
        except UserError as exc:
            self._refused(exc)
            return
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            placed = False
            for name, message in exc.errors.items():
                if name in self.fields:
                    self.fields[name].set_error(shown(message))
                    placed = True
            if not placed:
                self.error.show_error(shown_error(exc))
        else:
            self.error.show_error(describe(exc))
        self._make_room()

    def _make_room(self) -> None:
        """A message under a field pushes the next rows down: the dialog grows to hold it, so
        it never overlaps the next row."""
        self.layout_.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height(),
                                      self.layout_.totalHeightForWidth(self.width())))


def reason_dialog(parent, title: str, label: str, ok_text: str, run) -> StepDialog:
    """A dialog asking for one reason; ``run(reason)`` performs the step."""
    dialog = StepDialog(title, ok_text, parent)
    reason = QPlainTextEdit()
    reason.setTabChangesFocus(True)
    reason.setFixedHeight(90)
    dialog.add(label, "reason", reason)
    dialog.set_step(run, lambda: (reason.toPlainText(),))
    dialog.reason = reason
    return dialog


class SupplementDialog(StepDialog):
    """List everything that is missing, once, each with its reason."""

    def __init__(self, documents: list[tuple], run, parent=None):
        """``documents``: (name, originals, certified copies, photocopies, submitted[, required]).
        Only required papers not submitted are ticked; a conditional one ("trường hợp ủy quyền",
        "nếu có") is left to the officer."""
        super().__init__(self.tr("Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)"), self.tr("Lập phiếu yêu cầu bổ sung"), parent)
        self.resize(760, 480)
        hint = QLabel(self.tr("Đánh dấu mọi giấy tờ còn thiếu hoặc chưa hợp lệ và ghi lý do; thêm dòng cho nội dung "
                              "khác. Phiếu liệt kê tất cả trong một lần."))
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Giấy tờ / nội dung cần bổ sung"), self.tr("Lý do")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)  # a long paper name wraps, whole
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts: list[tuple[int, int, int]] = []
        for name, originals, certified, photocopies, submitted, *rest in documents:
            missing = surely_missing(name, rest[0] if rest else True, submitted)
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if missing else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(self.tr("Chưa nộp") if missing else ""))
            self.counts.append((originals, certified, photocopies))
        self.fields["items"] = Field(self.table)
        self.layout_.insertWidget(1, self.fields["items"], 1)
        add = QPushButton(self.tr("Thêm dòng"))
        add.clicked.connect(self._add_row)
        self.layout_.insertWidget(2, add, 0, Qt.AlignmentFlag.AlignLeft)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        self.reason.setTabChangesFocus(True)
        self.add(self.tr("Ghi chú chung"), "reason", self.reason)
        self.set_step(run, lambda: (self.items(), self.reason.toPlainText()))

    def _add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.table.setItem(row, 0, item)
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.counts.append((0, 0, 0))
        self.table.editItem(item)

    def items(self) -> list[MissingItem]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                originals, certified, photocopies = self.counts[row]
                out.append(MissingItem(item.text(), self.table.item(row, 1).text(), originals, certified, photocopies))
        return out


class ForwardDialog(StepDialog):
    def __init__(self, destinations: list[str], run, parent=None, title: str | None = None):
        super().__init__(title or self.tr("Chuyển hồ sơ đến cơ quan, bộ phận giải quyết"), self.tr("Chuyển"), parent)
        self.to_party = QComboBox()
        self.to_party.setEditable(True)
        self.to_party.addItems(destinations)
        self.add(self.tr("Nơi nhận *"), "to_party", self.to_party)
        self.receiver = QLineEdit()
        self.add(self.tr("Người nhận"), "receiver", self.receiver)
        self.set_step(run, lambda: (self.to_party.currentText(), self.receiver.text()))


class ExtendDialog(StepDialog):
    """The new due moment: a working moment proposed; one outside the office's hours is said at
    once, and OK is refused (the service refuses it too)."""

    def __init__(self, current_due, run, parent=None, *, proposed=None, working=None):
        super().__init__(self.tr("Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)"), self.tr("Gia hạn"), parent)
        note = QLabel(self.tr("Hẹn hiện tại: %1. Thời hạn chỉ được điều chỉnh một lần.")
                      .replace("%1", f"{current_due:%H:%M, %d/%m/%Y}"))
        note.setWordWrap(True)
        self.layout_.insertWidget(0, note)
        self.new_due = QDateTimeEdit(QDateTime(proposed) if proposed is not None else QDateTime(current_due).addDays(5))
        self.new_due.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.new_due.setCalendarPopup(True)
        self.add(self.tr("Hẹn trả mới *"), "new_due", self.new_due)
        self.working = working
        if working is not None:
            self.new_due.dateTimeChanged.connect(self._check_working)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.reason.setTabChangesFocus(True)
        self.add(self.tr("Lý do chậm trễ *"), "reason", self.reason)
        self.set_step(run, lambda: (self.new_due.dateTime().toPython().replace(second=0, microsecond=0),
                                    self.reason.toPlainText()))


    def _check_working(self, *_args) -> bool:
        moment = self.new_due.dateTime().toPython().replace(second=0, microsecond=0)
        ok = self.working(moment)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(ok)
        if ok:
            self.fields["new_due"].clear()
        else:
            self.fields["new_due"].set_error(self.tr("Ngoài giờ làm việc hoặc ngày nghỉ: chọn một giờ làm việc."))
        return ok


class ResultDialog(StepDialog):
    def __init__(self, run, parent=None):
        super().__init__(self.tr("Nhận kết quả từ cơ quan giải quyết"), self.tr("Ghi nhận kết quả"), parent)
        self.giver = QLineEdit()
        self.add(self.tr("Người giao kết quả"), "giver", self.giver)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("ví dụ: Giấy chứng nhận số …"))
        self.add(self.tr("Kết quả"), "note", self.note)
        self.set_step(run, lambda: (self.giver.text(), self.note.text()))


class ReturnDialog(StepDialog):
    """Who collects the result: the applicant (ID checked against the dossier) or an authorised
    person (name, personal ID, the authorisation)."""

    def __init__(self, applicant: str, run, parent=None, *, originals: list[str] | None = None):
        super().__init__(self.tr("Trả kết quả tại quầy"), self.tr("Trả kết quả và in phiếu xác nhận"), parent)
        self.paper_note = QLabel()
        self.paper_note.setWordWrap(True)
        self.paper_note.setStyleSheet("color: #8a4b00; font-weight: bold")
        if originals:  # a dossier filed online: the paper originals are checked when the result is collected
            self.paper_note.setText(self.tr("Hồ sơ nộp trực tuyến: người nhận phải xuất trình bản chính để đối chiếu trước "
                                            "khi nhận kết quả — {0}.").format("; ".join(originals)))
            self.form.addRow(self.paper_note)
        self.applicant = QRadioButton(self.tr("Người nộp hồ sơ: %1").replace("%1", applicant))
        self.proxy = QRadioButton(self.tr("Người được ủy quyền nhận thay"))
        group = QButtonGroup(self)
        group.addButton(self.applicant)
        group.addButton(self.proxy)
        self.applicant.setChecked(True)
        self.form.addRow(self.tr("Người nhận"), self.applicant)
        self.form.addRow("", self.proxy)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("quét hoặc gõ số trên giấy tờ tùy thân"))
        self.add(self.tr("Số giấy tờ *"), "id_number", self.id_number)
        self.name = QLineEdit()
        self.add(self.tr("Họ tên người nhận thay"), "name", self.name)
        self.authorisation = QLineEdit()
        self.authorisation.setPlaceholderText(self.tr("số, ngày của giấy ủy quyền"))
        self.add(self.tr("Giấy ủy quyền"), "authorisation", self.authorisation)
        self.proxy.toggled.connect(self._toggle)
        self._toggle(False)
        self.id_number.returnPressed.connect(self._ok)
        self.set_step(run, lambda: ("proxy" if self.proxy.isChecked() else "applicant", self.name.text(),
                                    self.id_number.text(), self.authorisation.text()))

    def _toggle(self, proxy: bool) -> None:
        self.fields["name"].setEnabled(proxy)
        self.fields["authorisation"].setEnabled(proxy)
