"""Contacts and companies: validated at the service boundary, only changed fields written, version-checked,
deletes refused while deals use the record, duplicates found by e-mail, NIP/CUI and normalised name."""

from datetime import date, datetime

import pytest

from desktop.domain.errors import ConflictError, PermissionDenied, RuleError, ValidationError
from desktop.services.admin import users
from desktop.services.clients import companies, contacts
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Company, Contact, Event

NOW = datetime(2026, 5, 4, 9, 30)


@pytest.fixture
def agent(admin):
    return users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)


def _events(kind):
    return list(Event.select().where(Event.kind == kind).order_by(Event.id))


def test_contact_is_created_with_normalised_values_and_recorded(admin, agent):
    acme = companies.create_company(agent, name="ACME Sp. z o.o.", nip="774-000-14-54", now=NOW)
    c = contacts.create_contact(
        agent,
        first_name=" Żaneta ",
        last_name="Gołębiowska",
        email="Zaneta@ACME.PL",
        extra_emails="biuro@acme.pl; zaneta@acme.pl\nbiuro@acme.pl",
        phone="601 234 567",
        extra_phones=["0721 234 567"],
        company_id=acme.id,
        marketing_consent=True,
        consent_source="formularz www",
        now=NOW,
    )
    assert (c.first_name, c.email, c.phone) == ("Żaneta", "Zaneta@acme.pl", "+48601234567")
    assert c.extra_emails.splitlines() == ["biuro@acme.pl", "zaneta@acme.pl"]
    assert c.extra_phones == "+40721234567"
    assert c.company_name == "ACME Sp. z o.o." and c.label == "Żaneta Gołębiowska (ACME Sp. z o.o.)"
    assert c.consent_date == date(2026, 5, 4) and c.consent_source == "formularz www"
    assert c.version == 1 and acme.nip == "7740001454"
    assert [e.contact_id for e in _events("contact_created")] == [c.id]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"first_name": "", "last_name": " "}, "last_name"),
        ({"last_name": "x" * 10_000}, "last_name"),
        ({"last_name": "Nowak", "notes": "x" * 10_000}, "notes"),
        ({"last_name": "Nowak", "email": "nowak@"}, "email"),
        ({"last_name": "Nowak", "email": "x" * 10_000}, "email"),
        ({"last_name": "Nowak", "phone": "12"}, "phone"),
        ({"last_name": "Nowak", "extra_phones": "601 234 567\n99"}, "extra_phones"),
        ({"last_name": "Nowak", "extra_emails": "a@b.pl, zły adres"}, "extra_emails"),
        ({"last_name": "Nowak", "company_id": 999_999}, "company_id"),
        ({"last_name": "Nowak", "consent_date": "wczoraj"}, "consent_date"),
        ({"last_name": "Nowak", "shoe_size": 44}, "shoe_size"),
    ],
)
def test_bad_contact_input_is_refused_and_nothing_is_written(admin, fields, field):
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(admin, **fields)
    assert info.value.field == field
    assert Contact.select().count() == 0 and Event.select().count() == 0


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "x" * 10_000}, "name"),
        ({"name": "A", "nip": "7740001455"}, "nip"),
        ({"name": "A", "cui": "RO18547291"}, "cui"),
        ({"name": "A", "regon": "610188200"}, "regon"),
        ({"name": "A", "krs": "KRS1"}, "krs"),
        ({"name": "A", "website": "not a site"}, "website"),
        ({"name": "A", "notes": "x" * 10_000}, "notes"),
        ({"name": "A", "city": "x" * 10_000}, "city"),
    ],
)
def test_bad_company_input_is_refused_and_nothing_is_written(admin, fields, field):
    with pytest.raises(ValidationError) as info:
        companies.create_company(admin, **fields)
    assert info.value.field == field
    assert Company.select().count() == 0


def test_edit_writes_only_changed_fields_and_records_each(admin):
    c = contacts.create_contact(admin, first_name="Jan", last_name="Kowalski", phone="601234567", now=NOW)
    same = contacts.edit_contact(admin, c.id, c.version, first_name="Jan", phone="+48 601 234 567", now=NOW)
    assert same.version == c.version and _events("contact_changed") == []
    edited = contacts.edit_contact(admin, c.id, c.version, position="Prezes", phone="601 234 567", now=NOW)
    assert edited.version == 2 and edited.position == "Prezes" and edited.first_name == "Jan"
    changes = _events("contact_changed")
    assert [(e.contact_id, e.payload) for e in changes] == [(c.id, '{"field": "position", "new": "Prezes", "old": ""}')]


def test_a_stale_version_is_refused_with_the_current_record(admin, agent):
    c = contacts.create_contact(admin, last_name="Nowak")
    contacts.edit_contact(agent, c.id, c.version, first_name="Anna")
    with pytest.raises(ConflictError) as info:
        contacts.edit_contact(admin, c.id, c.version, first_name="Ewa")
    assert info.value.current.first_name == "Anna"
    assert contacts.get_contact(c.id).first_name == "Anna"

    firm = companies.create_company(admin, name="Firma")
    companies.edit_company(agent, firm.id, firm.version, city="Łódź")
    with pytest.raises(ConflictError):
        companies.edit_company(admin, firm.id, firm.version, city="Kraków")
    assert companies.get_company(firm.id).city == "Łódź"


def test_consent_given_is_dated_and_withdrawn_consent_keeps_no_date(admin):
    c = contacts.create_contact(admin, last_name="Nowak", consent_date="2026-01-02", now=NOW)
    assert (c.marketing_consent, c.consent_date) == (False, None)
    c = contacts.edit_contact(admin, c.id, c.version, marketing_consent=True, now=NOW)
    assert c.consent_date == date(2026, 5, 4)
    c = contacts.edit_contact(admin, c.id, c.version, consent_date=date(2026, 4, 1), consent_source="rozmowa")
    assert (c.consent_date, c.consent_source) == (date(2026, 4, 1), "rozmowa")
    c = contacts.edit_contact(admin, c.id, c.version, marketing_consent=False)
    assert (c.marketing_consent, c.consent_date, c.consent_source) == (False, None, "")


def test_company_edit_keeps_the_duplicate_key_with_the_name(admin):
    firm = companies.create_company(admin, name="Acme", cui="ro 185 472 90", now=NOW)
    assert firm.cui == "RO18547290"
    firm = companies.edit_company(admin, firm.id, firm.version, name="Łódzka Fabryka S.A.", postcode="90-001")
    assert Company.get_by_id(firm.id).name_key == "lodzka fabryka"
    assert [m.id for m in companies.duplicates(name="ŁÓDZKA FABRYKA sp. z o.o.")] == [firm.id]


def test_deleting_a_record_used_by_a_deal_is_refused(admin, agent):
    firm = companies.create_company(admin, name="Firma")
    c = contacts.create_contact(admin, last_name="Nowak", company_id=firm.id)
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    deal = deals.create_deal(
        admin, p.id, "Okna", source="Phone", expected_close=date(2026, 12, 31), contact_id=c.id, company_id=firm.id
    )
    with pytest.raises(PermissionDenied):
        contacts.delete_contact(agent, c.id)
    with pytest.raises(RuleError) as info:
        contacts.delete_contact(admin, c.id)
    assert info.value.params == {"name": "Nowak", "count": 1}
    with pytest.raises(RuleError):
        companies.delete_company(admin, firm.id)
    assert contacts.get_contact(c.id) and companies.get_company(firm.id)

    deals.edit_deal(admin, deal.id, deal.version, contact_id=None, company_id=None)
    contacts.delete_contact(admin, c.id)
    companies.delete_company(admin, firm.id)
    assert Contact.select().count() == 0 and Company.select().count() == 0
    assert len(_events("contact_deleted")) == len(_events("company_deleted")) == 1


def test_duplicates_by_email_nip_cui_and_name(admin):
    c = contacts.create_contact(admin, first_name="Jan", last_name="Kowalski", email="jan.kowalski@firma.pl")
    assert [m.id for m in contacts.duplicates("JAN.Kowalski@Firma.PL")] == [c.id]
    assert contacts.duplicates("JAN.Kowalski@Firma.PL", exclude_id=c.id) == []
    assert contacts.duplicates("") == []

    pl = companies.create_company(admin, name="Okna Polska", nip="7740001454")
    ro = companies.create_company(admin, name="Ferestre", cui="18547290")
    assert [m.id for m in companies.duplicates(nip="PL 774-000-14-54")] == [pl.id]
    assert [m.id for m in companies.duplicates(cui="RO18547290")] == [ro.id]
    assert [m.id for m in companies.duplicates(name="OKNA POLSKA sp. z o.o.")] == [pl.id]
    assert companies.duplicates(nip="1234", cui="x", name="Inna") == []
    assert companies.duplicates(nip="7740001454", exclude_id=pl.id) == []
