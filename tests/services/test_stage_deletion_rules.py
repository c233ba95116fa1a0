"""Deleting a stage applies the receiving stage's entry rules to every deal it moves (issue 19, item 6): into
Lost one lost reason is asked for all, into Won the mandatory activities must be done (their names are given),
a sub-stage is given once for all; a refusal changes nothing."""

from datetime import datetime

import pytest

from desktop.domain.errors import MissingFields, RuleError
from desktop.services import configuration
from desktop.services.activities import activities
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Deal, Stage

T0 = datetime(2026, 5, 4, 9, 0)


def _process(admin, template="default"):
    process = processes.create_process(admin, "Sprzedaż", template)
    stages = processes.list_stages(process.id)
    first = stages[0]
    ids = [deals.create_deal(admin, process.id, f"Okna {i}", stage_id=first.id, now=T0).id for i in range(5)]
    return process, stages, ids


def _by_kind(stages, kind):
    return next(s for s in stages if s.kind.value == kind)


def _snapshot():
    return sorted(Deal.select(Deal.id, Deal.stage, Deal.lost_reason, Deal.version).tuples()), Stage.select().count()


def test_deals_go_into_lost_only_with_a_lost_reason_given_once_for_all(db, admin):
    _process_row, stages, ids = _process(admin)
    lost = _by_kind(stages, "lost")
    before = _snapshot()
    assert processes.receiving_needs(stages[0].id, lost.id) == ["lost_reason"]
    with pytest.raises(MissingFields) as err:
        processes.delete_stage(admin, stages[0].id, lost.id)
    assert err.value.fields == ["lost_reason"] and _snapshot() == before
    processes.delete_stage(admin, stages[0].id, lost.id, lost_reason="Wybrali konkurencję")
    moved = [deals.get_deal(i) for i in ids]
    assert {(d.stage_id, d.lost_reason, d.probability) for d in moved} == {(lost.id, "Wybrali konkurencję", 0)}


def test_deals_are_not_won_by_a_deletion_before_their_mandatory_activities(db, admin):
    process, stages, ids = _process(admin, "b2b")
    won = _by_kind(stages, "won")
    missing = activities.missing_mandatory(ids[0], process.id)
    assert missing  # the B2B template has mandatory activities
    before = _snapshot()
    with pytest.raises(RuleError) as err:
        processes.delete_stage(admin, stages[0].id, won.id)
    assert all(name in err.value.english() for name in missing) and "5 deal(s)" in err.value.english()
    assert _snapshot() == before


def test_the_configurator_passes_the_lost_reason_and_refuses_without_it(db, admin):
    process, stages, ids = _process(admin)
    lost = _by_kind(stages, "lost")
    draft = configuration.load_draft(process.id)
    gone = draft.stages.pop(0)
    draft.deleted[gone.spec.id] = lost.id
    before = _snapshot()
    with pytest.raises(MissingFields):
        configuration.save_configuration(admin, draft)
    assert _snapshot() == before
    draft = configuration.load_draft(process.id)
    gone = draft.stages.pop(0)
    draft.deleted[gone.spec.id] = lost.id
    draft.deleted_fields[gone.spec.id] = {"lost_reason": "Brak budżetu"}
    configuration.save_configuration(admin, draft)
    assert {deals.get_deal(i).lost_reason for i in ids} == {"Brak budżetu"}


def test_a_receiving_stage_with_sub_stages_gets_one_for_all(db, admin):
    _process_row, stages, ids = _process(admin)
    target = stages[1]
    processes.update_stage(admin, target.id, substages=["Demo", "Oferta"])
    with pytest.raises(MissingFields) as err:
        processes.delete_stage(admin, stages[0].id, target.id)
    assert err.value.fields == ["substage"]
    processes.delete_stage(admin, stages[0].id, target.id, substage="Demo")
    assert {deals.get_deal(i).substage for i in ids} == {"Demo"}
