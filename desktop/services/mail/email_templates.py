"""E-mail templates (SPEC F8): list, save, delete, and the placeholder values of a deal for previews.

``VALUE_PROVIDERS`` lets other features add placeholder values for a deal (e.g. the offer's validity date
from the calculation feature) without this module knowing them: each takes a deal id and returns a dict.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from desktop.domain import mail
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import from_minor
from desktop.domain.timeutil import utcnow
from desktop.services.actor import Actor, require_configure
from desktop.services.deals.deals import can_see
from desktop.store.db import atomic
from desktop.store.models import Company, Contact, Deal, EmailTemplate, User

ValueProvider = Callable[[int], dict[str, str]]
VALUE_PROVIDERS: list[ValueProvider] = []


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    subject: str
    body_text: str
    body_html: str


@dataclass(frozen=True)
class Recipient:
    """Who a deal's follow-up goes to, and the placeholder values for it."""

    deal_id: int
    deal_number: str
    address: str
    name: str
    values: dict[str, str]
    consent: bool = True  # the contact agreed to marketing e-mail (bulk sends skip the others)

    @property
    def valid(self) -> bool:
        return mail.is_valid_address(self.address)


def _row(t: EmailTemplate) -> TemplateRow:
    return TemplateRow(t.id, t.name, t.subject, t.body_text, t.body_html)


def list_templates() -> list[TemplateRow]:
    return [_row(t) for t in EmailTemplate.select().order_by(EmailTemplate.name)]


def get_template(template_id: int) -> TemplateRow:
    t = EmailTemplate.get_or_none(EmailTemplate.id == template_id)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This e-mail template no longer exists."))
    return _row(t)


def save_template(
    actor: Actor,
    name: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    template_id: int | None = None,
    now: datetime | None = None,
) -> TemplateRow:
    """Create (``template_id`` None) or update a shared template (managers and admins; agents use them);
    unknown placeholders are refused here already."""
    require_configure(actor)
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The template needs a name."), "name")
    mail.check_template(subject, body_text, body_html)
    now = now or utcnow()
    with atomic():
        clash = EmailTemplate.select().where(EmailTemplate.name == name)
        if template_id is not None:
            clash = clash.where(EmailTemplate.id != template_id)
        if clash.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A template named “{name}” already exists."), "name", name=name
            )
        fields = {"name": name, "subject": subject, "body_text": body_text, "body_html": body_html, "updated_at": now}
        if template_id is None:
            template_id = EmailTemplate.insert(**fields).execute()
        elif not EmailTemplate.update(**fields).where(EmailTemplate.id == template_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This e-mail template no longer exists."))
    return get_template(template_id)


def delete_template(actor: Actor, template_id: int) -> None:
    require_configure(actor)
    with atomic():
        EmailTemplate.delete().where(EmailTemplate.id == template_id).execute()


def _format_value(minor: int, currency: str) -> str:
    amount = from_minor(minor, currency)
    whole, _, frac = f"{amount:,.{max(0, -amount.as_tuple().exponent)}f}".partition(".")
    text = whole.replace(",", "\u00a0") + ("," + frac if frac else "")
    return f"{text} {currency}"


def recipients(actor: Actor, deal_ids: list[int]) -> list[Recipient]:
    """Recipients with placeholder values for the deals the actor may see, in the given order (one query)."""
    query = (
        Deal.select(Deal, Contact, Company, User)
        .join(Contact, on=(Deal.contact == Contact.id), join_type=JOIN.LEFT_OUTER)
        .switch(Deal)
        .join(Company, on=(Deal.company == Company.id), join_type=JOIN.LEFT_OUTER)
        .switch(Deal)
        .join(User, on=(Deal.owner == User.id), join_type=JOIN.LEFT_OUTER)
        .where(Deal.id.in_(deal_ids))
    )
    found = {}
    for deal in query:
        if not can_see(actor, deal.owner_id):
            continue
        contact = deal.contact if deal.contact_id else None
        company = deal.company if deal.company_id else (contact.company if contact and contact.company_id else None)
        owner = deal.owner if deal.owner_id else None
        first = contact.first_name if contact else ""
        last = contact.last_name if contact else ""
        full = " ".join(p for p in (first, last) if p)
        values = {
            "contact_name": full,
            "contact_first_name": first,
            "contact_last_name": last,
            "contact_email": contact.email if contact else "",
            "company_name": company.name if company else "",
            "deal_number": deal.number,
            "deal_title": deal.title,
            "deal_value": _format_value(deal.value_minor, deal.currency),
            "owner_name": owner.display_name if owner else "",
            "owner_email": owner.email if owner else "",
            "owner_signature": (owner.signature or owner.display_name) if owner else "",
            "offer_valid_until": "",
        }
        for provider in VALUE_PROVIDERS:
            values.update({k: str(v) for k, v in (provider(deal.id) or {}).items() if k in mail.PLACEHOLDERS})
        address = (contact.email if contact else "").strip()
        consent = bool(contact.marketing_consent) if contact else False
        found[deal.id] = Recipient(deal.id, deal.number, address, mail.header_value(full), values, consent)
    return [found[i] for i in deal_ids if i in found]


def sample_values() -> dict[str, str]:
    """Values for previewing a template without a deal: the placeholder's own name in brackets."""
    return {name: f"[{name}]" for name in mail.PLACEHOLDERS}


def preview(actor: Actor, subject: str, body_text: str, body_html: str, deal_id: int | None) -> mail.Rendered:
    values = sample_values()
    if deal_id is not None:
        found = recipients(actor, [deal_id])
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This deal no longer exists or is not visible to you."))
        values = found[0].values
    return mail.render(subject, body_text, body_html, values)


def find_deal_id(actor: Actor, number: str) -> int:
    deal = Deal.get_or_none(Deal.number == number.strip())
    if deal is None or not can_see(actor, deal.owner_id):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No deal with number “{number}”."), number=number.strip())
    return deal.id


def deal_ids(actor: Actor, process_id: int, stage_id: int | None = None) -> list[int]:
    """The deals of a process (or one stage) the actor may see, for a bulk follow-up; spam excluded."""
    query = Deal.select(Deal.id).where((Deal.process == process_id) & (Deal.spam == False))  # noqa: E712
    if stage_id is not None:
        query = query.where(Deal.stage == stage_id)
    if not actor.is_manager:
        query = query.where(Deal.owner == actor.id)
    return [i for (i,) in query.order_by(Deal.id).tuples()]
