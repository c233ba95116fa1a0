"""What the contact, company and owner pickers search: the whole table, a few rows at a time.

A picker never lists a table; it asks for the first ``limit`` records matching what the user typed. Each
word must appear in the record; the longest word is looked up by prefix through an index
(migration 0101: names, e-mails, phones, tax ids), so a keystroke costs a few index walks however many
contacts there are. A company is found by its name's beginning (and a contact by its company's), so at
a quarter of a million contacts a keystroke still answers in milliseconds; a word in the middle of a
name is not searched (a scan would take a tenth of a second there). Polish and Romanian letters match in any case
(``domain.text.case_variants``). Labels are looked up by id, so a picker shows its current value even when
no search would list it.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, SQL, NodeList, Value, fn

from desktop.domain.text import case_variants, contains_any
from desktop.store.db import is_postgres
from desktop.store.models import Company, Contact, User

DEFAULT_LIMIT = 20

_NAME = fn.TRIM(fn.COALESCE(Contact.first_name, "").concat(" ").concat(fn.COALESCE(Contact.last_name, "")))


@dataclass(frozen=True)
class Choice:
    id: int
    label: str  # what the picker shows once chosen
    detail: str = ""  # a second line in the suggestions (e-mail, city, ...)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _variants(term: str) -> list[str]:
    """The casings of ``term`` the database tells apart: SQLite's NOCASE index folds ASCII letters itself,
    so ``Kow`` and ``KOW`` are one index range there, while ``łuk`` and ``Łuk`` stay two."""
    variants = case_variants(term)
    if is_postgres():
        return variants
    distinct: dict[str, str] = {}
    for v in variants:
        distinct.setdefault("".join(c.lower() if c.isascii() else c for c in v), v)
    return list(distinct.values())


def _like(column, variant: str):
    return NodeList((column, SQL("LIKE"), Value(_escape(variant) + "%"), SQL("ESCAPE '\\'")))


def _starts(column, term: str):
    """``column`` starts with any casing of ``term`` (LIKE with a literal prefix: index-served)."""
    condition = None
    for variant in _variants(term):
        part = _like(column, variant)
        condition = part if condition is None else condition | part
    return condition


def _words(text: str) -> list[str]:
    return [w for w in (text or "").split() if w]


def _ordered(column):
    """Order by ``column`` the way its search index is sorted, so a prefix walk stops at the limit."""
    return column if is_postgres() else column.collate("NOCASE")


def _search(query, prefix_columns, contains_columns, key, text: str, limit: int) -> list:
    """Rows of ``query`` matching every word of ``text`` (up to ``limit`` per prefix column).

    The longest word is looked up as a prefix of each of ``prefix_columns`` (one index walk per casing,
    stopped at the limit); the other words must be contained in one of ``contains_columns``."""
    words = _words(text)
    if not words:  # the first few by the first column, walking its index
        return list(query.order_by(_ordered(prefix_columns[0]), key).limit(limit).tuples())
    lead = max(words, key=len)
    rest = [contains_any(contains_columns, w) for w in words if w is not lead]
    found: list = []
    seen: set[int] = set()
    for column in prefix_columns:
        for variant in _variants(lead):  # one ordered index walk per range, each stopped at the limit
            q = query.where(_like(column, variant), *rest).order_by(_ordered(column), key).limit(limit)
            for row in q.tuples():
                if row[0] not in seen:
                    seen.add(row[0])
                    found.append(row)
    return found


def _contact_label(name: str, company: str) -> str:
    return name + (f" ({company})" if company else "") if name else company


def contacts(text: str = "", limit: int = DEFAULT_LIMIT) -> list[Choice]:
    """Contacts whose name, e-mail or company matches ``text``; label ``First Last (Company)``."""
    query = (
        Contact.select(Contact.id, _NAME, fn.COALESCE(Company.name, ""), Contact.email, Contact.phone)
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .order_by(Contact.last_name, Contact.first_name, Contact.id)
    )
    rows = _search(
        query,
        (Contact.last_name, Contact.first_name, Contact.email, Contact.phone),
        (_NAME, Company.name, Contact.email, Contact.phone),
        Contact.id,
        text,
        limit,
    )
    words = _words(text)
    if words and len(rows) < limit:  # the people of companies whose name starts with the text
        lead = max(words, key=len)
        firms = Company.select(Company.id).where(_starts(Company.name, lead)).order_by(_ordered(Company.name))
        q = query.where(
            Contact.company.in_(firms.limit(limit)),
            *[contains_any((_NAME, Company.name, Contact.email, Contact.phone), w) for w in words if w is not lead],
        )
        seen = {r[0] for r in rows}
        rows += [r for r in q.limit(limit).tuples() if r[0] not in seen]
    rows = sorted(rows, key=lambda r: (r[1].casefold(), r[0]))[:limit]
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
    """Companies whose name, tax id or e-mail matches ``text``."""
    query = Company.select(Company.id, Company.name, Company.city, Company.tax_id).order_by(Company.name, Company.id)
    rows = _search(
        query,
        (Company.name, Company.tax_id, Company.email),
        (Company.name, Company.tax_id, Company.email, Company.city),
        Company.id,
        text,
        limit,
    )
    rows = sorted(rows, key=lambda r: (r[1].casefold(), r[0]))[:limit]
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
