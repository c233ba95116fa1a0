"""A contact or a company created from the new-deal dialog ("New contact…" / "New company…").

Deliberately small: names, e-mail, phone and company, validated, one transaction, recorded in history.
The full contact and company editors (tax ids, consents, duplicates) belong to the clients feature; when
its services land, the dialog calls those instead.
"""

from __future__ import annotations

import re
from datetime import datetime

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys
from desktop.services.context import Actor
from desktop.store.db import atomic
from desktop.store.models import Company, Contact

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _text(value: str, field: str, limit: int) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This field can have at most {max} characters."), field=field, max=limit
        )
    return text


def create_company(actor: Actor, name: str, now: datetime | None = None) -> int:
    name = _text(name, "name", 200)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A company needs a name."), field="name")
    with atomic():
        company_id = Company.insert(name=name).execute()
        searchkeys.refresh_companies(Company.id == company_id)
        history.record("company_created", now or utcnow(), actor, company=company_id, name=name)
    return company_id


def create_contact(
    actor: Actor,
    first_name: str,
    last_name: str,
    email: str = "",
    phone: str = "",
    company_id: int | None = None,
    now: datetime | None = None,
) -> int:
    first, last = _text(first_name, "first_name", 100), _text(last_name, "last_name", 100)
    if not (first or last):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A contact needs a first or last name."), field="last_name")
    email = _text(email, "email", 254)
    if email and not _EMAIL.match(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not an e-mail address."), field="email", text=email
        )
    phone = _text(phone, "phone", 40)
    if phone and not re.fullmatch(r"\+?[0-9 ()./-]{3,}", phone):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a phone number."), field="phone", text=phone)
    now = now or utcnow()
    with atomic():
        if company_id is not None and not Company.select().where(Company.id == company_id).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The chosen record no longer exists."), field="company")
        contact_id = Contact.insert(
            first_name=first, last_name=last, email=email, phone=phone, company=company_id, created_at=now
        ).execute()
        searchkeys.refresh_contacts(Contact.id == contact_id)
        history.record("contact_created", now, actor, contact=contact_id, name=f"{first} {last}".strip())
    return contact_id
