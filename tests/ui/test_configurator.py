"""The configurator dialog (F3) and the deal sheet's activity checklist (F4), driven with pytest-qt."""

import pytest
from PySide6.QtCore import Qt

from desktop.domain.activities import Requirement
from desktop.domain.stages import MAX_OPEN, StageKind
from desktop.services.activities import activities, tasks
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui.configurator.dialog import ConfiguratorDialog
from desktop.ui.deal_sheet.activities_tab import ActivitiesTab


@pytest.fixture
def process(admin_actor):
    return processes.create_process(admin_actor, "Sprzedaż")


@pytest.fixture
def dialog(qtbot, admin_actor, process):
    widget = ConfiguratorDialog(admin_actor, process.id)
    qtbot.addWidget(widget)
    return widget


def names(process_id):
    return [s.name for s in processes.list_stages(process_id)]


def test_add_open_stage_goes_first_and_is_saved_only_on_save(dialog, process):
    before = names(process.id)
    dialog.add_open_stage()
    dialog.editor.name.setText("Kwalifikacja")
    dialog.editor.name.textEdited.emit("Kwalifikacja")
    assert dialog.stages.item(0).text().startswith("Kwalifikacja")
    assert names(process.id) == before  # nothing written yet
    dialog.save()
    assert dialog.result() == 1 and names(process.id) == ["Kwalifikacja", *before]


def test_cancel_leaves_the_database_untouched(dialog, process):
    before = names(process.id)
    dialog.add_open_stage()
    dialog.editor.add_activity()
    dialog.reject()
    assert names(process.id) == before and activities.process_activities(process.id) == []


def test_closed_stage_is_appended_and_limits_on_closed_stages_are_explained(dialog, process):
    dialog.add_closed_stage(StageKind.WON)
    assert "only one Won" in dialog.message.text()
    dialog.add_closed_stage(StageKind.CLOSED)
    assert dialog.stages.item(dialog.stages.count() - 1).text() == "Closed (other)"
    dialog.add_closed_stage(StageKind.LOST)
    assert "at most 3 closed" in dialog.message.text()


def test_open_stage_limit_is_explained(dialog):
    while sum(1 for d in dialog.draft.stages if not d.spec.kind.is_closed) < MAX_OPEN:
        dialog.add_open_stage()
    dialog.add_open_stage()
    assert str(MAX_OPEN) in dialog.message.text()


def test_reordering_open_stages_by_drag_is_saved(dialog, process):
    before = names(process.id)
    parent = dialog.stages.model().index(0, 0).parent()
    dialog.stages.model().moveRow(parent, 0, parent, 2)
    dialog.save()
    assert names(process.id)[:3] == [before[1], before[0], before[2]]


def test_dragging_a_closed_stage_before_open_ones_is_undone_with_a_message(dialog, process):
    last = dialog.stages.count() - 1
    parent = dialog.stages.model().index(0, 0).parent()
    dialog.stages.model().moveRow(parent, last, parent, 0)
    assert "Closed stages" in dialog.message.text()
    assert dialog.stages.item(last).text() == "Lost"  # a stage named like its kind is not shown twice


def test_delete_stage_with_deals_asks_for_the_receiving_stage(dialog, process, admin_actor, fake_dialogs, qtbot):
    deal = deals.create_deal(admin_actor, process.id, "Okna")
    widget = ConfiguratorDialog(admin_actor, process.id)
    qtbot.addWidget(widget)
    widget.stages.setCurrentRow(0)
    fake_dialogs.answers = [0]  # the first other stage
    widget.delete_stage()
    widget.save()
    stages = processes.list_stages(process.id)
    assert deals.get_deal(deal.id).stage_id == stages[0].id and len(stages) == 4


def test_activities_are_added_with_options_and_saved(dialog, process):
    dialog.stages.setCurrentRow(0)
    dialog.editor.add_activity()
    form = dialog.editor.activity_form
    form.name.setText("Spotkanie")
    form.name.textEdited.emit("Spotkanie")
    form.weight.setValue(40)
    form.mandatory.setChecked(True)
    form.requires.setCurrentIndex(form.requires.findData("note"))
    form.follow_up.setChecked(True)
    dialog.save()
    saved = activities.process_activities(process.id)
    assert [(a.name, a.weight, a.mandatory, a.requires, a.follow_up_task) for a in saved] == [
        ("Spotkanie", 40, True, Requirement.NOTE, True)
    ]


def test_invalid_activity_keeps_the_dialog_open_with_the_reason(dialog, process):
    dialog.editor.add_activity()
    dialog.editor.activity_form.name.setText("")
    dialog.editor.activity_form.name.textEdited.emit("")
    dialog.save()
    assert dialog.result() == 0 and "name" in dialog.message.text()
    assert activities.process_activities(process.id) == []


def test_checklist_completes_with_a_note_and_opens_the_follow_up_task_form(qtbot, admin_actor, process, fake_dialogs):
    from desktop.domain.activities import ActivitySpec
    from desktop.services import configuration

    draft = configuration.load_draft(process.id)
    draft.stages[0].activities = [ActivitySpec("Spotkanie", 50, requires=Requirement.NOTE, follow_up_task=True)]
    configuration.save_configuration(admin_actor, draft)
    deal = deals.create_deal(admin_actor, process.id, "Okna")
    tab = ActivitiesTab(deal.id, admin_actor)
    qtbot.addWidget(tab)

    def task_form(dialog):
        dialog.title.setText("Wysłać ofertę")
        return True

    fake_dialogs.answers = ["Klient zainteresowany", task_form]
    tab.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert deals.get_deal(deal.id).probability == 100
    assert [t.title for t in tasks.deal_tasks(users.local_admin(), deal.id)] == ["Wysłać ofertę"]
    assert "Klient zainteresowany" in tab.list.item(0).text()


def test_deleting_a_stage_into_lost_asks_one_lost_reason_for_all(process, admin_actor, fake_dialogs, qtbot):
    ids = [deals.create_deal(admin_actor, process.id, f"Okna {i}").id for i in range(3)]
    widget = ConfiguratorDialog(admin_actor, process.id)
    qtbot.addWidget(widget)
    widget.stages.setCurrentRow(0)
    lost_index = [d.spec.kind for d in widget.draft.stages[1:]].index(StageKind.LOST)
    fake_dialogs.answers = [lost_index, "Wybrali konkurencję"]
    widget.delete_stage()
    widget.save()
    assert widget.result() == 1
    assert {deals.get_deal(i).lost_reason for i in ids} == {"Wybrali konkurencję"}


def test_deleting_a_stage_into_won_with_mandatory_activities_undone_is_refused_naming_them(
    admin_actor, fake_dialogs, qtbot
):
    b2b = processes.create_process(admin_actor, "B2B", "b2b")
    deal = deals.create_deal(admin_actor, b2b.id, "Okna")
    widget = ConfiguratorDialog(admin_actor, b2b.id)
    qtbot.addWidget(widget)
    widget.stages.setCurrentRow(0)
    won_index = [d.spec.kind for d in widget.draft.stages[1:]].index(StageKind.WON)
    fake_dialogs.answers = [won_index]
    widget.delete_stage()
    missing = activities.missing_mandatory(deal.id, b2b.id)
    assert widget.message.isVisibleTo(widget) and all(name in widget.message.text() for name in missing)
    assert len(widget.draft.stages) == len(processes.list_stages(b2b.id))  # nothing deleted in the draft
