"""The deal sheet writes only what the user changed, and its pickers never lose a value (issue 15).

With 5,000 contacts and companies the deal's own contact and company lie beyond any list a picker could
hold; the pickers search the database and hold values by id, so nothing is lost.
"""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.bulk import insert_rows
from desktop.store.models import Company, Contact
from desktop.ui.board.fields_dialog import RequiredFieldsDialog
from desktop.ui.deal_sheet.sheet import DealSheet
from tests.support import snapshot

MANY = 5_000


def _fill_crowd():
    """5,000 companies and contacts; the last of each sorts after all the others."""
    users.local_admin()
    now = datetime(2026, 1, 1)
    insert_rows(
        "company", ["name", "tax_id", "city", "phone", "email"], [(f"Alfa {n:05}", "", "", "", "") for n in range(MANY)]
    )
    first_company = Company.select(Company.id).order_by(Company.id).first().id
    insert_rows(
        "contact",
        ["first_name", "last_name", "email", "phone", "company_id", "created_at"],
        [("Adam", f"Abacki {n:05}", "", "", first_company + n, now) for n in range(MANY)],
    )
    company = Company.create(name="Żywiec Zdrój")
    contact = Contact.create(first_name="Żaneta", last_name="Żółć", company=company, created_at=now)
    from desktop.services import searchkeys

    searchkeys.company_changed(company.id)  # as the services do; the rows were written directly
    return contact.id, company.id


@pytest.fixture(scope="module")
def _crowd_snapshots(sqlite_template, tmp_path_factory):
    """The crowd, made once for the module; each test opens its own copy (tests/support/snapshot.py)."""
    return snapshot.Snapshots(_fill_crowd, sqlite_template, tmp_path_factory.mktemp("crowd"))


sqlite_db = snapshot.sqlite_db_fixture("_crowd_snapshots")


@pytest.fixture
def crowd(admin_actor, _crowd_snapshots):
    """5,000 companies and contacts; the last of each sorts after all the others: (contact id, company id)."""
    return _crowd_snapshots.result()


@pytest.fixture
def far_deal(admin_actor, crowd):
    contact_id, company_id = crowd
    p = processes.create_process(admin_actor, "Sprzedaż")
    return deals.create_deal(admin_actor, p.id, "Okna", contact_id=contact_id, company_id=company_id, value="10")


def type_text(widget, text: str) -> None:
    """Key presses carrying any letters (QTest.keyClicks aborts on non-Latin-1 text such as "ż")."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_sheet(qtbot, actor, deal_id) -> DealSheet:
    sheet = DealSheet(actor, deal_id)
    qtbot.addWidget(sheet)
    sheet.show()
    return sheet


def test_saving_only_the_title_keeps_a_contact_and_company_beyond_any_picker_page(qtbot, admin_actor, far_deal):
    sheet = open_sheet(qtbot, admin_actor, far_deal.id)
    assert sheet.panel.contact.line.text() == "Żaneta Żółć (Żywiec Zdrój)"
    assert sheet.panel.company.line.text() == "Żywiec Zdrój"
    sheet.panel.title.setText("Okna PCV")
    sheet.panel.title.textEdited.emit("Okna PCV")
    assert sheet.panel.changes() == {"title": "Okna PCV"}
    assert sheet.save()
    saved = deals.get_deal(far_deal.id)
    assert (saved.title, saved.contact_id, saved.company_id) == ("Okna PCV", far_deal.contact_id, far_deal.company_id)
    assert saved.version == far_deal.version + 1


def test_an_untouched_sheet_closes_without_a_question_and_writes_nothing(qtbot, admin_actor, far_deal, fake_dialogs):
    sheet = open_sheet(qtbot, admin_actor, far_deal.id)
    assert sheet.panel.changes() == {}
    assert not sheet.save_button.isEnabled()
    assert sheet.close()  # fake_dialogs fails the test on any question
    assert deals.get_deal(far_deal.id).version == far_deal.version


def test_every_editable_field_round_trips_unchanged(qtbot, admin_actor, crowd, fake_dialogs):
    contact_id, company_id = crowd
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    stages = processes.list_stages(p.id)
    lost = next(s for s in stages if s.kind == "lost")
    deal = deals.create_deal(
        admin_actor,
        p.id,
        "Okna „dla” Łodzi — 12% rabatu",
        source="Targi budowlane",  # not in the list of sources
        expected_close=date(2026, 12, 31),
        value="1 234,56",
        currency="CHF",  # not in the common currencies
        cost="99.90",
        contact_id=contact_id,
        company_id=company_id,
        next_contact=date(2026, 11, 2),
        probability_manual=35,
    )
    seller = users.create_user(admin_actor, "ex", "Były Handlowiec")
    deal = deals.edit_deal(admin_actor, deal.id, deal.version, owner_id=seller.id)
    deal = deals.move_deal(admin_actor, deal.id, lost.id, lost_reason="Za drogo;\ncena konkurencji niższa")
    from desktop.store.models import User

    User.update(active=False).where(User.id == seller.id).execute()
    sheet = open_sheet(qtbot, admin_actor, deal.id)
    assert sheet.panel.changes() == {}
    assert sheet.save() and sheet.close()
    assert deals.get_deal(deal.id) == deal


def test_choosing_a_contact_by_typing_finds_it_among_thousands(qtbot, admin_actor, far_deal):
    contact_id = far_deal.contact_id
    p = processes.get_process(far_deal.process_id)
    other = deals.create_deal(admin_actor, p.id, "Drzwi")
    sheet = open_sheet(qtbot, admin_actor, other.id)
    picker = sheet.panel.contact
    assert picker.line.text() == "" and picker.value() is None
    picker.line.setFocus()
    type_text(picker.line, "żółć")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [r.id for r in picker.model.rows] == [contact_id]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == contact_id and picker.line.text() == "Żaneta Żółć (Żywiec Zdrój)"
    assert sheet.panel.changes() == {"contact_id": contact_id}
    assert sheet.save() and deals.get_deal(other.id).contact_id == contact_id


def test_text_that_was_not_chosen_never_becomes_a_value(qtbot, admin_actor, far_deal, fake_dialogs):
    sheet = open_sheet(qtbot, admin_actor, far_deal.id)
    picker = sheet.panel.contact
    picker.line.setText("Ktoś nieznany")
    picker.line.editingFinished.emit()
    assert picker.value() == far_deal.contact_id and picker.line.text().startswith("Żaneta")
    assert sheet.panel.changes() == {}
    picker.line.clear()
    picker.line.editingFinished.emit()  # emptied on purpose: the deal has no contact
    assert sheet.panel.changes() == {"contact_id": None}
    fake_dialogs.answers = [True]  # close without saving
    assert sheet.close() and deals.get_deal(far_deal.id).contact_id == far_deal.contact_id


def test_required_contact_is_searched_in_the_whole_database(qtbot, admin_actor, far_deal):
    stage = processes.get_stage(far_deal.stage_id)
    dialog = RequiredFieldsDialog(stage, ["contact"], far_deal)
    qtbot.addWidget(dialog)
    picker = dialog.inputs["contact"]
    picker.search("Żół")
    picker.choose_row(0)
    assert dialog.values() == {"contact_id": far_deal.contact_id}
