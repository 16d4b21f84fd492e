"""A dossier's detail: what was received, a timeline of its history, its scans, and only the
actions its state allows; every form it has can be printed from here."""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counter.domain.lifecycle import Action
from counter.domain.status import Channel, ReturnMethod, Status
from counter.domain.validation import format_money
from counter.services import attachments, forms, lifecycle, signing
from counter.services.detail import DossierDetail, dossier_detail
from counter.services.dossiers import as_seen
from counter.services.forms import ID_LABELS
from counter.services.postal import STATE_LABELS as POSTAL_LABELS
from counter.ui import output, printing
from counter.ui.actions import ExtendDialog, ForwardDialog, ResultDialog, ReturnDialog, SupplementDialog, reason_dialog
from counter.ui.barcode import barcode_pixmap
from counter.ui.labels import shown, shown_error, tr_label
from counter.ui.ops import Op, describe
from counter.ui.signing import STATE_COLOURS, SignedViewer, ensure_key, holder, state_line
from counter.ui.printing import fit_to_screen
from counter.ui.widgets import FlowLayout, pane
from counter.signing.keys import TokenGone

STATUS_COLOURS = {
    Status.ACCEPTED: "#1565c0", Status.IN_PROGRESS: "#6a1b9a", Status.SUPPLEMENT_REQUESTED: "#ef6c00",
    Status.PAYMENT_REQUESTED: "#ef6c00", Status.PROCESSED: "#2e7d32", Status.RETURNED: "#1b5e20",
    Status.REFUSED: "#b3261e", Status.WITHDRAWN: "#616161", Status.STOPPED: "#616161", Status.NEW: "#1565c0",
}
FORM_LABELS = {
    "receipt": "Giấy tiếp nhận và hẹn trả kết quả (01)", "supplement": "Phiếu yêu cầu bổ sung (02)",
    "refusal": "Phiếu từ chối (03)", "extension": "Văn bản xin lỗi, hẹn lại (04)", "stop": "Thông báo dừng giải quyết (05)",
    "control": "Phiếu kiểm soát quá trình (06)", "transfer": "Phiếu chuyển xử lý", "return": "Phiếu xác nhận trả kết quả",
}
#: the form an officer prints right after each step
FORM_AFTER = {
    "receive": "receipt", "complete_supplement": "receipt", "request_supplement": "supplement",
    "register_incomplete": "supplement", "refuse": "refusal", "register_refused": "refusal", "forward": "transfer",
    "extend": "extension", "stop": "stop", "withdraw": "stop", "close_unsupplemented": "stop", "result": "control",
    "return": "return",
}


def _e(value) -> str:
    return escape(str(value or ""))


class DossierDialog(QDialog):
    loaded = Signal()  # the dossier has been read (off the GUI thread) and is shown

    def __init__(self, db, code: str, actor, parent=None, bus=None):
        super().__init__(parent)
        self.db, self.code, self.actor, self.bus = db, code, actor, bus
        self.setWindowTitle(self.tr("Hồ sơ %1").replace("%1", code))
        fit_to_screen(self, 1100, 670)  # the counters' 1366×705 with the title bar
        self.suggested_form = "receipt"
        self._loads = 0
        self.detail: DossierDetail | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        barcode = QLabel()
        barcode.setPixmap(barcode_pixmap(code, height=50))
        top.addWidget(barcode)
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)  # a long procedure name wraps instead of widening the window
        top.addWidget(self.headline, 1)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body = QTextBrowser()
        splitter.addWidget(self.body)
        side, sv = pane()
        sv.addWidget(QLabel(self.tr("<b>Quá trình xử lý</b>")))
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        sv.addWidget(self.timeline, 2)
        row = QHBoxLayout()
        self.scans_title = QLabel(self.tr("<b>Bản quét và văn bản kết quả</b>"))
        row.addWidget(self.scans_title)
        row.addStretch()
        self.attach_button = QPushButton(self.tr("Đính kèm…"))
        self.attach_button.setToolTip(self.tr("Đính kèm bản quét (PDF, JPEG, PNG, TIFF); chọn nhiều ảnh để ghép thành "
                                              "một tài liệu, đúng thứ tự trang"))
        self.attach_button.clicked.connect(self.choose_scan)
        row.addWidget(self.attach_button)
        self.sign_button = QPushButton(self.tr("Ký số"))
        self.sign_button.setToolTip(self.tr("Ký số các bản quét chưa ký bằng chữ ký số cá nhân (Ctrl+K)"))
        self.sign_button.clicked.connect(lambda: self.sign_scans())
        row.addWidget(self.sign_button)
        self.verify_button = QPushButton(self.tr("Kiểm tra chữ ký"))
        self.verify_button.clicked.connect(lambda: self.verify_signatures(online=True))
        row.addWidget(self.verify_button)
        self.open_signed_button = QPushButton(self.tr("Xem bản đã ký"))
        self.open_signed_button.clicked.connect(self.open_selected_signed)
        row.addWidget(self.open_signed_button)
        sv.addLayout(row)
        self.scans = QListWidget()
        self.scans.setWordWrap(True)
        self.scans.itemActivated.connect(lambda item: self.open_signed(item.data(Qt.ItemDataRole.UserRole)))
        sv.addWidget(self.scans, 3)
        QShortcut(QKeySequence("Ctrl+K"), self, activated=lambda: self.sign_scans())
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.actions_bar = FlowLayout()  # the steps wrap onto a second line on a narrow screen
        layout.addLayout(self.actions_bar)
        self.action_buttons: dict[Action, QPushButton] = {}
        for action, label, slot in (
            (Action.FORWARD, self.tr("Chuyển xử lý"), self.do_forward),
            (Action.REQUEST_SUPPLEMENT, self.tr("Yêu cầu bổ sung"), self.do_supplement),
            (Action.COMPLETE_SUPPLEMENT, self.tr("Đã bổ sung đủ"), self.do_complete),
            (Action.REQUEST_PAYMENT, self.tr("Yêu cầu thanh toán"), self.do_request_payment),
            (Action.RECORD_PAYMENT, self.tr("Đã thanh toán"), self.do_record_payment),
            (Action.RESULT, self.tr("Có kết quả"), self.do_result),
            (Action.RETURN, self.tr("Trả kết quả"), self.do_return),
            (Action.EXTEND, self.tr("Xin lỗi, gia hạn"), self.do_extend),
            (Action.REFUSE, self.tr("Từ chối"), self.do_refuse),
            (Action.WITHDRAW, self.tr("Công dân rút hồ sơ"), self.do_withdraw),
            (Action.STOP, self.tr("Dừng giải quyết"), self.do_stop),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            self.action_buttons[action] = button
            self.actions_bar.addWidget(button)
        self.print_bar = QHBoxLayout()  # a row of its own: the window fits 1366 px with every step shown
        layout.addLayout(self.print_bar)
        self.print_bar.addStretch()
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("In phiếu"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self)
        self.print_button.setMenu(self.print_menu)
        self.print_bar.addWidget(self.print_button)
        self.print_suggested = QPushButton()
        self.print_suggested.clicked.connect(lambda: self.print_form(self.suggested_form))
        self.print_bar.addWidget(self.print_suggested)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        self.print_bar.addWidget(close)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=lambda: self.print_form(self.suggested_form))
        self.load()

    # -- showing ------------------------------------------------------------------------------
    def load(self, then=None) -> None:
        """Read the dossier off the GUI thread and show it (then ``then(detail)``); a later load
        supersedes an earlier one."""
        self._loads += 1
        seq = self._loads

        def shown(d: DossierDetail) -> None:
            if seq != self._loads:
                return
            self._show(d)
            if then is not None:
                then(d)

        Op(self, lambda: dossier_detail(self.db, self.code), key=f"load.{self.code}.{seq}", db=self.db,
           label=self.tr("Đang mở hồ sơ…")).success(shown).run()

    def _show(self, d: DossierDetail) -> None:
        self.detail = d
        status = d.status
        self.status = status
        self.return_method = d.return_method
        self.version = d.version  # a step is refused if the dossier changes after this
        self.applicant = d.applicant_name
        if d.applicant_kind == "organisation" and d.representative:  # who collects: the representative
            title = f" ({d.representative_title})" if d.representative_title else ""
            self.applicant = f"{d.representative}{title} — {d.applicant_name}"
        self.due_at = d.due_at
        self.paper_originals = list(d.paper_originals)
        self.documents = [(x.name, x.originals, x.certified_copies, x.photocopies, x.submitted, x.required)
                          for x in d.documents]
        self.destinations = list(d.destinations)
        colour = STATUS_COLOURS.get(status, "#000")
        due = f"<b>{d.due_at:%H:%M, %d/%m/%Y}</b>"
        due = (self.tr("Hẹn trả: %1 · đã gia hạn một lần") if d.extended_at else self.tr("Hẹn trả: %1")).replace("%1", due)
        if d.result_code:
            due += " · " + self.tr("Mã kết quả: %1").replace("%1", _e(d.result_code))
        self.headline.setText(
            f"<span style='font-size:15pt'><b>{_e(d.code)}</b></span> &nbsp; "
            f"<span style='color:{colour}; font-weight:bold'>{_e(tr_label(status.label))}</span><br>"
            f"{_e(d.procedure_name)}<br>{due}")
        self.body.setHtml(self._details(d))
        self.timeline.clear()
        entries = []
        for h in d.history:
            label = tr_label(Status(h.to_status).label)
            text = f"{h.at:%d/%m/%Y %H:%M} · {h.officer_name}\n{label} — {shown(h.reason)}"
            if h.late_forward:
                text = self.tr("%1 ⚠ trễ hạn chuyển").replace("%1", text)
            entries.append((h.at, 0, h.id, text, STATUS_COLOURS.get(Status(h.to_status), "#000")))
        for e in d.postal:
            text = (f"{e.at:%d/%m/%Y %H:%M} · " + self.tr("Bưu chính (%1)").replace("%1", e.order_number) + "\n"
                    + tr_label(POSTAL_LABELS.get(e.state, e.state)) + f" — {shown(e.note)}")
            entries.append((e.at, 1, e.id, text, "#00695c"))
        for *_, text, colour in sorted(entries, reverse=True):
            item = QListWidgetItem(text)
            item.setForeground(QColor(colour))
            self.timeline.addItem(item)
        self.scans.clear()
        positions = {x.position: x.name for x in d.documents}
        self.unsigned = 0
        self.results = []
        for a in d.scans:
            if a.kind == "result":
                where = self.tr("văn bản kết quả")
                self.results.append(a.id)
            else:
                where = positions.get(a.document_position, self.tr("cả hồ sơ"))
                self.unsigned += a.signed_sha256 is None
            pages = ", " + self.tr("%1 trang").replace("%1", str(a.page_count)) if a.page_count else ""
            state = state_line(a.sig_state, a.signer_name, a.signed_at, a.signature_level)
            checked = (" · " + self.tr("kiểm tra thu hồi lúc %1").replace("%1", f"{a.revocation_checked_at:%H:%M %d/%m/%Y}")
                       if a.revocation_checked_at else "")
            item = QListWidgetItem(f"{a.file_name} — {where} ({a.size // 1024 + 1} KB{pages})\n   {state}{checked}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setForeground(QColor(STATE_COLOURS.get(a.sig_state, "#000")))
            item.setToolTip((shown(a.sig_detail) + "\n" if a.sig_detail else "") + f"SHA-256 {a.signed_sha256 or a.sha256}")
            self.scans.addItem(item)
        self.sign_button.setText(self.tr("Ký số (%1)").replace("%1", str(self.unsigned)) if self.unsigned
                                 else self.tr("Ký số"))
        self.sign_button.setEnabled(bool(self.unsigned))
        last = d.last_action
        self.suggested_form = FORM_AFTER.get(last, "receipt")
        available = ["receipt", "control", "transfer"]
        if d.supplements:
            available.append("supplement")
        if any(h.action in ("refuse", "register_refused") for h in d.history):
            available.append("refusal")
        if d.extended_at:
            available.append("extension")
        if status in (Status.STOPPED, Status.WITHDRAWN):
            available.append("stop")
        if status == Status.RETURNED:
            available.append("return")
        allowed = d.allowed
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
        self.print_menu.clear()
        for kind in available:
            self.print_menu.addAction(tr_label(FORM_LABELS[kind]), lambda k=kind: self.print_form(k))
            self.print_menu.addAction(self.tr("Xem trước: %1").replace("%1", tr_label(FORM_LABELS[kind])),
                                      lambda k=kind: self.preview_form(k))
        self.print_suggested.setText(self.tr("In %1 (Ctrl+P)").replace("%1", tr_label(FORM_LABELS[self.suggested_form]).lower()))
        self.loaded.emit()

    def _details(self, d) -> str:
        docs = "".join(
            f"<tr><td>{i}</td><td>{_e(x.name)}</td><td align=center>{x.originals}</td>"
            f"<td align=center>{x.certified_copies}</td><td align=center>{x.photocopies}</td>"
            f"<td align=center>{'✔' if x.submitted else '—'}</td></tr>" for i, x in enumerate(d.documents, 1))
        def line(template: str, *values: str) -> str:  # one translated line, its values filled in
            for i, value in enumerate(values, 1):
                template = template.replace(f"%{i}", value)
            return template

        applicant = (
            f"<b>{_e(d.applicant_name)}</b> — {_e(tr_label(ID_LABELS.get(d.id_kind, '')))}: {_e(d.id_number)}"
            + ("<br>" + line(self.tr("Người đại diện: %1"), _e(d.representative)) if d.representative else "")
            + ("<br>" + line(self.tr("Ngày sinh: %1"), f"{d.birth_date:%d/%m/%Y}") if d.birth_date else "")
            + "<br>" + line(self.tr("Điện thoại: %1"), _e(d.phone)) + (f" · Email: {_e(d.email)}" if d.email else "")
            + "<br>" + line(self.tr("Địa chỉ: %1"), _e(d.address)))
        if d.proxy_name:
            applicant += "<br>" + line(self.tr("Người được ủy quyền: %1 (%2)"), _e(d.proxy_name), _e(d.proxy_id_number))
        ret = tr_label(ReturnMethod(d.return_method).label)
        if d.return_method == ReturnMethod.POST:
            ret += f": {_e(d.delivery_address)} ({_e(d.delivery_phone)})"
        fees = ", ".join(f"{_e(f.name)}{' (' + _e(f.detail) + ')' if f.detail else ''}: {format_money(f.amount)}"
                         for f in d.fees) or self.tr("không thu")
        def step(s) -> str:
            party = f"{_e(s.agency_name)}{' — ' + _e(s.department) if s.department else ''}: {_e(s.task)}"
            if s.due_at:
                party = line(self.tr("%1 (hạn %2)"), party, f"{s.due_at:%H:%M %d/%m/%Y}")
            return f"<li>{party}</li>"

        def supplement(s) -> str:
            items = "; ".join(_e(name) for name in s.items)
            if s.completed_at:
                text = line(self.tr("%1: %2 — đã bổ sung %3"), f"{s.requested_at:%d/%m/%Y}", items,
                            f"{s.completed_at:%d/%m/%Y %H:%M}")
            else:
                text = line(self.tr("%1: %2 — hạn bổ sung %3"), f"{s.requested_at:%d/%m/%Y}", items,
                            f"{s.deadline:%d/%m/%Y}")
            return f"<li>{text}</li>"

        steps = "".join(step(s) for s in d.steps)
        supplements = "".join(supplement(s) for s in d.supplements)
        html = (
            f"<h3>{self.tr('Người nộp')}</h3><p>{applicant}</p><h3>{self.tr('Tiếp nhận')}</h3><p>"
            + line(self.tr("Nhận lúc: %1 · Hẹn trả: %2 · %3"), f"<b>{d.received_at:%H:%M, %d/%m/%Y}</b>",
                   f"<b>{d.due_at:%H:%M, %d/%m/%Y}</b>", _e(shown(d.duration_label))) + "<br>"
            + (self.tr("Thủ tục %1 theo danh mục phiên bản %2").replace("%1", _e(d.procedure_code))
               .replace("%2", _e(d.catalogue_version)) + "<br>" if d.catalogue_version else "")
            + (line(self.tr("Hạn chuyển xử lý: %1"), f"{d.forward_due_at:%H:%M %d/%m/%Y}") + "<br>"
               if d.forward_due_at else "")
            + line(self.tr("Kênh: %1 · Nhận kết quả: %2"), _e(tr_label(Channel(d.channel).label)), ret) + "<br>"
            + line(self.tr("Cơ quan giải quyết: %1"), f"{_e(d.deciding_agency_name)} — {_e(d.department)}") + "<br>"
            + line(self.tr("Phí, lệ phí: %1"), fees) + "<br>"
            + line(self.tr("Cán bộ tiếp nhận: %1 · Sổ theo dõi: %2"), _e(d.officer_name), f"{_e(d.book_volume)}/{d.book_number}")
            + ("<br>" + line(self.tr("Ghi chú: %1"), _e(d.notes)) if d.notes else "")
            + ("<br>" + line(self.tr("<b>Lý do đóng/từ chối</b>: %1"), _e(d.closed_reason)) if d.closed_reason else "")
            + ("<br>" + line(self.tr("Đã trả cho: %1 (%2) %3"), _e(d.returned_to_name), _e(d.returned_to_id),
                             f"{d.returned_at:%H:%M %d/%m/%Y}") if d.returned_at else "") + "</p>"
            + (f"<h3>{self.tr('Cơ quan phối hợp')}</h3><ol>{steps}</ol>" if steps else "")
            + (f"<h3>{self.tr('Yêu cầu bổ sung')}</h3><ul>{supplements}</ul>" if supplements else "")
            + f"<h3>{self.tr('Thành phần hồ sơ')}</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>"
            f"<tr><th>{self.tr('TT')}</th><th>{self.tr('Tên giấy tờ')}</th><th>{self.tr('Chính')}</th>"
            f"<th>{self.tr('Chứng thực')}</th><th>{self.tr('Photo')}</th><th>{self.tr('Đã nộp')}</th></tr>{docs}</table>")
        return html

    # -- steps --------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.load()
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("%1 Bấm Ctrl+P để in %2.").replace("%2", tr_label(FORM_LABELS[self.suggested_form]).lower())
                             .replace("%1", text))
        self.print_suggested.setFocus()
        if self.bus is not None:
            self.bus.dossiers_changed.emit()

    def _run(self, dialog) -> bool:
        """Run a step's dialog on the dossier as shown: if another counter (or the province) has
        changed it meanwhile, the dialog says so and nothing is written. The step itself runs off
        the GUI thread (the dialog's OK starts it through counter.ui.ops)."""
        with as_seen(self.code, self.version):
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            self._reload_if_changed()
        return accepted

    def _reload_if_changed(self) -> None:
        """After a refused step: show the dossier as it is now, and tell the other screens if it moved."""
        seen = self.version

        def moved(d: DossierDetail) -> None:
            if d.version != seen and self.bus is not None:
                self.bus.dossiers_changed.emit()

        self.load(then=moved)

    def do_forward(self) -> None:
        dialog = ForwardDialog(self.destinations, lambda to, receiver: lifecycle.forward(
            self.db, self.code, self.actor(), to_party=to, receiver=receiver), self)
        if self._run(dialog):
            self._done(self.tr("Đã chuyển hồ sơ."))

    def do_supplement(self) -> None:
        dialog = SupplementDialog(self.documents, lambda items, reason: lifecycle.request_supplement(
            self.db, self.code, self.actor(), items, reason), self)
        if self._run(dialog):
            self._done(self.tr("Đã lập yêu cầu bổ sung; thời hạn giải quyết tạm dừng."))

    def do_complete(self) -> None:
        actor = self.actor()
        self._step(lambda: lifecycle.complete_supplement(self.db, self.code, actor),
                   lambda new_due: self.tr("Đã bổ sung đầy đủ; hẹn trả mới: %1.").replace("%1", f"{new_due:%H:%M, %d/%m/%Y}"),
                   self.tr("Chưa ghi nhận được"))

    def do_request_payment(self) -> None:
        actor = self.actor()
        self._step(lambda: lifecycle.request_payment(self.db, self.code, actor),
                   lambda _none: self.tr("Đã yêu cầu thanh toán."))

    def do_record_payment(self) -> None:
        actor = self.actor()
        self._step(lambda: lifecycle.record_payment(self.db, self.code, actor),
                   lambda _none: self.tr("Đã ghi nhận thanh toán."))

    def _step(self, work, done, problem: str | None = None) -> None:
        """A step without a dialog, off the GUI thread; its button waits until it is done."""
        def failed(exc) -> None:
            QMessageBox.warning(self, problem or self.tr("Không thực hiện được"), describe(exc, self.db))
            self._reload_if_changed()

        code, version = self.code, self.version

        def seen():  # the step is refused if the dossier changed since it was shown
            with as_seen(code, version):
                return work()

        Op(self, seen, key=f"step.{self.code}", label=self.tr("Đang ghi nhận…"), db=self.db) \
            .disable(*self.action_buttons.values()) \
            .success(lambda result: self._done(done(result))).failure(failed).run()

    def do_result(self) -> None:
        dialog = ResultDialog(lambda giver, note: lifecycle.record_result(
            self.db, self.code, self.actor(), giver=giver, note=note), self)
        if self._run(dialog):
            self._done(self.tr("Đã ghi nhận kết quả."))

    def do_return(self) -> None:
        """Result documents from the province are verified first (online when possible); an
        invalid one is shown and the officer decides, on record, to hand over all the same."""
        if not self.results:
            self._return(False)
            return
        Op(self, lambda: signing.verify_dossier(self.db, self.code, online=True, kind="result"), key=f"verify.{self.code}",
           label=self.tr("Đang kiểm tra chữ ký văn bản kết quả…"), db=self.db) \
            .disable(self.action_buttons[Action.RETURN]).success(self._results_checked).run()

    def _results_checked(self, checks) -> None:
        self.load()
        flagged = [c for c in checks if c.state in signing.FLAGGED or c.state == "unsigned"]
        if not flagged:
            self._return(False)
            return
        text = "\n".join(f"• {c.file_name}: {tr_label(c.label)} — {shown(c.detail)}" for c in flagged)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Văn bản kết quả có vấn đề về chữ ký số"),
                          self.tr("Chữ ký số của văn bản kết quả không hợp lệ:\n%1\n\nBáo cơ quan giải quyết. Vẫn trả kết "
                                  "quả giấy cho công dân? (Việc này được ghi vào lịch sử hồ sơ.)").replace("%1", text),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Vẫn trả kết quả"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Chưa trả"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.flag_box = box
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._return(True)

    def _return(self, accept_flagged: bool) -> None:
        dialog = ReturnDialog(self.applicant, lambda collector, name, id_number, authorisation: lifecycle.return_result(
            self.db, self.code, self.actor(), collector=collector, name=name, id_number=id_number,
            authorisation=authorisation, accept_flagged=accept_flagged), self, originals=self.paper_originals)
        self.return_dialog = dialog
        if self._run(dialog):
            self._done(self.tr("Đã trả kết quả."))

    def do_extend(self) -> None:
        d = self.detail
        dialog = ExtendDialog(self.due_at, lambda new_due, reason: lifecycle.extend(
            self.db, self.code, self.actor(), new_due, reason), self,
            proposed=d.proposed_extension() if d is not None else None,
            working=d.is_working_moment if d is not None else None)
        if self._run(dialog):
            self._done(self.tr("Đã gia hạn; in văn bản xin lỗi cho công dân."))

    def do_refuse(self) -> None:
        dialog = reason_dialog(self, self.tr("Từ chối giải quyết hồ sơ (mẫu 03)"), self.tr("Lý do từ chối *"),
                               self.tr("Từ chối"), lambda r: lifecycle.refuse(self.db, self.code, self.actor(), r))
        if self._run(dialog):
            self._done(self.tr("Đã từ chối hồ sơ."))

    def do_withdraw(self) -> None:
        dialog = reason_dialog(self, self.tr("Công dân rút hồ sơ (mẫu 05)"), self.tr("Lý do *"), self.tr("Ghi nhận rút hồ sơ"),
                               lambda r: lifecycle.withdraw(self.db, self.code, self.actor(), r))
        if self._run(dialog):
            self._done(self.tr("Đã ghi nhận công dân rút hồ sơ."))

    def do_stop(self) -> None:
        dialog = reason_dialog(self, self.tr("Dừng giải quyết hồ sơ (mẫu 05)"), self.tr("Lý do dừng *"), self.tr("Dừng"),
                               lambda r: lifecycle.stop(self.db, self.code, self.actor(), r))
        if self._run(dialog):
            self._done(self.tr("Đã dừng giải quyết hồ sơ."))

    # -- scans ----------------------------------------------------------------------------------
    def choose_scan(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn bản quét"), "",
                                                self.tr("Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        images = [f for f in files if not f.lower().endswith(".pdf")]
        if len(images) > 1 and len(images) == len(files):
            self.attach_scan(images)  # several pages of one document, in the order chosen
            return
        for file in files:
            self.attach_scan(file)

    def attach_scan(self, file, document_position: int | None = None) -> None:
        """One file, or several images making one document, off the GUI thread (a 50 MB scan is
        read and hashed in a separate process); signed at once when the officer's key is open for
        this session and the office signs at attach time."""
        actor = self.actor()

        def attached(result) -> None:
            self.load()
            self.message.setStyleSheet("")
            self.message.setText((self.tr("Đã đính kèm %1") if result.new else self.tr("Bản quét này đã có: %1"))
                                 .replace("%1", result.file_name))
            if result.new and self.detail is not None and self.detail.sign_on_attach \
                    and holder().key_for(self.actor()) is not None:
                self.sign_scans([result.id])

        def failed(exc) -> None:
            QMessageBox.warning(self, self.tr("Không đính kèm được"), describe(exc, self.db))

        name = file[0] if isinstance(file, (list, tuple)) else file
        Op(self, lambda: attachments.attach(self.db, self.code, actor, file, document_position=document_position),
           key=f"attach.{self.code}.{name}", label=self.tr("Đang đính kèm bản quét…"), bus=self.bus,
           changes=("dossiers",), db=self.db) \
            .disable(self.attach_button).success(attached).failure(failed).run()

    def sign_scans(self, ids: list[int] | None = None) -> None:
        """Sign the unsigned scans in one batch, off the GUI thread (forty scans do not freeze the window)."""
        if not self.unsigned and not ids:
            return
        actor = self.actor()
        key = ensure_key(self, self.db, actor)
        if key is None:
            return

        def done(report) -> None:
            self.load()
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(self.tr("Đã ký số %1 bản quét (PAdES); dấu thời gian sẽ được gắn khi có mạng.")
                                 .replace("%1", str(len(report.signed))))

        def failed(exc) -> None:
            if isinstance(exc, TokenGone):
                holder().forget()  # the session with the token is gone: the PIN is asked again
            self.load()
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(self.tr("Chưa ký: %1").replace("%1", shown_error(exc)))

        Op(self, lambda: signing.sign_attachments(self.db, self.code, actor, key, ids=ids), key=f"sign.{self.code}",
           label=self.tr("Đang ký số bản quét…"), bus=self.bus, changes=("dossiers",), db=self.db) \
            .disable(self.sign_button, self.attach_button, self.action_buttons[Action.FORWARD]) \
            .success(done).failure(failed).run()

    def verify_signatures(self, online: bool = True) -> None:
        def done(checks) -> None:
            self.load()
            bad = [c for c in checks if c.state in signing.FLAGGED]
            self.message.setStyleSheet("color: #b3261e;" if bad else "color: #1b5e20;")
            self.message.setText(self.tr("Đã kiểm tra %1 tệp; %2 tệp có vấn đề về chữ ký.").replace("%1", str(len(checks)))
                                 .replace("%2", str(len(bad))))

        Op(self, lambda: signing.verify_dossier(self.db, self.code, online=online), key=f"verify.{self.code}",
           label=self.tr("Đang kiểm tra chữ ký số…"), db=self.db).disable(self.verify_button).success(done).run()

    def open_selected_signed(self) -> None:
        item = self.scans.currentItem() or (self.scans.item(0) if self.scans.count() else None)
        if item is not None:
            self.open_signed(item.data(Qt.ItemDataRole.UserRole))

    def open_signed(self, attachment_id: int) -> None:
        """The signed PDF with its signatures' state; a scan not signed yet opens as it is. Checked
        and read off the GUI thread."""
        line = next((a for a in self.detail.scans if a.id == attachment_id), None) if self.detail else None
        if line is None:
            return

        def work():
            check = signing.verify_attachment(self.db, attachment_id)
            if check.state == "unsigned":
                return check, attachments.read_attachment(self.db, attachment_id)
            return check, (line.file_name, "application/pdf", signing.signed_bytes(self.db, line.signed_sha256))

        def shown(found) -> None:
            check, (name, mime, data) = found
            if check.state == "unsigned":
                self.scan_viewer = ScanViewer(name, mime, data, self)
                self.scan_viewer.exec()
                return
            self.load()
            self.signed_viewer = SignedViewer(name, data, check, self)
            self.signed_viewer.exec()

        Op(self, work, key=f"open.{attachment_id}", label=self.tr("Đang mở bản quét…"), db=self.db,
           title=self.tr("Không xem được")).success(shown).run()

    def view_scan(self, attachment_id: int) -> None:
        def shown(found) -> None:
            name, mime, data = found
            self.scan_viewer = ScanViewer(name, mime, data, self)
            self.scan_viewer.exec()

        Op(self, lambda: attachments.read_attachment(self.db, attachment_id), key=f"open.{attachment_id}",
           label=self.tr("Đang mở bản quét…"), db=self.db, title=self.tr("Không xem được")).success(shown).run()

    # -- printing -----------------------------------------------------------------------------
    def form_pdf(self, kind: str) -> bytes:
        return forms.form_pdf(self.db, kind, self.code)

    def print_form(self, kind: str) -> None:
        title = tr_label(FORM_LABELS[kind]) + " " + self.code
        code, actor = self.code, self.actor()

        def printed() -> None:  # the reprint count, written off the GUI thread too
            Op(self, lambda: forms.record_receipt_print(self.db, code, "a4", actor), key=f"printed.{code}",
               db=self.db, bus=self.bus, changes=("dossiers",)).run()

        output.print_document(self, title, lambda: self.form_pdf(kind), printed=printed if kind == "receipt" else None)

    def preview_form(self, kind: str) -> None:
        output.preview_document(self, tr_label(FORM_LABELS[kind]) + " " + self.code, lambda: self.form_pdf(kind),
                                shown=lambda dialog: setattr(self, "preview_dialog", dialog))


class ScanViewer(QDialog):
    """A scanned document: images as they are, PDFs page by page."""

    def __init__(self, name: str, mime: str, data: bytes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(name)
        self.resize(820, 900)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        pages = QWidget()
        pv = QVBoxLayout(pages)
        if mime == "application/pdf":
            images = printing.render_pages(data, 110)
        else:
            images = [QImage.fromData(data)]
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            pv.addWidget(label)
        scroll.setWidget(pages)
        layout.addWidget(scroll)
        self.page_count = len(images)
