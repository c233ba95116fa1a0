"""A newcomer's first day (issue 15): from an EMPTY database, through the widgets only, create a process, a
company, a contact and a deal, move the deal through the stages and win it."""

from PySide6.QtWidgets import QComboBox

from desktop.domain.stages import StageKind
from desktop.services.deals import deals
from desktop.store.models import Company, Contact, Deal
from desktop.ui.main_window import MainWindow


def press_create(dialog) -> bool:
    dialog.accept()
    return dialog.result() == dialog.DialogCode.Accepted


def test_a_newcomer_wins_a_first_deal_starting_from_an_empty_database(qtbot, sqlite_db, admin_actor, fake_dialogs):
    window = MainWindow(admin_actor, "etap.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.centre.currentWidget() is window.empty_state

    # Process → New process… from the "Sales funnel" template
    fake_dialogs.answers = ["Sprzedaż okien", 1]
    window.new_process_action.trigger()
    board = window.board
    assert window.centre.currentWidget() is board and not board.first_deal_button.isHidden()

    # "Add the first deal": a company and a contact made inline, then the deal
    def company(d):
        d.name.setText("Okna Łódź Sp. z o.o.")
        return press_create(d)

    def contact(d):
        d.first_name.setText("Żaneta")
        d.last_name.setText("Wąsowska")
        d.email.setText("zaneta@oknalodz.pl")
        return press_create(d)

    def new_deal(d):
        d.new_company.click()
        d.new_contact.click()
        d.title.setText("Okna do biurowca")
        d.value.setText("48 000")
        d.source.setCurrentText("Phone")
        d.expected_close.edit.setDate(d.expected_close.edit.date().currentDate().addDays(30))
        d.open_after.setChecked(False)
        return press_create(d)

    fake_dialogs.answers = [new_deal, company, contact]
    board.first_deal_button.click()
    deal = Deal.get()
    assert (deal.contact_id, deal.company_id) == (Contact.get().id, Company.get().id)
    assert Contact.get().company_id == Company.get().id

    # Move it through the stages with the keyboard; each stage asks for what it needs
    def answer_required(dialog):
        for widget in dialog.inputs.values():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    won = next(s for s in board.stages if s.kind is StageKind.WON)
    for _ in range(10):
        current = deals.get_deal(deal.id).stage_id
        if current == won.id:
            break
        column = board.columns[current].view
        column.setFocus()
        column.setCurrentIndex(board.models[current].index(0))
        fake_dialogs.answers = [answer_required]
        board.next_stage_action.trigger()  # Ctrl+Shift+→ (a key click would leave Shift held for later tests)
        fake_dialogs.answers = []
    row = deals.get_deal(deal.id)
    assert row.stage_id == won.id and row.probability == 100
    assert board.columns[won.id].count_label.text() == "1"
    stays = [s.stage_name for s in deal.stays.order_by(deal.stays.model.id)]
    assert stays == [s.name for s in board.stages[: len(stays)]] and stays[-1] == won.name
