"""Trigger passes survive failing actions (issue 19, item 1): an e-mail trigger queues its message, and an
unexpected exception in one occurrence is logged as failed with its message while every other one fires."""

from datetime import datetime, timedelta

import peewee

from desktop.domain.triggers import Action
from desktop.services import business_time
from desktop.services.deals import deals
from desktop.services.mail import email_templates
from desktop.services.processes import processes
from desktop.services.triggers import actions, firing, rules
from desktop.store.models import Contact, OutboxMessage, Setting, TriggerFiring
from tests.support.mail_fixtures import mail_setup, memory_keyring, smtp_server  # noqa: F401

T0 = datetime(2026, 11, 2, 9, 0)


def _world(admin, count):
    Setting.insert(key=business_time.ZONE_SETTING, value="Europe/Warsaw").execute()
    process = processes.create_process(admin, "Sprzedaż")
    stage, following = processes.list_stages(process.id)[:2]
    ids = []
    for i in range(count):
        contact = Contact.create(first_name=f"Anna{i}", last_name="Łęcka", email=f"anna{i}@example.pl", created_at=T0)
        ids.append(
            deals.create_deal(admin, process.id, f"Okna {i}", stage_id=stage.id, contact_id=contact.id, now=T0).id
        )
    return stage, following, ids


def test_an_email_trigger_queues_the_message_and_other_triggers_still_fire(admin, mail_setup):  # noqa: F811
    stage, _following, _ids = _world(admin, 3)
    template = email_templates.save_template(admin, "Przypomnienie", "Oferta {deal_number}", "Dzień dobry {first_name}")
    rules.save_trigger(admin, stage.id, 1, Action.EMAIL, {"template_id": template.id}, now=T0)
    rules.save_trigger(admin, stage.id, 1, Action.TASK, {"title": "Zadzwoń"}, now=T0)
    report = firing.run_due(T0 + timedelta(days=1, hours=1))
    assert (report.fired, report.failed) == (6, 0)
    assert OutboxMessage.select().count() == 3
    assert {f.status for f in TriggerFiring.select()} == {"fired"}


def test_an_unexpected_exception_in_one_occurrence_is_logged_and_the_rest_fire(admin, monkeypatch):
    stage, following, ids = _world(admin, 5)
    rules.save_trigger(admin, stage.id, 1, Action.MOVE, {"stage_id": following.id}, now=T0)
    real = actions.perform
    poisoned = ids[2]

    def perform(trigger, deal_id, now):
        if deal_id == poisoned:
            raise ZeroDivisionError("division by zero in an action")
        return real(trigger, deal_id, now)

    monkeypatch.setattr(actions, "perform", perform)
    report = firing.run_due(T0 + timedelta(days=1, hours=1))
    assert (report.fired, report.failed) == (4, 1)
    statuses = {f.deal_id: (f.status, f.detail) for f in TriggerFiring.select()}
    assert statuses[poisoned][0] == "failed" and "division by zero" in statuses[poisoned][1]
    assert [deals.get_deal(i).stage_id for i in ids] == [following.id] * 2 + [stage.id] + [following.id] * 2
    assert firing.run_due(T0 + timedelta(days=1, hours=2)).failed == 0  # logged once, not retried every pass


def test_an_unexpected_exception_on_the_one_by_one_path_is_logged_and_the_rest_fire(admin, monkeypatch):
    stage, _following, ids = _world(admin, 4)
    rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {}, now=T0)
    monkeypatch.setattr(firing, "_fire_chunk", _collide)  # as when another copy claimed part of the chunk
    real = actions.perform
    poisoned = ids[1]

    def perform(trigger, deal_id, now):
        if deal_id == poisoned:
            raise TypeError("unsupported operand")
        return real(trigger, deal_id, now)

    monkeypatch.setattr(actions, "perform", perform)
    report = firing.run_due(T0 + timedelta(days=1, hours=1))
    assert (report.fired, report.failed) == (3, 1)
    failed = TriggerFiring.get(TriggerFiring.status == "failed")
    assert failed.deal_id == poisoned and "unsupported operand" in failed.detail


def _collide(*_args):
    raise peewee.IntegrityError("duplicate claim")
