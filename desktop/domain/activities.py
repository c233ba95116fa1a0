"""Activity options (SPEC F3/F4, Livespace model): who may perform, what completing needs, who is told."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_WEIGHT = 1000
MAX_NAME = 120


class Performer(StrEnum):
    ANYONE = "anyone"
    MANAGERS = "managers"
    ADMINS = "admins"
    USERS = "users"


class Requirement(StrEnum):
    NOTHING = "nothing"
    NOTE = "note"
    NOTE_FILE = "note_file"


class Audience(StrEnum):
    ADMINS = "admins"
    MANAGERS = "managers"
    PARTICIPANTS = "participants"


PERFORMER_LABELS = {
    Performer.ANYONE: QT_TRANSLATE_NOOP("Activity", "Anyone"),
    Performer.MANAGERS: QT_TRANSLATE_NOOP("Activity", "Managers and admins"),
    Performer.ADMINS: QT_TRANSLATE_NOOP("Activity", "Admins only"),
    Performer.USERS: QT_TRANSLATE_NOOP("Activity", "Chosen users"),
}
REQUIREMENT_LABELS = {
    Requirement.NOTHING: QT_TRANSLATE_NOOP("Activity", "Nothing"),
    Requirement.NOTE: QT_TRANSLATE_NOOP("Activity", "A note"),
    Requirement.NOTE_FILE: QT_TRANSLATE_NOOP("Activity", "A note with a file"),
}
AUDIENCE_LABELS = {
    Audience.ADMINS: QT_TRANSLATE_NOOP("Activity", "Admins"),
    Audience.MANAGERS: QT_TRANSLATE_NOOP("Activity", "Managers"),
    Audience.PARTICIPANTS: QT_TRANSLATE_NOOP("Activity", "Deal participants"),
}


@dataclass
class ActivitySpec:
    name: str
    weight: int = 0
    mandatory: bool = False
    performer: Performer = Performer.ANYONE
    performer_users: list[int] = field(default_factory=list)
    requires: Requirement = Requirement.NOTHING
    notify: list[Audience] = field(default_factory=list)
    follow_up_task: bool = False
    id: int | None = None


def check_activity(spec: ActivitySpec) -> ActivitySpec:
    name = (spec.name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An activity needs a name of 1 to {max} characters."),
            field="name",
            max=MAX_NAME,
        )
    if not 0 <= int(spec.weight) <= MAX_WEIGHT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An activity's weight must be between 0 and {max}."),
            field="weight",
            max=MAX_WEIGHT,
        )
    if spec.performer is Performer.USERS and not spec.performer_users:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Activity “{name}”: choose at least one user who may perform it."), name=name
        )
    spec.name = name
    spec.weight = int(spec.weight)
    return spec


def may_perform(performer: Performer, allowed_users: list[int], role: str, user_id: int) -> bool:
    """Whether a user with ``role`` may complete an activity: admins always may."""
    if role == "admin":
        return True
    if performer is Performer.ANYONE:
        return True
    if performer is Performer.MANAGERS:
        return role == "manager"
    if performer is Performer.USERS:
        return user_id in allowed_users
    return False
