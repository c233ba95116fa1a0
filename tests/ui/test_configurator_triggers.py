"""Triggers edited in the configurator are part of its draft (issue 19, item 9): Cancel leaves none behind,
Save writes them with the stages, and a new stage can have triggers before it was ever saved."""

import pytest

from desktop.domain.triggers import Action
from desktop.services import configuration
from desktop.services.processes import processes
from desktop.services.triggers import rules
from desktop.store.models import Trigger
from desktop.ui.configurator.dialog import ConfiguratorDialog


@pytest.fixture
def process(admin_actor):
    return processes.create_process(admin_actor, "Sprzedaż")


def _open(qtbot, actor, process):
    dialog = ConfiguratorDialog(actor, process.id)
    qtbot.addWidget(dialog)
    dialog.stages.setCurrentRow(0)
    return dialog


def _add_task_trigger(dialog, title, days=3):
    widget = dialog.triggers_widget
    widget.period.setValue(days)
    widget.action.setCurrentIndex(widget.action.findData("task"))
    widget.task_title.setText(title)
    assert widget.save(new=True), widget.message.text()


def test_cancel_drops_triggers_added_in_the_configurator(qtbot, admin_actor, process):
    dialog = _open(qtbot, admin_actor, process)
    _add_task_trigger(dialog, "Zadzwoń")
    assert dialog.triggers_widget.list.topLevelItemCount() == 1
    assert Trigger.select().count() == 0  # nothing written before Save
    dialog.reject()
    assert Trigger.select().count() == 0


def test_save_writes_the_triggers_and_cancel_keeps_a_deleted_one(qtbot, admin_actor, process, fake_dialogs):
    dialog = _open(qtbot, admin_actor, process)
    _add_task_trigger(dialog, "Zadzwoń")
    dialog.save()
    assert dialog.result() == 1
    stage = processes.list_stages(process.id)[0]
    assert [(t.period_days, t.params) for t in rules.stage_triggers(stage.id)] == [(3, {"title": "Zadzwoń"})]
    again = _open(qtbot, admin_actor, process)
    again.triggers_widget.list.setCurrentItem(again.triggers_widget.list.topLevelItem(0))
    fake_dialogs.answers = [True]
    again.triggers_widget.delete()
    assert again.triggers_widget.list.topLevelItemCount() == 0
    again.reject()
    assert len(rules.stage_triggers(stage.id)) == 1


def test_a_new_stage_gets_its_trigger_when_the_configurator_saves(qtbot, admin_actor, process):
    dialog = _open(qtbot, admin_actor, process)
    dialog.add_open_stage()
    dialog.editor.name.setText("Kwalifikacja")
    dialog.editor.name.textEdited.emit("Kwalifikacja")
    assert dialog.right.isTabEnabled(1)
    _add_task_trigger(dialog, "Sprawdź budżet", days=2)
    dialog.save()
    assert dialog.result() == 1
    stage = processes.list_stages(process.id)[0]
    assert stage.name == "Kwalifikacja"
    assert [(t.period_days, t.action) for t in rules.stage_triggers(stage.id)] == [(2, Action.TASK)]


def test_an_unchanged_trigger_is_not_rewritten_by_save(admin_actor, process):
    stage = processes.list_stages(process.id)[0]
    kept = rules.save_trigger(admin_actor, stage.id, 4, Action.NOTIFY, {})
    draft = configuration.load_draft(process.id)
    assert [t.id for t in draft.stages[0].triggers] == [kept.id]
    configuration.save_configuration(admin_actor, draft)
    assert rules.stage_triggers(stage.id) == [kept]
