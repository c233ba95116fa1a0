"""Per-user notifications (activity done, trigger fired, task due): stored, read later, marked read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.roles import Role
from desktop.domain.timeutil import utcnow
from desktop.services import live
from desktop.services.context import Actor
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


def list_for(actor: Actor, limit: int = 200) -> list[NotificationRow]:
    query = (
        Notification.select()
        .where(Notification.user == actor.id)
        .order_by(Notification.at.desc(), Notification.id.desc())
        .limit(limit)
    )
    return [NotificationRow(n.id, n.at, n.kind, n.text, n.deal_id, n.read_at is not None) for n in query]


def mark_read(actor: Actor, ids: list[int] | None = None, now: datetime | None = None) -> int:
    query = Notification.update(read_at=now or utcnow()).where(
        (Notification.user == actor.id) & Notification.read_at.is_null()
    )
    if ids is not None:
        query = query.where(Notification.id.in_(ids))
    return query.execute()
