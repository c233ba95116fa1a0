"""Roles and what each may do (SPEC F12)."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    AGENT = "agent"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.AGENT: QT_TRANSLATE_NOOP("Role", "Salesperson"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


def can_configure(role: str) -> bool:
    """Managers and admins shape processes and stages."""
    return role in (Role.MANAGER, Role.ADMIN)


def sees_everyone(role: str) -> bool:
    """Managers and admins see every deal, including unassigned ones; agents see their own."""
    return role in (Role.MANAGER, Role.ADMIN)
