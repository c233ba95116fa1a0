"""Derived columns kept current: the deal's contact, company and owner sort keys and search text, and the
search texts of contacts and companies and the contact's company sort key (migrations 0210-0212, 0224).

They copy values that live on other rows (a contact's name, a company's name, a user's display name), so every
write that changes one of those calls in here inside its own transaction: a deal created or edited (through
the events, ``wiring``), a contact, company or user created, edited, renamed, merged, anonymised or imported.
The funnel, the board, the contact and company lists and the pickers sort and search on these columns
through indexes; each function writes only the rows whose derived values differ.
"""

from __future__ import annotations

from peewee import JOIN

from desktop.domain.text import SEARCH_SEPARATOR, company_text, contact_text, deal_keys, search_text, sort_key
from desktop.services import events
from desktop.store import search
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
    with search.set_based("deal", [row[-1] for row in stale]):  # a renamed company's many deals
        for start in range(0, len(stale), CHUNK):
            cursor.executemany(sql.replace("?", database.param), stale[start : start + CHUNK])
    return len(stale)


KEY_COLUMNS = ("contact_sort", "company_sort", "owner_sort", "search_text")


def _by_id(model, fields: tuple, ids: set) -> dict[int, tuple]:
    ids = sorted(i for i in ids if i is not None)
    found: dict[int, tuple] = {}
    for start in range(0, len(ids), 900):
        query = model.select(model.id, *fields).where(model.id.in_(ids[start : start + 900]))
        found.update((row[0], row[1:]) for row in query.tuples())
    return found


def keys_for(entries: list[tuple[str, str, int | None, int | None, int | None]]) -> list[tuple[str, str, str, str]]:
    """The derived columns (``KEY_COLUMNS``) of deals about to be written in bulk, from each one's (number,
    title, owner id, contact id, company id): a few queries for the whole batch, and nothing to update after."""
    owners = _by_id(User, (User.display_name,), {e[2] for e in entries})
    people = _by_id(Contact, (Contact.first_name, Contact.last_name, Contact.email), {e[3] for e in entries})
    firms = _by_id(Company, (Company.name,), {e[4] for e in entries})
    none3 = (None, None, None)
    # the keys and the end of the search text from the contact, company and owner, worked out once per
    # combination (an import's rows share a few thousand companies and a few owners); the search text is the
    # deal's own folded number and title, then that end (``deal_keys`` of the same values, part by part)
    shared: dict[tuple, tuple[str, str, str, str]] = {}
    out = []
    for number, title, owner, contact, company in entries:
        ids = (owner, contact, company)
        keys = shared.get(ids)
        if keys is None:
            keys = shared[ids] = deal_keys(
                "", "", *people.get(contact, none3), firms.get(company, (None,))[0], owners.get(owner, (None,))[0]
            )
        head = search_text(number, title)
        tail = keys[3]
        out.append((*keys[:3], f"{head}{SEARCH_SEPARATOR}{tail}" if head and tail else head or tail))
    return out


def refresh_deal(deal_id: int) -> None:
    refresh(Deal.id == deal_id)


def record_changed(model, row_id: int, fields) -> None:
    """A contact, company or user row was written with ``fields`` (an import, or its revert)."""
    if model is Contact:
        contact_changed(row_id)
    elif model is Company:
        company_changed(row_id)
    elif model is User and "display_name" in fields:
        owner_renamed(row_id, User.select(User.display_name).where(User.id == row_id).scalar() or "")


def _write(table: str, rows: list[tuple], columns: tuple[str, ...] = ("search_text",)) -> None:
    sets = ", ".join(f"{column} = ?" for column in columns)
    sql = f"UPDATE {table} SET {sets} WHERE id = ?".replace("?", database.param)
    cursor = database.cursor()
    with search.set_based(table, [row[-1] for row in rows]):  # the id is last
        for start in range(0, len(rows), CHUNK):
            cursor.executemany(sql, rows[start : start + CHUNK])


def refresh_contacts(condition) -> None:
    """Recompute the search text and the company sort key of the contacts matching ``condition`` (both hold
    their company's name)."""
    query = (
        Contact.select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Company.name,
            Contact.position,
            Contact.email,
            Contact.extra_emails,
            Contact.phone,
            Contact.extra_phones,
            Contact.search_text,
            Contact.company_sort,
        )
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .where(condition)
    )
    stale = []
    for row in list(query.tuples()):
        derived = (contact_text(*row[1:9]), sort_key(row[3]))
        if derived != row[9:11]:
            stale.append((*derived, row[0]))
    _write("contact", stale, ("search_text", "company_sort"))


def refresh_companies(condition) -> None:
    fields = (Company.name, Company.tax_id, Company.nip, Company.cui, Company.city, Company.email, Company.phone)
    query = Company.select(Company.id, *fields, Company.search_text).where(condition)
    stale = [(text, row[0]) for row in list(query.tuples()) if (text := company_text(*row[1:8])) != row[8]]
    _write("company", stale)


def contact_changed(contact_id: int) -> None:
    """A contact was created or written (an edit, a merge, an import, anonymisation): its own search text and
    its deals' sort keys and search texts."""
    refresh_contacts(Contact.id == contact_id)
    refresh(Deal.contact == contact_id)


def company_changed(company_id: int) -> None:
    """A company was created or written: its search text, its people's (its name is in theirs), its deals'."""
    refresh_companies(Company.id == company_id)
    refresh_contacts(Contact.company == company_id)
    refresh(Deal.company == company_id)


def rows_created(table: str, ids: list[int]) -> None:
    """After a bulk insert of contacts or companies (an import)."""
    ids = sorted(ids)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        if table == "contact":
            refresh_contacts(Contact.id.in_(part))
        elif table == "company":
            refresh_companies(Company.id.in_(part))


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
