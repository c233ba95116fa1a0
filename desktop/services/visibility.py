"""Who sees which deals, as SQL: agents their own, managers and administrators all (SPEC F9, F12).

Every read of deal-derived data joins ``Deal`` and filters with ``visible(actor)``; this module depends on
nothing but the models, so any service can use it without an import cycle."""

from __future__ import annotations

from desktop.services.actor import Actor
from desktop.store import prepared
from desktop.store.models import Deal


def visible(actor: Actor, owner=None):
    """The SQL condition on ``Deal`` for the deals ``actor`` may see. In a query compiled once per shape the
    agent's id is a placeholder: ``owner`` (a ``prepared.slot``), or else a ``prepared.param``."""
    if actor.is_manager:
        return Deal.id.is_null(False)
    return Deal.owner == (prepared.param(actor.id, "owner") if owner is None else owner)
