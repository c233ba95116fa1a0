"""The business time zone: the zone in which "days" are counted (time in stage, triggers, report months).

An administrator may choose it in Settings; otherwise the computer's own zone applies (never UTC by accident).
Changing it publishes ``BusinessZoneChanged``, so what is scheduled in days (the triggers) is recomputed in the
same transaction.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import events, history, settings
from desktop.services.actor import Actor, require_configure
from desktop.store import deal_paths, localdays, prepared
from desktop.store.db import atomic
from desktop.store.localdays import known_zone as _known
from desktop.store.models import Setting

ZONE_SETTING = "business_time_zone"


def system_zone_name() -> str:
    """The computer's IANA zone (see ``desktop.store.localdays.system_zone_name``)."""
    return localdays.system_zone_name()


def stored_zone_name() -> str:
    """The zone an administrator chose ("" when none was chosen: the system's applies)."""
    found = prepared.run("business zone", lambda: Setting.select(Setting.value).where(Setting.key == ZONE_SETTING), {})
    value = found[0][0] if found else None
    return value if value and _known(value) else ""


def business_zone() -> ZoneInfo:
    """The zone "days" are counted in: the stored choice, else the system's zone (never UTC by accident)."""
    return ZoneInfo(stored_zone_name() or system_zone_name())


def zone_names() -> list[str]:
    """Every IANA zone name this installation knows (for the Settings picker)."""
    from zoneinfo import available_timezones

    return [*sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/"))), "UTC"]


def set_business_zone(actor: Actor, name: str, now: datetime | None = None) -> None:
    """Choose the business time zone ("" goes back to the system's); the schedule is recomputed."""
    require_configure(actor)
    name = str(name or "").strip()
    if not name:
        with atomic():
            old = stored_zone_name()
            Setting.delete().where(Setting.key == ZONE_SETTING).execute()
            if old:
                history.record("setting_changed", now or utcnow(), actor, key=ZONE_SETTING, old=old, new="")
            events.publish(events.BusinessZoneChanged(actor, now or utcnow()))
            _recount_days()
        return
    if "\0" in name or not _known(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is not a known time zone."), name=name.replace("\0", "")
        ) from None
    with atomic():
        old = stored_zone_name()
        if old != name:
            history.record("setting_changed", now or utcnow(), actor, key=ZONE_SETTING, old=old, new=name)
        settings.put(ZONE_SETTING, name)
        events.publish(events.BusinessZoneChanged(actor, now or utcnow()))
        _recount_days()


def _recount_days() -> None:
    """The reports' stored days to close, counted again when the zone they were counted in is no longer it."""
    key = business_zone().key
    if deal_paths.days_zone(fresh=True) != key:
        deal_paths.recount_days(key)
