"""Stage rules of a sales process (SPEC F1), on plain lists.

A process is an ordered list of stages: open stages first, then closed ones (Won, Lost, or another closed
kind such as "Frozen"). These functions compute the new order or raise ``RuleError``; they never half-apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.errors import RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_OPEN = 17
MAX_CLOSED = 3
MAX_NAME = 80


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    CLOSED = "closed"  # another closed kind, e.g. "Frozen"

    @property
    def is_closed(self) -> bool:
        return self is not StageKind.OPEN


KIND_LABELS = {
    StageKind.OPEN: QT_TRANSLATE_NOOP("StageKind", "Open"),
    StageKind.WON: QT_TRANSLATE_NOOP("StageKind", "Won"),
    StageKind.LOST: QT_TRANSLATE_NOOP("StageKind", "Lost"),
    StageKind.CLOSED: QT_TRANSLATE_NOOP("StageKind", "Closed (other)"),
}


class Field(StrEnum):
    """Deal fields a stage may require on entry."""

    SOURCE = "source"
    EXPECTED_CLOSE = "expected_close"
    SUBSTAGE = "substage"
    NEXT_CONTACT = "next_contact"
    VALUE = "value"
    CONTACT = "contact"
    LOST_REASON = "lost_reason"


FIELD_LABELS = {
    Field.SOURCE: QT_TRANSLATE_NOOP("Field", "Source"),
    Field.EXPECTED_CLOSE: QT_TRANSLATE_NOOP("Field", "Expected close date"),
    Field.SUBSTAGE: QT_TRANSLATE_NOOP("Field", "Sub-stage"),
    Field.NEXT_CONTACT: QT_TRANSLATE_NOOP("Field", "Next contact date"),
    Field.VALUE: QT_TRANSLATE_NOOP("Field", "Value"),
    Field.CONTACT: QT_TRANSLATE_NOOP("Field", "Contact"),
    Field.LOST_REASON: QT_TRANSLATE_NOOP("Field", "Lost reason"),
}


@dataclass
class StageSpec:
    """What the rules need to know about a stage (store rows are converted to this)."""

    name: str
    kind: StageKind = StageKind.OPEN
    id: int | None = None
    substages: list[str] = field(default_factory=list)
    required: list[str] = field(default_factory=list)
    default_probability: int = 0
    rotting_days: int | None = None


def check_name(name: str) -> str:
    from desktop.domain.inputs import text

    name = text(name, "name", 10 * MAX_NAME)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A stage needs a name."), field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A stage name can have at most {max} characters."),
            field="name",
            max=MAX_NAME,
        )
    return name


def check_order(stages: Sequence[StageSpec]) -> None:
    """Raise unless the list is a valid process: limits hold and closed stages follow open ones."""
    open_count = sum(1 for s in stages if s.kind is StageKind.OPEN)
    closed_count = len(stages) - open_count
    if open_count > MAX_OPEN:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A process can have at most {max} open stages."), max=MAX_OPEN)
    if closed_count > MAX_CLOSED:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A process can have at most {max} closed stages."), max=MAX_CLOSED)
    if sum(1 for s in stages if s.kind is StageKind.WON) > 1:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A process can have only one Won stage."))
    seen_closed = False
    for stage in stages:
        if stage.kind.is_closed:
            seen_closed = True
        elif seen_closed:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "Closed stages must come after all open stages."))
    seen: set[str] = set()
    for stage in stages:
        key = " ".join(stage.name.split()).casefold()
        if key in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Two stages are named “{name}”; stage names must be different."),
                field="name",
                name=stage.name,
            )
        seen.add(key)
    for stage in stages:
        check_probability(stage.default_probability)
        check_rotting(stage.rotting_days)
        for key in stage.required:
            if key not in Field.__members__.values():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), key=key)
        if Field.SUBSTAGE in stage.required and not stage.substages:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "Stage “{name}” requires a sub-stage but has none defined."),
                name=stage.name,
            )


def check_probability(value: int) -> int:
    if not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Probability must be a whole number from 0 to 100."),
            field="probability",
        )
    return value


def check_rotting(days: int | None) -> int | None:
    if days is not None and (not isinstance(days, int) or not 1 <= days <= 3650):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Rotting days must be empty or a number from 1 to 3650."),
            field="rotting_days",
        )
    return days


def with_added(stages: Sequence[StageSpec], new: StageSpec) -> list[StageSpec]:
    """A new open stage goes first; a new closed stage goes last."""
    check_name(new.name)
    if new.kind is StageKind.OPEN:
        if sum(1 for s in stages if s.kind is StageKind.OPEN) >= MAX_OPEN:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "A process can have at most {max} open stages."), max=MAX_OPEN)
        result = [new, *stages]
    else:
        if sum(1 for s in stages if s.kind.is_closed) >= MAX_CLOSED:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "A process can have at most {max} closed stages."),
                max=MAX_CLOSED,
            )
        result = [*stages, new]
    check_order(result)
    return result


def with_moved(stages: Sequence[StageSpec], index: int, new_index: int) -> list[StageSpec]:
    """Reorder open stages; closed stages keep their place after the open ones."""
    if not 0 <= index < len(stages):
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "That stage is not in this process."))
    if stages[index].kind.is_closed:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Closed stages cannot be reordered."))
    open_count = sum(1 for s in stages if s.kind is StageKind.OPEN)
    if not 0 <= new_index < open_count:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Open stages must stay before the closed stages."))
    result = list(stages)
    result.insert(new_index, result.pop(index))
    check_order(result)
    return result


def with_removed(stages: Sequence[StageSpec], index: int) -> list[StageSpec]:
    """Remove a stage; the process must keep at least one open stage."""
    if not 0 <= index < len(stages):
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "That stage is not in this process."))
    result = [s for i, s in enumerate(stages) if i != index]
    if not any(s.kind is StageKind.OPEN for s in result):
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A process needs at least one open stage."))
    return result


def missing_fields(stage: StageSpec, values: dict[str, object]) -> list[str]:
    """Required fields of ``stage`` that ``values`` leaves empty (lost reason is required by Lost stages)."""
    required = list(stage.required)
    if stage.kind is StageKind.LOST and Field.LOST_REASON not in required:
        required.append(Field.LOST_REASON)
    if stage.substages and Field.SUBSTAGE not in required:
        required.append(Field.SUBSTAGE)
    missing = []
    for key in required:
        value = values.get(key)
        if (
            value is None
            or (isinstance(value, str) and not value.strip())
            or (key == Field.SUBSTAGE and value not in stage.substages)
        ):
            missing.append(str(key))
    return missing


def stage_probability(stage: StageSpec) -> int:
    """Probability a stage gives a deal without weighted activities: Won 100, other closed 0."""
    if stage.kind is StageKind.WON:
        return 100
    if stage.kind.is_closed:
        return 0
    return stage.default_probability
