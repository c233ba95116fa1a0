"""Companies as records of their own: create, edit (only what changed, version-checked), delete, duplicates.

Shared by the team like contacts; deleting is for managers and refused while deals use the company (its
contacts stay, without a company). ``name_key`` (domain/identifiers.company_name_key) is kept with the name so a
duplicate name is found through an index, as are NIP and CUI.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from desktop.domain import client_fields
from desktop.domain.errors import ConflictError, NotFound, PermissionDenied, RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.identifiers import company_name_key, cui_number
from desktop.domain.text import case_variants, search_term
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys
from desktop.services.actor import Actor
from desktop.services.clients.contacts import Match
from desktop.store import search as text_search
from desktop.store.db import atomic
from desktop.store.models import Company, Contact, Deal

EDITABLE = tuple(client_fields.COMPANY_FIELDS)

_CONFLICT = QT_TRANSLATE_NOOP(
    "Errors", "Someone else saved this company in the meantime. Review their changes and save again."
)


@dataclass(frozen=True)
class CompanyRecord:
    id: int
    name: str
    nip: str
    regon: str
    krs: str
    cui: str
    address: str
    city: str
    postcode: str
    country: str
    phone: str
    email: str
    website: str
    notes: str
    created_at: datetime | None
    version: int


def get_company(company_id: int) -> CompanyRecord:
    row = (
        Company.select(*[getattr(Company, f.name) for f in fields(CompanyRecord)])
        .where(Company.id == company_id)
        .dicts()
        .first()
    )
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This company no longer exists."))
    return CompanyRecord(**row)


def create_company(actor: Actor, now: datetime | None = None, **fields_: object) -> CompanyRecord:
    """A new company from the given fields (``name`` is required)."""
    now = now or utcnow()
    values = client_fields.clean_company(fields_)
    client_fields.check_company(values)
    with atomic():
        company_id = Company.insert(
            **values, name_key=company_name_key(values["name"]), created_at=now, version=1
        ).execute()
        searchkeys.refresh_companies(Company.id == company_id)
        history.record("company_created", now, actor, company_id=company_id, name=values["name"])
    return get_company(company_id)


def edit_company(
    actor: Actor, company_id: int, expected_version: int, now: datetime | None = None, **changes: object
) -> CompanyRecord:
    """Write the given fields if nobody saved the company since ``expected_version``; only values that differ
    are written, each recorded (old → new). Raises ConflictError carrying the current record otherwise."""
    now = now or utcnow()
    values = client_fields.clean_company(changes)
    with atomic():
        current = get_company(company_id)
        if current.version != expected_version:
            raise ConflictError(_CONFLICT, current=current)
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if not changed:
            return current
        client_fields.check_company({**current.__dict__, **changed})
        cols = dict(changed)
        if "name" in changed:
            cols["name_key"] = company_name_key(changed["name"])
        rows = (
            Company.update(**cols, version=Company.version + 1)
            .where((Company.id == company_id) & (Company.version == expected_version))
            .execute()
        )
        if rows != 1:
            raise ConflictError(_CONFLICT, current=get_company(company_id))
        for key, value in changed.items():
            history.record(
                "company_changed", now, actor, company_id=company_id, field=key, old=getattr(current, key), new=value
            )
        searchkeys.company_changed(company_id)  # it, its people and its deals are found by the new values
    return get_company(company_id)


def deal_count(company_id: int) -> int:
    return Deal.select().where(Deal.company == company_id).count()


def delete_company(actor: Actor, company_id: int, now: datetime | None = None) -> None:
    """Managers delete a company no deal uses; its contacts stay, without a company."""
    if not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers and administrators can delete companies."))
    now = now or utcnow()
    with atomic():
        current = get_company(company_id)
        used = deal_count(company_id)
        if used:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is the company of {count} deal(s); give them another company or merge first."
                ),
                name=current.name,
                count=used,
            )
        people = [i for (i,) in Contact.select(Contact.id).where(Contact.company == company_id).tuples()]
        Company.delete().where(Company.id == company_id).execute()
        searchkeys.refresh_contacts(Contact.id.in_(people))  # its name leaves its people's search texts
        history.record("company_deleted", now, actor, company_id=company_id, name=current.name)


def duplicates(
    name: str = "", nip: str = "", cui: str = "", exclude_id: int | None = None, limit: int = 10
) -> list[Match]:
    """Companies with the same NIP, the same CUI (with or without "RO") or the same normalised name.

    Values are compared after normalisation; one that does not validate matches nothing (the save will say
    why). Each condition is served by its own index."""
    found: dict[int, Match] = {}

    def add(condition, reason: str) -> None:
        query = Company.select(Company.id, Company.name).where(condition).order_by(Company.id).limit(limit)
        if exclude_id is not None:
            query = query.where(Company.id != exclude_id)
        for company_id, company in query.tuples():
            found.setdefault(company_id, Match(company_id, company, reason))

    cleaned = {}
    for key, value in (("nip", nip), ("cui", cui)):
        try:
            cleaned[key] = client_fields.clean_company({key: value})[key]
        except ValidationError:  # an invalid number simply matches nothing here
            cleaned[key] = ""
    if cleaned["nip"]:
        add(Company.nip == cleaned["nip"], "nip")
    if cleaned["cui"]:
        number = cui_number(cleaned["cui"])
        add(Company.cui.in_([number, "RO" + number]), "cui")
    key = company_name_key(name)
    if key:
        add(Company.name_key == key, "name")
    return list(found.values())[:limit]


@dataclass(frozen=True)
class CompanyChoice:
    id: int
    name: str
    city: str
    nip: str

    @property
    def label(self) -> str:
        details = ", ".join(part for part in (self.city, self.nip) if part)
        return self.name + (f" ({details})" if details else "")


def search(text: str, limit: int = 20) -> list[CompanyChoice]:
    """Companies for a picker: names starting with ``text`` first (the name index), then those whose search
    text (name, NIP, CUI, city, e-mail, phone) contains it; Polish letters match in any case. Never the source
    of a value by itself: the picker keeps the chosen id."""
    text = (text or "").strip()
    columns = (Company.id, Company.name, Company.city, Company.nip)
    if not text:
        query = Company.select(*columns).order_by(Company.name, Company.id).limit(limit)
        return [CompanyChoice(*t) for t in query.tuples()]
    found: dict[int, CompanyChoice] = {}
    starts = None
    for variant in case_variants(text):
        part = Company.name.startswith(variant)
        starts = part if starts is None else starts | part
    for t in Company.select(*columns).where(starts).order_by(Company.name, Company.id).limit(limit).tuples():
        found[t[0]] = CompanyChoice(*t)
    if len(found) < limit:
        query = (
            Company.select(*columns)
            .where(text_search.contains(Company, search_term(text)))  # name, NIP, CUI, city, e-mail, phone
            .order_by(Company.name, Company.id)
            .limit(limit)
        )
        for t in query.tuples():
            found.setdefault(t[0], CompanyChoice(*t))
    return list(found.values())[:limit]


def choice(company_id: int) -> CompanyChoice | None:
    t = (
        Company.select(Company.id, Company.name, Company.city, Company.nip)
        .where(Company.id == company_id)
        .tuples()
        .first()
    )
    return CompanyChoice(*t) if t else None
