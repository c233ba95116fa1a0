"""The Contacts and Companies views' queries: filter, sort and page in the database, never in Python.

Like the funnel, paging is keyset-based on (sort columns..., id), so a far page costs what the first does, and a
sort walks an index on (column, id): every contact column has one (0100, 0224; the company's name is copied to
the contact as its sort key), and the company's name and city. Contacts and companies are shared
by the team, so these lists need no actor; what comes from deals (their deals, history) is read elsewhere with
the actor's visibility.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from peewee import JOIN, Tuple, fn

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.identifiers import format_phone
from desktop.domain.text import case_variants, search_term
from desktop.store import search
from desktop.store.models import Company, Contact

PAGE = 200

CONTACT_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("ClientColumn", "Name")),
    ("company", QT_TRANSLATE_NOOP("ClientColumn", "Company")),
    ("position", QT_TRANSLATE_NOOP("ClientColumn", "Position")),
    ("email", QT_TRANSLATE_NOOP("ClientColumn", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("ClientColumn", "Phone")),
    ("consent", QT_TRANSLATE_NOOP("ClientColumn", "Consent")),
    ("created", QT_TRANSLATE_NOOP("ClientColumn", "Created")),
)
COMPANY_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("ClientColumn", "Name")),
    ("nip", QT_TRANSLATE_NOOP("ClientColumn", "NIP")),
    ("regon", QT_TRANSLATE_NOOP("ClientColumn", "REGON")),
    ("cui", QT_TRANSLATE_NOOP("ClientColumn", "CUI/CIF")),
    ("city", QT_TRANSLATE_NOOP("ClientColumn", "City")),
    ("postcode", QT_TRANSLATE_NOOP("ClientColumn", "Postcode")),
    ("country", QT_TRANSLATE_NOOP("ClientColumn", "Country")),
    ("phone", QT_TRANSLATE_NOOP("ClientColumn", "Phone")),
    ("email", QT_TRANSLATE_NOOP("ClientColumn", "E-mail")),
    ("website", QT_TRANSLATE_NOOP("ClientColumn", "Website")),
    ("created", QT_TRANSLATE_NOOP("ClientColumn", "Created")),
)
TEXT_FILTERABLE = {
    "name",
    "company",
    "position",
    "email",
    "phone",
    "nip",
    "regon",
    "cui",
    "city",
    "postcode",
    "country",
    "website",
}


@dataclass
class ListCriteria:
    text: str = ""  # quick search over the main columns
    contains: dict[str, str] = field(default_factory=dict)  # column key -> text it must contain
    consent: bool | None = None  # contacts only: with / without marketing consent


@dataclass(frozen=True)
class ContactListRow:
    id: int
    name: str
    company: str
    position: str
    email: str
    phone: str
    consent: bool
    created: datetime
    company_id: int | None

    def cell(self, key: str) -> object:
        return format_phone(self.phone) if key == "phone" else getattr(self, key)


@dataclass(frozen=True)
class CompanyListRow:
    id: int
    name: str
    nip: str
    regon: str
    cui: str
    city: str
    postcode: str
    country: str
    phone: str
    email: str
    website: str
    created: datetime | None

    def cell(self, key: str) -> object:
        return format_phone(self.phone) if key == "phone" else getattr(self, key)


_NAME = fn.TRIM(Contact.first_name.concat(" ").concat(Contact.last_name))
_COMPANY_NAME = fn.COALESCE(Company.name, "")
_DIGITS = re.compile(r"^[+\d\s\-()./]+$")

# Sort keys: column lists (id is appended); nullable ones sort as a sentinel so keyset comparisons meet no NULL.
CONTACT_SORT = {
    "name": (Contact.last_name, Contact.first_name),
    "company": (Contact.company_sort,),  # its company's name as it sorts (searchkeys), through an index
    "position": (Contact.position,),
    "email": (Contact.email,),
    "phone": (Contact.phone,),
    "consent": (Contact.marketing_consent,),
    "created": (Contact.created_at,),
}
CONTACT_CONTAINS = {
    "name": (_NAME,),
    "company": (Company.name,),
    "position": (Contact.position,),
    "email": (Contact.email, Contact.extra_emails),
    "phone": (Contact.phone, Contact.extra_phones),
}
COMPANY_SORT = {
    "name": (Company.name,),
    "nip": (Company.nip,),
    "regon": (Company.regon,),
    "cui": (Company.cui,),
    "city": (Company.city,),
    "postcode": (Company.postcode,),
    "country": (Company.country,),
    "phone": (Company.phone,),
    "email": (Company.email,),
    "website": (Company.website,),
    "created": (fn.COALESCE(Company.created_at, datetime(1, 1, 1)),),
}
COMPANY_CONTAINS = {
    key: (getattr(Company, key),)
    for key in ("name", "nip", "regon", "cui", "city", "postcode", "country", "phone", "email", "website")
}
# the quick search looks into each row's stored search text (``domain.text.contact_text`` / ``company_text``:
# contacts by name, company, position, e-mails, phones; companies by name, NIP, CUI, city, e-mail, phone)


def _phone_term(text: str) -> str:
    """What a typed phone fragment looks like in storage (E.164 has no spaces or dashes)."""
    return re.sub(r"[^\d+]", "", text)


def _contains(columns: tuple, key: str, text: str):
    """Any of ``columns`` contains ``text`` in any usual casing (Polish letters too)."""
    text = text.strip()
    terms = case_variants(text)
    if key in ("phone", "nip", "regon", "cui") and _DIGITS.match(text) and _phone_term(text):
        terms = sorted({*terms, _phone_term(text).lstrip("+") if key != "phone" else _phone_term(text)})
        if key == "phone" and _phone_term(text).startswith("0"):
            terms.append(_phone_term(text).lstrip("0"))  # national 0721... is stored as +40721...
    condition = None
    for term in terms:
        for column in columns:
            part = column.contains(term)
            condition = part if condition is None else condition | part
    return condition


def quick_search(model, text: str):
    """``model``'s rows whose search text contains ``text`` in any casing, or, when it looks like a phone
    number or a tax id typed with spaces or dashes, its digits (E.164 phones: also without the national 0)."""
    terms = {search_term(text)}
    digits = _phone_term(text)
    if _DIGITS.match(text.strip()) and digits.strip("+"):
        terms |= {digits, digits.lstrip("+")}
        if digits.startswith("0"):
            terms.add(digits.lstrip("0"))
    return search.contains(model, *sorted(t for t in terms if t))


def _conditions(criteria: ListCriteria, contains: dict, model) -> list:
    conds = []
    if criteria.text.strip():
        conds.append(quick_search(model, criteria.text))
    for key, text in criteria.contains.items():
        if text.strip() and key in contains:
            conds.append(_contains(contains[key], key, text))
    return conds


def _keyset(query, keys: tuple, id_column, descending: bool, after: tuple | None, limit: int):
    columns = (*keys, id_column)
    if after is not None:
        left, right = Tuple(*columns), Tuple(*after)
        query = query.where(left < right if descending else left > right)
    order = [c.desc() if descending else c.asc() for c in columns]
    return query.order_by(*order).limit(limit)


def _cursor(raw: list[tuple], width: int, limit: int) -> tuple | None:
    return tuple(raw[-1][-width:]) if len(raw) == limit else None


def _contact_query(criteria: ListCriteria, *extra):
    query = Contact.select(
        Contact.id,
        _NAME,
        _COMPANY_NAME,
        Contact.position,
        Contact.email,
        Contact.phone,
        Contact.marketing_consent,
        Contact.created_at,
        Contact.company,
        *extra,
    ).join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
    conds = _conditions(criteria, CONTACT_CONTAINS, Contact)
    if criteria.consent is not None:
        conds.append(Contact.marketing_consent == criteria.consent)
    return query.where(*conds) if conds else query


def _contact_row(t: tuple) -> ContactListRow:
    return ContactListRow(t[0], t[1], t[2], t[3], t[4], t[5], bool(t[6]), t[7], t[8])


def contacts_page(
    criteria: ListCriteria,
    sort: str = "name",
    descending: bool = False,
    after: tuple | None = None,
    limit: int = PAGE,
) -> tuple[list[ContactListRow], tuple | None]:
    """One page of contacts and the cursor for the next one (None at the end)."""
    keys = CONTACT_SORT.get(sort, CONTACT_SORT["name"])
    query = _keyset(_contact_query(criteria, *keys, Contact.id), keys, Contact.id, descending, after, limit)
    raw = list(query.tuples())
    return [_contact_row(t) for t in raw], _cursor(raw, len(keys) + 1, limit)


def _company_query(criteria: ListCriteria, *extra):
    query = Company.select(
        Company.id,
        Company.name,
        Company.nip,
        Company.regon,
        Company.cui,
        Company.city,
        Company.postcode,
        Company.country,
        Company.phone,
        Company.email,
        Company.website,
        Company.created_at,
        *extra,
    )
    conds = _conditions(criteria, COMPANY_CONTAINS, Company)
    return query.where(*conds) if conds else query


def companies_page(
    criteria: ListCriteria,
    sort: str = "name",
    descending: bool = False,
    after: tuple | None = None,
    limit: int = PAGE,
) -> tuple[list[CompanyListRow], tuple | None]:
    """One page of companies and the cursor for the next one (None at the end)."""
    keys = COMPANY_SORT.get(sort, COMPANY_SORT["name"])
    query = _keyset(_company_query(criteria, *keys, Company.id), keys, Company.id, descending, after, limit)
    raw = list(query.tuples())
    return [CompanyListRow(*t[:12]) for t in raw], _cursor(raw, len(keys) + 1, limit)


def _iterate(page, criteria: ListCriteria, sort: str, descending: bool, chunk: int) -> Iterator:
    after = None
    while True:
        rows, after = page(criteria, sort, descending, after, chunk)
        yield from rows
        if after is None:
            return


def iter_contacts(criteria: ListCriteria, sort: str = "name", descending: bool = False, chunk: int = 2000):
    """Every matching contact, page by page (for export)."""
    return _iterate(contacts_page, criteria, sort, descending, chunk)


def iter_companies(criteria: ListCriteria, sort: str = "name", descending: bool = False, chunk: int = 2000):
    """Every matching company, page by page (for export)."""
    return _iterate(companies_page, criteria, sort, descending, chunk)


def contacts_by_id(contact_ids: list[int]) -> list[ContactListRow]:
    if not contact_ids:
        return []
    query = _contact_query(ListCriteria()).where(Contact.id.in_(contact_ids)).order_by(Contact.id)
    return [_contact_row(t) for t in query.tuples()]


def companies_by_id(company_ids: list[int]) -> list[CompanyListRow]:
    if not company_ids:
        return []
    query = _company_query(ListCriteria()).where(Company.id.in_(company_ids)).order_by(Company.id)
    return [CompanyListRow(*t) for t in query.tuples()]


def count_contacts(criteria: ListCriteria) -> int:
    return _contact_query(criteria).count()


def count_companies(criteria: ListCriteria) -> int:
    return _company_query(criteria).count()
