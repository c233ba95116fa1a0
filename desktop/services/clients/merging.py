"""Merging duplicates (managers): two contacts or two companies become one, in one transaction.

Everything that pointed at the dropped record moves to the kept one: deals (and with them their e-mails,
tasks, files and history), campaign memberships, contacts of a company, and the record's own history rows. The
kept record keeps its values and takes the dropped one's where its own are empty (other e-mails and phones are
united). Each moved deal gets a history line and a new version, so a sheet open on it cannot write the old
client back; the merge itself is recorded on the kept record.
"""

from __future__ import annotations

from datetime import datetime

from peewee import fn

from desktop.domain.errors import ConflictError, PermissionDenied, RuleError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.identifiers import company_name_key
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys
from desktop.services.actor import Actor
from desktop.services.clients import companies, contacts
from desktop.store.db import atomic
from desktop.store.models import CampaignMember, Company, Contact, Deal, Event

_CONTACT_FILL = ("first_name", "last_name", "position", "email", "phone", "address", "notes", "company_id")
_COMPANY_FILL = (
    "nip",
    "regon",
    "krs",
    "cui",
    "address",
    "city",
    "postcode",
    "country",
    "phone",
    "email",
    "website",
    "notes",
)


def _require_manager(actor: Actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers and administrators can merge records."))


def _refuse_self(keep_id: int, drop_id: int) -> None:
    if keep_id == drop_id:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A record cannot be merged with itself."))


def _check_version(record, expected: int | None, template: str) -> None:
    if expected is not None and record.version != expected:
        raise ConflictError(template, current=record)


def _united(*texts: str, without: str = "") -> str:
    out: list[str] = []
    for text in texts:
        for item in text.splitlines():
            item = item.strip()
            if item and item != without and item.lower() not in {o.lower() for o in out}:
                out.append(item)
    return "\n".join(out)


def _move_deals(actor: Actor, column, keep_id: int, drop_id: int, field: str, old: str, new: str, now) -> int:
    """Point the deals at the kept record, one history line each; returns how many moved."""
    moved = list(Deal.select(Deal.id, Deal.process).where(column == drop_id).tuples())
    if moved:
        Deal.update({column: keep_id, Deal.version: Deal.version + 1}).where(column == drop_id).execute()
        for deal_id, process_id in moved:
            history.record(
                "field_changed", now, actor, deal_id=deal_id, process_id=process_id, field=field, old=old, new=new
            )
    return len(moved)


def merge_contacts(
    actor: Actor,
    keep_id: int,
    drop_id: int,
    keep_version: int | None = None,
    drop_version: int | None = None,
    now: datetime | None = None,
) -> contacts.ContactRecord:
    """Merge contact ``drop_id`` into ``keep_id`` and delete it; returns the kept contact."""
    _require_manager(actor)
    _refuse_self(keep_id, drop_id)
    now = now or utcnow()
    conflict = QT_TRANSLATE_NOOP(
        "Errors", "Someone else saved this contact in the meantime. Review their changes and save again."
    )
    with atomic():
        keep, drop = contacts.get_contact(keep_id), contacts.get_contact(drop_id)
        _check_version(keep, keep_version, conflict)
        _check_version(drop, drop_version, conflict)
        values: dict[str, object] = {}
        for key in _CONTACT_FILL:
            if not getattr(keep, key) and getattr(drop, key):
                values["company" if key == "company_id" else key] = getattr(drop, key)
        email = values.get("email", keep.email)
        phone = values.get("phone", keep.phone)
        values["extra_emails"] = _united(keep.extra_emails, drop.email, drop.extra_emails, without=email)
        values["extra_phones"] = _united(keep.extra_phones, drop.phone, drop.extra_phones, without=phone)
        if not keep.marketing_consent and drop.marketing_consent:
            values.update(marketing_consent=True, consent_date=drop.consent_date, consent_source=drop.consent_source)
        deals_moved = _move_deals(actor, Deal.contact, keep_id, drop_id, "contact_id", drop.label, keep.label, now)
        # campaign memberships: move them, but a campaign keeps one active membership per contact
        active_keep = {
            c
            for (c,) in CampaignMember.select(CampaignMember.campaign)
            .where((CampaignMember.contact == keep_id) & CampaignMember.removed_at.is_null())
            .tuples()
        }
        if active_keep:
            CampaignMember.update(removed_at=now).where(
                (CampaignMember.contact == drop_id)
                & CampaignMember.removed_at.is_null()
                & CampaignMember.campaign.in_(sorted(active_keep))
            ).execute()
        CampaignMember.update(contact=keep_id).where(CampaignMember.contact == drop_id).execute()
        Event.update(contact_id=keep_id).where(Event.contact_id == drop_id).execute()
        rows = (
            Contact.update(**values, version=Contact.version + 1)
            .where((Contact.id == keep_id) & (Contact.version == keep.version))
            .execute()
        )
        if rows != 1:
            raise ConflictError(conflict, current=contacts.get_contact(keep_id))
        Contact.delete().where(Contact.id == drop_id).execute()
        searchkeys.contact_changed(keep_id)  # the moved deals sort and are found by the kept contact
        history.record(
            "contact_merged",
            now,
            actor,
            contact_id=keep_id,
            merged_id=drop_id,
            merged_name=drop.label,
            deals=deals_moved,
        )
    return contacts.get_contact(keep_id)


def merge_companies(
    actor: Actor,
    keep_id: int,
    drop_id: int,
    keep_version: int | None = None,
    drop_version: int | None = None,
    now: datetime | None = None,
) -> companies.CompanyRecord:
    """Merge company ``drop_id`` into ``keep_id`` and delete it; its deals and contacts move; returns the kept."""
    _require_manager(actor)
    _refuse_self(keep_id, drop_id)
    now = now or utcnow()
    conflict = QT_TRANSLATE_NOOP(
        "Errors", "Someone else saved this company in the meantime. Review their changes and save again."
    )
    with atomic():
        keep, drop = companies.get_company(keep_id), companies.get_company(drop_id)
        _check_version(keep, keep_version, conflict)
        _check_version(drop, drop_version, conflict)
        values = {key: getattr(drop, key) for key in _COMPANY_FILL if not getattr(keep, key) and getattr(drop, key)}
        deals_moved = _move_deals(actor, Deal.company, keep_id, drop_id, "company_id", drop.name, keep.name, now)
        people = Contact.update(company=keep_id, version=Contact.version + 1).where(Contact.company == drop_id)
        contacts_moved = people.execute()
        Event.update(company_id=keep_id).where(Event.company_id == drop_id).execute()
        rows = (
            Company.update(**values, name_key=company_name_key(keep.name), version=Company.version + 1)
            .where((Company.id == keep_id) & (Company.version == keep.version))
            .execute()
        )
        if rows != 1:
            raise ConflictError(conflict, current=companies.get_company(keep_id))
        Company.delete().where(Company.id == drop_id).execute()
        searchkeys.company_changed(keep_id)
        history.record(
            "company_merged",
            now,
            actor,
            company_id=keep_id,
            merged_id=drop_id,
            merged_name=drop.name,
            deals=deals_moved,
            contacts=contacts_moved,
        )
    return companies.get_company(keep_id)


def campaign_count(contact_id: int) -> int:
    """Active campaign memberships of a contact (shown when asking before a merge)."""
    return (
        CampaignMember.select(fn.COUNT(CampaignMember.id))
        .where((CampaignMember.contact == contact_id) & CampaignMember.removed_at.is_null())
        .scalar()
        or 0
    )
