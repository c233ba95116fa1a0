"""Facts the use-cases publish, handled by subscribers inside the publishing transaction.

A use-case opens its transaction, writes, then ``publish(DealMoved(...))``; every subscriber runs right
there, on the same connection and in the same transaction. A subscriber that raises rolls back the whole
use-case, so nothing is ever half-written. Features react to each other this way without importing each
other: ``deals`` knows nothing about triggers, probability, activities or history; they subscribe in one
place, ``desktop.services.wiring.wire()``, which the app, the worker and the tests call.

``DealEntering`` is published *before* a deal enters a stage (created or moved): a subscriber refuses the
entry by raising an ``EtapError`` (the activities' Won gate does).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from desktop.services.context import Actor
from desktop.services.rows import DealRow, StageRow


@dataclass(frozen=True)
class DealEntering:
    """A deal is about to enter ``stage`` (being created there or moved there); raise to refuse."""

    deal: DealRow
    stage: StageRow


@dataclass(frozen=True)
class DealCreated:
    actor: Actor
    deal_id: int
    process_id: int
    stage: StageRow
    number: str
    title: str
    at: datetime


@dataclass(frozen=True)
class DealMoved:
    """A deal changed stage (not a reorder within one stage)."""

    actor: Actor
    deal_id: int
    process_id: int
    from_stage: StageRow
    to_stage: StageRow
    at: datetime


@dataclass(frozen=True)
class DealReordered:
    actor: Actor
    deal_id: int
    process_id: int
    stage: StageRow
    at: datetime


@dataclass(frozen=True)
class DealEdited:
    """Field values changed: ``changes`` maps each changed field key to (old, new)."""

    actor: Actor
    deal_id: int
    process_id: int
    changes: Mapping[str, tuple[object, object]]
    at: datetime


@dataclass(frozen=True)
class DealDeleted:
    actor: Actor
    deal_id: int
    process_id: int
    stage_id: int
    at: datetime


@dataclass(frozen=True)
class StageEmptied:
    """Every deal of ``from_stage_id`` moved to ``to_stage_id`` at once (the stage is being deleted)."""

    actor: Actor
    process_id: int
    from_stage_id: int
    to_stage_id: int
    at: datetime


@dataclass(frozen=True)
class StageSettingsChanged:
    """A stage's settings (default probability, kind, ...) or its process's activity weights changed."""

    process_id: int
    stage_id: int


@dataclass(frozen=True)
class ActivityDone:
    actor: Actor
    deal_id: int
    process_id: int
    activity_id: int
    at: datetime


@dataclass(frozen=True)
class ActivityUndone:
    actor: Actor
    deal_id: int
    process_id: int
    activity_id: int
    at: datetime


Handler = Callable[[object], None]


@dataclass
class _Registry:
    handlers: dict[type, list[Handler]] = field(default_factory=lambda: defaultdict(list))
    wired: bool = False


_registry = _Registry()


class NotWired(RuntimeError):
    """A use-case published an event before ``wiring.wire()`` ran: its subscribers would silently miss it."""


def subscribe(event_type: type, handler: Handler) -> None:
    if handler not in _registry.handlers[event_type]:
        _registry.handlers[event_type].append(handler)


def unsubscribe(event_type: type, handler: Handler) -> None:
    if handler in _registry.handlers[event_type]:
        _registry.handlers[event_type].remove(handler)


def reset() -> None:
    """Forget every subscriber (``wire()`` starts from here)."""
    _registry.handlers.clear()
    _registry.wired = False


def mark_wired() -> None:
    _registry.wired = True


def publish(event: object) -> None:
    """Run the subscribers of ``event``'s type in order, in the caller's transaction."""
    if not _registry.wired:
        raise NotWired(f"{type(event).__name__} published before desktop.services.wiring.wire()")
    for handler in tuple(_registry.handlers.get(type(event), ())):
        handler(event)
