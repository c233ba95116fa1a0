"""The one way the ui runs a write: call the use-case, show a refusal, tell every view what changed.

``run(parent, use_case, ...)`` shows an ``EtapError`` through the dialogs seam and returns None;
``attempt(use_case, ...)`` lets it propagate (for callers that handle a refusal themselves, e.g. asking for
a stage's required fields). Both emit ``hub().changed(changes)`` once after a successful call, and every
view connected there reloads only what it shows (the board the columns of the changed stages, the funnel
its rows when its process changed, an open deal sheet when its deal changed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.domain.errors import EtapError
from desktop.services.changes import Changes
from desktop.services.changes import run as run_recorded
from desktop.ui.dialogs import dialogs


class Hub(QObject):
    """App-wide: ``changed`` carries the ``Changes`` of every write made through this module."""

    changed = Signal(object)


_hub: Hub | None = None


def hub() -> Hub:
    global _hub
    if _hub is None:
        _hub = Hub()
    return _hub


@dataclass(frozen=True)
class Done:
    result: Any
    changes: Changes


def attempt(use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Done:
    """Run ``use_case``; on success announce its changes. Errors propagate to the caller."""
    result, changes = run_recorded(use_case, *args, **kwargs)
    announce(changes)
    return Done(result, changes)


def run(parent, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Done | None:
    """Run ``use_case``; a refusal is shown to the user (nothing was written) and gives None."""
    try:
        return attempt(use_case, *args, **kwargs)
    except EtapError as err:
        dialogs.error(parent, err)
        return None


def announce(changes: Changes) -> None:
    """Tell the views about changes made outside ``run`` (a background pass, a tab's own service call)."""
    if changes:
        hub().changed.emit(changes)
