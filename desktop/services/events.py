"""Facts the use-cases publish, handled by subscribers inside the publishing transaction.

A use-case opens its transaction, writes, then ``publish(DealMoved(...))``; every subscriber runs right
there, on the same connection and in the same transaction. A subscriber that raises rolls back the whole
use-case, so nothing is ever half-written. Features react to each other this way without importing each
other: ``deals`` knows nothing about triggers, probability, activities or history; they subscribe in one
place, ``desktop.services.wiring.wire()``, which the app, the worker and the tests call.

``DealEntering`` is published *before* a deal enters a stage (created or moved): a subscriber refuses the
entry by raising an ``EtapError`` (the activities' Won gate does), or sets the probability it enters with (the
weighted activities do).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from desktop.services.actor import Actor
from desktop.services.records import DealRow, StageRow


@dataclass
class DealEntering:
    """A deal is about to enter ``stage`` (being created there or moved there); raise to refuse. A subscriber
    may set ``probability``: what the deal enters with, written by the use-case's own INSERT or UPDATE (the
    weighted activities' value; a second UPDATE of the deal costs a team server a new row version in each of
    its indexes)."""

    deal: DealRow
    stage: StageRow
    probability: int | None = None


@dataclass(frozen=True)
class DealCreated:
    actor: Actor
    deal_id: int
    process_id: int
    stage: StageRow
    number: str
    title: str
    at: datetime
    stay_id: int | None = None  # the stage stay the deal entered (time-in-stage triggers count from it)
    probability: int = 0  # as written, before subscribers (weighted activities may change it)
    probability_manual: int | None = None


@dataclass(frozen=True)
class DealMoved:
    """A deal changed stage (not a reorder within one stage). ``changes``: the fields the move changed, each
    (old, new), also published as a ``DealEdited`` right after."""

    actor: Actor
    deal_id: int
    process_id: int
    from_stage: StageRow
    to_stage: StageRow
    at: datetime
    from_rank: float = 0.0
    to_rank: float = 0.0
    changes: Mapping[str, tuple[object, object]] = field(default_factory=dict)
    stay_id: int | None = None
    probability: int = 0
    probability_manual: int | None = None


@dataclass(frozen=True)
class DealReordered:
    actor: Actor
    deal_id: int
    process_id: int
    stage: StageRow
    at: datetime
    from_rank: float = 0.0
    to_rank: float = 0.0


@dataclass(frozen=True)
class DealEdited:
    """Field values changed: ``changes`` maps each changed field key to (old, new)."""

    actor: Actor
    deal_id: int
    process_id: int
    changes: Mapping[str, tuple[object, object]]
    at: datetime
    stage_id: int | None = None


@dataclass(frozen=True)
class DealSpamChanged:
    """A deal was marked as spam (off the board) or restored."""

    actor: Actor
    deal_id: int
    process_id: int
    stage_id: int
    spam: bool
    at: datetime


@dataclass(frozen=True)
class DealDeleted:
    """A deal was moved to the trash (off the board, its time-in-stage schedule dropped)."""

    actor: Actor
    deal_id: int
    process_id: int
    stage_id: int
    at: datetime


@dataclass(frozen=True)
class DealRestored:
    """A trashed deal was put back into its stage (it enters the stage again at ``at``)."""

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
class BusinessZoneChanged:
    """The business time zone (the zone days are counted in) was chosen or cleared."""

    actor: Actor
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
    stage_id: int | None = None


@dataclass(frozen=True)
class ActivityUndone:
    actor: Actor
    deal_id: int
    process_id: int
    activity_id: int
    at: datetime
    stage_id: int | None = None


Handler = Callable[[object], None]


class _Recording(threading.local):
    def __init__(self) -> None:
        self.stack: list[list[object]] = []


_recording = _Recording()


@contextmanager
def recording() -> Iterator[list[object]]:
    """Collect the events published on this thread inside the block (``changes.run`` folds them)."""
    published: list[object] = []
    _recording.stack.append(published)
    try:
        yield published
    finally:
        _recording.stack.remove(published)


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
    for published in _recording.stack:
        published.append(event)
