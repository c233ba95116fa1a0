"""services.searchkeys.keys_for: the derived columns of deals written in bulk (an import) are those of
``domain.text.deal_keys`` row by row, though worked out once per contact, company and owner."""

from datetime import datetime

from desktop.domain.text import deal_keys
from desktop.services import searchkeys
from desktop.services.admin import users
from desktop.store.models import Company, Contact, User


def test_bulk_keys_equal_the_row_by_row_keys_for_every_mix_of_fields(sqlite_db):
    admin = users.local_admin()
    firm = Company.insert(name="Łęcka  Sp. z o.o.", tax_id="", city="", phone="", email="").execute()
    person = Contact.insert(
        first_name="Żaneta", last_name="Kos", email="zk@x.pl", phone="", company=firm, created_at=datetime(2026, 1, 1)
    ).execute()
    entries = [
        (number, title, owner, contact, company)
        for number in ("A-1", "")
        for title in ("Dostawa  łożysk", " ", "")
        for owner in (admin.id, None)
        for contact in (person, None)
        for company in (firm, None)
    ]
    no_one = (None, None, None)
    owner_name = User.get_by_id(admin.id).display_name
    expected = [
        deal_keys(
            number,
            title,
            *(("Żaneta", "Kos", "zk@x.pl") if contact else no_one),
            "Łęcka  Sp. z o.o." if company else None,
            owner_name if owner else None,
        )
        for number, title, owner, contact, company in entries
    ]
    assert searchkeys.keys_for(entries) == expected
