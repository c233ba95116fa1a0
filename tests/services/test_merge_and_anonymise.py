"""Merging duplicate contacts and companies (managers) and anonymising a contact (administrators)."""

import json
from datetime import date, datetime

import pytest

from desktop.domain.errors import NotFound, PermissionDenied, RuleError
from desktop.services.admin import users
from desktop.services.clients import campaigns, companies, contacts, gdpr, merging
from desktop.services.deals import deals, notes_files
from desktop.services.processes import processes
from desktop.store.models import CampaignMember, Contact, Deal, DealNote, Event, OutboxMessage

NOW = datetime(2026, 6, 1, 10)


@pytest.fixture
def setup(admin):
    agent = users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)
    manager = users.actor_for(users.create_user(admin, "marek", "Marek Nowak", "manager").id)
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    return agent, manager, p


def _deal(actor, p, title, **extra):
    return deals.create_deal(actor, p.id, title, source="Phone", expected_close=date(2026, 12, 1), **extra)


def test_merging_contacts_moves_deals_campaigns_and_history_and_fills_blanks(admin, setup):
    agent, manager, p = setup
    keep = contacts.create_contact(admin, first_name="Jan", last_name="Kowalski", email="jan@firma.pl")
    drop = contacts.create_contact(
        admin,
        first_name="Janek",
        last_name="Kowalski",
        email="j.kowalski@gmail.com",
        phone="601234567",
        marketing_consent=True,
        consent_source="targi",
        now=NOW,
    )
    contacts.edit_contact(admin, drop.id, drop.version, position="Prezes")
    d1 = _deal(agent, p, "Okna", contact_id=drop.id)
    d2 = _deal(admin, p, "Drzwi", contact_id=keep.id)
    with_both = campaigns.create_campaign(admin, "Wiosna")
    only_drop = campaigns.create_campaign(admin, "Lato")
    for campaign_id, contact_id in ((with_both.id, keep.id), (with_both.id, drop.id), (only_drop.id, drop.id)):
        campaigns.add_member(campaign_id, contact_id, None, "user", NOW)

    kept = merging.merge_contacts(manager, keep.id, drop.id, keep.version, 2, now=NOW)

    assert Contact.get_or_none(Contact.id == drop.id) is None
    assert (kept.first_name, kept.email, kept.phone, kept.position) == ("Jan", "jan@firma.pl", "+48601234567", "Prezes")
    assert kept.extra_emails == "j.kowalski@gmail.com"
    assert (kept.marketing_consent, kept.consent_source, kept.consent_date) == (True, "targi", date(2026, 6, 1))
    assert {d.id for d in Deal.select().where(Deal.contact == keep.id)} == {d1.id, d2.id}
    assert deals.get_deal(d1.id).version == d1.version + 1
    active = CampaignMember.select().where(CampaignMember.contact == keep.id, CampaignMember.removed_at.is_null())
    assert sorted(m.campaign_id for m in active) == sorted([with_both.id, only_drop.id])
    own = Event.select().where(Event.contact_id == keep.id)
    assert {e.kind for e in own} >= {"contact_created", "contact_changed", "contact_merged"}
    merged = Event.get(Event.kind == "contact_merged")
    assert json.loads(merged.payload)["deals"] == 1
    moved = Event.get(Event.deal == d1.id, Event.kind == "field_changed")
    assert json.loads(moved.payload) == {"field": "contact_id", "new": "Jan Kowalski", "old": "Janek Kowalski"}


def test_merge_is_refused_for_agents_for_itself_and_for_a_stale_version(admin, setup):
    agent, manager, _p = setup
    a = contacts.create_contact(admin, last_name="A")
    b = contacts.create_contact(admin, last_name="B")
    with pytest.raises(PermissionDenied):
        merging.merge_contacts(agent, a.id, b.id)
    with pytest.raises(RuleError):
        merging.merge_contacts(manager, a.id, a.id)
    with pytest.raises(RuleError):
        merging.merge_companies(manager, 5, 5)
    contacts.edit_contact(admin, b.id, b.version, first_name="Bea")
    from desktop.domain.errors import ConflictError

    with pytest.raises(ConflictError):
        merging.merge_contacts(manager, a.id, b.id, a.version, b.version)
    assert Contact.select().count() == 2


def test_merging_companies_moves_deals_and_contacts(admin, setup):
    agent, manager, p = setup
    keep = companies.create_company(admin, name="Acme Sp. z o.o.")
    drop = companies.create_company(admin, name="ACME", nip="7740001454", city="Łódź")
    person = contacts.create_contact(admin, last_name="Nowak", company_id=drop.id)
    deal = _deal(agent, p, "Okna", company_id=drop.id, contact_id=person.id)
    kept = merging.merge_companies(manager, keep.id, drop.id, now=NOW)
    assert (kept.name, kept.nip, kept.city) == ("Acme Sp. z o.o.", "7740001454", "Łódź")
    assert deals.get_deal(deal.id).company_id == keep.id
    assert contacts.get_contact(person.id).company_id == keep.id
    with pytest.raises(NotFound):
        companies.get_company(drop.id)
    merged = json.loads(Event.get(Event.kind == "company_merged").payload)
    assert (merged["deals"], merged["contacts"], merged["merged_name"]) == (1, 1, "ACME")


def test_anonymising_removes_personal_data_everywhere_and_keeps_deal_values(admin, setup):
    _agent, manager, p = setup
    firm = companies.create_company(admin, name="Acme")
    c = contacts.create_contact(
        admin,
        first_name="Grzegorz",
        last_name="Brzęczyszczykiewicz",
        email="Grzegorz.B@acme.pl",
        extra_emails="gb@prywatny.pl",
        phone="601 234 567",
        address="ul. Długa 5\n00-001 Warszawa",
        company_id=firm.id,
        marketing_consent=True,
    )
    contacts.edit_contact(admin, c.id, c.version, position="Dyrektor handlowy")
    deal = _deal(admin, p, "Acme — Grzegorz Brzęczyszczykiewicz", contact_id=c.id, company_id=firm.id, value="1000")
    notes_files.add_note(admin, deal.id, "Grzegorz prosi o kontakt pod 601 234 567 lub gb@prywatny.pl")
    OutboxMessage.insert(
        deal=deal.id,
        from_addr="biuro@etap.pl",
        to_addr="Grzegorz.B@acme.pl",
        to_name="Grzegorz Brzęczyszczykiewicz",
        subject="Oferta dla Grzegorz Brzęczyszczykiewicz",
        body_text="Dzień dobry Panie Grzegorzu Brzęczyszczykiewicz",
        message_id="<1@etap.pl>",
        queued_at=NOW,
    ).execute()
    campaign = campaigns.create_campaign(admin, "Jesień")
    campaigns.add_member(campaign.id, c.id, None, "user", NOW)

    with pytest.raises(PermissionDenied):
        gdpr.anonymise_contact(manager, c.id)
    done = gdpr.anonymise_contact(admin, c.id, now=NOW)

    assert (done.name, done.email, done.extra_emails, done.phone, done.address, done.position) == (
        "***",
        "",
        "",
        "",
        "",
        "",
    )
    assert done.anonymised_at == NOW and not done.marketing_consent and done.company_id == firm.id
    kept = deals.get_deal(deal.id)
    assert kept.value == 1000 and kept.title == "Acme — ***"
    texts = [e.payload for e in Event.select()] + [n.text for n in DealNote.select()]
    message = OutboxMessage.get()
    texts += [message.to_addr, message.to_name, message.subject, message.body_text]
    blob = "\n".join(texts)
    for personal in (
        "Brzęczyszczykiewicz",
        "Grzegorz.B@acme.pl",
        "grzegorz.b@acme.pl",
        "gb@prywatny.pl",
        "601 234 567",
        "601234567",
        "Długa",
        "Dyrektor handlowy",
    ):
        assert personal not in blob, personal
    assert message.to_addr == "anonymised@invalid"
    assert CampaignMember.get().removed_at == NOW
    assert Event.select().where(Event.kind == "contact_anonymised", Event.contact_id == c.id).count() == 1
    with pytest.raises(RuleError):
        gdpr.anonymise_contact(admin, c.id)
    with pytest.raises(RuleError):
        contacts.edit_contact(admin, c.id, done.version, first_name="Grzegorz")


def test_adding_contacts_to_a_campaign_skips_those_without_consent(admin, setup):
    yes = contacts.create_contact(admin, last_name="Tak", marketing_consent=True)
    no = contacts.create_contact(admin, last_name="Nie")
    campaign = campaigns.create_campaign(admin, "Zima")
    result = campaigns.add_contacts(admin, campaign.id, [yes.id, no.id, yes.id])
    assert (result.added, result.already, result.no_consent) == (1, 0, 1)
    again = campaigns.add_contacts(admin, campaign.id, [yes.id])
    assert (again.added, again.already) == (0, 1)
    contacts.edit_contact(admin, yes.id, contacts.get_contact(yes.id).version, marketing_consent=False)
    assert campaigns.without_consent(admin, campaign.id) == 1
