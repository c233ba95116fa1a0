"""The deal's derived columns (sort keys, search text) follow every write they copy from: a deal's contact,
company or owner changing, and a contact, company or user being renamed, merged or anonymised."""

import pytest
from peewee import JOIN

from desktop import demo
from desktop.domain.funnel import Criteria
from desktop.domain.text import deal_keys, sort_key
from desktop.services.admin import users
from desktop.services.clients import companies, contacts, gdpr, merging
from desktop.services.deals import deals
from desktop.services.pipeline import funnel
from desktop.services.processes import processes
from desktop.store.models import Company, Contact, Deal, User


def stored_keys_are_current() -> None:
    """Every deal's stored keys equal what its rows give now (the Python definition is the reference)."""
    rows = (
        Deal.select(
            Deal.id,
            Deal.number,
            Deal.title,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Company.name,
            User.display_name,
            Deal.contact_sort,
            Deal.company_sort,
            Deal.owner_sort,
            Deal.search_text,
        )
        .join(Contact, on=(Deal.contact == Contact.id), join_type=JOIN.LEFT_OUTER)
        .switch(Deal)
        .join(Company, on=(Deal.company == Company.id), join_type=JOIN.LEFT_OUTER)
        .switch(Deal)
        .join(User, on=(Deal.owner == User.id), join_type=JOIN.LEFT_OUTER)
        .tuples()
    )
    for row in rows:
        assert tuple(row[8:]) == deal_keys(*row[1:8]), row


def order(actor, process_id, sort, descending=False):
    rows, after = funnel.page(actor, Criteria(process_id=process_id), sort, descending, None, 2)
    while after is not None:
        more, after = funnel.page(actor, Criteria(process_id=process_id), sort, descending, after, 2)
        rows += more
    return [r.title for r in rows]


@pytest.fixture
def book(admin):
    p = processes.create_process(admin, "Sprzedaż")
    ala = contacts.create_contact(admin, first_name="Ala", last_name="Zielińska")
    ewa = contacts.create_contact(admin, first_name="Ewa", last_name="Łukaszewicz")
    acme = companies.create_company(admin, name="Acme")
    zorza = companies.create_company(admin, name="Zorza")
    bob = users.create_user(admin, "bob", "Bob Adamski")
    zuzia = users.create_user(admin, "zuzia", "Żaneta Kowal")
    one = deals.create_deal(admin, p.id, "one", contact_id=ala.id, company_id=acme.id, owner_id=bob.id)
    two = deals.create_deal(admin, p.id, "two", contact_id=ewa.id, company_id=zorza.id, owner_id=zuzia.id)
    return p, (ala, ewa), (acme, zorza), (bob, zuzia), (one, two)


def test_new_deals_sort_by_contact_company_and_owner_name_in_polish_alphabet_order(admin, book):
    p, *_ = book
    assert order(admin, p.id, "contact") == ["one", "two"]  # "ala zielinska" < "ewa lukaszewicz"
    assert order(admin, p.id, "contact", descending=True) == ["two", "one"]
    assert order(admin, p.id, "company") == ["one", "two"]
    assert order(admin, p.id, "owner") == ["one", "two"]  # Bob < Żaneta (Ż among the Z's, not after them)
    stored_keys_are_current()


def test_renaming_a_contact_re_sorts_its_deals(admin, book):
    p, (ala, _ewa), *_ = book
    contacts.edit_contact(admin, ala.id, ala.version, first_name="Żaneta")
    assert order(admin, p.id, "contact") == ["two", "one"]
    stored_keys_are_current()


def test_renaming_a_company_re_sorts_its_deals(admin, book):
    p, _, (acme, _zorza), *_ = book
    companies.edit_company(admin, acme.id, acme.version, name="Żuraw")
    assert order(admin, p.id, "company") == ["two", "one"]
    stored_keys_are_current()


def test_renaming_a_user_re_sorts_the_deals_they_own(admin, book):
    p, _, _, (bob, _zuzia), _ = book
    users.update_user(admin, bob.id, bob.version, display_name="Zygmunt Ząbek")
    assert order(admin, p.id, "owner") == ["two", "one"]  # "zaneta kowal" < "zygmunt zabek"
    stored_keys_are_current()


def test_changing_a_deals_contact_company_or_owner_re_sorts_it(admin, book):
    p, (_ala, ewa), (_acme, zorza), (_bob, zuzia), (one, two) = book
    deals.edit_deal(admin, two.id, two.version, title="two")  # nothing the keys depend on: nothing written
    current = deals.edit_deal(admin, one.id, one.version, contact_id=ewa.id, company_id=zorza.id, owner_id=zuzia.id)
    assert Deal.get_by_id(one.id).contact_sort == sort_key("Ewa Łukaszewicz")
    assert current.contact_id == ewa.id
    deals.edit_deal(admin, one.id, current.version, contact_id=None, company_id=None, owner_id=None)
    assert order(admin, p.id, "contact") == ["one", "two"]  # no contact sorts first, as an empty name
    stored_keys_are_current()


def test_merging_contacts_and_companies_and_anonymising_keep_the_keys_current(admin, book):
    _p, (ala, ewa), (acme, zorza), *_ = book
    merging.merge_contacts(admin, ala.id, ewa.id)
    merging.merge_companies(admin, zorza.id, acme.id)
    stored_keys_are_current()
    gdpr.anonymise_contact(admin, ala.id)
    stored_keys_are_current()


def test_demo_data_is_written_with_current_keys(admin):
    demo.generate(60, seed=3)
    stored_keys_are_current()


def test_imported_deals_contacts_and_companies_are_found_and_sorted_and_so_is_a_revert(admin, tmp_path):
    from desktop.domain.imports.headers import Kind
    from desktop.domain.imports.mapping import OnDuplicate
    from desktop.services import pickers
    from desktop.services.imports import revert
    from tests.services.imports.conftest import do_import

    path = tmp_path / "d.csv"
    path.write_text(
        "Numer;Tytuł;Nazwa firmy;E-mail;Imię;Nazwisko;Wartość;Etap\n"
        "A-1;Dostawa;Acme;anna@acme.pl;Anna;Nowak;100;Nowy\n"
        "A-2;Serwis;Țesătoria;ola@beta.pl;Ola;Żak;300;Nowy\n",
        encoding="utf-8",
    )
    do_import(admin, path, process="P")
    stored_keys_are_current()
    assert [c.label for c in pickers.contacts("ŻAK")] == ["Ola Żak (Țesătoria)"]
    path.write_text("Numer;Tytuł;E-mail;Imię;Nazwisko\nA-1;Dostawa;anna@acme.pl;Anita;Nowacka\n", encoding="utf-8")
    update = {Kind.CONTACTS: OnDuplicate.UPDATE, Kind.DEALS: OnDuplicate.UPDATE}
    second = do_import(admin, path, process="P", on_duplicate=update)
    stored_keys_are_current()
    assert [c.label for c in pickers.contacts("nowacka")] == ["Anita Nowacka (Acme)"]
    revert.revert_batch(admin, second.batch_id)
    stored_keys_are_current()
    assert [c.label for c in pickers.contacts("nowak")] == ["Anna Nowak (Acme)"]


def test_renaming_a_company_with_many_people_and_deals_keeps_their_search_index_whole(admin):
    # from store.search.SET_BASED_FROM rows the refresh tells the SQLite index about them in a few statements
    from desktop.store import search

    count = search.SET_BASED_FROM + 10
    p = processes.create_process(admin, "Sprzedaż")
    acme = companies.create_company(admin, name="Acme Okna")
    people = [
        contacts.create_contact(admin, first_name=f"Osoba{i}", last_name="Nowak", company_id=acme.id)
        for i in range(count)
    ]
    for i, person in enumerate(people):
        deals.create_deal(admin, p.id, f"Szansa {i}", contact_id=person.id, company_id=acme.id)
    companies.edit_company(admin, acme.id, acme.version, name="Żuraw Drzwi")
    stored_keys_are_current()
    assert {r.company_sort for r in Contact.select(Contact.company_sort)} == {sort_key("Żuraw Drzwi")}
    for model, total in ((Contact, count), (Deal, count)):
        found = search.few_ids(model, "żuraw drzwi")
        if found is not None:  # SQLite's trigram index (PostgreSQL's GIN index is an ordinary index)
            assert len(found) == total
            assert search.few_ids(model, "acme okna") == []
