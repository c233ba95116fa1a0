"""Picker searches: the whole table through its search text's index, any case, Polish letters, a limit."""

from datetime import datetime

import pytest

from desktop.services import pickers, searchkeys
from desktop.services.admin import users
from desktop.store.models import Company, Contact


def _contact(first, last, email="", phone="", company=None):
    contact_id = Contact.create(
        first_name=first, last_name=last, email=email, phone=phone, company=company, created_at=datetime(2026, 1, 1)
    ).id
    searchkeys.contact_changed(contact_id)  # as the contacts service does
    return contact_id


def _company(**fields):
    company_id = Company.create(**fields).id
    searchkeys.company_changed(company_id)
    return company_id


def test_contacts_match_a_name_in_any_case_with_polish_letters(admin):
    lodz = _company(name="Łódzkie Okna")
    a = _contact("Łukasz", "Żółkiewski", "lukasz@okna.pl", "600 100 200", lodz)
    b = _contact("Anna", "Łukowska", "anna@example.pl")
    _contact("Jan", "Kowalski", "jan@example.pl")
    for typed in ("łuk", "ŁUK", "Łuk"):
        assert {c.id for c in pickers.contacts(typed)} == {a, b}
    assert [c.id for c in pickers.contacts("żółk")] == [a]
    assert [c.id for c in pickers.contacts("lukasz@")] == [a]
    assert [c.id for c in pickers.contacts("600 100")] == [a]
    assert [c.id for c in pickers.contacts("łódzkie")] == [a]  # by the company's name
    assert [c.id for c in pickers.contacts("Łukasz żółk")] == [a]  # every word must match
    assert pickers.contacts("zzz") == []
    assert pickers.contact_label(a) == "Łukasz Żółkiewski (Łódzkie Okna)"
    assert pickers.contact_company(a) == lodz


def test_search_returns_at_most_the_limit_and_wildcards_are_literal(admin):
    for n in range(30):
        _contact(f"Ewa{n}", "Nowak")
    _contact("Ewa", "100%_pewna")
    assert len(pickers.contacts("nowak", limit=7)) == 7
    assert len(pickers.contacts("", limit=5)) == 5
    assert [c.label for c in pickers.contacts("100%_")] == ["Ewa 100%_pewna"]
    assert pickers.contacts("100%x") == []


def test_companies_by_name_tax_id_and_labels_by_id(admin):
    a = _company(name="Świętokrzyska Stal", tax_id="6570000000", city="Kielce")
    b = _company(name="Stalmet", tax_id="1230000000")
    assert [c.id for c in pickers.companies("ŚWIĘTO")] == [a]
    assert [c.id for c in pickers.companies("657")] == [a]
    assert [c.id for c in pickers.companies("stal")] == [b, a]  # anywhere in the name, alphabetically
    assert [c.id for c in pickers.companies("kielce")] == [a]  # the city too, as in the companies list
    assert pickers.company_label(a) == "Świętokrzyska Stal"
    assert pickers.company_label(None) == ""


def test_users_are_searched_by_name_and_inactive_ones_keep_their_label(admin):
    u = users.create_user(admin, "mzielinska", "Małgorzata Zielińska")
    assert [c.id for c in pickers.users("zieliń")] == [u.id]
    assert [c.id for c in pickers.users("MAŁGO")] == [u.id]
    from desktop.store.models import User

    User.update(active=False).where(User.id == u.id).execute()
    assert pickers.users("zieliń") == []
    assert pickers.user_label(u.id) == "Małgorzata Zielińska"


@pytest.mark.parametrize("path", ["index", "scan_many", "scan_common_trigrams"])
def test_every_typed_word_must_match_in_some_field_however_common_each_word_is(admin, monkeypatch, path):
    """On SQLite the rows holding every word come from the trigram index when they are few, else the words
    are checked row by row: the same contacts either way."""
    from desktop.store import search

    if path == "scan_many":
        monkeypatch.setattr(search, "FEW", 0)
    elif path == "scan_common_trigrams":
        monkeypatch.setattr(search, "CANDIDATES", 0)
    janpol = _company(name="Janpol")
    nowakowski = _company(name="Nowakowski sp.j.")
    for n in range(12):
        _contact("Anna", f"Nowak{n}")
        _contact("Jan", f"Kowalski{n}")
    wanted = {
        _contact("Jan", "Nowak"),
        _contact("JAN", "NOWAKÓWNA"),
        _contact("Ewa", "Nowak", company=janpol),  # "jan" in the company's name
        _contact("Jan", "Zieliński", company=nowakowski),  # "nowak" in the company's name
        _contact("Ola", "Nowak", email="jan.kot@example.pl"),  # "jan" in the e-mail
    }
    for typed in ("nowak jan", "Jan  NOWAK", "jan nowak jan"):
        assert {c.id for c in pickers.contacts(typed, limit=50)} == wanted, typed
    assert pickers.contacts("nowak jan zzz") == []
    assert {c.id for c in pickers.contacts("ja no", limit=50)} >= wanted  # words too short for the index
