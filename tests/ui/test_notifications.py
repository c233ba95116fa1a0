"""Notification floods (issue 19, item 10): a trigger pass is one notification per person ("Trigger in
“New”: 779 deals"), the list is a paged model, "Mark all as read" clears the bell."""

from datetime import datetime, timedelta

import pytest

from desktop.domain.triggers import Action
from desktop.services import business_time, notifications
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.services.triggers import firing, rules
from desktop.store.models import Notification, Setting
from desktop.ui.my_tasks import NotificationBell, NotificationsDialog
from desktop.ui.notifications_model import UNREAD_ROLE
from tests.support import snapshot

T0 = datetime(2026, 11, 2, 9, 0)


def _fill_busy_stage():
    admin = users.local_admin()
    Setting.insert(key=business_time.ZONE_SETTING, value="Europe/Warsaw").execute()
    process = processes.create_process(admin, "Sprzedaż")
    stage = processes.list_stages(process.id)[0]
    for i in range(250):
        deals.create_deal(admin, process.id, f"Okna {i}", stage_id=stage.id, now=T0)
    rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {}, now=T0)
    return stage.id


@pytest.fixture(scope="module")
def _busy_snapshots(sqlite_template, tmp_path_factory):
    """The 250 deals and their trigger, made once for the module; each test opens its own copy."""
    return snapshot.Snapshots(_fill_busy_stage, sqlite_template, tmp_path_factory.mktemp("busy"))


sqlite_db = snapshot.sqlite_db_fixture("_busy_snapshots")


@pytest.fixture
def busy_stage(admin_actor, monkeypatch, _busy_snapshots):
    monkeypatch.setattr(firing, "CHUNK", 100)  # the pass takes several chunks (transactions)
    return processes.get_stage(_busy_snapshots.result())


def test_a_trigger_pass_is_one_notification_per_person(qtbot, admin_actor, busy_stage):
    agent = users.actor_for(users.create_user(admin_actor, "ola", "Ola").id)
    assert firing.run_due(T0 + timedelta(days=1, hours=1)).fired == 250
    assert Notification.select().count() == 1  # the admin (manager and owner); the agent owns nothing here
    (row,) = notifications.list_for(admin_actor)
    group = notifications.TriggerGroup.parse(row.text)
    assert (group.stage, group.count, len(group.sample)) == (busy_stage.name, 250, notifications.SAMPLE)
    assert notifications.list_for(agent) == []
    dialog = NotificationsDialog(admin_actor)
    qtbot.addWidget(dialog)
    text = dialog.model.index(0).data()
    assert f"Trigger in “{busy_stage.name}”: 250 deal(s)" in text and "Okna" in text  # no catalogue installed
    assert firing.run_due(T0 + timedelta(days=2, hours=1)).fired == 250
    assert Notification.select().count() == 2  # the next pass is its own group


def test_mark_all_as_read_clears_the_bell(qtbot, admin_actor, busy_stage, fake_dialogs):
    firing.run_due(T0 + timedelta(days=1, hours=1))
    notifications.notify([admin_actor.id], "activity", "Zrobione")
    bell = NotificationBell(admin_actor)
    qtbot.addWidget(bell)
    assert bell.refresh() == 2

    def read_all(dialog):
        assert dialog.model.rowCount() == 2 and dialog.model.index(0).data(UNREAD_ROLE)
        dialog.mark_all.click()
        assert not dialog.model.index(0).data(UNREAD_ROLE)
        return False

    fake_dialogs.answers = [read_all]
    bell.show_list()
    assert notifications.unread_count(admin_actor) == 0 and bell.refresh() == 0


def test_the_list_is_a_paged_model(qtbot, qtmodeltester, admin_actor):
    for i in range(450):
        notifications.notify([admin_actor.id], "activity", f"Zrobione {i}", at=T0 + timedelta(minutes=i))
    dialog = NotificationsDialog(admin_actor)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert model.index(0).data().endswith("Zrobione 449") and model.index(449).data().endswith("Zrobione 0")
    qtmodeltester.check(model)
