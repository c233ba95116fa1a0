"""Global application settings kept in the ``setting`` table (shared by every user of the database)."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.actor import Actor, require_admin
from desktop.store.db import atomic
from desktop.store.models import Setting

DEALS_WITHOUT_CALCULATION = "deals_without_calculation"
# Shown next to the disabled switch for non-admins; translated in the ui (context "Settings").
ADMIN_ONLY_REASON = QT_TRANSLATE_NOOP("Settings", "Only an administrator can change this setting.")


def get(key: str, default: str = "") -> str:
    value = Setting.select(Setting.value).where(Setting.key == key).scalar()
    return default if value is None else value


def _put(key: str, value: str) -> None:
    """Insert or update one setting: a portable upsert (SQLite and PostgreSQL); the caller holds the transaction."""
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


put = _put


def calculations_enabled() -> bool:
    """False while the global "deals without calculation" switch is on."""
    return get(DEALS_WITHOUT_CALCULATION, "0") != "1"


def can_change_global(actor: Actor) -> bool:
    return actor.role == "admin"


def set_deals_without_calculation(actor: Actor, on: bool, now: datetime | None = None) -> bool:
    """Admins only. Calculations made earlier are hidden while on, never deleted; returns the new state."""
    require_admin(actor)
    with atomic():
        old = get(DEALS_WITHOUT_CALCULATION, "0") == "1"
        if old != on:
            _put(DEALS_WITHOUT_CALCULATION, "1" if on else "0")
            history.record("setting_changed", now or utcnow(), actor, key=DEALS_WITHOUT_CALCULATION, old=old, new=on)
    return on


def get_text(key: str, default: str = "") -> str:
    return get(key, default)


def put_text(actor: Actor, key: str, value: str) -> None:
    """A free-text setting any manager may change (offer templates); callers check the role."""
    with atomic():
        _put(key, value)
