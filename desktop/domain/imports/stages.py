"""Recognising what a stage name in a file means: Won / Lost / another closed kind, or an open stage.

Names other CRMs and offices use (English, Polish, Romanian); compared without case and accents."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.imports.headers import normalise
from desktop.domain.stages import StageKind

_WON = {
    "won",
    "closed won",
    "closedwon",
    "win",
    "wygrana",
    "wygrany",
    "wygrane",
    "pozyskany",
    "pozyskana",
    "pozyskani",
    "sukces",
    "zrealizowany",
    "zrealizowana",
    "sprzedany",
    "sprzedane",
    "castigat",
    "castigata",
    "castigate",
    "incheiat cu succes",
    "vandut",
}
_LOST = {
    "lost",
    "closed lost",
    "closedlost",
    "lose",
    "przegrana",
    "przegrany",
    "przegrane",
    "utracony",
    "utracona",
    "utracone",
    "rezygnacja",
    "odrzucony",
    "odrzucona",
    "porazka",
    "pierdut",
    "pierduta",
    "pierdute",
    "ratat",
    "ratata",
    "refuzat",
    "anulat",
    "abandon",
    "abandoned",
}
_OTHER_CLOSED = {
    "closed",
    "frozen",
    "zamrozony",
    "zamrozona",
    "wstrzymany",
    "wstrzymana",
    "inghetat",
    "inghetata",
    "suspendat",
}
_OPEN_STATUS = {"open", "otwarty", "otwarta", "w toku", "deschis", "deschisa", "in curs"}


def closed_kind(name: str) -> StageKind | None:
    """WON, LOST or CLOSED for a closed stage's name, None for an open one."""
    key = normalise(name).replace("_", " ")
    if key in _WON:
        return StageKind.WON
    if key in _LOST:
        return StageKind.LOST
    if key in _OTHER_CLOSED:
        return StageKind.CLOSED
    return None


def status_kind(value: str) -> StageKind | None:
    """A Pipedrive-like status column: open → OPEN, won → WON, lost → LOST; None when not recognised."""
    key = normalise(value)
    if key in _OPEN_STATUS:
        return StageKind.OPEN
    return closed_kind(value)


def stages_from_values(names: Iterable[str]) -> list[tuple[str, StageKind]]:
    """A process's stages from a file's stage column: open stages in order of first appearance, then the
    closed ones (Won first, Lost next, others after), each name once (case-insensitively), one Won stage."""
    seen: set[str] = set()
    opened: list[tuple[str, StageKind]] = []
    closed: list[tuple[str, StageKind]] = []
    for raw in names:
        name = " ".join(str(raw).split())
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        kind = closed_kind(name)
        if kind is StageKind.WON and any(k is StageKind.WON for _, k in closed):
            continue  # a process has one Won stage; "Won" and "Wygrana" in one file both go there
        (closed if kind else opened).append((name, kind or StageKind.OPEN))
    order = {StageKind.WON: 0, StageKind.LOST: 1, StageKind.CLOSED: 2}
    closed.sort(key=lambda item: order[item[1]])
    return opened + closed
