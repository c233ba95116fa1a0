"""Keeps ``deal_path`` (each deal's stages in time order, which the conversion funnel groups by) equal to the
stays: subscribed to the events that add stays (wiring), and called by the bulk writers (import, its revert,
the demo generator) that insert stays without events. Deleting a stage rebuilds the paths through it (processes,
through ``desktop.store.deal_paths``)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.services import events
from desktop.store import deal_paths


def refresh(deal_ids: Iterable[int] | None = None) -> None:
    """Recompute the paths of ``deal_ids`` (every deal when None) from their stays."""
    deal_paths.rebuild(deal_ids)


def on_deal_created(event: events.DealCreated) -> None:
    deal_paths.rebuild([event.deal_id])


def on_deal_moved(event: events.DealMoved) -> None:
    deal_paths.rebuild([event.deal_id])
