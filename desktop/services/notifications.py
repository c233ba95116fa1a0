"""Per-user notifications (activity done, trigger fired, task due): stored, read later, marked read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.roles import Role
from desktop.domain.timeutil import utcnow
from desktop.services import live
from desktop.services.actor import Actor
from desktop.store.models import Notification, User


@dataclass(frozen=True)
class NotificationRow:
    id: int
    at: datetime
    kind: str
    text: str
    deal_id: int | None
    read: bool


def notify(user_ids: list[int], kind: str, text: str, deal_id: int | None = None, at: datetime | None = None) -> int:
    """Store one notification per user (call inside the caller's transaction)."""
    at = at or utcnow()
    rows = [{"user": u, "deal": deal_id, "at": at, "kind": kind, "text": text} for u in sorted(set(user_ids))]
    if rows:
        Notification.insert_many(rows).execute()
        live.announce("notification", None, [deal_id] if deal_id else ())
    return len(rows)


def users_with_roles(*roles: str) -> list[int]:
    return [u for (u,) in User.select(User.id).where(User.role.in_(roles) & (User.active == True)).tuples()]  # noqa: E712


def managers() -> list[int]:
    return users_with_roles(Role.MANAGER, Role.ADMIN)


def unread_count(actor: Actor) -> int:
    return Notification.select().where((Notification.user == actor.id) & Notification.read_at.is_null()).count()


def list_for(actor: Actor, limit: int = 200, before: tuple[datetime, int] | None = None) -> list[NotificationRow]:
    """The newest first; ``before`` = the (at, id) of the last row already shown (keyset paging)."""
    query = (
        Notification.select()
        .where(Notification.user == actor.id)
        .order_by(Notification.at.desc(), Notification.id.desc())
        .limit(limit)
    )
    if before is not None:
        at, last_id = before
        query = query.where((Notification.at < at) | ((Notification.at == at) & (Notification.id < last_id)))
    return [NotificationRow(n.id, n.at, n.kind, n.text, n.deal_id, n.read_at is not None) for n in query]


TRIGGER_PASS = "trigger_pass"  # one notification per user and trigger for a whole pass: {"stage", "count", ...}
SAMPLE = 5  # deals named in a grouped notification


@dataclass(frozen=True)
class TriggerGroup:
    stage: str
    count: int
    sample: list[str]  # "number title" of the first few deals

    @staticmethod
    def parse(text: str) -> TriggerGroup:
        data = json.loads(text or "{}")
        return TriggerGroup(str(data.get("stage", "")), int(data.get("count", 0)), list(data.get("sample", [])))


def notify_trigger_pass(
    groups: dict[tuple[int, int], list[tuple[int, str]]], stage_names: dict[int, str], at: datetime
) -> int:
    """Trigger notifications for one pass, grouped: ``groups[(user, trigger)]`` = the (deal id, "number title") it
    fired for. A pass taken in several chunks (one transaction each) adds to the group written by an earlier
    chunk of the same pass (same ``at``). Returns the number of notifications written or grown."""
    if not groups:
        return 0
    existing = {}
    users = sorted({u for u, _t in groups})
    for n in Notification.select().where(
        (Notification.kind == TRIGGER_PASS) & (Notification.at == at) & Notification.user.in_(users)
    ):
        existing[(n.user_id, json.loads(n.text).get("trigger"))] = n
    for (user, trigger), deals in groups.items():
        old = existing.get((user, trigger))
        before = (
            json.loads(old.text) if old else {"trigger": trigger, "stage": stage_names.get(trigger, ""), "count": 0}
        )
        sample = list(before.get("sample", []))
        sample += [label for _d, label in deals][: max(0, SAMPLE - len(sample))]
        data = {**before, "count": before["count"] + len(deals), "sample": sample}
        total_one = data["count"] == 1
        deal_id = deals[0][0] if total_one else None
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if old is None:
            Notification.insert(user=user, deal=deal_id, at=at, kind=TRIGGER_PASS, text=text).execute()
        else:
            Notification.update(text=text, deal=deal_id, read_at=None).where(Notification.id == old.id).execute()
    return len(groups)


def mark_read(actor: Actor, ids: list[int] | None = None, now: datetime | None = None) -> int:
    query = Notification.update(read_at=now or utcnow()).where(
        (Notification.user == actor.id) & Notification.read_at.is_null()
    )
    if ids is not None:
        query = query.where(Notification.id.in_(ids))
    return query.execute()
