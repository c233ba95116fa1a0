"""Commands on contacts and companies in the window: merge (asks first), add to a campaign (skips contacts
without consent and says so), anonymise from the sheet, and tasks to the calendar."""

from datetime import datetime

import icalendar
import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings

from desktop.services.activities import tasks
from desktop.services.clients import campaigns, companies, contacts
from desktop.store.models import Contact
from desktop.ui import calendar as calendar_ui
from desktop.ui.clients.list_view import CompaniesView, ContactsView
from desktop.ui.clients.sheets import ContactSheet
from desktop.ui.my_tasks import MyTasksView


@pytest.fixture(autouse=True)
def _fresh_layout():
    for kind in ("contacts", "companies"):
        QSettings().remove(kind)
    yield


def _select(view, rows):
    model = view.table.selectionModel()
    for row in rows:
        model.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_merging_two_selected_contacts_asks_which_to_keep_and_confirms(qtbot, admin_actor, fake_dialogs):
    a = contacts.create_contact(admin_actor, first_name="Anna", last_name="Kos", email="anna@kos.pl")
    b = contacts.create_contact(admin_actor, first_name="Ania", last_name="Kos", phone="601234567")
    view = ContactsView(admin_actor)
    qtbot.addWidget(view)
    view.ensure_loaded()
    _select(view, [0])
    fake_dialogs.answers = []
    view.merge_selected()
    assert fake_dialogs.messages[-1][0] == "warn"  # one selected: nothing asked
    _select(view, [0, 1])
    opened = []
    view.open_record.connect(opened.append)
    keep_index = view.selected_ids().index(a.id)
    fake_dialogs.answers = [keep_index, False]
    view.merge_selected()
    assert Contact.select().count() == 2  # declined
    fake_dialogs.answers = [keep_index, True]
    view.merge_selected()
    assert [c.id for c in Contact.select()] == [a.id] and opened == [a.id]
    assert contacts.get_contact(a.id).phone == "+48601234567"
    assert b.id not in [view.model.row_at(r).id for r in range(view.model.rowCount())]


def test_companies_view_merges_too(qtbot, admin_actor, fake_dialogs):
    companies.create_company(admin_actor, name="Acme")
    companies.create_company(admin_actor, name="ACME sp. z o.o.")
    view = CompaniesView(admin_actor)
    qtbot.addWidget(view)
    view.ensure_loaded()
    _select(view, [0, 1])
    fake_dialogs.answers = [0, True]
    view.merge_selected()
    assert view.model.rowCount() == 1


def test_adding_selected_contacts_to_a_campaign_reports_the_skipped(qtbot, admin_actor, fake_dialogs):
    contacts.create_contact(admin_actor, last_name="Tak", marketing_consent=True)
    contacts.create_contact(admin_actor, last_name="Nie")
    campaign = campaigns.create_campaign(admin_actor, "Wiosna")
    view = ContactsView(admin_actor)
    qtbot.addWidget(view)
    view.ensure_loaded()
    _select(view, [0, 1])
    fake_dialogs.answers = [0]
    view.add_to_campaign()
    assert [m.name for m in campaigns.members(admin_actor, campaign.id)] == ["Tak"]
    assert fake_dialogs.messages[-1] == ("info", "Added: 1, already members: 0, skipped without marketing consent: 1")


def test_admin_anonymises_a_contact_from_its_sheet(qtbot, admin_actor, fake_dialogs):
    c = contacts.create_contact(admin_actor, first_name="Jan", last_name="Wiśniewski", email="jan@w.pl")
    sheet = ContactSheet(admin_actor, c.id)
    qtbot.addWidget(sheet)
    assert sheet.anonymise_button.isVisibleTo(sheet)
    fake_dialogs.answers = [True]
    sheet.anonymise()
    assert sheet.record.name == "***" and sheet.record.email == ""
    assert not sheet.fields["first_name"].widget.isEnabled() and not sheet.anonymise_button.isEnabled()


def test_export_my_tasks_and_add_one_to_the_calendar(qtbot, admin_actor, fake_dialogs, tmp_path, monkeypatch):
    task = tasks.create_task(admin_actor, "Zadzwonić do klienta", None, datetime(2030, 1, 2, 9), admin_actor.id)
    target = tmp_path / "moje.ics"
    fake_dialogs.answers = [str(target)]
    assert calendar_ui.export_my_tasks(None, admin_actor) == target
    assert [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")] == [
        "Zadzwonić do klienta"
    ]
    assert fake_dialogs.messages[-1][0] == "info"
    opened = []
    monkeypatch.setattr(calendar_ui, "open_file", lambda path: opened.append(path) or True)
    view = MyTasksView(admin_actor)
    qtbot.addWidget(view)
    view.reload()
    assert view.current_task_id() == task.id
    path = view.add_to_calendar()
    assert opened == [path] and path.read_bytes().startswith(b"BEGIN:VCALENDAR")
