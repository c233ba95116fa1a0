"""Users and sign-in. Single-seat (SQLite) starts as the local admin with no login; team mode
(PostgreSQL) signs in with a password checked against a slow salted hash."""

from __future__ import annotations

import getpass

from peewee import fn

from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.passwords import hash_password, verify_password
from desktop.domain.roles import Role
from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.context import Actor, require_admin
from desktop.services.rows import UserRow
from desktop.store.db import atomic
from desktop.store.models import User


def _row(u: User) -> UserRow:
    return UserRow(u.id, u.username, u.display_name, u.role, u.email)


def list_users(active_only: bool = True) -> list[UserRow]:
    query = User.select().order_by(User.display_name)
    if active_only:
        query = query.where(User.active == True)  # noqa: E712 - SQL comparison
    return [_row(u) for u in query]


def actor_for(user_id: int) -> Actor:
    user = User.get_by_id(user_id)
    return Actor(user.id, user.role, user.display_name)


def actor_by_username(username: str) -> Actor | None:
    user = User.get_or_none(fn.LOWER(User.username) == (username or "").strip().lower())
    return Actor(user.id, user.role, user.display_name) if user else None


def local_admin() -> Actor:
    """The single-seat user: the first admin, created on first start (named after the OS account)."""
    with atomic():
        user = User.select().where(User.role == Role.ADMIN).order_by(User.id).first()
        if user is None:
            try:
                name = getpass.getuser() or "admin"
            except (KeyError, OSError):  # no account name (containers, odd environments)
                name = "admin"
            user = User.create(username=name[:80], display_name=name[:120], role=Role.ADMIN, created_at=utcnow())
    return Actor(user.id, user.role, user.display_name)


def create_user(
    actor: Actor | None,
    username: str,
    display_name: str,
    role: str = Role.AGENT,
    email: str = "",
    password: str | None = None,
) -> UserRow:
    """Admins add users; ``actor=None`` is allowed only while there are no users (first run)."""
    with atomic():
        if actor is None:
            if User.select().exists():
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only administrators can do this."))
        else:
            require_admin(actor)
        username = (username or "").strip()
        if not username or len(username) > 80:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A user name needs 1 to 80 characters."), field="username"
            )
        if User.select().where(fn.LOWER(User.username) == username.lower()).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The user name “{name}” is taken."), field="username", name=username
            )
        if role not in Role.__members__.values():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role “{role}”."), field="role", role=role)
        user = User.create(
            username=username,
            display_name=(display_name or username).strip()[:120],
            role=role,
            email=email,
            password_hash=hash_password(password) if password else None,
            created_at=utcnow(),
        )
        history.record("user_created", utcnow(), actor, username=username, role=role)
    return _row(user)


def sign_in(username: str, password: str) -> Actor:
    user = User.get_or_none((fn.LOWER(User.username) == (username or "").strip().lower()) & (User.active == True))  # noqa: E712
    if user is None or not verify_password(password, user.password_hash):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
    return Actor(user.id, user.role, user.display_name)


def display_name(user_id: int) -> str:
    """A user's name even when the account is no longer active (an old deal's owner)."""
    return User.select(User.display_name).where(User.id == user_id).scalar() or str(user_id)
