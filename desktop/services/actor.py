"""Who is acting: every service call takes an ``Actor`` and checks its role here."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role, can_configure


@dataclass(frozen=True)
class Actor:
    id: int
    role: str
    name: str = ""

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)


def require_configure(actor: Actor) -> None:
    if not can_configure(actor.role):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers and administrators can change processes."))


def require_admin(actor: Actor) -> None:
    if actor.role != Role.ADMIN:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only administrators can do this."))
