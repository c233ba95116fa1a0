"""Who sees which deals, as SQL: agents their own, managers and administrators all (SPEC F9, F12).

Every read of deal-derived data joins ``Deal`` and filters with ``visible(actor)``; this module depends on
nothing but the models, so any service can use it without an import cycle."""

from __future__ import annotations

from desktop.services.actor import Actor
from desktop.store import prepared
from desktop.store.models import Deal


def visible(actor: Actor):
    """The SQL condition on ``Deal`` for the deals ``actor`` may see (an agent's id a ``prepared.param``: the
    same condition serves queries compiled once per shape)."""
    return Deal.id.is_null(False) if actor.is_manager else (Deal.owner == prepared.param(actor.id, "owner"))
