"""Users and sign-in. Single-seat (SQLite) starts as the local admin with no login; team mode (PostgreSQL)
signs in with a password checked against an Argon2id hash. Admins manage users (here, in the Users dialog
and through ``etap users``); everyone may change their own password, name, e-mail and signature.

Sign-in failures are counted per typed name, whether or not such a user exists, and a name that failed
repeatedly must wait a growing delay; an unknown name runs the same password verification as a known one,
so neither the answer nor the time tells which names exist.
"""

from __future__ import annotations

import getpass
from datetime import datetime, timedelta

from peewee import fn

from desktop.domain import passwords
from desktop.domain.errors import ConflictError, NotFound, PermissionDenied, RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys
from desktop.services.actor import Actor, require_admin
from desktop.services.deals import deals
from desktop.services.records import UserRow
from desktop.store.db import atomic
from desktop.store.models import Deal, SignInFailure, User

# The command line (``etap users``) acts as an administrator: whoever can reach the database owns it.
CONSOLE = Actor(0, Role.ADMIN, "etap users")

WRONG_CREDENTIALS = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")
MAX_SIGNATURE = 4000


def _row(u: User) -> UserRow:
    return UserRow(
        u.id,
        u.username,
        u.display_name,
        u.role,
        u.email,
        u.signature or "",
        bool(u.active),
        u.version,
        bool(u.password_hash),
    )


def _who(actor: Actor | None) -> Actor | None:
    """The actor history records (the console has no user row)."""
    return None if actor is None or actor.id == CONSOLE.id else actor


def list_users(active_only: bool = True) -> list[UserRow]:
    query = User.select().order_by(User.display_name)
    if active_only:
        query = query.where(User.active == True)  # noqa: E712 - SQL comparison
    return [_row(u) for u in query]


def get_user(user_id: int) -> UserRow:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
    return _row(user)


def find_user(name: str) -> UserRow:
    """A user by user name (case-insensitive), for the command line."""
    user = User.get_or_none(fn.LOWER(User.username) == (name or "").strip().lower())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no user “{name}”."), name=name)
    return _row(user)


def actor_for(user_id: int) -> Actor:
    user = User.get_by_id(user_id)
    return Actor(user.id, user.role, user.display_name)


def actor_by_username(username: str) -> Actor | None:
    user = User.get_or_none(fn.LOWER(User.username) == (username or "").strip().lower())
    return Actor(user.id, user.role, user.display_name) if user else None


def local_admin() -> Actor:
    """The single-seat user: the first admin, created on first start (named after the OS account)."""
    user = _first_active_admin()  # read first: a start writes nothing here (its file may still be read-only)
    if user is not None:
        return Actor(user.id, user.role, user.display_name)
    with atomic():
        user = _first_active_admin()
        if user is None:
            try:
                name = getpass.getuser() or "admin"
            except (KeyError, OSError):  # no account name (containers, odd environments)
                name = "admin"
            name = _free_username(name[:80])
            user = User.create(username=name, display_name=name[:120], role=Role.ADMIN, created_at=utcnow())
    return Actor(user.id, user.role, user.display_name)


def has_local_admin() -> bool:
    """True when ``local_admin`` will find its administrator rather than create one."""
    return _first_active_admin() is not None


def _first_active_admin() -> User | None:
    return User.select().where((User.role == Role.ADMIN) & (User.active == True)).order_by(User.id).first()  # noqa: E712


def needs_first_admin() -> bool:
    """True while nobody can sign in as an administrator (a new team database, or one with sample users only)."""
    return not (
        User.select()
        .where((User.role == Role.ADMIN) & (User.active == True) & User.password_hash.is_null(False))  # noqa: E712
        .exists()
    )


def create_first_admin(display_name: str, email: str, password: str, repeat: str, now: datetime | None = None) -> Actor:
    """The first start of a team database: make its first administrator (user name from the e-mail)."""
    now = now or utcnow()
    email = _email(email, required=True)
    _check_new_password(password, repeat)
    digest = passwords.hash_password(password)
    with atomic():
        if not needs_first_admin():  # someone else was quicker
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "This database already has an administrator. Sign in instead.")
            )
        user = User.create(
            username=_free_username(email.split("@")[0]),
            display_name=_name(display_name),
            role=Role.ADMIN,
            email=email,
            password_hash=digest,
            created_at=now,
        )
        actor = Actor(user.id, user.role, user.display_name)
        history.record("user_created", now, actor, username=user.username, role=Role.ADMIN)
    return actor


def create_user(
    actor: Actor | None,
    username: str,
    display_name: str,
    role: str = Role.AGENT,
    email: str = "",
    password: str | None = None,
    signature: str = "",
    now: datetime | None = None,
) -> UserRow:
    """Admins add users; ``actor=None`` is allowed only while there are no users (first run)."""
    now = now or utcnow()
    if password is not None:
        passwords.check_policy(password)
    digest = passwords.hash_password(password) if password else None
    with atomic():
        if actor is None:
            if User.select().exists():
                raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only administrators can do this."))
        else:
            require_admin(actor)
        username = _username(username)
        if User.select().where(fn.LOWER(User.username) == username.lower()).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The user name “{name}” is taken."), field="username", name=username
            )
        user = User.create(
            username=username,
            display_name=_name(display_name or username),
            role=_role(role),
            email=_email(email),
            signature=_signature(signature),
            password_hash=digest,
            created_at=now,
        )
        history.record("user_created", now, _who(actor), username=username, role=user.role)
    return _row(user)


def update_user(
    actor: Actor,
    user_id: int,
    version: int,
    *,
    display_name: str | None = None,
    email: str | None = None,
    signature: str | None = None,
    role: str | None = None,
    now: datetime | None = None,
) -> UserRow:
    """Change what was given. Admins change anyone (and roles); others only their own name, e-mail and
    signature. Refused when someone saved the user in the meantime (``version``)."""
    now = now or utcnow()
    if actor.id != user_id or role is not None:
        require_admin(actor)
    values: dict = {}
    if display_name is not None:
        values["display_name"] = _name(display_name)
    if email is not None:
        values["email"] = _email(email)
    if signature is not None:
        values["signature"] = _signature(signature)
    if role is not None:
        values["role"] = _role(role)
    with atomic():
        current = _locked(user_id, version)
        if "role" in values and values["role"] != Role.ADMIN and current.role == Role.ADMIN:
            _keep_an_admin(user_id)
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if changed:
            _versioned_update(user_id, version, **changed)
            if "display_name" in changed:
                searchkeys.owner_renamed(user_id, changed["display_name"])  # their deals sort by the new name
            history.record("user_changed", now, _who(actor), username=current.username, fields=sorted(changed))
    return get_user(user_id)


def owned_deal_count(user_id: int) -> int:
    """Deals a user owns (shown before deactivating them, to offer reassigning)."""
    return Deal.select().where(Deal.owner == user_id).count()


def set_active(
    actor: Actor,
    user_id: int,
    version: int,
    active: bool,
    reassign_to: int | None = None,
    now: datetime | None = None,
) -> UserRow:
    """Deactivate (the person can no longer sign in; their deals stay, optionally handed to ``reassign_to``
    in the same transaction) or reactivate a user. Admins only; never the last active administrator."""
    require_admin(actor)
    now = now or utcnow()
    with atomic():
        current = _locked(user_id, version)
        if not active:
            if user_id == actor.id:
                raise RuleError(QT_TRANSLATE_NOOP("Errors", "You cannot deactivate yourself."))
            if current.role == Role.ADMIN:
                _keep_an_admin(user_id)
        if reassign_to is not None:
            target = User.get_or_none((User.id == reassign_to) & (User.active == True))  # noqa: E712
            if target is None or reassign_to == user_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Choose an active user to hand the deals to."), field="owner"
                )
            ids = [d for (d,) in Deal.select(Deal.id).where(Deal.owner == user_id).order_by(Deal.id).tuples()]
            deals.change_owner(_deal_actor(actor), ids, reassign_to, now)
        if bool(current.active) != active:
            _versioned_update(user_id, version, active=active)
            history.record(
                "user_activated" if active else "user_deactivated", now, _who(actor), username=current.username
            )
    return get_user(user_id)


def reset_password(actor: Actor, user_id: int, password: str, repeat: str, now: datetime | None = None) -> None:
    """An administrator sets someone's password (they lost it, or they are new)."""
    require_admin(actor)
    _set_password(actor, user_id, password, repeat, now or utcnow())


def change_own_password(actor: Actor, old: str, password: str, repeat: str, now: datetime | None = None) -> None:
    """Anyone changes their own password; the current one must be right (when there is one)."""
    user = User.get_or_none(User.id == actor.id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
    if user.password_hash and not passwords.verify_password(old or "", user.password_hash):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "The current password is wrong."))
    _set_password(actor, actor.id, password, repeat, now or utcnow())


def sign_in(username: str, password: str, now: datetime | None = None) -> Actor:
    """The actor for a user name (or a unique e-mail) and password; a clear refusal otherwise."""
    now = now or utcnow()
    key = (username or "").strip().lower()[:254]
    failure = SignInFailure.get_or_none(SignInFailure.name == key)
    if failure is not None:
        wait = failure.last_failed_at + timedelta(seconds=passwords.sign_in_delay(failure.failures)) - now
        if wait > timedelta(0):
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "Too many failed sign-ins. Try again in {seconds} s."),
                seconds=max(1, int(wait.total_seconds() + 0.999)),
            )
    user = _by_name(key)
    stored = user.password_hash if user is not None else None
    ok = passwords.verify_password(password or "", stored)  # runs a full verification even for unknown names
    if not ok or user is None or not user.active:
        with atomic():
            SignInFailure.insert(name=key, failures=1, last_failed_at=now).on_conflict(
                conflict_target=[SignInFailure.name],
                update={SignInFailure.failures: SignInFailure.failures + 1, SignInFailure.last_failed_at: now},
            ).execute()
        raise PermissionDenied(WRONG_CREDENTIALS)
    with atomic():
        if failure is not None:
            SignInFailure.delete().where(SignInFailure.name == key).execute()
        if passwords.needs_rehash(stored):  # new parameters (or the old scheme): store a fresh hash
            User.update(password_hash=passwords.hash_password(password)).where(
                (User.id == user.id) & (User.password_hash == stored)
            ).execute()
    return Actor(user.id, user.role, user.display_name)


# -- helpers ---------------------------------------------------------------------------------------------
def _by_name(key: str) -> User | None:
    if not key:
        return None
    user = User.get_or_none(fn.LOWER(User.username) == key)
    if user is None and "@" in key:
        matches = list(User.select().where(fn.LOWER(User.email) == key).limit(2))
        user = matches[0] if len(matches) == 1 else None
    return user


def _locked(user_id: int, version: int) -> User:
    current = User.get_or_none(User.id == user_id)
    if current is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
    if current.version != version:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Errors", "Someone else changed this user in the meantime. Look again and repeat."),
            current=_row(current),
        )
    return current


def _versioned_update(user_id: int, version: int, **values) -> None:
    count = (
        User.update(version=User.version + 1, **values)
        .where((User.id == user_id) & (User.version == version))
        .execute()
    )
    if count != 1:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Errors", "Someone else changed this user in the meantime. Look again and repeat.")
        )


def _set_password(actor: Actor, user_id: int, password: str, repeat: str, now: datetime) -> None:
    _check_new_password(password, repeat)
    digest = passwords.hash_password(password)
    with atomic():
        user = User.get_or_none(User.id == user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
        User.update(password_hash=digest, version=User.version + 1).where(User.id == user_id).execute()
        SignInFailure.delete().where(SignInFailure.name == user.username.lower()).execute()
        history.record("password_changed", now, _who(actor), username=user.username)


def _deal_actor(actor: Actor) -> Actor:
    """Who the deals' history names: the acting admin; for the command line, the first active admin."""
    if actor.id != CONSOLE.id:
        return actor
    admin = (
        User.select().where((User.role == Role.ADMIN) & (User.active == True)).order_by(User.id).first()  # noqa: E712
    )
    return Actor(admin.id, admin.role, admin.display_name) if admin else actor


def _keep_an_admin(user_id: int) -> None:
    others = User.select().where(
        (User.role == Role.ADMIN) & (User.active == True) & (User.id != user_id)  # noqa: E712
    )
    if not others.exists():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "There must be at least one active administrator."))


def _check_new_password(password: str, repeat: str) -> None:
    passwords.check_policy(password or "")
    if password != repeat:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two passwords differ."), field="repeat")


def _free_username(base: str) -> str:
    base = "".join(c for c in base.strip() if not c.isspace())[:70] or "user"
    name, n = base, 1
    while User.select().where(fn.LOWER(User.username) == name.lower()).exists():
        n += 1
        name = f"{base}{n}"
    return name


def _username(username: str) -> str:
    username = (username or "").strip()
    if not username or len(username) > 80 or any(c.isspace() for c in username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A user name needs 1 to 80 characters without spaces."), field="username"
        )
    return username


def _name(display_name: str) -> str:
    name = " ".join((display_name or "").split())
    if not name or len(name) > 120:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A name needs 1 to 120 characters."), field="name")
    return name


def _email(email: str, required: bool = False) -> str:
    email = (email or "").strip()
    if not email and not required:
        return ""
    from desktop.domain.mail import check_address  # (the mail rules) only when a user's e-mail is set

    return check_address(email)


def _signature(signature: str) -> str:
    signature = (signature or "").strip()
    if len(signature) > MAX_SIGNATURE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The signature is too long."), field="signature")
    return signature


def _role(role: str) -> str:
    if role not in Role.__members__.values():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role “{role}”."), field="role", role=role)
    return str(role)
