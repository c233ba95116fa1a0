"""The deal's derived columns (contact, company and owner sort keys, search text) kept current.

They copy values that live on other rows (a contact's name, a company's name, a user's display name), so every
write that changes one of those calls in here inside its own transaction: a deal created or edited (through
the events, ``wiring``), a contact, company or user renamed, deals re-pointed by a merge, an import or a
transfer. The funnel sorts and searches on these columns through indexes (migration 0210).
"""

from __future__ import annotations

from peewee import JOIN

from desktop.domain.text import deal_keys, sort_key
from desktop.services import events
from desktop.store.db import database
from desktop.store.models import Company, Contact, Deal, User

CHUNK = 5000
_INPUTS = (
    Deal.id,
    Deal.number,
    Deal.title,
    Contact.first_name,
    Contact.last_name,
    Contact.email,
    Company.name,
    User.display_name,
    Deal.contact_sort,
    Deal.company_sort,
    Deal.owner_sort,
    Deal.search_text,
)
# the fields of a deal its derived columns depend on (a DealEdited naming none of them changes nothing here)
DEPENDS_ON = frozenset({"number", "title", "contact_id", "company_id", "owner_id"})


def refresh(condition) -> int:
    """Recompute the derived columns of the deals matching ``condition``; writes only rows that differ and
    returns how many it wrote."""
    query = (
        Deal.select(*_INPUTS)
        .join(Contact, JOIN.LEFT_OUTER, on=(Deal.contact == Contact.id))
        .join(Company, JOIN.LEFT_OUTER, on=(Deal.company == Company.id))
        .join(User, JOIN.LEFT_OUTER, on=(Deal.owner == User.id))
        .where(condition)
        .order_by(Deal.id)
    )
    stale = []
    for row in list(query.tuples()):
        keys = deal_keys(*row[1:8])
        if keys != tuple(row[8:]):
            stale.append((*keys, row[0]))
    sql = "UPDATE deal SET contact_sort = ?, company_sort = ?, owner_sort = ?, search_text = ? WHERE id = ?"
    cursor = database.cursor()
    for start in range(0, len(stale), CHUNK):
        cursor.executemany(sql.replace("?", database.param), stale[start : start + CHUNK])
    return len(stale)


def refresh_deal(deal_id: int) -> None:
    refresh(Deal.id == deal_id)


def refresh_ids(deal_ids: list[int]) -> None:
    """After a bulk write of these deals (an import)."""
    ids = sorted(deal_ids)
    for start in range(0, len(ids), 500):
        refresh(Deal.id.in_(ids[start : start + 500]))


def record_changed(model, row_id: int, fields) -> None:
    """A contact, company or user row was written with ``fields`` (an import, or its revert)."""
    if model is Contact and {"first_name", "last_name", "email"} & set(fields):
        contact_changed(row_id)
    elif model is Company and "name" in fields:
        company_changed(row_id)
    elif model is User and "display_name" in fields:
        owner_renamed(row_id, User.select(User.display_name).where(User.id == row_id).scalar() or "")


def contact_changed(contact_id: int) -> None:
    """A contact's name or e-mail changed (an edit, a merge, an import, anonymisation)."""
    refresh(Deal.contact == contact_id)


def company_changed(company_id: int) -> None:
    refresh(Deal.company == company_id)


def owner_renamed(user_id: int, display_name: str) -> None:
    """A user's display name changed: only the owner sort key depends on it (one statement, however many
    deals they own)."""
    key = sort_key(display_name)
    Deal.update(owner_sort=key).where((Deal.owner == user_id) & (Deal.owner_sort != key)).execute()


# -- event subscribers (wired in desktop.services.wiring) --------------------------------------------------------


def on_deal_created(event: events.DealCreated) -> None:
    refresh_deal(event.deal_id)


def on_deal_edited(event: events.DealEdited) -> None:
    if DEPENDS_ON & set(event.changes):
        refresh_deal(event.deal_id)
