"""Triggers in the window (F7): the clock (QTimer wakes, a pool thread fires), the editor, the log, campaigns."""

from datetime import datetime, timedelta

import pytest

from desktop.domain.triggers import Action
from desktop.services.clients import campaigns
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.services.triggers import firing, rules
from desktop.store.models import Contact, TriggerFiring
from desktop.ui.clients.campaigns_dialog import CampaignsDialog
from desktop.ui.triggers.clock import TriggerClock
from desktop.ui.triggers.editor import StageTriggersWidget
from desktop.ui.triggers.log_window import TriggerLogWindow

T0 = datetime(2026, 11, 2, 9, 0)


@pytest.fixture
def stage(admin_actor):
    p = processes.create_process(admin_actor, "Sprzedaż")
    s = processes.list_stages(p.id)[0]
    contact = Contact.create(first_name="Jan", last_name="Wójcik", created_at=T0, marketing_consent=True)
    deals.create_deal(admin_actor, p.id, "Okna", stage_id=s.id, contact_id=contact.id, now=T0)
    return s


def test_clock_fires_due_occurrences_off_the_gui_thread_and_leaves_no_timer(qtbot, admin_actor, stage):
    rules.save_trigger(admin_actor, stage.id, 1, Action.NOTIFY, {}, now=T0)
    now = [T0 + timedelta(hours=23)]
    clock = TriggerClock(now_fn=lambda: now[0])
    clock.start()
    assert clock.timer.isActive() and not clock.running  # nothing due yet: the tick only probed the index
    now[0] = T0 + timedelta(days=1)
    with qtbot.waitSignal(clock.fired, timeout=10000) as fired:
        assert clock.tick()
    assert fired.args[0].fired == 1
    assert not clock.tick()  # nothing due any more
    clock.stop()
    assert not clock.timer.isActive() and clock.worker is None
    assert TriggerFiring.select().count() == 1


def test_editor_adds_a_task_trigger_and_refuses_a_missing_title(qtbot, admin_actor, stage):
    widget = StageTriggersWidget(stage.id, admin_actor)
    qtbot.addWidget(widget)
    widget.period.setValue(3)
    widget.action.setCurrentIndex(widget.action.findData("task"))
    assert not widget.save(new=True)
    assert widget.message.text()
    widget.task_title.setText("Zadzwoń do klienta")
    assert widget.save(new=True)
    rows = rules.stage_triggers(stage.id)
    assert [(r.period_days, r.action, r.params) for r in rows] == [(3, Action.TASK, {"title": "Zadzwoń do klienta"})]
    assert widget.list.topLevelItemCount() == 1


def test_log_window_shows_fired_and_skipped_occurrences(qtbot, admin_actor, stage):
    rules.save_trigger(admin_actor, stage.id, 1, Action.NOTIFY, {}, now=T0)
    firing.run_due(T0 + timedelta(days=3))
    window = TriggerLogWindow(admin_actor)
    qtbot.addWidget(window)
    assert window.list.topLevelItemCount() == 3
    window.status.setCurrentIndex(window.status.findData("skipped"))
    assert window.list.topLevelItemCount() == 2


def test_campaigns_dialog_lists_members_added_by_a_trigger_and_exports_them(
    qtbot, admin_actor, stage, fake_dialogs, tmp_path
):
    campaign = campaigns.create_campaign(admin_actor, "Jesień")
    rules.save_trigger(admin_actor, stage.id, 1, Action.CAMPAIGN, {"campaign_id": campaign.id}, now=T0)
    firing.run_due(T0 + timedelta(days=1))
    dialog = CampaignsDialog(admin_actor)
    qtbot.addWidget(dialog)
    assert dialog.members.topLevelItemCount() == 1
    assert dialog.members.topLevelItem(0).text(0) == "Jan Wójcik"
    fake_dialogs.answers = [str(tmp_path / "jesien.csv")]
    dialog.export()
    assert "Wójcik" in (tmp_path / "jesien.csv").read_text(encoding="utf-8-sig")
