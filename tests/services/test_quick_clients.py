"""The small contact / company creation the New deal dialog uses: validated, recorded, all or nothing."""

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import quick_clients
from desktop.store.models import Company, Contact, Event


def test_company_and_contact_are_created_and_recorded(admin):
    company = quick_clients.create_company(admin, "  Łódzkie Okna  ")
    contact = quick_clients.create_contact(admin, "Łucja", "Żak", "lucja@okna.pl", "+48 600 100 200", company)
    row = Contact.get_by_id(contact)
    assert (row.first_name, row.last_name, row.company_id) == ("Łucja", "Żak", company)
    assert Company.get_by_id(company).name == "Łódzkie Okna"
    assert [e.kind for e in Event.select().order_by(Event.id)] == ["company_created", "contact_created"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", ""), "last_name"),
        (("Jan", "Nowak", "nie-adres"), "email"),
        (("Jan", "Nowak", "", "dzwoń"), "phone"),
        (("J" * 101, "Nowak"), "first_name"),
        (("Jan", "Nowak", "", "", 999), "company"),
    ],
)
def test_bad_contact_input_is_refused_and_nothing_is_created(admin, args, field):
    with pytest.raises(ValidationError) as err:
        quick_clients.create_contact(admin, *args)
    assert err.value.field == field
    assert Contact.select().count() == 0 and Event.select().count() == 0


def test_a_company_needs_a_name_of_at_most_200_characters(admin):
    for name in ("  ", "x" * 201):
        with pytest.raises(ValidationError):
            quick_clients.create_company(admin, name)
    assert Company.select().count() == 0
