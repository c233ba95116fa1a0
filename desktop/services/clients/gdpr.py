"""The right to be forgotten (RODO/GDPR art. 17): anonymise a contact (administrators).

Personal data goes from everywhere Etap keeps it for that person: the contact row (names, e-mails, phones,
position, address, notes, consent), the messages addressed to them (address, name, and the text of subject and
body), the history (the contact's own rows and every row of its deals: names, addresses and numbers in their
text are replaced) and the notes and titles of its deals. Deal values, stages and dates stay, so statistics do
not change. The anonymisation is recorded without any of the removed data.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from peewee import fn

from desktop.domain.errors import RuleError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys
from desktop.services.actor import Actor, require_admin
from desktop.services.clients import contacts
from desktop.store.db import atomic
from desktop.store.models import CampaignMember, Contact, Deal, DealNote, Event, OutboxMessage

MASK = "***"
ANONYMOUS_ADDRESS = "anonymised@invalid"  # RFC 2606: .invalid never delivers


def _personal_pattern(record: contacts.ContactRecord) -> re.Pattern | None:
    """What to remove: names, e-mail addresses, address lines, and the phone numbers however they were typed
    (any grouping, with or without the country prefix). Longest first, so "Jan Kowalski" goes before "Jan"."""
    terms = {record.name, record.first_name, record.last_name, record.position, *record.emails()}
    terms |= {line.strip() for line in record.address.splitlines()}
    pieces = [re.escape(t) for t in sorted((t for t in terms if len(t.strip()) >= 3), key=len, reverse=True)]
    for phone in [record.phone, *record.extra_phones.splitlines()]:
        digits = re.sub(r"\D", "", phone)
        national = digits[2:] if phone.startswith(("+48", "+40")) else digits
        if len(national) >= 6:
            body = r"[\s\-.()/]*".join(national)
            pieces.insert(0, rf"(?:(?:\+|00)\d{{2}}[\s\-.]*)?0?[\s\-.()]*{body}")
    return re.compile("|".join(pieces), re.IGNORECASE) if pieces else None


def _scrub(text: str, pattern: re.Pattern | None) -> str:
    return pattern.sub(MASK, text) if pattern and text else text


def _scrub_json(payload: str, pattern: re.Pattern | None) -> str:
    """Replace in every string value of a JSON payload (keys and structure stay)."""

    def walk(value):
        if isinstance(value, str):
            return _scrub(value, pattern)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    try:
        data = json.loads(payload)
    except ValueError:
        return _scrub(payload, pattern)
    return json.dumps(walk(data), ensure_ascii=False, sort_keys=True)


def _either(*conditions):
    """OR of the conditions that are not None (None when none is left)."""
    result = None
    for condition in conditions:
        if condition is not None:
            result = condition if result is None else result | condition
    return result


def anonymise_contact(actor: Actor, contact_id: int, now: datetime | None = None) -> contacts.ContactRecord:
    require_admin(actor)
    now = now or utcnow()
    with atomic():
        record = contacts.get_contact(contact_id)
        if record.anonymised_at is not None:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "This contact is already anonymised."))
        pattern = _personal_pattern(record)
        addresses = [e.lower() for e in record.emails()]
        deal_ids = [i for (i,) in Deal.select(Deal.id).where(Deal.contact == contact_id).tuples()]

        # messages to this person: to their addresses, or about their deals
        to_them = _either(
            fn.LOWER(OutboxMessage.to_addr).in_(addresses) if addresses else None,
            OutboxMessage.deal.in_(deal_ids) if deal_ids else None,
        )
        for message in OutboxMessage.select().where(to_them) if to_them is not None else []:
            personal = message.to_addr.lower() in addresses
            OutboxMessage.update(
                to_addr=ANONYMOUS_ADDRESS if personal else message.to_addr,
                to_name=MASK if personal else message.to_name,
                subject=_scrub(message.subject, pattern),
                body_text=_scrub(message.body_text, pattern),
                body_html=_scrub(message.body_html, pattern),
            ).where(OutboxMessage.id == message.id).execute()

        # history: the contact's own rows and its deals' rows
        events = Event.select(Event.id, Event.payload).where(
            _either(Event.contact_id == contact_id, Event.deal.in_(deal_ids) if deal_ids else None)
        )
        for event_id, payload in events.tuples():
            scrubbed = _scrub_json(payload, pattern)
            if scrubbed != payload:
                Event.update(payload=scrubbed).where(Event.id == event_id).execute()
        if deal_ids:
            for note_id, text in (
                DealNote.select(DealNote.id, DealNote.text).where(DealNote.deal.in_(deal_ids)).tuples()
            ):
                if _scrub(text, pattern) != text:
                    DealNote.update(text=_scrub(text, pattern)).where(DealNote.id == note_id).execute()
            for deal_id, title in Deal.select(Deal.id, Deal.title).where(Deal.id.in_(deal_ids)).tuples():
                if _scrub(title, pattern) != title:
                    Deal.update(title=_scrub(title, pattern), version=Deal.version + 1).where(
                        Deal.id == deal_id
                    ).execute()

        CampaignMember.update(removed_at=now).where(
            (CampaignMember.contact == contact_id) & CampaignMember.removed_at.is_null()
        ).execute()
        Contact.update(
            first_name="",
            last_name=MASK,
            position="",
            email="",
            extra_emails="",
            phone="",
            extra_phones="",
            address="",
            notes="",
            marketing_consent=False,
            consent_date=None,
            consent_source="",
            anonymised_at=now,
            version=Contact.version + 1,
        ).where(Contact.id == contact_id).execute()
        searchkeys.contact_changed(contact_id)  # the name and the scrubbed titles leave the search text too
        history.record("contact_anonymised", now, actor, contact_id=contact_id, deals=len(deal_ids))
    return contacts.get_contact(contact_id)
