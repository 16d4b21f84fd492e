"""Officers' accounts, kept offline: argon2 password hashes (argon2-cffi), a lock-out after
repeated failed sign-ins, roles with enforced permissions, and the first administrator created
on the first run.

Roles: ``officer`` receives and works dossiers; ``supervisor`` also sees reports; ``admin``
also changes the office, the catalogue and the accounts. Nobody deletes a dossier (the database
refuses it)."""

from __future__ import annotations

import math
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from counter import clock, settings
from counter.domain import validation as v
from counter.domain.text import nfc
from counter.messages import msg, text_of
from counter.services import audit
from counter.services.errors import UserError, ValidationFailed
from counter.store.models import Office, Officer

HASHER = PasswordHasher()
MIN_PASSWORD = 8

PERMISSIONS = {
    "dossier.work": {"officer", "supervisor", "admin", "system"},
    "reports.view": {"supervisor", "admin", "system"},
    "office.edit": {"admin", "system"},
    "catalogue.import": {"admin", "system"},
    "accounts.edit": {"admin", "system"},
}
DENIED = {
    "reports.view": msg("Chỉ lãnh đạo (giám sát) và quản trị viên xem được báo cáo."),
    "office.edit": msg("Chỉ quản trị viên được thay đổi thông tin cơ quan."),
    "catalogue.import": msg("Chỉ quản trị viên được nhập danh mục thủ tục."),
    "accounts.edit": msg("Chỉ quản trị viên được tạo, sửa tài khoản cán bộ."),
}


class Forbidden(UserError):
    pass


class SignInFailed(UserError):
    pass


def allowed(actor: audit.Actor, permission: str) -> bool:
    return actor.role in PERMISSIONS[permission]


def require(actor: audit.Actor, permission: str) -> None:
    if not allowed(actor, permission):
        raise Forbidden(DENIED.get(permission, msg("Tài khoản này không được làm việc này.")))


def _office(session) -> Office | None:
    return session.get(Office, 1)


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed({"password": msg("Mật khẩu cần ít nhất {count} ký tự.", count=MIN_PASSWORD)})
    if password.strip() != password or password.isdigit():
        raise ValidationFailed({"password": msg("Mật khẩu không bắt đầu/kết thúc bằng dấu cách và không chỉ gồm chữ số.")})
    return password


def needs_first_admin(db) -> bool:
    with db.read() as session:
        return session.scalar(select(Officer.id).where(Officer.role == "admin", Officer.active.is_(True),
                                                       Officer.password_hash.is_not(None)).limit(1)) is None


def first_admin_errors(username: str, full_name: str, password: str) -> dict[str, str]:
    """Everything wrong with a first administrator's account, all at once (field → message)."""
    errors = {}
    username = nfc(username).lower()
    if not username or " " in username:
        errors["username"] = msg("Tên đăng nhập không được trống hoặc chứa dấu cách.")
    if nfc(full_name or "").strip():
        try:
            v.person_name(full_name, msg("họ tên quản trị viên"))
        except v.Invalid as exc:
            errors["full_name"] = text_of(exc)
    try:
        check_password(password)
    except ValidationFailed as exc:
        errors.update(exc.errors)
    return errors


def create_first_admin(db, username: str, full_name: str, password: str) -> audit.Actor:
    """The first run: the administrator's account (the demo's 'quantri' gets its password, and
    the name typed: receipts print who received a dossier)."""
    errors = first_admin_errors(username, full_name, password)
    if errors:
        raise ValidationFailed(errors)
    username = nfc(username).lower()
    with db.write() as session:
        if session.scalar(select(Officer.id).where(Officer.role == "admin", Officer.password_hash.is_not(None))):
            raise UserError(msg("Đã có quản trị viên: hãy đăng nhập."))
        officer = session.scalar(select(Officer).where(Officer.username == username))
        if officer is None:
            default_name = "Quản trị hệ thống"  # vi-only: the account's name, stored and printed on receipts
            officer = Officer(username=username, full_name=v.person_name(full_name or default_name,
                                                                          msg("họ tên quản trị viên")),
                              title="Quản trị viên")  # vi-only: the account's title, stored
            session.add(officer)
        elif nfc(full_name or "").strip():
            officer.full_name = v.person_name(full_name, msg("họ tên quản trị viên"))
        officer.role, officer.active = "admin", True
        officer.password_hash = HASHER.hash(password)
        session.flush()
        actor = audit.Actor(officer.id, officer.full_name, "admin")
        audit.record(session, actor, "account.first_admin", "officer", username, None, {"role": "admin"})
        return actor


def sign_in(db, username: str, password: str) -> audit.Actor:
    """Check the password; after ``max_attempts`` failures the account locks for ``lockout_minutes``."""
    return _attempt(db, nfc(username).lower(), None, password, msg("Tên đăng nhập hoặc mật khẩu không đúng."),
                    "account.sign_in")


def unlock(db, actor: audit.Actor, password: str) -> audit.Actor:
    """Unlocking the screen: the same officer's password, counted like a sign-in — five wrong ones
    lock the account, and every failure is audited."""
    return _attempt(db, None, actor.id, password, msg("Mật khẩu không đúng."), "account.unlock")


def verify(db, actor: audit.Actor, password: str) -> bool:
    """Whether ``password`` opens the locked screen (counted and audited as ``unlock``)."""
    try:
        unlock(db, actor, password)
        return True
    except SignInFailed:
        return False


def _attempt(db, username: str | None, officer_id: int | None, password: str, wrong: str, action: str) -> audit.Actor:
    if getattr(db, "read_only", ""):
        return _read_only_attempt(db, username, officer_id, password, wrong)
    now = clock.now()
    with db.write() as session:
        office = _office(session)
        max_attempts = settings.get(office, settings.MAX_ATTEMPTS)
        lockout = settings.get(office, settings.LOCKOUT_MINUTES)
        if officer_id is not None:
            officer = session.get(Officer, officer_id)
            username = officer.username if officer is not None else str(officer_id)
        else:
            officer = session.scalar(select(Officer).where(Officer.username == username))
        failed = f"{action}_failed" if action != "account.sign_in" else "account.sign_in_failed"
        if officer is None or not officer.active or not officer.password_hash:
            audit.record(session, audit.SYSTEM, failed, "officer", username, None, {"reason": "unknown or inactive"})
            session.commit()
            raise SignInFailed(wrong)
        if officer.locked_until and officer.locked_until > now:
            minutes = max(1, math.ceil((officer.locked_until - now).total_seconds() / 60))
            audit.record(session, audit.SYSTEM, failed, "officer", username, None, {"reason": "locked", "locked": True})
            session.commit()  # the attempt on a locked account is recorded too
            raise SignInFailed(msg("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau {minutes} phút "
                                   "hoặc nhờ quản trị viên đặt lại mật khẩu.", minutes=minutes))
        try:
            HASHER.verify(officer.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            officer.failed_attempts += 1
            message = wrong
            if officer.failed_attempts >= max_attempts:
                officer.locked_until = now + timedelta(minutes=lockout)
                officer.failed_attempts = 0
                message = msg("Nhập sai {attempts} lần: tài khoản tạm khóa {minutes} phút.", attempts=max_attempts,
                              minutes=lockout)
            audit.record(session, audit.SYSTEM, failed, "officer", username, None,
                         {"reason": "wrong password",
                          "locked": officer.locked_until is not None and officer.locked_until > now})
            session.commit()
            raise SignInFailed(message) from None
        if HASHER.check_needs_rehash(officer.password_hash):
            officer.password_hash = HASHER.hash(password)
        officer.failed_attempts, officer.locked_until = 0, None
        if action == "account.sign_in":
            officer.last_sign_in_at = now
        actor = audit.Actor(officer.id, officer.full_name, officer.role)
        audit.record(session, actor, action, "officer", username)
        return actor


def _read_only_attempt(db, username, officer_id, password, wrong) -> audit.Actor:
    """A database that cannot be written (opened for look-ups): the password is checked, the lock
    respected, but nothing can be counted or recorded."""
    with db.read() as session:
        officer = session.get(Officer, officer_id) if officer_id is not None else session.scalar(
            select(Officer).where(Officer.username == username))
        if officer is None or not officer.active or not officer.password_hash:
            raise SignInFailed(wrong)
        if officer.locked_until and officer.locked_until > clock.now():
            raise SignInFailed(msg("Tài khoản đang tạm khóa do nhập sai mật khẩu nhiều lần."))
        try:
            HASHER.verify(officer.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            raise SignInFailed(wrong) from None
        return audit.Actor(officer.id, officer.full_name, officer.role)


def set_password(db, actor: audit.Actor, officer_id: int, password: str, *, old_password: str | None = None) -> None:
    """An administrator sets anyone's password; an officer changes their own with the old one."""
    check_password(password)
    with db.write() as session:
        officer = session.get(Officer, officer_id)
        if officer is None:
            raise UserError(msg("Không có cán bộ này."))
        if actor.id != officer_id:
            require(actor, "accounts.edit")
        elif not allowed(actor, "accounts.edit"):
            try:
                HASHER.verify(officer.password_hash or "", old_password or "")
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                raise ValidationFailed({"old_password": msg("Mật khẩu hiện tại không đúng.")}) from None
        officer.password_hash = HASHER.hash(password)
        officer.failed_attempts, officer.locked_until = 0, None
        audit.record(session, actor, "account.password", "officer", officer.username, None, {"changed": True})


def lock_minutes(db) -> int:
    with db.read() as session:
        return settings.get(_office(session), settings.LOCK_MINUTES)


def command_line_actor(db, username: str | None) -> audit.Actor:
    """Who a command-line command acts as: the active officer ``username``, or without one the
    machine's administrator, recorded as such."""
    with db.read() as session:
        if username:
            officer = session.scalar(select(Officer).where(Officer.username == username, Officer.active.is_(True)))
            if officer is None:
                raise UserError(msg("không có cán bộ '{username}' đang hoạt động.", username=username))
            return audit.Actor(officer.id, officer.full_name, officer.role)
        return audit.Actor(None, "Hệ thống (dòng lệnh)", "system")  # vi-only: the actor's name, recorded in the history and audit log

