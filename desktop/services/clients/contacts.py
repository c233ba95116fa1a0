"""Contacts as records of their own: create, edit (only what changed, version-checked), delete, duplicates.

Contacts are shared by the team: anyone may read and edit name, company, e-mail and phone; deleting is for
managers and is refused while deals use the contact. Every write is one transaction with a history event
(``event.contact_id``). Values are judged by domain/client_fields, the same rules the importer uses.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from peewee import JOIN, fn

from desktop.domain import client_fields
from desktop.domain.errors import ConflictError, NotFound, PermissionDenied, RuleError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.identifiers import email_key
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys
from desktop.services.actor import Actor
from desktop.store.db import atomic
from desktop.store.models import Company, Contact, Deal

EDITABLE = tuple(client_fields.CONTACT_FIELDS)

_CONFLICT = QT_TRANSLATE_NOOP(
    "Errors", "Someone else saved this contact in the meantime. Review their changes and save again."
)
_GONE = QT_TRANSLATE_NOOP("Errors", "This contact no longer exists.")


@dataclass(frozen=True)
class ContactRecord:
    id: int
    first_name: str
    last_name: str
    position: str
    email: str
    extra_emails: str
    phone: str
    extra_phones: str
    company_id: int | None
    company_name: str
    address: str
    notes: str
    marketing_consent: bool
    consent_date: date | None
    consent_source: str
    created_at: datetime
    anonymised_at: datetime | None
    version: int

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def label(self) -> str:
        """How the contact appears in lists and pickers: ``name (company)``."""
        return self.name + (f" ({self.company_name})" if self.company_name else "")

    def emails(self) -> list[str]:
        return [e for e in [self.email, *self.extra_emails.splitlines()] if e]


@dataclass(frozen=True)
class Match:
    """An existing record a new entry may duplicate."""

    id: int
    label: str
    reason: str  # which value matched: email / nip / cui / name


def _select():
    columns = [getattr(Contact, f.name) for f in fields(ContactRecord) if f.name not in ("company_id", "company_name")]
    return Contact.select(
        *columns, Contact.company.alias("company_id"), fn.COALESCE(Company.name, "").alias("company_name")
    ).join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))


def get_contact(contact_id: int) -> ContactRecord:
    row = _select().where(Contact.id == contact_id).dicts().first()
    if row is None:
        raise NotFound(_GONE)
    return ContactRecord(**{**row, "marketing_consent": bool(row["marketing_consent"])})


def _company_exists(company_id: int | None) -> None:
    if company_id is not None and not Company.select().where(Company.id == company_id).exists():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The chosen record no longer exists."), field="company_id")


def _with_consent(values: dict[str, object], current: dict[str, object], today: date) -> dict[str, object]:
    """Apply the consent rule when consent, its date or its source is among the changes."""
    if not {"marketing_consent", "consent_date", "consent_source"} & values.keys():
        return values
    merged = {**current, **values}
    consent_date, source = client_fields.consent_values(
        bool(merged["marketing_consent"]), merged.get("consent_date"), merged.get("consent_source") or "", today
    )
    return {**values, "consent_date": consent_date, "consent_source": source}


def create_contact(actor: Actor, now: datetime | None = None, **fields_: object) -> ContactRecord:
    """A new contact from the given fields (only ``first_name`` or ``last_name`` is required)."""
    now = now or utcnow()
    values = client_fields.clean_contact(fields_)
    defaults = {"first_name": "", "last_name": "", "marketing_consent": False}
    values = _with_consent(values, defaults, now.date())
    client_fields.check_contact({**defaults, **values})
    with atomic():
        _company_exists(values.get("company_id"))
        cols = {("company" if k == "company_id" else k): v for k, v in values.items()}
        contact_id = Contact.insert(**cols, created_at=now, version=1).execute()
        searchkeys.refresh_contacts(Contact.id == contact_id)
        history.record("contact_created", now, actor, contact_id=contact_id, name=_name(values))
    return get_contact(contact_id)


def _name(values: dict[str, object]) -> str:
    return f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()


def _display(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def edit_contact(
    actor: Actor, contact_id: int, expected_version: int, now: datetime | None = None, **changes: object
) -> ContactRecord:
    """Write the given fields if nobody saved the contact since ``expected_version``; only values that differ
    are written, each recorded (old → new). Raises ConflictError carrying the current record otherwise."""
    now = now or utcnow()
    values = client_fields.clean_contact(changes)
    with atomic():
        current = get_contact(contact_id)
        if current.version != expected_version:
            raise ConflictError(_CONFLICT, current=current)
        if current.anonymised_at is not None:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "An anonymised contact cannot be edited."))
        values = _with_consent(values, current.__dict__, now.date())
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if not changed:
            return current
        client_fields.check_contact({**current.__dict__, **changed})
        if "company_id" in changed:
            _company_exists(changed["company_id"])
        cols = {("company" if k == "company_id" else k): v for k, v in changed.items()}
        rows = (
            Contact.update(**cols, version=Contact.version + 1)
            .where((Contact.id == contact_id) & (Contact.version == expected_version))
            .execute()
        )
        if rows != 1:  # another connection saved between our read and our write
            raise ConflictError(_CONFLICT, current=get_contact(contact_id))
        for key, value in changed.items():
            history.record(
                "contact_changed",
                now,
                actor,
                contact_id=contact_id,
                field=key,
                old=_display(getattr(current, key)),
                new=_display(value),
            )
        searchkeys.contact_changed(contact_id)  # it and its deals sort and are found by the new values
    return get_contact(contact_id)


def deal_count(contact_id: int) -> int:
    """All deals that use the contact, whoever owns them (a delete must not orphan anyone's deal)."""
    return Deal.select().where(Deal.contact == contact_id).count()


def delete_contact(actor: Actor, contact_id: int, now: datetime | None = None) -> None:
    """Managers delete a contact no deal uses; its campaign memberships go with it."""
    if not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers and administrators can delete contacts."))
    now = now or utcnow()
    with atomic():
        current = get_contact(contact_id)
        used = deal_count(contact_id)
        if used:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is the contact of {count} deal(s); give them another contact or merge first."
                ),
                name=current.name,
                count=used,
            )
        Contact.delete().where(Contact.id == contact_id).execute()
        history.record("contact_deleted", now, actor, contact_id=contact_id, name=current.name)


def duplicates(email: str = "", exclude_id: int | None = None, limit: int = 10) -> list[Match]:
    """Contacts with the same primary e-mail (case ignored), served by the lower(email) index."""
    key = email_key(email)
    if not key:
        return []
    query = (
        Contact.select(Contact.id, Contact.first_name, Contact.last_name, fn.COALESCE(Company.name, ""))
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .where(fn.LOWER(Contact.email) == key)
        .order_by(Contact.id)
        .limit(limit)
    )
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    out = []
    for contact_id, first, last, company in query.tuples():
        name = f"{first} {last}".strip()
        out.append(Match(contact_id, name + (f" ({company})" if company else ""), "email"))
    return out
