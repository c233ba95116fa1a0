"""Finding and creating the companies and contacts a chunk of rows names, a chunk at a time: one query per
chunk to find existing contacts, one multi-row insert for the new ones (a row-by-row insert costs ~1 ms, which
is most of an import when every row brings a company)."""

from __future__ import annotations

from collections.abc import Callable

from peewee import chunked, fn

from desktop.domain.imports.headers import Target
from desktop.domain.imports.mapping import OnDuplicate
from desktop.services.imports.plan import name_key, tax_key
from desktop.store import search
from desktop.store.idranges import reserve_ids
from desktop.store.models import Company, Contact

Ref = tuple[str, int] | None  # ("id", existing id) or ("new", index among the rows to insert)


class CompanyIndex:
    """Companies by tax id (digits) and by normalised name, read once; the import adds what it creates."""

    def __init__(self) -> None:
        self.by_tax: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.old_max = 0
        for company_id, name, tax in Company.select(Company.id, Company.name, Company.tax_id).tuples().iterator():
            self.add(company_id, name, tax)
            self.old_max = max(self.old_max, company_id)

    def add(self, company_id: int, name: str, tax: str) -> None:
        if tax_key(tax):
            self.by_tax.setdefault(tax_key(tax), company_id)
        if name_key(name):
            self.by_name.setdefault(name_key(name), company_id)

    def find(self, name: str, tax: str) -> int | None:
        if tax_key(tax) and tax_key(tax) in self.by_tax:
            return self.by_tax[tax_key(tax)]
        return self.by_name.get(name_key(name)) if name_key(name) else None

    def is_old(self, company_id: int) -> bool:
        return company_id <= self.old_max


def _extra_company_fields(fields: dict, now) -> dict:
    """The columns the contacts feature adds to companies (when it is there): the NIP or CUI the tax id is, the
    name key its duplicate check uses, the creation time."""
    extra: dict = {}
    if "name_key" in Company._meta.fields:
        from desktop.domain import identifiers

        extra["name_key"] = identifiers.company_name_key(fields["name"])
        digits = tax_key(fields["tax_id"])
        tax = fields["tax_id"]
        if digits and identifiers.is_valid_nip(digits) and not tax.startswith("RO"):
            extra["nip"] = digits
        elif digits and identifiers.is_valid_cui(digits):
            extra["cui"] = ("RO" if tax.startswith("RO") else "") + digits
    if "created_at" in Company._meta.fields:
        extra["created_at"] = now
    return extra


def versioned(model) -> bool:
    """Whether rows of ``model`` carry a version (bumped by every save), which tells a later change."""
    return "version" in model._meta.fields


def _insert(model, rows: list[dict]) -> list[int]:
    """Insert ``rows`` with reserved ids through the model (so its column defaults apply); returns the ids."""
    ids = reserve_ids(model._meta.table_name, len(rows))
    for row, row_id in zip(rows, ids, strict=True):
        row["id"] = row_id
    size = max(1, 30000 // max(1, len(rows[0]) if rows else 1))  # SQLite's limit of bound parameters
    with search.set_based(model._meta.table_name, ids, inserted=True):
        for part in chunked(rows, size):
            model.insert_many(part).execute()
    return ids


def link_companies(
    writer, values_list: list[dict], policy: OnDuplicate, update: Callable[[int, dict], bool]
) -> list[tuple[int | None, str]]:
    """(company id, outcome) per row: found (maybe updated), or created with the others of the chunk."""
    index: CompanyIndex = writer.companies
    refs: list[Ref] = []
    outcomes: list[str] = []
    new_rows: list[dict] = []
    pending: dict[str, int] = {}
    for values in values_list:
        name, tax = values.get(Target.COMPANY) or "", values.get(Target.TAX_ID) or ""
        if not name and not tax:
            refs.append(None)
            outcomes.append("")
            continue
        fields = {
            "name": name or tax,
            "tax_id": tax,
            "city": values.get(Target.CITY, ""),
            "phone": values.get(Target.COMPANY_PHONE, ""),
            "email": values.get(Target.COMPANY_EMAIL, ""),
        }
        found = None if policy is OnDuplicate.CREATE else index.find(name, tax)
        if found is not None:
            outcome = "skipped"
            done = writer.updated.setdefault("company", set())
            if policy is OnDuplicate.UPDATE and index.is_old(found) and found not in done:
                done.add(found)
                outcome = "updated" if update(found, fields) else "skipped"
            refs.append(("id", found))
            outcomes.append(outcome)
            continue
        key = tax_key(tax) or name_key(name)
        if policy is not OnDuplicate.CREATE and key in pending:
            refs.append(("new", pending[key]))
            outcomes.append("skipped")
            continue
        pending[key] = len(new_rows)
        new_rows.append(fields)
        refs.append(("new", len(new_rows) - 1))
        outcomes.append("created")
    ids = _insert(Company, [{**r, **_extra_company_fields(r, writer.now)} for r in new_rows]) if new_rows else []
    if versioned(Company):
        new_rows = [{**r, "version": 1} for r in new_rows]
    for company_id, row in zip(ids, new_rows, strict=True):
        index.add(company_id, row["name"], row["tax_id"])
    writer.created_rows("company", ids, new_rows)
    return [(_resolve(ref, ids), outcome) for ref, outcome in zip(refs, outcomes, strict=True)]


def link_contacts(
    writer,
    values_list: list[dict],
    company_ids: list[int | None],
    policy: OnDuplicate,
    update: Callable[[int, dict], bool],
) -> list[tuple[int | None, str]]:
    """(contact id, outcome) per row: found by e-mail (or by name within the company), or created."""
    by_email: dict[str, int] = {}
    by_name: dict[tuple, int] = {}
    if policy is not OnDuplicate.CREATE:
        emails = sorted({str(v[Target.EMAIL]).lower() for v in values_list if v.get(Target.EMAIL)})
        for part in chunked(emails, 900):
            query = (
                Contact.select(fn.LOWER(Contact.email), fn.MIN(Contact.id))
                .where(fn.LOWER(Contact.email).in_(part))
                .group_by(fn.LOWER(Contact.email))
            )
            by_email.update(dict(query.tuples()))
        lasts = sorted({v.get(Target.LAST_NAME, "") for v in values_list if not v.get(Target.EMAIL)} - {""})
        for part in chunked(lasts, 900):
            query = Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.company).where(
                Contact.last_name.in_(part)
            )
            for contact_id, first, last, company in query.order_by(Contact.id.desc()).tuples():
                by_name[(first.casefold(), last.casefold(), company)] = contact_id
    refs: list[Ref] = []
    outcomes: list[str] = []
    new_rows: list[dict] = []
    pending: dict[object, int] = {}
    for values, company_id in zip(values_list, company_ids, strict=True):
        first, last = values.get(Target.FIRST_NAME, ""), values.get(Target.LAST_NAME, "")
        email, phone = values.get(Target.EMAIL, ""), values.get(Target.PHONE, "")
        if not (first or last or email):
            refs.append(None)
            outcomes.append("")
            continue
        fields = {"first_name": first, "last_name": last, "email": email, "phone": phone, "company": company_id}
        key = email.lower() if email else (first.casefold(), last.casefold(), company_id)
        found = (by_email.get(key) if email else by_name.get(key)) if policy is not OnDuplicate.CREATE else None
        if found is not None:
            outcome = "skipped"
            done = writer.updated.setdefault("contact", set())
            if policy is OnDuplicate.UPDATE and not writer.made_here("contact", found) and found not in done:
                done.add(found)
                outcome = "updated" if update(found, fields) else "skipped"
            refs.append(("id", found))
            outcomes.append(outcome)
            continue
        if policy is not OnDuplicate.CREATE and key in pending:
            refs.append(("new", pending[key]))
            outcomes.append("skipped")
            continue
        pending[key] = len(new_rows)
        new_rows.append(fields)
        refs.append(("new", len(new_rows) - 1))
        outcomes.append("created")
    ids = _insert(Contact, [{**r, "created_at": writer.now} for r in new_rows]) if new_rows else []
    if versioned(Contact):
        new_rows = [{**r, "version": 1} for r in new_rows]
    writer.created_rows("contact", ids, new_rows)
    return [(_resolve(ref, ids), outcome) for ref, outcome in zip(refs, outcomes, strict=True)]


def _resolve(ref: Ref, ids: list[int]) -> int | None:
    if ref is None:
        return None
    kind, value = ref
    return value if kind == "id" else ids[value]
