"""Signing in, the first administrator, and the lock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from counter.services import accounts
from counter.services.errors import UserError, ValidationFailed
from counter.messages import text_of
from counter.ui.labels import shown
from counter.ui.widgets import FormDialog
from counter.ui.ops import Op
from counter.ui.ops import describe


class _Base(FormDialog):
    def __init__(self, title: str, intro: str, ok: str, parent=None):
        super().__init__(title, 420, parent)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.finish(ok, self._ok, self.tr("Thoát"))
        self.actor = None

    def line(self, label: str, name: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.returnPressed.connect(self._ok)
        self.add(label, name, edit)
        return edit

    def _ok(self) -> None:
        """What was typed is checked here; the account is read or written off the GUI thread
        (a password's hash takes a while, and the database may be locked by another counter),
        the buttons disabled meanwhile so it is never sent twice."""

        self.clear_messages()
        try:
            work = self.run()
        except UserError as exc:
            self._failed(exc)
            return
        Op(self, work, key=f"account.{id(self)}", label=self.tr("Đang kiểm tra tài khoản…"), db=self.db) \
            .disable(self.buttons) \
            .success(self._done) \
            .failure(self._failed) \
            .run()

    def _done(self, actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            for name, message in exc.errors.items():
                (self.fields[name].set_error if name in self.fields else self.error.show_error)(shown(message))
            self.adjustSize()  # every message shown whole, none clipped
            return
        self.error.show_error(describe(exc, self.db))


class SignInDialog(_Base):
    def __init__(self, db, office_name: str, parent=None):
        super().__init__(self.tr("Đăng nhập Counter"), self.tr("Đăng nhập vào quầy của %1").replace("%1", office_name),
                         self.tr("Đăng nhập"), parent)
        self.db = db
        self.username = self.line(self.tr("Tên đăng nhập"), "username")
        self.password = self.line(self.tr("Mật khẩu"), "password", password=True)
        self.username.setFocus()

    def run(self):
        username, password = self.username.text(), self.password.text()
        self.password.clear()
        return lambda: accounts.sign_in(self.db, username, password)


class FirstAdminDialog(_Base):
    def __init__(self, db, parent=None):
        super().__init__(self.tr("Lần đầu sử dụng: tạo tài khoản quản trị"),
                         self.tr("Counter chưa có quản trị viên. Tạo tài khoản quản trị để thiết lập cơ quan, "
                                 "danh mục và tài khoản cán bộ. Mật khẩu cần ít nhất 8 ký tự."),
                         self.tr("Tạo tài khoản"), parent)
        self.db = db
        self.username = self.line(self.tr("Tên đăng nhập"), "username")
        self.username.setText("quantri")
        self.full_name = self.line(self.tr("Họ và tên *"), "full_name")
        self.full_name.setPlaceholderText(self.tr("họ tên in trên giấy biên nhận, ví dụ Nguyễn Văn An"))
        self.password = self.line(self.tr("Mật khẩu"), "password", password=True)
        self.confirm = self.line(self.tr("Nhập lại mật khẩu"), "confirm", password=True)
        self.full_name.setFocus()  # the first empty field

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first_empty = next((e for e in (self.username, self.full_name, self.password, self.confirm) if not e.text()),
                           self.username)
        first_empty.setFocus()

    def run(self):
        errors = accounts.first_admin_errors(self.username.text(), self.full_name.text(), self.password.text())
        if not self.full_name.text().strip():
            errors["full_name"] = self.tr("Nhập họ và tên quản trị viên (in trên giấy biên nhận).")
        if self.password.text() != self.confirm.text():
            errors["confirm"] = self.tr("Hai lần nhập mật khẩu không giống nhau.")
        if errors:
            raise ValidationFailed(errors)
        username, full_name, password = self.username.text(), self.full_name.text(), self.password.text()
        return lambda: accounts.create_first_admin(self.db, username, full_name, password)


def _translated(widget, message: str) -> str:
    """The wrong-password message through tr() (the others come from the service as Texts, shown
    through counter.ui.labels.shown)."""
    if message == "Mật khẩu không đúng.":
        return widget.tr("Mật khẩu không đúng.")
    return message


class LockDialog(_Base):
    """The screen is locked after idle minutes: the same officer's password opens it, or another
    officer signs in (the work continues in their name)."""

    def __init__(self, db, actor, office_name: str, parent=None, *, by_hand: bool = False):
        why = self.tr("Quầy đã được khóa (F12).") if by_hand else self.tr("Quầy đã khóa do không thao tác.")
        super().__init__(self.tr("Màn hình đã khóa"),
                         self.tr("%1 Nhập mật khẩu của %2 để mở, hoặc đăng nhập bằng tài khoản khác.")
                         .replace("%2", actor.name).replace("%1", why), self.tr("Mở khóa"), parent)
        self.db, self.current, self.office_name = db, actor, office_name
        self.password = self.line(self.tr("Mật khẩu"), "password", password=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        other = QPushButton(self.tr("Đăng nhập người khác"))
        other.clicked.connect(self.switch_user)
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    def run(self):
        password, current = self.password.text(), self.current
        self.password.clear()

        def work():  # counted like a sign-in: five wrong passwords lock the account, each one audited
            accounts.unlock(self.db, current, password)
            return current

        return work

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, accounts.SignInFailed):
            exc = ValidationFailed({"password": _translated(self, text_of(exc))})
        super()._failed(exc)

    def switch_user(self) -> None:
        dialog = SignInDialog(self.db, self.office_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.actor = dialog.actor
            self.accept()

    def reject(self) -> None:  # Escape does not unlock
        return


class ChangePasswordDialog(_Base):
    """An officer changes their own password (an administrator can set anyone's in Thiết lập)."""
    def __init__(self, db, actor, parent=None, *, officer_id: int | None = None, officer_name: str = ""):
        own = officer_id is None or officer_id == actor.id
        super().__init__(self.tr("Đổi mật khẩu"), self.tr("Mật khẩu của %1").replace("%1", actor.name) if own
                         else self.tr("Đặt mật khẩu mới cho %1").replace("%1", officer_name), self.tr("Lưu mật khẩu"), parent)
        self.db, self.current, self.officer_id = db, actor, officer_id or actor.id
        self.old = self.line(self.tr("Mật khẩu hiện tại"), "old_password", password=True) if own else None
        self.password = self.line(self.tr("Mật khẩu mới"), "password", password=True)
        self.confirm = self.line(self.tr("Nhập lại"), "confirm", password=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))

    def run(self):
        if self.password.text() != self.confirm.text():
            raise ValidationFailed({"confirm": self.tr("Hai lần nhập mật khẩu không giống nhau.")})
        current, officer_id, password = self.current, self.officer_id, self.password.text()
        old = self.old.text() if self.old is not None else None

        def work():
            accounts.set_password(self.db, current, officer_id, password, old_password=old)
            return current

        return work
