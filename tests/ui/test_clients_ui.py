"""Contacts and Companies views and sheets: lazy paging, database sort and search, export, and sheets that save
only what changed, refuse bad input next to the field, warn about duplicates and list the client's deals."""

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.services.admin import users
from desktop.services.clients import client_lists, companies, contacts
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Contact, Event
from desktop.ui.clients.list_view import CompaniesView, ContactsView
from desktop.ui.clients.sheets import CompanySheet, ContactSheet
from tests.support import snapshot


@pytest.fixture(autouse=True)
def _fresh_layout():
    """Each test starts from the default column layout (the views remember theirs in QSettings)."""
    for kind in ("contacts", "companies"):
        QSettings().remove(kind)
    yield


def _fill_people():
    admin = users.local_admin()
    firm = companies.create_company(admin, name="Zakład Łódź", nip="7740001454", city="Łódź")
    for i in range(450):
        contacts.create_contact(
            admin,
            first_name="Łucja" if i % 3 == 0 else "Jan",
            last_name=f"Nowak{i:03}",
            email=f"osoba{i:03}@firma.pl",
            phone=f"601 234 {i:03}",
            company_id=firm.id if i % 2 else None,
            marketing_consent=i % 4 == 0,
        )
    return firm.id


@pytest.fixture(scope="module")
def _people_snapshots(sqlite_template, tmp_path_factory):
    """The 450 contacts, made once for the module; each test opens its own copy (tests/support/snapshot.py)."""
    return snapshot.Snapshots(_fill_people, sqlite_template, tmp_path_factory.mktemp("people"))


sqlite_db = snapshot.sqlite_db_fixture("_people_snapshots")


@pytest.fixture
def people(admin_actor, _people_snapshots):
    """The company half of the contacts work for."""
    return companies.get_company(_people_snapshots.result())


def make_contacts(qtbot, actor):
    view = ContactsView(actor)
    qtbot.addWidget(view)
    view.ensure_loaded()
    return view


def test_contacts_model_passes_qt_model_tester(qtbot, qtmodeltester, admin_actor, people):
    qtmodeltester.check(make_contacts(qtbot, admin_actor).model)


def test_contacts_load_a_page_at_a_time_and_sort_in_the_database(qtbot, admin_actor, people):
    view = make_contacts(qtbot, admin_actor)
    assert view.model.rowCount() == 200 and view.model.canFetchMore()
    assert view.model.row_at(0).name == "Łucja Nowak000"
    view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert view.model.row_at(0).name == "Jan Nowak449"
    view.model.fetchMore()
    view.model.fetchMore()
    assert view.model.rowCount() == 450 and not view.model.canFetchMore()
    assert len({view.model.row_at(r).id for r in range(450)}) == 450


def test_quick_search_matches_polish_letters_in_any_case_and_typed_phones(qtbot, admin_actor, people):
    view = make_contacts(qtbot, admin_actor)
    view.search.setText("ŁUCJA")
    qtbot.waitUntil(lambda: view.model.rowCount() == 150)
    view.search.setText("601 234 007")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_at(0).phone == "+48601234007"
    assert view.model.data(view.model.index(0, 4)) == "+48 601 234 007"


def test_consent_filter_and_column_filter(qtbot, admin_actor, people):
    view = make_contacts(qtbot, admin_actor)
    view.consent.setCurrentIndex(1)
    assert client_lists.count_contacts(view.model.criteria) == 113
    view.set_column_filter("company", "zakład")
    assert view.model.criteria.contains == {"company": "zakład"}
    assert view.model.rowCount() == 0  # consenting contacts are the even ones, which have no company
    view.clear_filters()
    assert view.model.rowCount() == 200 and view.model.criteria == client_lists.ListCriteria()


def test_export_writes_the_filtered_contacts(qtbot, admin_actor, people, fake_dialogs, tmp_path):
    view = make_contacts(qtbot, admin_actor)
    view.search.setText("Łucja")
    view.apply_filters()
    target = tmp_path / "kontakty.xlsx"
    fake_dialogs.answers = [str(target)]
    view.export()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 151 and rows[1][0] == "Łucja Nowak000"
    assert fake_dialogs.messages[-1][0] == "info"


def test_layout_is_remembered(qtbot, admin_actor, people):
    view = make_contacts(qtbot, admin_actor)
    view.set_column_visible(2, False)
    view.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
    again = make_contacts(qtbot, admin_actor)
    assert again.table.horizontalHeader().isSectionHidden(2)
    assert (again.model.sort_key, again.model.descending) == ("created", True)
    again.reset_layout()


def test_companies_view_searches_nip_typed_with_dashes(qtbot, admin_actor, people):
    view = CompaniesView(admin_actor)
    qtbot.addWidget(view)
    view.ensure_loaded()
    assert view.model.rowCount() == 1
    view.search.setText("774-000")
    view.apply_filters()
    assert view.model.rowCount() == 1 and view.model.row_at(0).name == "Zakład Łódź"


def test_an_untouched_contact_sheet_has_no_changes_and_closes_without_asking(qtbot, admin_actor, people):
    contact = Contact.select().where(Contact.company.is_null(False)).first()
    sheet = ContactSheet(admin_actor, contact.id)
    qtbot.addWidget(sheet)
    assert sheet.changes() == {}
    assert not sheet.save_button.isEnabled()
    assert sheet.fields["company_id"].get() == people.id
    assert sheet.fields["phone"].get().startswith("+48 601 234")
    sheet.show()
    assert sheet.close()  # no question asked (fake_dialogs not even installed)


def test_contact_sheet_saves_only_the_changed_field(qtbot, admin_actor, people):
    contact = Contact.select().where(Contact.company.is_null(False)).first()
    sheet = ContactSheet(admin_actor, contact.id)
    qtbot.addWidget(sheet)
    sheet.fields["position"].widget.setText("Dyrektor")
    assert sheet.changes() == {"position": "Dyrektor"}
    assert sheet.save()
    changed = Event.select().where(Event.kind == "contact_changed", Event.contact_id == contact.id)
    assert [e.payload for e in changed] == ['{"field": "position", "new": "Dyrektor", "old": ""}']
    assert sheet.record.version == 2 and sheet.changes() == {}
    assert sheet.history_list.topLevelItemCount() >= 2


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, admin_actor, people):
    contact = Contact.select().first()
    sheet = ContactSheet(admin_actor, contact.id)
    qtbot.addWidget(sheet)
    sheet.fields["email"].widget.setText("nie-adres")
    assert not sheet.save()
    assert sheet.errors["email"].isVisibleTo(sheet)
    assert "nie-adres" in sheet.errors["email"].text()
    assert contacts.get_contact(contact.id).version == 1


def test_a_sheet_saving_over_a_newer_version_says_so(qtbot, admin_actor, people, fake_dialogs):
    contact = Contact.select().first()
    sheet = ContactSheet(admin_actor, contact.id)
    qtbot.addWidget(sheet)
    contacts.edit_contact(admin_actor, contact.id, 1, position="Prezes")
    sheet.fields["notes"].widget.setPlainText("Dzwonić rano")
    fake_dialogs.answers = [True]  # load the current version
    assert not sheet.save()
    assert sheet.fields["position"].get() == "Prezes" and sheet.changes() == {}


def test_new_company_warns_about_a_duplicate_nip_and_creates_after_confirmation(
    qtbot, admin_actor, people, fake_dialogs
):
    sheet = CompanySheet(admin_actor)
    qtbot.addWidget(sheet)
    assert sheet.save_button.isEnabled() and not sheet.tabs.isEnabled()
    sheet.fields["name"].widget.setText("Inna nazwa")
    sheet.fields["nip"].widget.setText("774-000-14-54")
    sheet.check_duplicates()
    assert sheet.duplicate.isVisibleTo(sheet) and "Zakład Łódź" in sheet.duplicate.text()
    opened = []
    sheet.open_existing.connect(opened.append)
    sheet.open_duplicate.click()
    assert opened == [people.id]
    fake_dialogs.answers = [False]
    assert not sheet.save()
    fake_dialogs.answers = [True]
    assert sheet.save()
    assert sheet.record.nip == "7740001454" and sheet.record_id != people.id
    assert sheet.tabs.isEnabled() and sheet.changes() == {}


def test_a_sheet_lists_only_the_deals_the_user_may_see(qtbot, admin_actor, people):
    agent = users.actor_for(users.create_user(admin_actor, "ola", "Ola Żak").id)
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    for owner, title in ((admin_actor, "Okna admina"), (agent, "Okna Oli")):
        deals.create_deal(owner, p.id, title, source="Phone", expected_close=date(2026, 12, 1), company_id=people.id)
    admin_sheet = CompanySheet(admin_actor, people.id)
    agent_sheet = CompanySheet(agent, people.id)
    for sheet in (admin_sheet, agent_sheet):
        qtbot.addWidget(sheet)
    titles = lambda s: {s.deals_list.topLevelItem(i).text(1) for i in range(s.deals_list.topLevelItemCount())}  # noqa: E731
    assert titles(admin_sheet) == {"Okna admina", "Okna Oli"}
    assert titles(agent_sheet) == {"Okna Oli"}
    asked = []
    agent_sheet.new_deal.connect(lambda c, f: asked.append((c, f)))
    agent_sheet.new_deal_button.click()
    assert asked == [(None, people.id)]


def test_company_picker_searches_and_keeps_the_chosen_id(qtbot, admin_actor, people):
    contact = Contact.select().where(Contact.company.is_null()).first()
    sheet = ContactSheet(admin_actor, contact.id)
    qtbot.addWidget(sheet)
    picker = sheet.fields["company_id"].widget
    picker.textEdited.emit("łódź")
    assert picker.suggestions.rowCount() == 1
    picker.completer_.activated[type(picker.suggestions.index(0, 0))].emit(picker.suggestions.index(0, 0))
    assert picker.value() == people.id and sheet.changes() == {"company_id": people.id}
    picker.setText("zupełnie coś innego")
    picker.editingFinished.emit()
    assert picker.text() == "Zakład Łódź" and picker.value() == people.id


def test_a_sheet_lists_the_clients_tasks_and_emails(qtbot, admin_actor, people):
    from datetime import datetime

    from desktop.services.activities import tasks
    from desktop.store.models import OutboxMessage, ReceivedAddress, ReceivedMessage

    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    deal = deals.create_deal(
        admin_actor, p.id, "Okna", source="Phone", expected_close=date(2026, 12, 1), company_id=people.id
    )
    tasks.create_task(admin_actor, "Zadzwonić", deal.id, datetime(2026, 12, 1, 9), admin_actor.id)
    OutboxMessage.insert(
        deal=deal.id,
        from_addr="a@b.pl",
        to_addr="klient@firma.pl",
        subject="Oferta",
        message_id="<x@b.pl>",
        queued_at=datetime(2026, 11, 1),
        status="sent",
    ).execute()
    reply = ReceivedMessage.create(
        message_key="<r@firma.pl>", folder="INBOX", direction="in", uidvalidity=1, uid=1,
        from_addr="osoba001@firma.pl", to_addrs="a@b.pl", subject="Pytanie", sent_at=datetime(2026, 11, 2),
        received_at=datetime(2026, 11, 2),
    )  # fmt: skip  # unfiled, from one of the company's contacts
    ReceivedAddress.create(message=reply.id, address="osoba001@firma.pl", role="from")
    sheet = CompanySheet(admin_actor, people.id)
    qtbot.addWidget(sheet)
    assert sheet.tasks_list.topLevelItem(0).text(0) == "Zadzwonić"
    emails = sheet.emails_list
    assert [[emails.topLevelItem(r).text(c) for c in range(1, 4)] for r in range(2)] == [
        ["Received", "osoba001@firma.pl", "Pytanie"],  # direction, the other side's address, subject
        ["Sent", "klient@firma.pl", "Oferta"],
    ]
    opened = []
    sheet.open_deal.connect(opened.append)
    sheet._deal_activated(sheet.emails_list.topLevelItem(1))
    assert opened == [deal.id]
