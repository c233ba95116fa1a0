"""What the New deal dialog's "New contact…" / "New company…" call: the contacts and companies services with
the few fields those dialogs have — validated, recorded, all or nothing."""

import pytest

from desktop.domain.errors import ValidationError
from desktop.services.clients import companies, contacts
from desktop.store.models import Company, Contact, Event


def test_company_and_contact_from_the_new_deal_dialog_are_created_and_recorded(admin):
    company = companies.create_company(admin, name="  Łódzkie Okna  ").id
    contact = contacts.create_contact(
        admin, first_name="Łucja", last_name="Żak", email="lucja@okna.pl", phone="+48 600 100 200", company_id=company
    ).id
    row = Contact.get_by_id(contact)
    assert (row.first_name, row.last_name, row.company_id) == ("Łucja", "Żak", company)
    assert Company.get_by_id(company).name == "Łódzkie Okna"
    assert [e.kind for e in Event.select().order_by(Event.id)] == ["company_created", "contact_created"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"first_name": "", "last_name": ""}, "last_name"),
        ({"first_name": "Jan", "last_name": "Nowak", "email": "nie-adres"}, "email"),
        ({"first_name": "Jan", "last_name": "Nowak", "phone": "dzwoń"}, "phone"),
        ({"first_name": "J" * 101, "last_name": "Nowak"}, "first_name"),
        ({"first_name": "Jan", "last_name": "Nowak", "company_id": 999}, "company_id"),
    ],
)
def test_bad_contact_input_from_the_new_deal_dialog_is_refused_and_nothing_is_created(admin, fields, field):
    with pytest.raises(ValidationError) as err:
        contacts.create_contact(admin, **fields)
    assert err.value.field == field
    assert Contact.select().count() == 0 and Event.select().count() == 0


def test_a_company_from_the_new_deal_dialog_needs_a_name_of_at_most_200_characters(admin):
    for name in ("  ", "x" * 201):
        with pytest.raises(ValidationError):
            companies.create_company(admin, name=name)
    assert Company.select().count() == 0
