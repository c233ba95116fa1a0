"""The business time zone: the zone in which "days" are counted (time in stage, triggers, report months).

An administrator may choose it in Settings; otherwise the computer's own zone applies (never UTC by accident).
Changing it publishes ``BusinessZoneChanged``, so what is scheduled in days (the triggers) is recomputed in the
same transaction.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import events, history, settings
from desktop.services.context import Actor, require_configure
from desktop.store.db import atomic
from desktop.store.models import Setting

ZONE_SETTING = "business_time_zone"


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def system_zone_name() -> str:
    """The computer's IANA zone: ``TZ`` if set, else what the system says (tzlocal reads the Windows registry
    and /etc/localtime); UTC only when nothing usable is found."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        import tzlocal

        candidates.append(tzlocal.get_localzone_name() or "")
    except Exception:  # tzlocal refuses odd set-ups (conflicting sources); fall back to the link below
        pass
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    return next((name for name in candidates if name and _known(name)), "UTC")


def stored_zone_name() -> str:
    """The zone an administrator chose ("" when none was chosen: the system's applies)."""
    value = Setting.select(Setting.value).where(Setting.key == ZONE_SETTING).scalar()
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
