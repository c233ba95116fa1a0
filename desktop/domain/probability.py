"""Win probability of a deal (SPEC F4).

Closed stages decide alone: Won 100 %, Lost and other closed kinds 0 %. Otherwise a manual override
wins; then the share of done activity weight when the process has weighted activities; then the stage's
default probability.
"""

from __future__ import annotations

from desktop.domain.stages import StageKind


def effective_probability(
    kind: StageKind, default_probability: int, manual: int | None = None, done_weight: int = 0, total_weight: int = 0
) -> int:
    if kind is StageKind.WON:
        return 100
    if kind.is_closed:
        return 0
    if manual is not None:
        return manual
    if total_weight > 0:
        return round(100 * min(done_weight, total_weight) / total_weight)
    return default_probability


def source_of(kind: StageKind, manual: int | None, total_weight: int) -> str:
    """Where the probability comes from, for display: closed / manual / activities / stage."""
    if kind.is_closed:
        return "closed"
    if manual is not None:
        return "manual"
    return "activities" if total_weight > 0 else "stage"
