"""Online dossiers: the queue "Hồ sơ trực tuyến chờ tiếp nhận" (the least time left on the
8-working-hour clock first, coloured as it runs out) and the review window (the applicant, each
file in a viewer with page and zoom, the checklist beside it, and the three outcomes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QScrollArea, QSpinBox,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from counter.services import desk, online
from counter.services.errors import UserError
from counter.services.intake import DocumentLine
from counter.sync.client import SyncError
from counter.sync.engine import sync_config
from counter.messages import text_of
from counter.ui.labels import shown, shown_error, tr_label
from counter.ui.ops import Op, describe
from counter.ui.loading import load
from counter.ui.widgets import dialog_buttons, pane, push_button

URGENCY = {"green": QColor("#e3f2e5"), "amber": QColor("#fff1d6"), "red": QColor("#fde2e1")}
URGENCY_TEXT = {"green": QColor("#1b5e20"), "amber": QColor("#8a4b00"), "red": QColor("#b3261e")}
ZOOMS = (50, 75, 100, 125, 150, 200)


def _fmt(moment) -> str:
    return moment.strftime("%H:%M %d/%m/%Y") if moment else ""


class OnlinePage(QWidget):
    """The queue tab."""
    changed = Signal()

    def __init__(self, db, actor, bus, parent=None, *, client_factory=None):
        super().__init__(parent)
        self.db, self.actor, self.bus = db, actor, bus
        self.client_factory = client_factory
        self.rows: list[online.QueueRow] = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14px")
        layout.addWidget(self.title)
        hint = QLabel(self.tr("Hồ sơ nộp trên Cổng Dịch vụ công: kiểm tra và thông báo cho người nộp trong 8 giờ làm việc "
                              "kể từ khi hệ thống nhận (Nghị định 118/2025, Điều 17.2). Màu: xanh còn trên 4 giờ, vàng "
                              "còn 1–4 giờ, đỏ còn dưới 1 giờ hoặc quá hạn."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Thời hạn còn lại"), self.tr("Mã trực tuyến"), self.tr("Người nộp"),
                                              self.tr("Thủ tục"), self.tr("Hạn kiểm tra"), self.tr("Tệp"),
                                              self.tr("Trạng thái")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 175), (1, 140), (2, 190), (4, 130), (5, 50), (6, 150)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = push_button(self.tr("Mở để kiểm tra (Enter)"), self.open_selected)
        self.refresh_button = push_button(self.tr("Làm mới"), self.refresh)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.refresh_button)
        self.message = QLabel()
        self.message.setStyleSheet("color: #1b5e20")
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.open_selected)
        if bus is not None:
            bus.synced.connect(self.refresh)
            bus.dossiers_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """The queue, read off the GUI thread."""
        load(self, f"online.queue.{id(self)}", lambda: desk.online_queue(self.db), self._show_rows,
             label=self.tr("Đang tải hồ sơ trực tuyến…"))

    def _show_rows(self, rows: list) -> None:
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = [shown(r.left_text()), r.code, r.applicant, r.procedure, _fmt(r.deadline_at), str(r.files),
                     tr_label(online.STATE_LABELS.get(r.state, r.state))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setBackground(QBrush(URGENCY[r.urgency]))
                    item.setForeground(QBrush(URGENCY_TEXT[r.urgency]))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if r.notice:
                    item.setToolTip(shown(r.notice))
                self.table.setItem(i, col, item)
        late = sum(1 for r in self.rows if r.minutes_left < 0)
        self.title.setText(self.tr("Hồ sơ trực tuyến chờ tiếp nhận: {0} hồ sơ, {1} quá hạn kiểm tra")
                           .format(len(self.rows), late))
        if self.rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.changed.emit()

    def count(self) -> int:
        return len(self.rows)

    def open_selected(self) -> "ReviewDialog | None":
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return None
        actor = self.actor() if callable(self.actor) else self.actor
        dialog = ReviewDialog(self.db, actor, self.rows[row].code, self, client_factory=self.client_factory)
        dialog.finished.connect(lambda _r: self._after(dialog.outcome))
        dialog.open()
        return dialog

    def _after(self, outcome: str) -> None:
        self.message.setText(outcome)
        if self.bus is not None:
            self.bus.dossiers_changed.emit()
        else:
            self.refresh()


def render_page(data: bytes, mime: str, page: int, zoom: int) -> tuple[QImage, int]:
    """(the page as an image, the number of pages); raises on a file that does not render."""
    if mime == "application/pdf":
        import pypdfium2 as pdfium  # lazy: pdfium (heavy), only to read a PDF

        doc = pdfium.PdfDocument(data)
        try:
            pages = len(doc)
            pil = doc[min(page, pages - 1)].render(scale=zoom / 100 * 96 / 72).to_pil().convert("RGB")
        finally:
            doc.close()
        return QImage(pil.tobytes(), pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy(), pages
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("ảnh không đọc được")
    if zoom != 100:
        image = image.scaledToWidth(max(1, image.width() * zoom // 100), Qt.TransformationMode.SmoothTransformation)
    return image, 1


class ReviewDialog(QDialog):
    """One online dossier under review."""
    def __init__(self, db, actor, code: str, parent=None, *, client_factory=None):
        super().__init__(parent)
        self.db, self.actor, self.code = db, actor, code
        self.client_factory = client_factory
        self.setWindowTitle(self.tr("Kiểm tra hồ sơ trực tuyến {0}").format(code))
        self.resize(1340, 670)  # 1366×705 less the title bar
        self.data: dict[int, bytes | None] = {}
        self.current_file = None
        self.pages = 1
        root = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b3261e; font-weight: bold")
        root.addWidget(self.notice)
        split = QSplitter(Qt.Orientation.Horizontal)
        root.addWidget(split, 1)
        # left: the applicant and the files
        left, lv = pane()
        self.info = QFormLayout()
        lv.addLayout(self.info)
        lv.addWidget(QLabel(self.tr("Tệp người nộp đã gửi:")))
        self.files = QListWidget()
        self.files.currentRowChanged.connect(self._show_file)
        lv.addWidget(self.files, 1)
        split.addWidget(left)
        # centre: the viewer
        centre, cv = pane()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Trang")))
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.valueChanged.connect(lambda _v: self._render())
        self.page_count = QLabel()
        bar.addWidget(self.page)
        bar.addWidget(self.page_count)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Thu phóng")))
        self.zoom = QComboBox()
        for z in ZOOMS:
            self.zoom.addItem(f"{z} %", z)
        self.zoom.setCurrentIndex(ZOOMS.index(75))
        self.zoom.currentIndexChanged.connect(lambda _i: self._render())
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        cv.addLayout(bar)
        self.view = QLabel()
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.view.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        cv.addWidget(scroll, 1)
        split.addWidget(centre)
        # right: the checklist and the outcomes
        right, rv = pane()
        rv.addWidget(QLabel(self.tr("Thành phần hồ sơ (đánh dấu giấy tờ đã có):")))
        self.checklist = QListWidget()
        self.checklist.setWordWrap(True)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rv.addWidget(self.checklist, 1)
        self.accept_button = push_button(self.tr("Tiếp nhận hồ sơ"), self.do_accept)
        self.supplement_button = push_button(self.tr("Yêu cầu sửa đổi, bổ sung (Mẫu 02)…"), self.do_supplement)
        self.return_button = push_button(self.tr("Trả lại: không thuộc thẩm quyền…"), self.do_return)
        for b in (self.accept_button, self.supplement_button, self.return_button):
            rv.addWidget(b)
        close = push_button(self.tr("Đóng"), self.reject)
        rv.addWidget(close)
        split.addWidget(right)
        split.setSizes([300, 720, 320])
        self.procedure = None
        self.outcome = ""
        self.opening = self.tr("Đang nhận hồ sơ và tải tệp từ hệ thống tỉnh…")
        self.files_meta: dict = {}
        # what this counter already holds first (read off the GUI thread), then the claim and the
        # files over the network: off the GUI thread too, the window keeps answering
        Op(self, self._review, key=f"online.load.{code}", label=self.tr("Đang mở hồ sơ…"), db=db) \
            .disable(self.accept_button, self.supplement_button, self.return_button) \
            .success(lambda review: (self._fill(review, []), self._claim())) \
            .run()

    def _review(self) -> desk.OnlineReview:
        return desk.online_review(self.db, self.code, set(self.data))

    def _claim(self) -> None:
        self.notice.setText(self.opening)
        self.notice.setVisible(True)
        Op(self, lambda: (self._claim_and_fetch(), self._review()), key=f"online.open.{self.code}", label=self.opening,
           db=self.db) \
            .disable(self.accept_button, self.supplement_button, self.return_button) \
            .success(lambda done: self._fill(done[1], done[0])) \
            .failure(lambda error: self.load([describe(error, self.db)])) \
            .run()

    # -- loading ----------------------------------------------------------------------------
    def _claim_and_fetch(self) -> list[str]:
        """On a worker thread: claim the dossier, then fetch its files; what to tell the officer."""
        messages = []
        try:
            online.claim(self.db, self.code, self.actor)
        except UserError as exc:
            messages.append(text_of(exc))  # shown in the interface's language by _fill
        return messages + self._fetch()

    def load(self, messages: list[str] | None = None) -> None:
        """The dossier as this counter holds it, read off the GUI thread, with ``messages``."""
        Op(self, self._review, key=f"online.load.{self.code}", label=self.tr("Đang mở hồ sơ…"), db=self.db) \
            .success(lambda review: self._fill(review, list(messages or []))) \
            .run()

    def _fill(self, row: desk.OnlineReview, messages: list[str]) -> None:
        self.procedure = row.procedure
        a = row.applicant
        state, notice = row.state, row.notice
        files = [(f.id, f.name, f.mime, f.size, f.fetched, f.problem, f.round) for f in row.files]
        facts = [(self.tr("Mã trực tuyến"), row.code), (self.tr("Thủ tục"), row.procedure_name or row.procedure_code),
                 (self.tr("Người nộp"), a.get("HoTen", "")), (self.tr("Số định danh"), a.get("SoGiayTo", "")),
                 (self.tr("Ngày sinh"), a.get("NgaySinh", "")), (self.tr("Điện thoại"), a.get("SoDienThoai", "")),
                 (self.tr("Thư điện tử"), a.get("Email", "")), (self.tr("Địa chỉ"), a.get("DiaChi", "")),
                 (self.tr("Nộp lúc"), _fmt(row.submitted_at)),
                 (self.tr("Hạn kiểm tra"), self.tr("%1 (%2 giờ làm việc)").replace("%1", _fmt(row.deadline_at))
                  .replace("%2", f"{row.check_hours:g}")),
                 (self.tr("Lần nộp"), str(row.round))]
        self.files_meta = {f[0]: f for f in files}
        for fid, data in row.data.items():
            self.data.setdefault(fid, data)
        while self.info.rowCount():
            self.info.removeRow(0)
        for label, value in facts:
            v = QLabel(value)
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info.addRow(label + ":", v)
        self.files.clear()
        for fid, name, mime, size, fetched, problem, rnd in files:
            text = f"{name} — {online.KINDS.get(mime, mime)}, {size / 1024:.0f} KB"
            if rnd > 1:
                text += self.tr(" (bổ sung lần {0})").format(rnd)
            if problem:
                text = "⚠ " + text
            elif not fetched:
                text += self.tr(" — chưa tải về")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, fid)
            if problem:
                item.setForeground(QBrush(QColor("#b3261e")))
                item.setToolTip(shown(problem))
            self.files.addItem(item)
        self.checklist.clear()
        if self.procedure is not None:
            for number, d in enumerate(self.procedure.documents, 1):
                item = QListWidgetItem(f"{number}. " + (d.name if d.required else self.tr("%1 (nếu có)").replace("%1", d.name)))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, d.position)
                self.checklist.addItem(item)
        else:
            messages.append(self.tr("Cơ quan này không giải quyết thủ tục này: trả lại hồ sơ, ghi rõ cơ quan có thẩm quyền."))
        if notice:
            messages.insert(0, notice)
        problems = [f"{name}: {shown(problem)}" for _id, name, _m, _s, _f, problem, _r in files if problem]
        messages += problems
        self.notice.setText("\n".join(dict.fromkeys(shown(m) for m in messages)))
        self.notice.setVisible(bool(messages))
        mine = state == "claimed"
        self.accept_button.setEnabled(mine and self.procedure is not None and not problems)
        self.supplement_button.setEnabled(mine)
        self.return_button.setEnabled(mine)
        if self.files.count():
            self.files.setCurrentRow(0)

    def _fetch(self) -> list[str]:
        if desk.online_all_fetched(self.db, self.code):
            return []
        factory = self.client_factory
        if factory is None:
            config = sync_config(self.db)
            if config is None:
                return [self.tr("Chưa cấu hình đồng bộ với hệ thống tỉnh: chưa tải được tệp của hồ sơ.")]
            factory = config.client
        try:
            client = factory()
        except SyncError as exc:
            return [text_of(exc)]
        try:
            return online.fetch_files(self.db, client, self.code)  # a file's own problem is also kept on it
        except SyncError as exc:
            return [self.tr("Chưa tải được tệp (mất mạng?): {0}").format(shown_error(exc))]
        finally:
            client.close()

    # -- the viewer --------------------------------------------------------------------------
    def _show_file(self, row: int) -> None:
        item = self.files.item(row) if row >= 0 else None
        self.current_file = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.page.blockSignals(True)
        self.page.setValue(1)
        self.page.blockSignals(False)
        self._render()

    def _render(self) -> None:
        meta = self.files_meta.get(self.current_file) if self.current_file is not None else None
        if meta is None:
            self.view.setText(self.tr("Không có tệp."))
            return
        _fid, name, mime, _size, fetched, problem, _r = meta
        if problem:
            self.view.setPixmap(QPixmap())
            self.view.setText(self.tr("Không hiển thị tệp {0}: {1}").format(name, shown(problem)))
            return
        data = self.data.get(self.current_file)
        if not fetched or data is None:
            self.view.setPixmap(QPixmap())
            self.view.setText(self.tr("Tệp {0} chưa tải về: kết nối hệ thống tỉnh rồi mở lại hồ sơ.").format(name))
            return
        try:
            image, pages = render_page(data, mime, self.page.value() - 1, self.zoom.currentData())
        except Exception as exc:  # pdfium and Qt raise their own kinds on a file that will not render
            self.view.setPixmap(QPixmap())
            self.view.setText(self.tr("Không hiển thị được tệp {0} ({1}).").format(name, type(exc).__name__))
            return
        self.pages = pages
        self.page.blockSignals(True)
        self.page.setMaximum(pages)
        self.page.blockSignals(False)
        self.page_count.setText(self.tr("/ {0}").format(pages))
        self.view.setPixmap(QPixmap.fromImage(image))

    # -- the three outcomes ---------------------------------------------------------------------
    def ticked(self) -> set[int]:
        return {self.checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.checklist.count())
                if self.checklist.item(i).checkState() == Qt.CheckState.Checked}

    def missing(self) -> list[str]:
        out = []
        if self.procedure is not None:
            ticked = self.ticked()
            out += [d.name for d in self.procedure.documents if d.required and d.position not in ticked]
        out += [self.tr("Nộp lại tệp {0}: {1}").format(m[1], m[5]) for m in self.files_meta.values() if m[5]]
        return out

    def do_accept(self) -> None:
        missing = self.missing()
        if missing:
            self.notice.setText(self.tr("Chưa tiếp nhận được — còn thiếu: {0}. Đánh dấu đủ giấy tờ, hoặc yêu cầu bổ "
                                        "sung.").format("; ".join(missing)))
            self.notice.setVisible(True)
            return
        ticked = self.ticked()
        lines = [DocumentLine(d.position, d.position in ticked, d.originals, d.certified_copies, d.photocopies)
                 for d in self.procedure.documents]
        Op(self, lambda: online.accept(self.db, self.code, self.actor, lines), key=f"online.accept.{self.code}",
           label=self.tr("Đang tiếp nhận hồ sơ…")).success(self._accepted).run()

    def _accepted(self, accepted) -> None:
        self.outcome = self.tr("Hồ sơ {0} đã được tiếp nhận với mã {1}, hẹn trả {2}; người nộp được thông báo khi "
                               "đồng bộ.").format(self.code, accepted.code, _fmt(accepted.due_at))
        self.accept()

    def do_supplement(self) -> "SupplementDialog":
        dialog = SupplementDialog(self.missing(), self)
        dialog.accepted.connect(lambda: self._supplement(dialog.items(), dialog.reason.toPlainText()))
        dialog.open()
        return dialog

    def _supplement(self, items, reason) -> None:
        Op(self, lambda: online.request_supplement(self.db, self.code, self.actor, items, reason),
           key=f"online.supplement.{self.code}", label=self.tr("Đang ghi yêu cầu bổ sung…")) \
            .success(lambda _r: self._done(self.tr("Đã gửi yêu cầu bổ sung hồ sơ {0} (Mẫu 02); người nộp được thông "
                                                   "báo khi đồng bộ.").format(self.code))).run()

    def _done(self, text: str) -> None:
        self.outcome = text
        self.accept()

    def do_return(self) -> "NotCompetentDialog":
        dialog = NotCompetentDialog(self)
        dialog.accepted.connect(lambda: self._return(dialog.agency.text(), dialog.reason.toPlainText()))
        dialog.open()
        return dialog

    def _return(self, agency, reason) -> None:
        Op(self, lambda: online.return_not_competent(self.db, self.code, self.actor, agency, reason),
           key=f"online.return.{self.code}", label=self.tr("Đang ghi…")).success(lambda _r: self._done(self.tr(
               "Đã trả lại hồ sơ {0} (không thuộc thẩm quyền); người nộp được thông báo khi đồng bộ.").format(
               self.code))).run()


class SupplementDialog(QDialog):
    """Everything to correct or add, one line each, listed once (form 02)."""
    def __init__(self, suggested: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Yêu cầu sửa đổi, bổ sung hồ sơ (Mẫu 02)"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Ghi một lần, đầy đủ mọi nội dung người nộp cần sửa đổi, bổ sung — mỗi dòng một nội dung:"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.text = QPlainTextEdit("\n".join(suggested))
        layout.addWidget(self.text, 1)
        layout.addWidget(QLabel(self.tr("Lý do (nếu cần):")))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(70)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("Gửi yêu cầu bổ sung"), self._check))

    def items(self) -> list[str]:
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]

    def _check(self) -> None:
        if not self.items():
            self.error.setText(self.tr("Ghi ít nhất một nội dung cần sửa đổi, bổ sung."))
            return
        self.accept()


class NotCompetentDialog(QDialog):
    """Not competent: the agency that is, named for the applicant."""
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trả lại hồ sơ: không thuộc thẩm quyền"))
        self.resize(560, 260)
        layout = QFormLayout(self)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("ví dụ: Sở Nông nghiệp và Môi trường tỉnh Tây Ninh"))
        layout.addRow(self.tr("Cơ quan có thẩm quyền:"), self.agency)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        layout.addRow(self.tr("Lý do:"), self.reason)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        layout.addRow(self.error)
        layout.addRow(dialog_buttons(self, self.tr("Trả lại hồ sơ"), self._check))

    def _check(self) -> None:
        if not self.agency.text().strip():
            self.error.setText(self.tr("Ghi rõ cơ quan có thẩm quyền giải quyết."))
            return
        self.accept()
