"""Contacts as a stage sees them (SPEC F2 stage actions): pick contacts to add, export a stage's clients.

Exports go through ``exporting.write`` (CSV with BOM and ``;`` or XLSX, formula payloads neutralised), so a
file opens in Excel with Polish characters intact and no cell runs as a formula.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import JOIN, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import from_minor
from desktop.services import exporting
from desktop.services.actor import Actor
from desktop.services.clients import client_lists
from desktop.services.deals import deals
from desktop.store.db import atomic
from desktop.store.models import Company, Contact, Deal, Stage, User

_NAME = fn.TRIM(fn.COALESCE(Contact.first_name, "").concat(" ").concat(fn.COALESCE(Contact.last_name, "")))

EXPORT_HEADER = (
    QT_TRANSLATE_NOOP("Export", "Contact"),
    QT_TRANSLATE_NOOP("Export", "Company"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),
    QT_TRANSLATE_NOOP("Export", "Phone"),
    QT_TRANSLATE_NOOP("Export", "Deal number"),
    QT_TRANSLATE_NOOP("Export", "Deal"),
    QT_TRANSLATE_NOOP("Export", "Stage"),
    QT_TRANSLATE_NOOP("Export", "Value"),
    QT_TRANSLATE_NOOP("Export", "Currency"),
    QT_TRANSLATE_NOOP("Export", "Owner"),
)


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    company: str
    email: str
    phone: str


def find_contacts(text: str = "", limit: int = 500) -> list[ContactRow]:
    """Contacts whose name, company, e-mail or phone contains ``text``, alphabetically."""
    query = (
        Contact.select(Contact.id, _NAME, fn.COALESCE(Company.name, ""), Contact.email, Contact.phone)
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .order_by(Contact.last_name, Contact.first_name, Contact.id)
        .limit(limit)
    )
    if text.strip():
        query = query.where(client_lists.quick_search(Contact, text))
    return [ContactRow(*t) for t in query.tuples()]


def add_clients(
    actor: Actor, process_id: int, stage_id: int, contact_ids: list[int], now: datetime | None = None
) -> list[int]:
    """One new deal per chosen contact in ``stage_id``, titled after the contact; all or nothing."""
    rows = {
        t[0]: t
        for t in Contact.select(Contact.id, _NAME, Contact.company, fn.COALESCE(Company.name, ""))
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .where(Contact.id.in_(contact_ids))
        .tuples()
    }
    created = []
    with atomic():
        for contact_id in contact_ids:
            if contact_id not in rows:
                continue
            _id, name, company_id, company = rows[contact_id]
            title = " — ".join(part for part in (company, name) if part) or str(contact_id)
            row = deals.create_deal(
                actor, process_id, title[:200], stage_id, now, contact_id=contact_id, company_id=company_id
            )
            created.append(row.id)
    return created


def client_rows(actor: Actor, process_id: int, stage_id: int | None = None) -> Iterator[tuple]:
    """The clients of a process (or of one stage): one line per deal, in stage and board order."""
    query = (
        Deal.select(
            _NAME,
            fn.COALESCE(Company.name, ""),
            fn.COALESCE(Contact.email, ""),
            fn.COALESCE(Contact.phone, ""),
            Deal.number,
            Deal.title,
            Stage.name,
            Deal.value_minor,
            Deal.currency,
            fn.COALESCE(User.display_name, ""),
        )
        .join(Stage, on=(Deal.stage == Stage.id))
        .switch(Deal)
        .join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id))
        .switch(Deal)
        .join(Company, JOIN.LEFT_OUTER, on=(Deal.company == Company.id))
        .switch(Deal)
        .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
        .where(Deal.process == process_id, Deal.spam == False)  # noqa: E712 - SQL comparison
        .order_by(Stage.position, Deal.board_rank, Deal.id)
    )
    if stage_id is not None:
        query = query.where(Deal.stage == stage_id)
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    for t in query.tuples().iterator():
        values = list(t)
        values[7] = from_minor(int(values[7]), values[8])
        yield tuple(values)


def export_clients(actor: Actor, path: Path, header: list[str], process_id: int, stage_id: int | None = None) -> int:
    """Write the clients to ``path`` (.csv or .xlsx by its suffix); returns the number of rows."""
    return exporting.write(Path(path), header, client_rows(actor, process_id, stage_id))
