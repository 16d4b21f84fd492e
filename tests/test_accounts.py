"""Accounts that work offline: argon2 hashes, the first administrator, lock-out, roles enforced."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from counter import clock
from counter.services import accounts, office as off
from counter.services.accounts import Forbidden, SignInFailed
from counter.services.audit import Actor
from counter.services.errors import ValidationFailed
from counter.store.models import Officer
from helpers import complete_draft


@pytest.fixture
def admin(db):
    return accounts.create_first_admin(db, "quantri", "Quản trị hệ thống", "mat-khau-quan-tri")


def actor_of(db, username):
    with db.read() as session:
        o = session.scalar(select(Officer).where(Officer.username == username))
        return Actor(o.id, o.full_name, o.role)


def test_first_run_creates_the_administrator(db):
    assert accounts.needs_first_admin(db)
    with pytest.raises(ValidationFailed, match="ít nhất 8"):
        accounts.create_first_admin(db, "quantri", "", "ngan")
    actor = accounts.create_first_admin(db, "quantri", "Quản trị hệ thống", "mat-khau-quan-tri")
    assert actor.role == "admin" and not accounts.needs_first_admin(db)
    with db.read() as session:
        stored = session.scalar(select(Officer.password_hash).where(Officer.username == "quantri"))
    assert stored.startswith("$argon2id$") and "mat-khau" not in stored
    with pytest.raises(Exception, match="Đã có quản trị viên"):
        accounts.create_first_admin(db, "khac", "Người Khác", "mat-khau-khac-1")


def test_sign_in_and_lockout(office_clock, db, admin):
    lan = actor_of(db, "lan.nt")
    accounts.set_password(db, admin, lan.id, "lan-mat-khau-1")
    assert accounts.sign_in(db, "LAN.NT", "lan-mat-khau-1") == lan
    for attempt in range(4):
        with pytest.raises(SignInFailed, match="không đúng"):
            accounts.sign_in(db, "lan.nt", "sai")
    with pytest.raises(SignInFailed, match="tạm khóa 15 phút"):
        accounts.sign_in(db, "lan.nt", "sai")
    with pytest.raises(SignInFailed, match="thử lại sau 15 phút"):  # even with the right password
        accounts.sign_in(db, "lan.nt", "lan-mat-khau-1")
    office_clock.set(clock.now() + timedelta(minutes=16))
    assert accounts.sign_in(db, "lan.nt", "lan-mat-khau-1") == lan
    with pytest.raises(SignInFailed):
        accounts.sign_in(db, "khong-co", "x")


def test_passwords_only_by_an_administrator_or_oneself(db, admin):
    lan, hung = actor_of(db, "lan.nt"), actor_of(db, "hung.tv")
    accounts.set_password(db, admin, lan.id, "lan-mat-khau-1")
    with pytest.raises(Forbidden, match="quản trị viên"):
        accounts.set_password(db, lan, hung.id, "mat-khau-hung-1")
    with pytest.raises(ValidationFailed, match="hiện tại không đúng"):
        accounts.set_password(db, lan, lan.id, "mat-khau-moi-1", old_password="sai")
    accounts.set_password(db, lan, lan.id, "mat-khau-moi-1", old_password="lan-mat-khau-1")
    assert accounts.verify(db, lan, "mat-khau-moi-1")


@pytest.mark.parametrize("username, office_edit, accounts_edit, reports", [
    ("lan.nt", False, False, False),     # officer
    ("hung.tv", False, False, True),     # supervisor
    ("quantri", True, True, True),       # administrator
])
def test_permissions_per_role(db, admin, username, office_edit, accounts_edit, reports):
    actor = actor_of(db, username)
    assert accounts.allowed(actor, "dossier.work")
    assert accounts.allowed(actor, "reports.view") is reports
    with db.read() as session:
        form = off.office_form(off.get_office(session))
    form.name = "UBND xã Tân Trụ (sửa)"

    def edit_office():
        with db.write() as session:
            off.update_office(session, form, actor)

    def add_officer():
        with db.write() as session:
            off.save_officer(session, actor, officer_id=None, username="moi.nv", full_name="Nguyễn Văn Mới",
                             title="", role="officer")

    for allowed_, action in ((office_edit, edit_office), (accounts_edit, add_officer)):
        if allowed_:
            action()
        else:
            with pytest.raises(Forbidden, match="Chỉ quản trị viên"):
                action()


def test_nobody_deletes_a_dossier(db, officer):
    from counter.services import intake

    code = intake.receive(db, complete_draft(db), officer).code
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    outside = create_engine(db.url)  # plain SQL from outside Counter, past every service
    with pytest.raises(DBAPIError, match="never deleted"), outside.begin() as conn:
        conn.execute(text("DELETE FROM dossier WHERE code = :c"), {"c": code})
    outside.dispose()
    with db.read() as session:
        assert session.scalar(text("SELECT COUNT(*) FROM dossier WHERE code = :c"), {"c": code}) == 1


def test_the_signed_in_officer_is_recorded_and_printed(db, admin):
    from counter.services import forms, intake
    from helpers import pdf_text

    khoa = actor_of(db, "khoa.lm")
    accounts.set_password(db, admin, khoa.id, "khoa-mat-khau-1")
    signed_in = accounts.sign_in(db, "khoa.lm", "khoa-mat-khau-1")
    code = intake.receive(db, complete_draft(db), signed_in).code
    text = pdf_text(forms.receipt_pdf(db, code))[0]
    assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in text and "Lê Minh Khoa" in text


def test_dashboard_and_settings_follow_the_role(qtbot, db, admin):
    from counter.ui.main_window import MainWindow

    officer_window = MainWindow(db, actor=actor_of(db, "lan.nt"), sync=False)
    qtbot.addWidget(officer_window)
    assert not officer_window.tabs.isTabVisible(officer_window.tabs.indexOf(officer_window.dashboard))
    officer_window.show_dashboard()
    assert "Chỉ lãnh đạo" in officer_window.statusBar().currentMessage()
    supervisor_window = MainWindow(db, actor=actor_of(db, "hung.tv"), sync=False)
    qtbot.addWidget(supervisor_window)
    assert supervisor_window.tabs.isTabVisible(supervisor_window.tabs.indexOf(supervisor_window.dashboard))
    assert "Trần Văn Hùng" in supervisor_window.officer_label.text()


def test_idle_lock_asks_for_the_password_or_another_officer(qtbot, db, admin):
    from counter.ui.main_window import MainWindow
    from counter.ui.signin import LockDialog
    from qt_helpers import type_text, when_modal

    lan = actor_of(db, "lan.nt")
    accounts.set_password(db, admin, lan.id, "lan-mat-khau-1")
    window = MainWindow(db, actor=lan, sync=False)
    qtbot.addWidget(window)
    window.show()
    assert window._idle.isActive() and window._idle.interval() == 10 * 60 * 1000
    seen = []

    def unlock(dialog: LockDialog):
        type_text(dialog.password, "sai")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen.append(dialog.fields["password"].message.text())
        dialog.reject()  # Escape does not unlock
        assert dialog.isVisible()
        type_text(dialog.password, "lan-mat-khau-1")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_modal(unlock, LockDialog)
    window._idle.timeout.emit()  # ten idle minutes
    assert seen == ["Mật khẩu không đúng."] and window.current_actor() == lan


def test_first_run_and_sign_in_dialogs(qtbot, db):
    from counter.ui.signin import FirstAdminDialog, SignInDialog
    from qt_helpers import type_text

    first = FirstAdminDialog(db)
    qtbot.addWidget(first)
    type_text(first.full_name, "Quản trị hệ thống")
    type_text(first.password, "mat-khau-1")
    type_text(first.confirm, "mat-khau-2")
    first.buttons.button(first.buttons.StandardButton.Ok).click()
    assert "không giống nhau" in first.fields["confirm"].message.text() and first.actor is None
    first.confirm.clear()
    type_text(first.confirm, "mat-khau-1")
    first.buttons.button(first.buttons.StandardButton.Ok).click()
    assert first.actor is not None and first.actor.role == "admin"

    dialog = SignInDialog(db, "UBND xã Tân Trụ")
    qtbot.addWidget(dialog)
    type_text(dialog.username, "quantri")
    type_text(dialog.password, "sai-mat-khau")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "không đúng" in dialog.error.text() and dialog.password.text() == "" and dialog.username.text() == "quantri"
    type_text(dialog.password, "mat-khau-1")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.actor.name == "Quản trị hệ thống"


def failures(db, username):
    from counter.store.models import AuditEntry

    with db.read() as session:
        return [(e.action, (e.after or {}).get("reason")) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity_key == username, AuditEntry.action.like("%failed"))
            .order_by(AuditEntry.id))]


def test_the_lock_screen_counts_failures_and_locks_after_five(office_clock, db, admin):
    lan = actor_of(db, "lan.nt")
    accounts.set_password(db, admin, lan.id, "lan-mat-khau-1")
    for _ in range(4):
        with pytest.raises(SignInFailed, match="Mật khẩu không đúng"):
            accounts.unlock(db, lan, "sai")
    with pytest.raises(SignInFailed, match="Nhập sai 5 lần: tài khoản tạm khóa 15 phút"):
        accounts.unlock(db, lan, "sai")
    with pytest.raises(SignInFailed, match="thử lại sau 15 phút"):  # the right password no longer opens it
        accounts.unlock(db, lan, "lan-mat-khau-1")
    with pytest.raises(SignInFailed, match="thử lại sau 15 phút"):  # nor a sign-in
        accounts.sign_in(db, "lan.nt", "lan-mat-khau-1")
    assert failures(db, "lan.nt") == [("account.unlock_failed", "wrong password")] * 5 + [
        ("account.unlock_failed", "locked"), ("account.sign_in_failed", "locked")]
    office_clock.set(clock.now() + timedelta(minutes=16))
    assert accounts.unlock(db, lan, "lan-mat-khau-1") == lan


def test_every_failed_sign_in_is_audited_including_on_a_locked_account(db, admin):
    lan = actor_of(db, "lan.nt")
    accounts.set_password(db, admin, lan.id, "lan-mat-khau-1")
    for _ in range(5):
        with pytest.raises(SignInFailed):
            accounts.sign_in(db, "lan.nt", "sai")
    for _ in range(3):
        with pytest.raises(SignInFailed, match="tạm khóa"):
            accounts.sign_in(db, "lan.nt", "sai")
    assert failures(db, "lan.nt") == [("account.sign_in_failed", "wrong password")] * 5 + [
        ("account.sign_in_failed", "locked")] * 3


def test_the_lock_dialog_locks_the_account_after_five_wrong_passwords(qtbot, db, admin):
    from counter.ui.signin import LockDialog
    from qt_helpers import type_text

    lan = actor_of(db, "lan.nt")
    accounts.set_password(db, admin, lan.id, "lan-mat-khau-1")
    dialog = LockDialog(db, lan, "UBND xã Tân Trụ")
    qtbot.addWidget(dialog)
    dialog.show()
    seen = []
    for _ in range(6):
        type_text(dialog.password, "sai")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen.append(dialog.fields["password"].message.text())
    type_text(dialog.password, "lan-mat-khau-1")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    seen.append(dialog.fields["password"].message.text())
    assert seen[:4] == ["Mật khẩu không đúng."] * 4
    assert "tạm khóa 15 phút" in seen[4] and all("thử lại sau" in m for m in seen[5:])
    assert dialog.isVisible() and len(failures(db, "lan.nt")) == 7
