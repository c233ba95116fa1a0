"""Revert import: what a batch created goes, what it updated comes back, and what people changed since stays."""

from __future__ import annotations

import pytest

from desktop.domain.errors import PermissionDenied, RuleError
from desktop.domain.imports.headers import Kind
from desktop.domain.imports.mapping import OnDuplicate
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.imports import revert
from desktop.store.models import Company, Contact, Deal, DealNote, Event, StageStay
from tests.services.imports.conftest import do_import

CSV = (
    "Numer;Tytuł;Nazwa firmy;E-mail;Imię;Nazwisko;Wartość;Etap\n"
    "A-1;Dostawa;Acme;anna@acme.pl;Anna;Nowak;100;Nowy\n"
    "A-2;Serwis;Acme;jan@acme.pl;Jan;Kos;200;Nowy\n"
    "A-3;Montaż;Beta;ola@beta.pl;Ola;Żak;300;Wygrana\n"
)


def test_revert_removes_what_the_import_created(db, admin, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(CSV, encoding="utf-8")
    result = do_import(admin, path, process="P")
    assert (Deal.select().count(), Contact.select().count(), Company.select().count()) == (3, 3, 2)

    done = revert.revert_batch(admin, result.batch_id)

    assert done.removed == {"deal": 3, "contact": 3, "company": 2}
    assert done.kept == []
    assert (Deal.select().count(), Contact.select().count(), Company.select().count()) == (0, 0, 0)
    assert StageStay.select().count() == 0
    assert Event.select().where(Event.kind == "import_reverted").count() == 1
    with pytest.raises(RuleError, match="already reverted"):
        revert.revert_batch(admin, result.batch_id)
    assert revert.list_batches(admin)[0].reverted_at is not None


def test_revert_keeps_and_lists_rows_changed_since(db, admin, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(CSV, encoding="utf-8")
    result = do_import(admin, path, process="P")
    edited = Deal.get(Deal.number == "A-2")
    deals.edit_deal(admin, edited.id, edited.version, title="Serwis roczny")
    noted = Deal.get(Deal.number == "A-3")
    DealNote.create(deal=noted.id, user=admin.id, at=noted.created_at, text="Zadzwonić w piątek")
    anna = Contact.get(Contact.email == "anna@acme.pl")
    Contact.update(phone="+48 600 000 000").where(Contact.id == anna.id).execute()
    assert revert.revert_blockers(admin, result.batch_id) == 2

    done = revert.revert_batch(admin, result.batch_id)

    kept = {(table, label, reason) for table, _id, label, reason in done.kept}
    assert kept == {
        ("deal", "A-2", "changed"),
        ("deal", "A-3", "changed"),  # it has a note now
        ("contact", "Anna Nowak", "changed"),
        ("contact", "Ola Żak", "used"),
        ("contact", "Jan Kos", "used"),  # the kept deal's contact
        ("company", "Acme", "used"),
        ("company", "Beta", "used"),
    }
    assert sorted(n for (n,) in Deal.select(Deal.number).tuples()) == ["A-2", "A-3"]
    assert done.removed == {"deal": 1}


def test_revert_restores_what_the_import_updated(db, admin, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("E-mail;Imię;Nazwisko;Telefon\nanna@acme.pl;Anna;Nowak;+48 600 100 200\n", encoding="utf-8")
    do_import(admin, path)
    path.write_text("E-mail;Imię;Nazwisko;Telefon\nanna@acme.pl;Anna;Nowak-Kos;+48 600 100 300\n", encoding="utf-8")
    second = do_import(admin, path, on_duplicate={Kind.CONTACTS: OnDuplicate.UPDATE})
    assert Contact.get().last_name == "Nowak-Kos"

    done = revert.revert_batch(admin, second.batch_id)

    assert done.restored == {"contact": 1}
    assert (Contact.get().last_name, Contact.get().phone) == ("Nowak", "+48600100200")


def test_revert_of_a_deal_update_restores_its_stage_and_stays(db, admin, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("Deal ID,Deal Name,Amount,Deal Stage\n7,Serwis,100,Nowy\n", encoding="utf-8")
    do_import(admin, path, process="HS")
    path.write_text("Deal ID,Deal Name,Amount,Deal Stage\n7,Serwis,250,Won\n", encoding="utf-8")
    second = do_import(admin, path, process="HS", on_duplicate={Kind.DEALS: OnDuplicate.UPDATE})
    assert Deal.get().stage.kind == "won"

    done = revert.revert_batch(admin, second.batch_id)

    deal = Deal.get()
    assert done.restored == {"deal": 1}
    assert (deal.stage.name, deal.value_minor) == ("Nowy", 10000)
    assert [(s.stage_name, s.left_at) for s in StageStay.select().order_by(StageStay.id)] == [("Nowy", None)]


def test_only_managers_revert(db, admin, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("E-mail;Imię\nanna@acme.pl;Anna\n", encoding="utf-8")
    result = do_import(admin, path)
    agent = users.actor_for(users.create_user(admin, "agent", "Agent", "agent").id)
    with pytest.raises(PermissionDenied):
        revert.revert_batch(agent, result.batch_id)
    assert Contact.select().count() == 1
