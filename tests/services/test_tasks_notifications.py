"""Tasks and notifications shared by the deal sheet, activities and triggers."""

from datetime import datetime, timedelta

import pytest

from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.services import notifications
from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.history import deal_history
from desktop.services.processes import processes

NOW = datetime(2026, 11, 22, 12, 0)
MIDNIGHT = datetime(2026, 11, 22, 0, 0)


@pytest.fixture
def deal(admin):
    p = processes.create_process(admin, "P")
    return deals.create_deal(admin, p.id, "Okna")


def test_card_state_comes_from_the_earliest_open_task(admin, deal):
    assert tasks.next_task_states(users.local_admin(), [deal.id], NOW, MIDNIGHT) == {}
    later = tasks.create_task(admin, "Oferta", deal.id, NOW + timedelta(days=3), now=NOW)
    assert tasks.next_task_states(users.local_admin(), [deal.id], NOW, MIDNIGHT) == {deal.id: tasks.PLANNED}
    today = tasks.create_task(admin, "Telefon", deal.id, NOW + timedelta(hours=2), now=NOW)
    assert tasks.next_task_states(users.local_admin(), [deal.id], NOW, MIDNIGHT) == {deal.id: tasks.TODAY}
    tasks.create_task(admin, "Zaległe", deal.id, NOW - timedelta(hours=1), now=NOW)
    assert tasks.next_task_states(users.local_admin(), [deal.id], NOW, MIDNIGHT) == {deal.id: tasks.OVERDUE}
    for row in tasks.deal_tasks(users.local_admin(), deal.id):
        tasks.set_done(admin, row.id, now=NOW)
    assert tasks.next_task_states(users.local_admin(), [deal.id], NOW, MIDNIGHT) == {}
    assert {later.id, today.id} <= {t.id for t in tasks.deal_tasks(users.local_admin(), deal.id)}
    assert [e.kind for e in deal_history(users.local_admin(), deal.id)].count("task_done") == 3


def test_a_reminder_is_claimed_exactly_once(admin, deal):
    task = tasks.create_task(admin, "Telefon", deal.id, NOW - timedelta(minutes=1), now=NOW)
    assert [t.id for t in tasks.due_for_reminder(NOW)] == [task.id]
    assert tasks.mark_reminded(task.id, NOW) and not tasks.mark_reminded(task.id, NOW)
    assert tasks.due_for_reminder(NOW) == []


def test_a_cancelled_reminder_pass_stops_between_tasks_and_leaves_the_rest_due(admin, deal):
    due = [tasks.create_task(admin, f"Telefon {i}", deal.id, NOW - timedelta(minutes=i + 1), now=NOW) for i in range(3)]
    asked = []

    def cancelled() -> bool:  # the window closes after the first task was reminded
        asked.append(1)
        return len(asked) > 1

    done = tasks.send_reminders(NOW, cancelled=cancelled)
    assert len(done) == 1
    assert {t.id for t in tasks.due_for_reminder(NOW)} == {t.id for t in due} - {done[0].id}
    assert notifications.unread_count(admin) == 1
    assert len(tasks.send_reminders(NOW)) == 2  # the next pass reminds the rest, once each
    assert tasks.due_for_reminder(NOW) == []


def test_a_backlog_is_reminded_in_bounded_passes_longest_due_first_each_task_once(admin, deal, monkeypatch):
    monkeypatch.setattr(tasks, "REMINDER_CHUNK", 2)  # several reads per pass
    due = [tasks.create_task(admin, f"Telefon {i}", deal.id, NOW - timedelta(minutes=i + 1), now=NOW) for i in range(7)]
    longest_due_first = [t.id for t in reversed(due)]
    read = []
    real = tasks.due_for_reminder
    monkeypatch.setattr(tasks, "due_for_reminder", lambda now, limit=None: read.append(limit) or real(now, limit))
    first = tasks.send_reminders(NOW, limit=3)
    assert [t.id for t in first] == longest_due_first[:3]
    assert max(read) == 2  # never more than a chunk in memory
    second = tasks.send_reminders(NOW, limit=3)
    third = tasks.send_reminders(NOW, limit=3)
    assert [t.id for t in second + third] == longest_due_first[3:]
    assert tasks.send_reminders(NOW, limit=3) == []
    assert notifications.unread_count(admin) == 7


def test_blank_title_is_refused_and_others_cannot_close_your_task(admin, deal):
    with pytest.raises(ValidationError):
        tasks.create_task(admin, "  ", deal.id)
    agent = users.actor_for(users.create_user(admin, "ola", "Ola").id)
    task = tasks.create_task(admin, "Moje", deal.id, now=NOW)
    with pytest.raises((PermissionDenied, NotFound)):  # the agent does not even see the admin's task
        tasks.set_done(agent, task.id)


def test_notifications_are_per_user_and_marked_read(admin, deal):
    agent = users.actor_for(users.create_user(admin, "ola", "Ola").id)
    assert notifications.notify([admin.id, agent.id, agent.id], "activity", "Zrobione", deal.id) == 2
    assert notifications.unread_count(agent) == 1
    notifications.mark_read(agent)
    assert notifications.unread_count(agent) == 0 and notifications.unread_count(admin) == 1
    assert notifications.managers() == [admin.id]
