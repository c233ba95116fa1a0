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
# Open stages in the order sales go through them, as CRMs name them by default (Salesforce: Prospecting,
# Qualification, Needs Analysis, Value Proposition, Proposal/Price Quote, Negotiation/Review; HubSpot:
# Appointment scheduled, Qualified to buy, Presentation scheduled, Decision maker bought-in, Contract sent;
# Pipedrive: Lead In, Contact Made, Demo Scheduled, Proposal Made, Negotiations Started; the Maven CRM data
# set's documented Prospecting, Engaging) and Polish and Romanian offices do. A file lists its deals in any
# order, so the first appearance of a stage says nothing about where it stands in the sequence.
_SEQUENCE: tuple[frozenset[str], ...] = tuple(
    frozenset(group)
    for group in (
        {"lead", "leads", "lead in", "new", "new lead", "nowy", "nowa", "nowe", "nowy lead", "nou", "noua"},
        {"prospecting", "prospect", "prospects", "prospekt", "prospekty", "prospectare", "prospectie", "prospect nou"},
        {
            "contacted",
            "contact made",
            "first contact",
            "appointment scheduled",
            "kontakt",
            "pierwszy kontakt",
            "nawiazany kontakt",
            "contactat",
            "primul contact",
        },
        {"qualification", "qualified", "qualified to buy", "kwalifikacja", "calificare", "calificat"},
        {
            "engaging",
            "engaged",
            "engagement",
            "needs analysis",
            "discovery",
            "meeting",
            "spotkanie",
            "analiza potrzeb",
            "intalnire",
            "analiza nevoilor",
        },
        {
            "demo",
            "demo scheduled",
            "presentation",
            "presentation scheduled",
            "value proposition",
            "prezentacja",
            "prezentare",
        },
        {
            "proposal",
            "proposal made",
            "proposal price quote",
            "quote",
            "offer",
            "oferta",
            "ofertowanie",
            "wycena",
            "propunere",
            "ofertare",
            "oferta trimisa",
        },
        {"negotiation", "negotiations", "negotiations started", "negotiation review", "negocjacje", "negociere"},
        {"decision maker bought in", "contract", "contract sent", "umowa", "decyzja", "contractare", "decizie"},
    )
)


def sales_rank(name: str) -> int | None:
    """Where an open stage's name stands in the usual sales sequence (0 first); None when not recognised."""
    key = normalise(name).replace("_", " ")
    return next((rank for rank, names in enumerate(_SEQUENCE) if key in names), None)


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
    """A process's stages from a file's stage column: the open stages in the sales sequence (names the usual
    sequence knows, e.g. Prospecting before Engaging, take the places such names hold in the file, in that
    sequence's order; the others keep their place of first appearance), then the closed ones (Won first, Lost
    next, others after), each name once (case-insensitively), one Won stage."""
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
    return in_sales_order(opened) + closed


def in_sales_order(opened: list[tuple[str, StageKind]]) -> list[tuple[str, StageKind]]:
    """Open stages with the recognised ones sorted by ``sales_rank`` among their own places (stable)."""
    places = [i for i, (name, _kind) in enumerate(opened) if sales_rank(name) is not None]
    known = sorted((opened[i] for i in places), key=lambda item: sales_rank(item[0]))
    out = list(opened)
    for place, item in zip(places, known, strict=True):
        out[place] = item
    return out
