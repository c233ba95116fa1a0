"""Delete to the trash and duplicate from the deal sheet; Deal → Trash… restores (managers) and purges
(administrators)."""

import pytest

from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.deals import deals, trash
from desktop.services.processes import processes
from desktop.store.models import Deal
from desktop.ui.deal_sheet.sheet import DealSheet
from desktop.ui.main_window import MainWindow
from desktop.ui.new_deal.trash_window import TrashDialog


@pytest.fixture
def deal(admin_actor):
    p = processes.create_process(admin_actor, "Sprzedaż")
    row = deals.create_deal(admin_actor, p.id, "Okna", value="300")
    tasks.create_task(admin_actor, "Oddzwonić", row.id)
    return row


def test_delete_from_the_sheet_asks_first_then_the_trash_restores_it(qtbot, admin_actor, deal, fake_dialogs):
    window = MainWindow(admin_actor, "x")
    qtbot.addWidget(window)
    sheet = DealSheet(admin_actor, deal.id)
    qtbot.addWidget(sheet)
    sheet.show()
    fake_dialogs.answers = [False]
    assert not sheet.delete() and deals.get_deal(deal.id).title == "Okna"
    fake_dialogs.answers = [True]
    assert sheet.delete() and not sheet.isVisible()
    assert [r.id for r in trash.trashed(admin_actor)] == [deal.id]

    def restore(dialog):
        assert dialog.table.rowCount() == 1 and dialog.empty.isHidden()
        dialog.table.selectRow(0)
        dialog.restore_button.click()
        assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
        return True

    fake_dialogs.answers = [restore]
    window.trash_action.trigger()
    assert deals.get_deal(deal.id).title == "Okna" and len(tasks.deal_tasks(admin_actor, deal.id)) == 1


def test_only_admins_see_purge_and_it_asks_first(qtbot, admin_actor, deal, fake_dialogs):
    manager = users.actor_for(users.create_user(admin_actor, "szef", "Szef", role="manager").id)
    trash.delete_deals(admin_actor, [deal.id])
    as_manager = TrashDialog(manager)
    qtbot.addWidget(as_manager)
    assert as_manager.purge_button.isHidden() and as_manager.restore_button.isEnabled()
    dialog = TrashDialog(admin_actor)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    fake_dialogs.answers = [False]
    dialog.purge()
    assert Deal.select().count() == 1
    fake_dialogs.answers = [True]
    dialog.purge()
    assert Deal.select().count() == 0 and dialog.table.rowCount() == 0


def test_duplicate_opens_a_new_deal_with_the_same_fields(qtbot, admin_actor, deal, fake_dialogs):
    sheet = DealSheet(admin_actor, deal.id)
    qtbot.addWidget(sheet)
    fake_dialogs.answers = ["Okna (kopia)"]
    copy = sheet.duplicate()
    qtbot.addWidget(copy)
    row = deals.get_deal(copy.deal_id)
    assert row.id != deal.id and row.title == "Okna (kopia)" and row.value == deal.value
    assert copy.panel.title.text() == "Okna (kopia)"


def test_move_to_process_maps_the_stage_by_name_or_asks(qtbot, admin_actor, deal, fake_dialogs):
    other = processes.create_process(admin_actor, "Serwis")
    sheet = DealSheet(admin_actor, deal.id)
    qtbot.addWidget(sheet)
    fake_dialogs.answers = [0]  # the process; the stage of the same name needs no question
    assert sheet.move_to_process()
    row = deals.get_deal(deal.id)
    assert row.process_id == other.id and "Serwis" in sheet.panel.where.text()
    processes.rename_stage(admin_actor, processes.list_stages(deal.process_id)[0].id, "Inna nazwa")
    fake_dialogs.answers = [0, 1]  # back to the first process, whose stages no longer match: choose the 2nd
    assert sheet.move_to_process()
    assert deals.get_deal(deal.id).stage_id == processes.list_stages(deal.process_id)[1].id
