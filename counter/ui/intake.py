"""The intake screen: find the procedure, tick the documents, enter the applicant, accept, print.

Keyboard: type in the procedure search and press Enter to take the highlighted procedure (arrows
move the highlight); Space ticks a document; Enter in any one-line field accepts; Ctrl+Enter
accepts from anywhere; Ctrl+N starts a new dossier; Ctrl+P prints the receipt.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counter import paths
from counter.domain.status import Channel, ReturnMethod
from counter.services import catalogue as cat
from counter.services import desk, forms, intake, postal
from counter.errors import DatabaseProblem
from counter.services.errors import UserError, ValidationFailed

from counter.services.safekeeping import explain
from counter.services.units import UnitList, load_units
from counter.ui import output
from counter.ui.actions import SupplementDialog, reason_dialog
from counter.ui.barcode import barcode_pixmap
from counter.ui.draft_keeper import DraftKeeper
from counter.ui.intake_sections import (
    COUNT_COLUMNS,  # noqa: F401  (re-exported: tests address the count columns)
    FIELDS,
    TEXT_FIELDS,
    ChecklistSection,
    FormSection,
    ProcedureSection,
    applies,
    visible,
)
from counter.ui.labels import shown, shown_error
from counter.ui.ops import Op
from counter.ui.widgets import Field, FieldMessage, push_button




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
        splitter.addWidget(self._left())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._right())
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        self.footer = self._footer()
        self.banner = self._banner()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addWidget(splitter, 1)
        outer.addWidget(self.footer)
        self._tab_order()
        self._load_units()
        self._kind_changed()
        self._return_changed()
        self._proxy_toggled(False)

    def _left(self) -> QWidget:
        """Sections 1 and 2: the procedure and its checklist."""
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 6, 6)
        self.procedure_section = ProcedureSection()
        self.search, self.proc_list = self.procedure_section.search, self.procedure_section.proc_list
        self.proc_info = self.procedure_section.proc_info
        self.fields["procedure"] = self.procedure_section.field
        self.search.textChanged.connect(self._filter_procedures)
        self.search.returnPressed.connect(self._choose_highlighted)
        self.proc_list.itemActivated.connect(lambda _item: self._choose_highlighted())
        self.proc_list.itemDoubleClicked.connect(lambda _item: self._choose_highlighted())
        lv.addWidget(self.procedure_section, 2)
        self.checklist = ChecklistSection()
        self.docs, self.all_required = self.checklist.docs, self.checklist.all_required
        self.fields["documents"] = self.checklist.field
        self.all_required.clicked.connect(self._tick_required)
        self.docs.itemChanged.connect(self._doc_changed)
        lv.addWidget(self.checklist, 3)
        return left

    def _right(self) -> QWidget:
        """Sections 3 and 4, from the field table: every editor and its label become attributes
        of the page under the table's names (self.name, self.name_label…)."""
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 6, 6, 6)
        self.applicant = FormSection("applicant", self.tr("<b>3. Người nộp hồ sơ</b>"), self._field)
        self.returns = FormSection("return", self.tr("<b>4. Nhận kết quả, phí và ghi chú</b>"), self._field)
        for section in (self.applicant, self.returns):
            for spec in FIELDS:
                if spec.key in section.editors:
                    setattr(self, spec.attr, section.editors[spec.key])
                    setattr(self, f"{spec.attr}_label", section.labels[spec.key])
            rv.addWidget(section)
        self.kind_person, self.kind_org = self.applicant.kind_person, self.applicant.kind_org
        self.kind_group, self.proxy_box = self.applicant.kind_group, self.applicant.proxy_box
        self.ret_counter, self.ret_post, self.ret_group = self.returns.ret_counter, self.returns.ret_post, self.returns.ret_group
        self.kind_person.toggled.connect(self._kind_changed)
        self.proxy_box.toggled.connect(self._proxy_toggled)
        self.address.textChanged.connect(self._mirror_address)
        self.ret_post.toggled.connect(self._return_changed)
        self.channel.currentIndexChanged.connect(self._return_changed)
        self.delivery_province.currentIndexChanged.connect(self._province_changed)
        self.fee_section.changed.connect(self._revalidate_if_shown)
        for edit in self.fee_section.findChildren(QLineEdit):
            edit.returnPressed.connect(self.accept_dossier)
        rv.addStretch()
        return right

    def _footer(self) -> QFrame:
        """The due time, the summary of errors and the buttons stay in view whatever the form
        above scrolls to (validation messages, the postal block)."""
        footer = QFrame()
        footer.setFrameShape(QFrame.Shape.StyledPanel)
        fv = QVBoxLayout(footer)
        fv.setContentsMargins(6, 4, 6, 4)
        self.due_preview = QLabel()
        self.due_preview.setWordWrap(True)
        fv.addWidget(self.due_preview)
        self.summary = FieldMessage()
        fv.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.new_button = push_button(self.tr("Hồ sơ mới (Ctrl+N)"), self.confirm_new_dossier)
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
        return footer

    def _banner(self) -> QFrame:
        """Shown after acceptance: the code, its barcode and the print buttons."""
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QFrame { background: #e8f5e9; }")
        bl = QHBoxLayout(banner)
        self.banner_text = QLabel()
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_barcode = QLabel()
        bl.addWidget(self.banner_barcode)
        bl.addWidget(self.banner_text, 1)
        col = QVBoxLayout()
        self.print_button = push_button(self.tr("In giấy biên nhận (Ctrl+P)"), lambda: self.print_receipt("a4"))
        self.print80_button = push_button(self.tr("In khổ 80 mm"), lambda: self.print_receipt("80mm"))
        self.preview_button = push_button(self.tr("Xem trước (Ctrl+Shift+P)"), lambda: self.preview_receipt("a4"))
        self.label_button = push_button(self.tr("In nhãn gửi bưu chính"), self.print_label)
        for b in (self.print_button, self.print80_button, self.preview_button, self.label_button):
            col.addWidget(b)
        bl.addLayout(col)
        banner.hide()
        return banner

    def _tab_order(self) -> None:
        """Procedure, checklist, then the table's order (the proxy group before its fields, the
        return choice by its first button; the fees are chained in by _chain_fee_fields)."""
        chain = [self.search, self.proc_list, self.docs, self.all_required, self.kind_person]
        for spec in FIELDS:
            if spec.key == "proxy_name":
                chain.append(self.proxy_box)
            if spec.kind != "fees":
                chain.append(self.ret_counter if spec.kind == "return_method" else getattr(self, spec.attr))
        chain += [self.accept_button, self.incomplete_button, self.refuse_button, self.new_button]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)

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
        self.procedures = desk.intake_procedures(self.db)
        self._filter_procedures(self.search.text())

    def _filter_procedures(self, text: str) -> None:
        self.procedure_section.list_procedures(self.procedures, text)

    def _choose_highlighted(self) -> None:
        procedure_id = self.procedure_section.highlighted()
        if procedure_id is None:
            self.fields["procedure"].set_error(self.tr("Không tìm thấy thủ tục phù hợp: thử gõ ít chữ hơn hoặc mã thủ tục."))
            return
        self.choose_procedure(procedure_id)
        self.docs.setFocus()
        if self.docs.rowCount():
            self.docs.setCurrentCell(0, 0)

    def choose_procedure(self, procedure_id: int) -> None:
        proc = next(p for p in self.procedures if p.id == procedure_id)
        self.procedure = proc
        self.fields["procedure"].clear()
        self.procedure_section.describe(proc)
        self.checklist.fill(proc)
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
        self.due_preview.setText(self.tr("Nếu tiếp nhận bây giờ, hẹn trả kết quả lúc %1").replace("%1", f"<b>{due:%H:%M, %d/%m/%Y}</b>"))

    # -- checklist ----------------------------------------------------------------------------
    def _tick_required(self) -> None:
        if self.procedure is not None:
            self.checklist.tick({d.position for d in self.procedure.documents if d.required})

    def _doc_changed(self, _item) -> None:
        self._revalidate_if_shown()

    def set_document(self, row: int, submitted: bool, counts: tuple[int, int, int] | None = None) -> None:
        self.checklist.set_document(row, submitted, counts)

    # -- applicant ----------------------------------------------------------------------------
    def _show_rows(self) -> None:
        """Each row of the table shown or hidden by its rule (person/organisation, post, by mail)."""
        person, post = self.kind_person.isChecked(), self.ret_post.isChecked()
        by_mail = self.channel.currentData() == int(Channel.POSTAL)
        for spec in FIELDS:
            shown = visible(spec, person=person, post=post, by_mail=by_mail)
            self.fields.get(spec.key, getattr(self, spec.attr)).setVisible(shown)
            getattr(self, f"{spec.attr}_label").setVisible(shown)

    def _kind_changed(self, *_args) -> None:
        self._show_rows()
        self.name_label.setText(self.tr("Họ và tên *") if self.kind_person.isChecked() else self.tr("Tên tổ chức *"))

    def _proxy_toggled(self, on: bool) -> None:
        if on:
            self.proxy_name.setFocus()

    def _return_changed(self, *_args) -> None:
        post = self.ret_post.isChecked()
        by_mail = self.channel.currentData() == int(Channel.POSTAL)
        self._show_rows()
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
        try:
            self.units = load_units()
        except paths.ResourceError:  # said once at start (counter.ui.app); the pickers stay empty
            self.units = UnitList("", "", ())
        self.tariff = desk.postage_tariff(self.db)
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
        person = self.kind_person.isChecked()
        texts = {spec.key: getattr(self, spec.attr).text() if applies(spec, person) else "" for spec in TEXT_FIELDS}
        return intake.DossierDraft(
            procedure_id=self.procedure.id if self.procedure else None,
            documents=self.checklist.lines(),
            applicant_kind="person" if person else "organisation",
            id_kind=self.id_kind.currentData() if person else "tax",
            has_proxy=self.proxy_box.isChecked(),
            channel=self.channel.currentData(),
            return_method=ReturnMethod.POST if self.ret_post.isChecked() else ReturnMethod.COUNTER,
            delivery_province=self.delivery_province.code(),
            delivery_commune=self.delivery_commune.code(),
            fees=self.fee_section.entries(),
            notes=self.notes.toPlainText(),
            **texts,
        )

    def load_draft(self, draft: intake.DossierDraft, procedure_code: str = "") -> None:
        """Put a kept draft back on screen: the inverse of draft()."""
        self.new_dossier()
        proc = next((p for p in self.procedures if p.id == draft.procedure_id), None) or \
            next((p for p in self.procedures if procedure_code and p.code == procedure_code), None)
        if proc is not None:
            self.choose_procedure(proc.id)
            rows = self.checklist.rows()
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
        for spec in TEXT_FIELDS:
            getattr(self, spec.attr).setText(getattr(draft, spec.key))
        self.fee_section.set_entries(draft.fees)
        self.notes.setPlainText(draft.notes)
        if proc is None and draft.procedure_id is not None:
            self.fields["procedure"].set_error(self.tr("Thủ tục của hồ sơ nháp không còn trong danh mục: chọn lại thủ tục."))

    def show_messages(self, errors: dict[str, str], warnings: dict[str, str]) -> None:
        for name, field in self.fields.items():
            if name in errors:
                field.set_error(shown(errors[name]))
            elif name in warnings:
                field.set_warning(shown(warnings[name]))
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
        if isinstance(exc, (DatabaseProblem, OSError)):  # the database (mapped once, in counter.store) or the disk
            self.summary.show_error(self.tr("Chưa tiếp nhận: không ghi được vào cơ sở dữ liệu."))
            QMessageBox.critical(self, self.tr("Chưa lưu được hồ sơ"), shown(explain(exc, self.db.path, self.db.url)))
            return
        QMessageBox.warning(self, self.tr("Chưa tiếp nhận được hồ sơ"), shown_error(exc))

    def _accepted(self, result) -> None:
        warn = "".join(f"<br><span style='color:#8a5a00'>{shown(w)}</span>" for w in result.warnings.values())
        self._registered(result, "receipt", self.tr("<b>Đã tiếp nhận hồ sơ</b> %1"),
                         self.tr("Nhận lúc: %1 · Hẹn trả: %2<br>Ctrl+P: in giấy biên nhận · Ctrl+N: hồ sơ mới")
                         .replace("%1", f"<b>{result.received_at:%H:%M, %d/%m/%Y}</b>")
                         .replace("%2", f"<b>{result.due_at:%H:%M, %d/%m/%Y}</b>") + warn)
        self.due_preview.setText(self.tr("Đã tiếp nhận; hẹn trả kết quả lúc %1").replace("%1", f"<b>{result.due_at:%H:%M, %d/%m/%Y}</b>"))

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
            self._registered(self.outcome, "supplement", self.tr("<b>Đã lập yêu cầu bổ sung</b> cho hồ sơ %1"))

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
            self._registered(self.outcome, "refusal", self.tr("<b>Đã từ chối tiếp nhận</b> hồ sơ %1"))

    def _registered(self, result, kind: str, headline: str, details: str = "") -> None:
        """After acceptance (``receipt``), a supplement request or a refusal: the banner with the
        code (``headline``'s %1) and what to print; the form is locked until a new dossier."""
        self.show_messages({}, result.warnings)
        self.draft_keeper.discard()
        self.last_code, self.last_kind = result.code, kind
        self.print_button.setText({"receipt": self.tr("In giấy biên nhận (Ctrl+P)"),
                                   "supplement": self.tr("In phiếu yêu cầu bổ sung (Ctrl+P)"),
                                   "refusal": self.tr("In phiếu từ chối (Ctrl+P)")}[kind])
        self.print80_button.setVisible(kind == "receipt")
        self.banner.setStyleSheet("QFrame { background: %s; }" % ("#e8f5e9" if kind == "receipt" else "#fff4d6"))
        self.banner_text.setText(headline.replace("%1", f"<b style='font-size:14pt'>{result.code}</b>") + "<br>"
                                 + (details or self.tr("Ctrl+P: in phiếu · Ctrl+N: hồ sơ mới")))
        self.banner_barcode.setPixmap(barcode_pixmap(result.code, height=48))
        self.label_button.setVisible(self._postal_number() is not None)
        self.banner.show()
        self._set_form_enabled(False)
        self.print_button.setFocus()
        self.accepted.emit(result.code)
        if kind != "receipt":
            self.bus.dossiers_changed.emit()

    def _postal_number(self) -> str | None:
        try:
            return postal.resolve_number(self.db, self.last_code) if self.last_code else None
        except UserError:
            return None

    def print_label(self) -> None:
        """A dossier that came by post: its receipt goes back in an envelope with this label."""
        number = self._postal_number()
        if number is not None:
            output.print_document(self, self.tr("Nhãn bưu gửi %1").replace("%1", number), lambda: postal.label_pdf(self.db, number))

    def _set_form_enabled(self, enabled: bool) -> None:
        """Every input of the table (the proxy's follow their group; the fees have their own
        switch), the procedure, the checklist and the action buttons."""
        table = [getattr(self, s.attr) for s in FIELDS if s.section != "proxy" and s.kind not in ("fees", "return_method")]
        for w in (self.search, self.proc_list, self.docs, self.all_required, self.kind_person, self.kind_org,
                  self.proxy_box, self.ret_counter, self.ret_post, *table,
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
        self.search.clear()
        for spec in TEXT_FIELDS:
            getattr(self, spec.attr).clear()
        self.fee_section.set_rules(())
        self.delivery_province.setCurrentIndex(max(self.delivery_province.findData(
            self.tariff.home_province), 0))
        self.sets.setText(intake.DossierDraft.sets)
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
        output.print_document(self, self.tr("Hồ sơ %1").replace("%1", code),
                              lambda: forms.form_pdf(self.db, kind, code, layout),
                              printed=(lambda: forms.record_receipt_print(self.db, code, layout, actor))
                              if kind == "receipt" else None)

    def preview_receipt(self, layout: str = "a4") -> None:
        if self.last_code is None:
            return
        code, kind = self.last_code, self.last_kind
        output.preview_document(self, self.tr("Giấy tiếp nhận hồ sơ %1").replace("%1", code),
                                lambda: forms.form_pdf(self.db, kind, code, layout),
                                shown=lambda dialog: setattr(self, "preview_dialog", dialog))
