"""What the contact, company and owner pickers search: the whole table, a few rows at a time.

A picker never lists a table; it asks for the first ``limit`` records matching what the user typed. Contacts
and companies are found as their lists' quick search finds them: every typed word contained in the row's
stored search text (``domain.text.contact_text`` / ``company_text``), in any casing of every Polish and
Romanian letter, through its trigram index (``store.search``), so a keystroke costs about the same for a rare
and a common word at a quarter of a million contacts. Labels are looked up by id, so a picker shows its
current value even when no search would list it.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from desktop.domain.text import contains_any, search_term
from desktop.store import search
from desktop.store.models import Company, Contact, User

DEFAULT_LIMIT = 20

_NAME = fn.TRIM(fn.COALESCE(Contact.first_name, "").concat(" ").concat(fn.COALESCE(Contact.last_name, "")))


@dataclass(frozen=True)
class Choice:
    id: int
    label: str  # what the picker shows once chosen
    detail: str = ""  # a second line in the suggestions (e-mail, city, ...)


def _words(text: str) -> list[str]:
    return [w for w in (text or "").split() if w]


def _contact_label(name: str, company: str) -> str:
    return name + (f" ({company})" if company else "") if name else company


def _matching(query, model, text: str):
    """Rows of ``query`` with every word of ``text`` in their search text, in any casing (the lists' quick
    search, word by word)."""
    words = [term for term in (search_term(w) for w in _words(text)) if term]
    return query.where(search.contains_every(model, *words)) if words else query


def contacts(text: str = "", limit: int = DEFAULT_LIMIT) -> list[Choice]:
    """Contacts whose name, company, position, e-mail or phone contains every word of ``text``; label
    ``First Last (Company)``, alphabetically by last name."""
    query = Contact.select(Contact.id, _NAME, fn.COALESCE(Company.name, ""), Contact.email, Contact.phone).join(
        Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id)
    )
    query = _matching(query, Contact, text).order_by(Contact.last_name, Contact.first_name, Contact.id).limit(limit)
    rows = sorted(query.tuples(), key=lambda r: (r[1].casefold(), r[0]))
    return [Choice(r[0], _contact_label(r[1], r[2]), " · ".join(p for p in (r[3], r[4]) if p)) for r in rows]


def contact_label(contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    row = (
        Contact.select(_NAME, fn.COALESCE(Company.name, ""))
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .where(Contact.id == contact_id)
        .tuples()
        .first()
    )
    return _contact_label(*row) if row else ""


def contact_company(contact_id: int | None) -> int | None:
    """The company a contact works for (a new deal's company follows its contact)."""
    if contact_id is None:
        return None
    return Contact.select(Contact.company).where(Contact.id == contact_id).scalar()


def companies(text: str = "", limit: int = DEFAULT_LIMIT) -> list[Choice]:
    """Companies whose name, tax id, city, e-mail or phone contains every word of ``text``."""
    query = (
        _matching(Company.select(Company.id, Company.name, Company.city, Company.tax_id), Company, text)
        .order_by(Company.name, Company.id)
        .limit(limit)
    )
    rows = sorted(query.tuples(), key=lambda r: (r[1].casefold(), r[0]))
    return [Choice(r[0], r[1], " · ".join(p for p in (r[3], r[2]) if p)) for r in rows]


def company_label(company_id: int | None) -> str:
    if company_id is None:
        return ""
    return Company.select(Company.name).where(Company.id == company_id).scalar() or ""


def users(text: str = "", limit: int = DEFAULT_LIMIT) -> list[Choice]:
    """Active users whose name or login contains ``text`` (owners to hand a deal to)."""
    query = (
        User.select(User.id, User.display_name, User.username)
        .where(User.active == True)  # noqa: E712 - SQL comparison
        .order_by(User.display_name, User.id)
    )
    words = _words(text)
    if words:
        query = query.where(*[contains_any((User.display_name, User.username), w) for w in words])
    return [Choice(r[0], r[1], r[2]) for r in query.limit(limit).tuples()]


def user_label(user_id: int | None) -> str:
    """A user's name even when the account is no longer active (an old deal's owner)."""
    if user_id is None:
        return ""
    return User.select(User.display_name).where(User.id == user_id).scalar() or ""
