"""New deal (issue 15): Ctrl+N / Deal menu, a column's "+", the funnel and the empty board open one dialog
that creates the deal in one transaction, asks for the stage's required fields, and creates contacts and
companies inline."""

from datetime import date

import pytest
from PySide6.QtGui import QKeySequence

from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Company, Contact, Deal
from desktop.ui.main_window import MainWindow
from desktop.ui.new_deal.dialog import NewDealDialog


@pytest.fixture
def window(qtbot, admin_actor):
    processes.create_process(admin_actor, "Sprzedaż")
    win = MainWindow(admin_actor, "test.db")
    qtbot.addWidget(win)
    return win


def fill(**values):
    """A fake_dialogs answer that fills the dialog's fields, presses Create and reports the outcome."""

    def drive(dialog):
        for key, value in values.items():
            widget = getattr(dialog, key)
            if hasattr(widget, "choose"):
                widget.choose(value)
            elif hasattr(widget, "set_value"):
                widget.set_value(value)
            elif hasattr(widget, "setCurrentText"):
                widget.setCurrentText(value)
            else:
                widget.setText(value)
        dialog.open_after.setChecked(False)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    return drive


def test_ctrl_n_in_the_deal_menu_creates_a_deal_in_the_first_open_stage(window, fake_dialogs):
    assert window.new_deal_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.new_deal_action in window.deal_menu.actions()
    fake_dialogs.answers = [fill(title="Okna dla szkoły", value="1 200,50")]
    window.new_deal_action.trigger()
    (deal,) = Deal.select()
    first = window.board.stages[0]
    assert (deal.title, deal.value_minor, deal.stage_id, deal.owner_id) == ("Okna dla szkoły", 120050, first.id, 1)
    assert window.board.columns[first.id].count_label.text() == "1"
    assert [e.kind for e in deal.events] == ["created"]


def test_plus_in_a_column_header_starts_in_that_stage(window, fake_dialogs):
    second = window.board.stages[1]
    seen = []

    def check(dialog):
        seen.append(dialog.current_stage().id)
        return fill(title="Drzwi")(dialog)

    fake_dialogs.answers = [check]
    window.board.columns[second.id].add_button.click()
    assert seen == [second.id]
    assert Deal.get().stage_id == second.id


def test_stage_required_fields_are_asked_in_the_same_dialog_and_nothing_is_created_without_them(
    qtbot, admin_actor, fake_dialogs
):
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    dialog = NewDealDialog(admin_actor, process_id=p.id)
    qtbot.addWidget(dialog)
    assert dialog.labels["source"].font().bold() and dialog.labels["expected_close"].font().bold()
    dialog.title.setText("Hala magazynowa")
    dialog.accept()
    assert dialog.created is None and Deal.select().count() == 0
    assert not dialog.errors["source"].isHidden() and not dialog.errors["expected_close"].isHidden()
    offered = next(s for s in dialog.stages if s.substages and s.name == "Offered")
    dialog.stage.setCurrentIndex(dialog.stage.findData(offered.id))
    assert dialog.form.isRowVisible(dialog.labels["substage"])
    assert dialog.form.isRowVisible(dialog.labels["next_contact"])
    dialog.substage.setCurrentIndex(1)
    dialog.next_contact.set_value(date(2026, 12, 1))
    dialog.accept()
    assert dialog.created is not None
    row = deals.get_deal(dialog.created.id)
    assert (row.stage_id, row.substage, row.next_contact) == (offered.id, offered.substages[1], date(2026, 12, 1))


def test_invalid_value_is_shown_next_to_it(qtbot, admin_actor, window):
    dialog = NewDealDialog(admin_actor, window, process_id=window.current_process_id())
    qtbot.addWidget(dialog)
    dialog.title.setText("Okna")
    dialog.value.setText("dużo")
    dialog.accept()
    assert dialog.created is None and not dialog.errors["value"].isHidden()
    dialog.title.setText("")
    dialog.value.setText("10")
    dialog.accept()
    assert dialog.created is None and not dialog.errors["title"].isHidden()


def test_new_contact_and_new_company_inline_are_chosen_for_the_deal(qtbot, admin_actor, window, fake_dialogs):
    dialog = NewDealDialog(admin_actor, window, process_id=window.current_process_id())
    qtbot.addWidget(dialog)

    def company(d):
        d.name.setText("Łódzkie Okna Sp. z o.o.")
        d.accept()
        return d.result() == d.DialogCode.Accepted

    def contact(d):
        assert d.company.value() == dialog.company.value()  # offered the company chosen
        d.first_name.setText("Łucja")
        d.last_name.setText("Żak")
        d.email.setText("zle-adres")
        d.accept()
        assert d.result() != d.DialogCode.Accepted and "e-mail" in d.error_label.text()
        d.email.setText("lucja@okna.pl")
        d.phone.setText("+48 600 100 200")
        d.accept()
        return d.result() == d.DialogCode.Accepted

    fake_dialogs.answers = [company, contact]
    dialog.new_company.click()
    dialog.new_contact.click()
    assert dialog.company.line.text() == "Łódzkie Okna Sp. z o.o."
    assert dialog.contact.line.text() == "Łucja Żak (Łódzkie Okna Sp. z o.o.)"
    dialog.title.setText("Okna")
    dialog.accept()
    row = deals.get_deal(dialog.created.id)
    person = Contact.get_by_id(row.contact_id)
    assert (person.email, person.company_id, row.company_id) == ("lucja@okna.pl", row.company_id, person.company_id)
    assert Company.select().count() == 1


def test_choosing_a_contact_brings_its_company(qtbot, admin_actor, window):
    firm = Company.create(name="Żywiec")
    person = Contact.create(first_name="Jan", last_name="Nowak", company=firm, created_at=date(2026, 1, 1))
    from desktop.services import searchkeys

    searchkeys.company_changed(firm.id)  # as the services do; the rows were written directly
    dialog = NewDealDialog(admin_actor, window, process_id=window.current_process_id())
    qtbot.addWidget(dialog)
    dialog.contact.search("nowak")
    dialog.contact.choose_row(0)
    assert dialog.contact.value() == person.id and dialog.company.value() == firm.id


def test_an_agent_creates_own_deals_and_cannot_choose_another_owner(qtbot, admin_actor, window):
    agent = users.actor_for(users.create_user(admin_actor, "ola", "Ola Żak").id)
    dialog = NewDealDialog(agent, window, process_id=window.current_process_id())
    qtbot.addWidget(dialog)
    assert not dialog.owner.isEnabled() and dialog.owner.line.text() == "Ola Żak"
    dialog.title.setText("Moja szansa")
    dialog.accept()
    assert deals.get_deal(dialog.created.id).owner_id == agent.id


def test_empty_board_offers_the_first_deal_and_the_funnel_has_a_new_deal_button(window, fake_dialogs):
    board = window.board
    assert not board.first_deal_button.isHidden()
    fake_dialogs.answers = [fill(title="Pierwsza")]
    board.first_deal_button.click()
    assert board.first_deal_button.isHidden()
    window.funnel_view_action.trigger()
    fake_dialogs.answers = [fill(title="Druga")]
    window.funnel.new_deal_button.click()
    assert Deal.select().count() == 2


def test_open_after_creating_shows_the_deal_sheet(window, fake_dialogs, qtbot):
    def create_and_open(dialog):
        dialog.title.setText("Okna")
        dialog.open_after.setChecked(True)
        dialog.accept()
        return True

    fake_dialogs.answers = [create_and_open]
    window.new_deal_action.trigger()
    from desktop.ui.deal_sheet.sheet import _open_sheets

    sheet = _open_sheets[Deal.get().id]
    qtbot.addWidget(sheet)
    assert sheet.panel.title.text() == "Okna"


def test_without_a_process_new_deal_says_to_create_one(qtbot, sqlite_db, admin_actor, fake_dialogs):
    win = MainWindow(admin_actor, "test.db")
    qtbot.addWidget(win)
    win.new_deal_action.trigger()
    assert fake_dialogs.messages and "process" in fake_dialogs.messages[0][1]
