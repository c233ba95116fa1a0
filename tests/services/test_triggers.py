"""Trigger services (F7) with an injected clock: firing, stop on leave, re-entry, catch-up with skips, period
change, actions, and exactly one claim per occurrence with two processes on one database."""

import json
import multiprocessing
from datetime import datetime, timedelta

import pytest

from desktop.domain.triggers import Action
from desktop.services import business_time
from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.clients import campaigns
from desktop.services.deals import deals
from desktop.services.pipeline import board
from desktop.services.processes import processes
from desktop.services.triggers import firing, firing_log, rules
from desktop.store import db as store_db
from desktop.store.models import Contact, Setting, TriggerFiring

T0 = datetime(2026, 11, 2, 9, 0)  # naive UTC


@pytest.fixture
def world(admin):
    Setting.insert(key=business_time.ZONE_SETTING, value="Europe/Warsaw").execute()
    p = processes.create_process(admin, "Sprzedaż")
    stages = processes.list_stages(p.id)
    contact = Contact.create(
        first_name="Anna", last_name="Łęcka", email="anna@example.pl", created_at=T0, marketing_consent=True
    )
    deal = deals.create_deal(admin, p.id, "Okna", stage_id=stages[0].id, contact_id=contact.id, now=T0)
    return {"admin": admin, "process": p, "stages": stages, "deal": deal, "contact": contact}


def firings(status=None):
    query = TriggerFiring.select().order_by(TriggerFiring.occurrence)
    if status:
        query = query.where(TriggerFiring.status == status)
    return [(f.occurrence, f.status) for f in query]


def test_task_trigger_fires_each_occurrence_once_at_its_time(world):
    admin, stage, deal = world["admin"], world["stages"][0], world["deal"]
    rules.save_trigger(admin, stage.id, 2, Action.TASK, {"title": "Zadzwoń ponownie"}, now=T0)
    assert firing.run_due(T0 + timedelta(days=2) - timedelta(minutes=1)).fired == 0
    assert firing.run_due(T0 + timedelta(days=2)).fired == 1
    assert firing.run_due(T0 + timedelta(days=2, hours=5)).fired == 0
    assert firing.run_due(T0 + timedelta(days=4)).fired == 1
    assert firings() == [(1, "fired"), (2, "fired")]
    assert [t.title for t in tasks.deal_tasks(users.local_admin(), deal.id)] == ["Zadzwoń ponownie", "Zadzwoń ponownie"]


def test_a_cancelled_pass_stops_between_chunks_and_the_next_pass_fires_the_rest(world, monkeypatch):
    admin, stage, p = world["admin"], world["stages"][0], world["process"]
    for title in ("Drzwi", "Rolety"):
        deals.create_deal(admin, p.id, title, stage_id=stage.id, now=T0)
    rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {}, now=T0)
    monkeypatch.setattr(firing, "CHUNK", 1)  # a chunk (one transaction) per schedule row
    asked = []

    def cancelled() -> bool:  # the window closes while the first chunk runs
        asked.append(1)
        return len(asked) > 1

    assert firing.run_due(T0 + timedelta(days=1), cancelled=cancelled).fired == 1
    assert firing.run_due(T0 + timedelta(days=1)).fired == 2  # the rest stayed due, each fired once
    assert firings("fired") == [(1, "fired")] * 3


def test_leaving_the_stage_stops_the_series_and_re_entering_starts_a_new_one(world):
    admin, stages, deal = world["admin"], world["stages"], world["deal"]
    rules.save_trigger(admin, stages[0].id, 1, Action.NOTIFY, {}, now=T0)
    board.place(admin, deal.id, stages[1].id, now=T0 + timedelta(hours=12))
    assert firing.run_due(T0 + timedelta(days=3)).fired == 0
    back = T0 + timedelta(days=3)
    board.place(admin, deal.id, stages[0].id, now=back)
    assert firing.run_due(back + timedelta(days=1)).fired == 1
    stays = {f.stay for f in TriggerFiring.select()}
    assert len(stays) == 1 and firings() == [(1, "fired")]


def test_catch_up_fires_only_the_latest_and_logs_the_rest_as_skipped(world):
    admin, stage = world["admin"], world["stages"][0]
    rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {}, now=T0)
    report = firing.run_due(T0 + timedelta(days=5, hours=1))  # the app was closed for five days
    assert (report.fired, report.skipped) == (1, 4)
    assert firings() == [(1, "skipped"), (2, "skipped"), (3, "skipped"), (4, "skipped"), (5, "fired")]
    assert firing.run_due(T0 + timedelta(days=5, hours=2)).fired == 0


def test_a_deal_that_left_while_the_app_was_closed_fires_nothing(world):
    admin, stages, deal = world["admin"], world["stages"], world["deal"]
    rules.save_trigger(admin, stages[0].id, 1, Action.NOTIFY, {}, now=T0)
    board.place(admin, deal.id, stages[1].id, now=T0 + timedelta(days=3))  # another copy moved it
    assert firing.run_due(T0 + timedelta(days=4)).fired == 0
    assert firings() == []


def test_period_change_applies_to_occurrences_not_fired_yet(world):
    admin, stage = world["admin"], world["stages"][0]
    row = rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {}, now=T0)
    firing.run_due(T0 + timedelta(days=1))
    rules.save_trigger(admin, stage.id, 5, Action.NOTIFY, {}, trigger_id=row.id, now=T0 + timedelta(days=1))
    assert firing.run_due(T0 + timedelta(days=4)).fired == 0  # k=1 already fired; k=2 is now day 10
    assert firing.run_due(T0 + timedelta(days=10)).fired == 1
    assert firings() == [(1, "fired"), (2, "fired")]


def test_campaign_trigger_adds_the_contact_once_with_history(world):
    admin, stage, contact = world["admin"], world["stages"][0], world["contact"]
    campaign = campaigns.create_campaign(admin, "Przypomnienie po ofercie")
    rules.save_trigger(admin, stage.id, 1, Action.CAMPAIGN, {"campaign_id": campaign.id}, now=T0)
    firing.run_due(T0 + timedelta(days=1))
    firing.run_due(T0 + timedelta(days=2))
    members = campaigns.members(users.local_admin(), campaign.id)
    assert [(m.contact_id, m.source) for m in members] == [(contact.id, "trigger")]
    detail = json.loads(firing_log.log(users.local_admin())[0].detail)
    assert detail["what"] == "campaign_member" and detail["campaign"] == "Przypomnienie po ofercie"


def test_campaign_trigger_skips_a_contact_without_marketing_consent(world):
    admin, stage, contact = world["admin"], world["stages"][0], world["contact"]
    Contact.update(marketing_consent=False).where(Contact.id == contact.id).execute()
    campaign = campaigns.create_campaign(admin, "Bez zgody")
    rules.save_trigger(admin, stage.id, 1, Action.CAMPAIGN, {"campaign_id": campaign.id}, now=T0)
    firing.run_due(T0 + timedelta(days=1))
    assert campaigns.members(admin, campaign.id) == []
    assert json.loads(firing_log.log(admin)[0].detail)["what"] == "campaign_no_consent"


def test_move_trigger_moves_the_deal_and_a_refused_action_is_logged_as_failed(world):
    admin, stages, deal = world["admin"], world["stages"], world["deal"]
    lost = next(s for s in stages if s.kind.value == "lost")
    rules.save_trigger(admin, stages[0].id, 1, Action.MOVE, {"stage_id": lost.id}, now=T0)
    report = firing.run_due(T0 + timedelta(days=1))
    assert report.failed == 1  # Lost needs a lost reason: refused, logged, not retried
    assert deals.get_deal(deal.id).stage_id == stages[0].id
    log = firing_log.log(users.local_admin())
    assert log[0].status == "failed" and "information" in json.loads(log[0].detail)["template"]
    rules.save_trigger(admin, stages[0].id, 1, Action.MOVE, {"stage_id": stages[2].id}, trigger_id=log[0].trigger_id)
    firing.run_due(T0 + timedelta(days=2))
    assert deals.get_deal(deal.id).stage_id == stages[2].id


def test_period_out_of_range_is_refused(world):
    with pytest.raises(Exception) as err:
        rules.save_trigger(world["admin"], world["stages"][0].id, 0, Action.NOTIFY, {})
    assert "period" in err.value.english()


def _fire_many(target: str, times: list) -> None:
    store_db.open_database(target)
    for now in times:
        firing.run_due(now)
    store_db.close_database()


def _target(db) -> str:
    if isinstance(db, store_db.PostgresqlDatabase):
        p = db.connect_params
        return f"postgresql://{p['user']}@{p['host']}:{p['port']}/{db.database}"
    return db.database


def test_two_processes_firing_at_once_claim_each_occurrence_exactly_once(world, db):
    admin, stage = world["admin"], world["stages"][0]
    for i in range(30):
        deals.create_deal(admin, world["process"].id, f"D{i}", stage_id=stage.id, now=T0)
    rules.save_trigger(admin, stage.id, 1, Action.NOTIFY, {}, now=T0)
    times = [T0 + timedelta(days=d, hours=1) for d in (1, 2, 3)]
    target = _target(db)
    store_db.close_database()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_fire_many, args=(target, times)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    store_db.open_database(target)
    rows = list(TriggerFiring.select())
    keys = [(f.trigger_id, f.deal_id, f.stay, f.occurrence) for f in rows]
    assert len(keys) == len(set(keys))  # never twice
    assert len(rows) == 31 * 3  # never skipped: every deal has occurrences 1, 2 and 3 (fired or skipped)
    assert {f.occurrence for f in rows} == {1, 2, 3}
