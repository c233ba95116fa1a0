"""The Contacts view's sorts (issue 15, speed): by the company's name through the contact's stored sort key,
which follows every write it copies from (the company renamed, merged or deleted; the contact moved to another
company or merged), and by e-mail; keyset paging walks each order to the end, on both back ends."""

import pytest
from peewee import JOIN

from desktop.domain.text import sort_key
from desktop.services.clients import client_lists, companies, contacts, merging
from desktop.services.clients.client_lists import ListCriteria
from desktop.store.models import Company, Contact


def order(sort: str, descending: bool = False) -> list[str]:
    """Every contact's last name in the list's order, read two at a time (keyset paging)."""
    rows, after = client_lists.contacts_page(ListCriteria(), sort, descending, None, 2)
    while after is not None:
        more, after = client_lists.contacts_page(ListCriteria(), sort, descending, after, 2)
        rows += more
    return [r.email.split("@")[0] for r in rows]


def stored_company_keys_are_current() -> None:
    """Each contact's stored company key is what its company's name gives now."""
    rows = Contact.select(Contact.id, Company.name, Contact.company_sort).join(
        Company, on=(Contact.company == Company.id), join_type=JOIN.LEFT_OUTER
    )
    for contact_id, name, stored in rows.tuples():
        assert stored == sort_key(name), contact_id


@pytest.fixture
def people(admin):
    """Four contacts: two at "Żuraw", one at "acme", one without a company."""
    zuraw = companies.create_company(admin, name="Żuraw")
    acme = companies.create_company(admin, name="acme")
    made = {}
    for key, company in (("ola", zuraw), ("ewa", acme), ("iza", None), ("ada", zuraw)):
        made[key] = contacts.create_contact(
            admin,
            first_name=key.title(),
            last_name="Nowak",
            email=f"{key}@example.pl",
            company_id=company and company.id,
        )
    return made, zuraw, acme


def test_contacts_sort_by_company_name_as_it_sorts_and_without_company_first(admin, people):
    # "acme" < "Żuraw" (Ż among the Z's, any case); no company first; the same company by id
    assert order("company") == ["iza", "ewa", "ola", "ada"]
    assert order("company", descending=True) == ["ada", "ola", "ewa", "iza"]
    stored_company_keys_are_current()


def test_renaming_a_company_re_sorts_its_people(admin, people):
    _made, zuraw, _acme = people
    companies.edit_company(admin, zuraw.id, zuraw.version, name="Abak")  # "abak" < "acme"
    assert order("company") == ["iza", "ola", "ada", "ewa"]
    stored_company_keys_are_current()


def test_moving_a_contact_to_another_company_re_sorts_it(admin, people):
    made, _zuraw, acme = people
    contacts.edit_contact(admin, made["ada"].id, made["ada"].version, company_id=acme.id)
    contacts.edit_contact(admin, made["iza"].id, made["iza"].version, company_id=acme.id)
    assert order("company") == ["ewa", "iza", "ada", "ola"]
    stored_company_keys_are_current()


def test_deleting_a_company_puts_its_people_among_those_without_one(admin, people):
    made, _zuraw, acme = people
    contacts.edit_contact(admin, made["ewa"].id, made["ewa"].version, company_id=None)
    companies.delete_company(admin, acme.id)
    zorza = companies.create_company(admin, name="Zorza")
    contacts.edit_contact(admin, made["iza"].id, made["iza"].version, company_id=zorza.id)
    assert order("company") == ["ewa", "iza", "ola", "ada"]  # "zorza" < "zuraw"
    stored_company_keys_are_current()


def test_merging_companies_re_sorts_the_people_moved(admin, people):
    _made, zuraw, acme = people
    merging.merge_companies(admin, acme.id, zuraw.id)
    assert order("company") == ["iza", "ola", "ewa", "ada"]  # all at "acme": by id
    assert {r.company for r in client_lists.contacts_page(ListCriteria())[0] if r.company} == {"acme"}
    stored_company_keys_are_current()


def test_contacts_sort_by_email_in_both_directions(admin, people):
    assert order("email") == ["ada", "ewa", "iza", "ola"]
    assert order("email", descending=True) == ["ola", "iza", "ewa", "ada"]
