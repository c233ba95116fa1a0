"""The one place where features subscribe to each other's events (``desktop.services.events``).

Called once by everything that runs use-cases: the app (``desktop.app.open_store``), the worker, the self
test and the test suite. Calling it again resets and re-wires (idempotent). Order matters where it is
visible: within one event, subscribers run in the order listed here.
"""

from __future__ import annotations

from desktop.services import events, history, live, searchkeys, stage_paths
from desktop.services.activities import activities
from desktop.services.deals import probability
from desktop.services.triggers import schedule


def wire() -> None:
    events.reset()
    on = events.subscribe
    # before entering a stage: the Won gate (SPEC F4: no Won while a mandatory activity is not done)
    on(events.DealEntering, activities.on_deal_entering)
    on(events.DealEntering, probability.on_deal_entering)  # the probability from activity weights
    # a deal created or moved: time-in-stage schedule, then history
    on(events.DealCreated, searchkeys.on_deal_created)  # sort keys and search text from contact, company, owner
    on(events.DealCreated, schedule.on_deal_created)
    on(events.DealCreated, history.on_deal_created)
    on(events.DealCreated, stage_paths.on_deal_created)
    on(events.DealMoved, schedule.on_deal_moved)
    on(events.DealMoved, history.on_deal_moved)
    on(events.DealMoved, stage_paths.on_deal_moved)
    on(events.DealReordered, history.on_deal_reordered)
    # a deal trashed or restored: its time-in-stage schedule dropped or started again (history: trash records it)
    on(events.DealDeleted, schedule.on_deal_deleted)
    on(events.DealRestored, schedule.on_deal_restored)
    on(events.DealEdited, searchkeys.on_deal_edited)
    on(events.DealEdited, history.on_deal_edited)
    on(events.DealEdited, probability.on_deal_edited)
    # configuration and activities
    on(events.StageEmptied, schedule.on_stage_emptied_event)
    on(events.BusinessZoneChanged, schedule.on_business_zone_changed)  # due times counted in the new zone
    on(events.StageEmptied, probability.on_stage_emptied)
    on(events.StageSettingsChanged, probability.on_stage_settings_changed)
    on(events.ActivityDone, probability.on_activity_changed)
    on(events.ActivityUndone, probability.on_activity_changed)
    # last: tell other copies of the app (NOTIFY, delivered at commit)
    on(events.DealCreated, live.on_deal_created)
    on(events.DealMoved, live.on_deal_moved)
    on(events.DealReordered, live.on_deal_reordered)
    on(events.DealEdited, live.on_deal_edited)
    on(events.DealDeleted, live.on_deal_deleted)
    on(events.DealRestored, live.on_deal_restored)
    on(events.StageEmptied, live.on_stage_emptied)
    on(events.StageSettingsChanged, live.on_stage_settings_changed)
    on(events.ActivityDone, live.on_activity_changed)
    on(events.ActivityUndone, live.on_activity_changed)
    events.mark_wired()
