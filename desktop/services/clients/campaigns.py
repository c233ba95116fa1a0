"""Campaigns (SPEC F7): named contact lists filled by hand or by triggers, with membership history and export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import JOIN, IntegrityError, fn

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import exporting
from desktop.services.actor import Actor, require_configure
from desktop.store.db import atomic
from desktop.store.models import Campaign, CampaignMember, Company, Contact, Deal

_NAME = fn.TRIM(fn.COALESCE(Contact.first_name, "").concat(" ").concat(fn.COALESCE(Contact.last_name, "")))


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    members: int


@dataclass(frozen=True)
class MemberRow:
    id: int
    contact_id: int
    name: str
    email: str
    company: str
    deal_number: str
    added_at: datetime
    removed_at: datetime | None
    source: str
    consent: bool = True


def _visible(actor: Actor):
    """Members ``actor`` may see: agents those of their own deals (or, added without a deal, contacts they
    have a deal with); managers all."""
    if actor.is_manager:
        return CampaignMember.id.is_null(False)
    owned = Deal.alias()
    mine = owned.select(owned.contact).where((owned.owner == actor.id) & owned.contact.is_null(False))
    return (Deal.owner == actor.id) | (CampaignMember.deal.is_null() & CampaignMember.contact.in_(mine))


def list_campaigns(actor: Actor) -> list[CampaignRow]:
    """Every campaign with the number of its current members ``actor`` may see."""
    active = fn.SUM((CampaignMember.removed_at.is_null() & _visible(actor)).cast("integer"))
    query = (
        Campaign.select(Campaign.id, Campaign.name, fn.COALESCE(active, 0))
        .join(CampaignMember, JOIN.LEFT_OUTER, on=(CampaignMember.campaign == Campaign.id))
        .join(Deal, JOIN.LEFT_OUTER, on=(CampaignMember.deal == Deal.id))
        .group_by(Campaign.id, Campaign.name)
        .order_by(Campaign.name)
    )
    return [CampaignRow(i, n, int(c or 0)) for i, n, c in query.tuples()]


def create_campaign(actor: Actor, name: str, now: datetime | None = None) -> CampaignRow:
    require_configure(actor)
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A campaign needs a name of 1 to 120 characters."))
    try:
        with atomic():
            campaign_id = Campaign.insert(name=name, created_at=now or utcnow()).execute()
    except IntegrityError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A campaign named “{name}” already exists."), name=name
        ) from None
    return CampaignRow(campaign_id, name, 0)


def has_consent(contact_id: int) -> bool:
    """RODO/GDPR: only contacts who agreed to marketing e-mail go into campaigns."""
    return bool(Contact.select(Contact.marketing_consent).where(Contact.id == contact_id).scalar())


def add_member(campaign_id: int, contact_id: int, deal_id: int | None, source: str, now: datetime) -> bool:
    """Add a contact (call inside the caller's transaction); False when already an active member or when the
    contact has not agreed to marketing e-mail (``has_consent`` tells which)."""
    if Campaign.get_or_none(Campaign.id == campaign_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This campaign no longer exists."))
    if not has_consent(contact_id):
        return False
    active = CampaignMember.select().where(
        (CampaignMember.campaign == campaign_id)
        & (CampaignMember.contact == contact_id)
        & CampaignMember.removed_at.is_null()
    )
    if active.exists():
        return False
    CampaignMember.insert(campaign=campaign_id, contact=contact_id, deal=deal_id, added_at=now, source=source).execute()
    return True


@dataclass(frozen=True)
class AddResult:
    added: int
    already: int
    no_consent: int


def add_contacts(actor: Actor, campaign_id: int, contact_ids: list[int], now: datetime | None = None) -> AddResult:
    """Add chosen contacts by hand (one transaction); those without marketing consent are skipped and counted."""
    now = now or utcnow()
    ids = list(dict.fromkeys(contact_ids))
    with atomic():
        consenting = (
            {
                i
                for (i,) in Contact.select(Contact.id)
                .where(Contact.id.in_(ids) & (Contact.marketing_consent == True))  # noqa: E712 - SQL comparison
                .tuples()
            }
            if ids
            else set()
        )
        added = already = 0
        for contact_id in ids:
            if contact_id not in consenting:
                continue
            if add_member(campaign_id, contact_id, None, "user", now):
                added += 1
            else:
                already += 1
    return AddResult(added, already, len(ids) - len(consenting))


def remove_member(actor: Actor, member_id: int, now: datetime | None = None) -> None:
    require_configure(actor)
    CampaignMember.update(removed_at=now or utcnow()).where(
        (CampaignMember.id == member_id) & CampaignMember.removed_at.is_null()
    ).execute()


def members(actor: Actor, campaign_id: int, include_removed: bool = True) -> list[MemberRow]:
    """Membership history: every addition (and removal) ``actor`` may see, newest first."""
    query = (
        CampaignMember.select(
            CampaignMember.id,
            CampaignMember.contact,
            _NAME,
            fn.COALESCE(Contact.email, ""),
            fn.COALESCE(Company.name, ""),
            fn.COALESCE(Deal.number, ""),
            CampaignMember.added_at,
            CampaignMember.removed_at,
            CampaignMember.source,
            Contact.marketing_consent,
        )
        .join(Contact, on=(CampaignMember.contact == Contact.id))
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .switch(CampaignMember)
        .join(Deal, JOIN.LEFT_OUTER, on=(CampaignMember.deal == Deal.id))
        .where((CampaignMember.campaign == campaign_id) & _visible(actor))
        .order_by(CampaignMember.added_at.desc(), CampaignMember.id.desc())
    )
    if not include_removed:
        query = query.where(CampaignMember.removed_at.is_null())
    return [MemberRow(*t[:-1], bool(t[-1])) for t in query.tuples()]


def export_members(actor: Actor, campaign_id: int, path: Path, header: list[str]) -> int:
    """The current members ``actor`` may see who (still) agree to marketing e-mail, to CSV or XLSX;
    ``without_consent`` counts the others."""
    active = [m for m in members(actor, campaign_id, False) if m.consent]
    rows = ((m.name, m.email, m.company, m.deal_number, m.added_at) for m in active)
    return exporting.write(Path(path), header, rows)


def without_consent(actor: Actor, campaign_id: int) -> int:
    """Active members ``actor`` may see, left out of exports because they withdrew (or never gave) marketing
    consent."""
    return sum(1 for m in members(actor, campaign_id, False) if not m.consent)
