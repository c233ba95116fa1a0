"""Saved segments: named search criteria, re-evaluated every time they are opened (seed 000)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from peewee import fn

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.funnel import Criteria
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.actor import Actor
from desktop.store.db import atomic
from desktop.store.models.segments import Segment


@dataclass(frozen=True)
class SegmentRow:
    id: int
    name: str
    criteria: Criteria
    shared: bool
    owner_id: int | None


def _row(s: Segment) -> SegmentRow:
    return SegmentRow(s.id, s.name, Criteria.from_json(json.loads(s.criteria)), s.shared, s.owner_id)


def _visible(actor: Actor):
    return (Segment.owner == actor.id) | (Segment.shared == True)  # noqa: E712 - SQL comparison


def list_segments(actor: Actor) -> list[SegmentRow]:
    return [_row(s) for s in Segment.select().where(_visible(actor)).order_by(fn.LOWER(Segment.name))]


def get_segment(actor: Actor, segment_id: int) -> SegmentRow:
    segment = Segment.get_or_none((Segment.id == segment_id) & _visible(actor))
    if segment is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This segment no longer exists."))
    return _row(segment)


def save_segment(actor: Actor, name: str, criteria: Criteria, shared: bool = False) -> SegmentRow:
    """Save (or overwrite the actor's own segment of the same name)."""
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A segment needs a name of 1 to 120 characters."), field="name"
        )
    criteria.check()
    payload = json.dumps(criteria.to_json(), ensure_ascii=False, sort_keys=True)
    with atomic():
        existing = Segment.get_or_none((Segment.owner == actor.id) & (fn.LOWER(Segment.name) == name.lower()))
        if existing is None:
            existing = Segment.create(
                name=name, owner=actor.id, shared=shared and actor.is_manager, criteria=payload, created_at=utcnow()
            )
        else:
            Segment.update(criteria=payload, shared=shared and actor.is_manager).where(
                Segment.id == existing.id
            ).execute()
        history.record("segment_saved", utcnow(), actor, name=name)
    return get_segment(actor, existing.id)


def delete_segment(actor: Actor, segment_id: int) -> None:
    with atomic():
        deleted = Segment.delete().where((Segment.id == segment_id) & (Segment.owner == actor.id)).execute()
        if not deleted:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This segment no longer exists."))
