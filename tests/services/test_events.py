"""Events run inside the publishing use-case's transaction: a subscriber sees the use-case's writes and its own
effects (history, trigger schedule, probability) are made there; a subscriber that fails rolls back everything."""

from datetime import datetime

import pytest

from desktop.domain.activities import ActivitySpec
from desktop.domain.triggers import Action
from desktop.services import business_time, configuration, events
from desktop.services.activities import activities
from desktop.services.deals import deals, trash
from desktop.services.processes import processes
from desktop.services.triggers import rules
from desktop.store.db import database
from desktop.store.models import Deal, DealActivity, Event, Setting, Stage, StageStay, TriggerSchedule

NOW = datetime(2026, 11, 20, 9, 0)


class Boom(Exception):
    pass


@pytest.fixture
def world(admin):
    p = processes.create_process(admin, "Sprzedaż")
    draft = configuration.load_draft(p.id)
    draft.stages[0].activities = [ActivitySpec("Telefon", 40), ActivitySpec("Spotkanie", 60)]
    configuration.save_configuration(admin, draft, NOW)
    stages = processes.list_stages(p.id)
    rules.save_trigger(admin, stages[1].id, 3, Action.NOTIFY, {}, now=NOW)
    deal = deals.create_deal(admin, p.id, "Okna", now=NOW)
    acts = activities.stage_activities(stages[0].id)
    return {"admin": admin, "process": p, "stages": stages, "deal": deal, "acts": acts}


def _snapshot():
    """Everything a deal use-case or its subscribers may write."""
    return (
        sorted(
            Deal.select(
                Deal.id, Deal.stage, Deal.title, Deal.version, Deal.probability, Deal.board_rank, Deal.deleted_at
            ).tuples()
        ),
        Event.select().count(),
        sorted(StageStay.select(StageStay.id, StageStay.stage, StageStay.left_at).tuples()),
        sorted(TriggerSchedule.select(TriggerSchedule.deal, TriggerSchedule.trigger).tuples()),
        DealActivity.select().count(),
        sorted(Stage.select(Stage.id, Stage.default_probability).tuples()),
        sorted(Setting.select(Setting.key, Setting.value).tuples()),
        sorted(TriggerSchedule.select(TriggerSchedule.id, TriggerSchedule.next_due_at).tuples()),
    )


def _actions(w):
    admin, deal, stages, acts = w["admin"], w["deal"], w["stages"], w["acts"]
    return {
        events.DealEntering: lambda: deals.move_deal(admin, deal.id, stages[1].id, NOW),
        events.DealCreated: lambda: deals.create_deal(admin, w["process"].id, "Drzwi", now=NOW),
        events.DealMoved: lambda: deals.move_deal(admin, deal.id, stages[1].id, NOW),
        events.DealReordered: lambda: deals.move_deal(admin, deal.id, stages[0].id, NOW, rank=5.0),
        events.DealEdited: lambda: deals.edit_deal(admin, deal.id, deal.version, NOW, title="Okna PCV"),
        events.ActivityDone: lambda: activities.complete_activity(admin, deal.id, acts[0].id, now=NOW),
        events.StageSettingsChanged: lambda: processes.update_stage(admin, stages[0].id, default_probability=35),
        events.StageEmptied: lambda: processes.delete_stage(admin, stages[0].id, stages[1].id),
        events.DealDeleted: lambda: trash.delete_deals(admin, [deal.id], NOW),
        events.BusinessZoneChanged: lambda: business_time.set_business_zone(admin, "America/New_York", NOW),
    }


EVENTS = [
    events.DealEntering,
    events.DealCreated,
    events.DealMoved,
    events.DealReordered,
    events.DealEdited,
    events.ActivityDone,
    events.StageSettingsChanged,
    events.StageEmptied,
    events.DealDeleted,
    events.BusinessZoneChanged,
]


@pytest.mark.parametrize("event_type", EVENTS, ids=lambda t: t.__name__)
def test_a_failing_subscriber_rolls_back_the_whole_use_case(world, event_type):
    seen = []

    def fail(event):
        assert database.in_transaction()  # the use-case's own transaction is still open
        seen.append(event)
        raise Boom

    before = _snapshot()
    events.subscribe(event_type, fail)
    try:
        with pytest.raises(Boom):
            _actions(world)[event_type]()
    finally:
        events.unsubscribe(event_type, fail)
    assert len(seen) == 1 and isinstance(seen[0], event_type)
    assert _snapshot() == before


def test_activity_undone_rolls_back_with_a_failing_subscriber(world):
    admin, deal, acts = world["admin"], world["deal"], world["acts"]
    activities.complete_activity(admin, deal.id, acts[0].id, now=NOW)
    before = _snapshot()

    def fail(event):
        raise Boom

    events.subscribe(events.ActivityUndone, fail)
    try:
        with pytest.raises(Boom):
            activities.uncomplete_activity(admin, deal.id, acts[0].id, now=NOW)
    finally:
        events.unsubscribe(events.ActivityUndone, fail)
    assert _snapshot() == before


def test_a_restore_rolls_back_with_a_failing_subscriber(world):
    admin, deal = world["admin"], world["deal"]
    deals.move_deal(admin, deal.id, world["stages"][1].id, NOW)  # into the stage with a trigger
    trash.delete_deals(admin, [deal.id], NOW)
    before = _snapshot()

    def fail(event):
        raise Boom

    events.subscribe(events.DealRestored, fail)
    try:
        with pytest.raises(Boom):
            trash.restore_deals(admin, [deal.id], NOW)
    finally:
        events.unsubscribe(events.DealRestored, fail)
    assert _snapshot() == before


def test_trash_and_restore_drop_and_restart_the_time_in_stage_schedule_through_the_events(world):
    admin, deal = world["admin"], world["deal"]
    deals.move_deal(admin, deal.id, world["stages"][1].id, NOW)
    scheduled = TriggerSchedule.select().where(TriggerSchedule.deal == deal.id)
    assert scheduled.count() == 1
    trash.delete_deals(admin, [deal.id], NOW)
    assert scheduled.count() == 0
    trash.restore_deals(admin, [deal.id], NOW)
    assert scheduled.count() == 1


def test_a_move_s_subscribers_see_it_and_write_their_effects_in_its_transaction(world):
    admin, deal, stages = world["admin"], world["deal"], world["stages"]
    inside = []

    def look(event):
        # after the wired subscribers: the deal is in the new stage, history and schedule are written
        inside.append(
            (
                Deal.get_by_id(event.deal_id).stage_id,
                Event.select().where((Event.deal == event.deal_id) & (Event.kind == "moved")).count(),
                TriggerSchedule.select().where(TriggerSchedule.deal == event.deal_id).count(),
            )
        )

    events.subscribe(events.DealMoved, look)
    try:
        deals.move_deal(admin, deal.id, stages[1].id, NOW)
    finally:
        events.unsubscribe(events.DealMoved, look)
    assert inside == [(stages[1].id, 1, 1)]


def test_probability_follows_activities_through_the_events(world):
    admin, deal, acts = world["admin"], world["deal"], world["acts"]
    activities.complete_activity(admin, deal.id, acts[1].id, now=NOW)
    assert deals.get_deal(deal.id).probability == 60
    activities.uncomplete_activity(admin, deal.id, acts[1].id, now=NOW)
    assert deals.get_deal(deal.id).probability == 0


def test_publishing_before_wiring_is_refused_loudly():
    from desktop.services import wiring

    events.reset()
    try:
        with pytest.raises(events.NotWired):
            events.publish(events.StageSettingsChanged(1, 1))
    finally:
        wiring.wire()


def test_changes_of_an_edit_alone_name_its_fields_and_a_move_is_never_only_edits(world):
    from desktop.services.changes import Changes
    from desktop.services.changes import run as run_recorded

    admin, deal, stages = world["admin"], world["deal"], world["stages"]
    _row, edited = run_recorded(deals.edit_deal, admin, deal.id, deal.version, NOW, title="Okna PCV")
    assert edited.only_edits and edited.fields == {"title"} and edited.deals == {deal.id}
    _moved_row, moved = run_recorded(deals.move_deal, admin, deal.id, stages[1].id, NOW)
    assert not moved.only_edits
    assert not (edited | moved).only_edits and (edited | Changes()).only_edits
