"""What a write changed: the ``Changes`` value each screen reads to refresh only what it shows.

A use-case's events (``desktop.services.events``) already say what happened; ``run`` records the events one
call publishes (on this thread, subscribers' own events included) and folds them into one ``Changes``:
which deals, stages, processes, contacts, companies, settings and tasks changed, and for every move the
placement before and after, which is what an undo needs. A call that fails publishes nothing that counts:
its transaction rolled back and ``run`` re-raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.services import events


@dataclass(frozen=True)
class MoveUndo:
    """One move's placement before and after (stage, rank and the fields the move changed)."""

    deal_id: int
    from_stage: int
    from_rank: float
    to_stage: int
    to_rank: float
    before: Mapping[str, object] = field(default_factory=dict)
    after: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    deals: frozenset[int] = frozenset()
    stages: frozenset[int] = frozenset()
    processes: frozenset[int] = frozenset()
    contacts: frozenset[int] = frozenset()
    companies: frozenset[int] = frozenset()
    settings: frozenset[str] = frozenset()
    tasks: frozenset[int] = frozenset()
    moves: tuple[MoveUndo, ...] = ()
    # the deal fields edited in place (``DealEdited``); ``only_edits`` when nothing else happened, so a view can
    # refresh just the cards or rows of ``deals`` when none of ``fields`` changes its totals or order
    fields: frozenset[str] = frozenset()
    only_edits: bool = False

    def __bool__(self) -> bool:
        return any((self.deals, self.stages, self.processes, self.contacts, self.companies, self.settings, self.tasks))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.deals | other.deals,
            self.stages | other.stages,
            self.processes | other.processes,
            self.contacts | other.contacts,
            self.companies | other.companies,
            self.settings | other.settings,
            self.tasks | other.tasks,
            self.moves + other.moves,
            self.fields | other.fields,
            bool(self or other) and (self.only_edits or not self) and (other.only_edits or not other),
        )

    @classmethod
    def of(
        cls,
        deals: Iterable[int] = (),
        stages: Iterable[int] = (),
        processes: Iterable[int] = (),
        **others: Iterable,
    ) -> Changes:
        """Build by keyword from any iterables (``None`` members are dropped)."""
        flags = {k: others.pop(k) for k in ("only_edits",) if k in others}
        sets = {k: frozenset(x for x in v if x is not None) for k, v in others.items() if k != "moves"}
        return cls(
            frozenset(x for x in deals if x is not None),
            frozenset(x for x in stages if x is not None),
            frozenset(x for x in processes if x is not None),
            moves=tuple(others.get("moves", ())),
            **sets,
            **flags,
        )

    @classmethod
    def from_events(cls, published: Iterable[object]) -> Changes:
        result = cls()
        for event in published:
            result = result | _changes_of(event)
        return result


NOTHING = Changes()


def _changes_of(e: object) -> Changes:
    if isinstance(e, events.DealCreated):
        return Changes.of([e.deal_id], [e.stage.id], [e.process_id])
    if isinstance(e, events.DealMoved | events.DealReordered):
        from_stage = e.from_stage.id if isinstance(e, events.DealMoved) else e.stage.id
        to_stage = e.to_stage.id if isinstance(e, events.DealMoved) else e.stage.id
        undo = MoveUndo(
            e.deal_id,
            from_stage,
            e.from_rank,
            to_stage,
            e.to_rank,
            {k: old for k, (old, _new) in getattr(e, "changes", {}).items()},
            {k: new for k, (_old, new) in getattr(e, "changes", {}).items()},
        )
        return Changes.of([e.deal_id], [from_stage, to_stage], [e.process_id], moves=[undo])
    if isinstance(e, events.DealEdited):
        contacts = [x for key in ("contact_id",) if key in e.changes for x in e.changes[key]]
        companies = [x for key in ("company_id",) if key in e.changes for x in e.changes[key]]
        return Changes.of(
            [e.deal_id],
            [e.stage_id],
            [e.process_id],
            contacts=contacts,
            companies=companies,
            fields=e.changes.keys(),
            only_edits=True,
        )
    if isinstance(e, events.DealDeleted | events.DealRestored | events.DealSpamChanged):
        return Changes.of([e.deal_id], [e.stage_id], [e.process_id])
    if isinstance(e, events.ActivityDone | events.ActivityUndone):
        return Changes.of([e.deal_id], [e.stage_id], [e.process_id])
    if isinstance(e, events.StageEmptied):
        return Changes.of([], [e.from_stage_id, e.to_stage_id], [e.process_id])
    if isinstance(e, events.StageSettingsChanged):
        return Changes.of([], [e.stage_id], [e.process_id])
    return NOTHING


def run(use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Changes]:
    """Call a use-case and return (its result, what it changed)."""
    with events.recording() as published:
        result = use_case(*args, **kwargs)
    return result, Changes.from_events(published)
