"""Process and stage use-cases (F1) on SQLite and PostgreSQL: rules hold and refusals change nothing."""

import pytest

from desktop.domain.errors import PermissionDenied, RuleError, ValidationError
from desktop.domain.stages import StageKind
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.history import deal_history
from desktop.services.processes import processes


def kinds(process_id):
    return [s.kind for s in processes.list_stages(process_id)]


def snapshot(process_id):
    return [(s.id, s.name, s.kind, s.position) for s in processes.list_stages(process_id)]


def test_new_process_has_three_open_stages_then_won_and_lost(admin):
    p = processes.create_process(admin, "Sprzedaż")
    assert kinds(p.id) == [StageKind.OPEN] * 3 + [StageKind.WON, StageKind.LOST]


def test_templates_translate_stage_names_through_the_given_function(admin):
    polish = {"New leads": "Nowe leady", "Offered": "Zaofertowany"}
    p = processes.create_process(admin, "Lejek", "sales_funnel", translate=lambda _c, t: polish.get(t, t))
    names = [s.name for s in processes.list_stages(p.id)]
    assert names[0] == "Nowe leady" and names[2] == "Zaofertowany"


def test_duplicate_process_name_is_refused_case_insensitively(admin):
    processes.create_process(admin, "Sprzedaż")
    with pytest.raises(ValidationError, match="already exists"):
        processes.create_process(admin, "SPRZEDAŻ")
    assert len(processes.list_processes()) == 1


def test_added_open_stage_goes_first_closed_goes_last(admin):
    p = processes.create_process(admin, "P")
    processes.add_stage(admin, p.id, "Lead")
    processes.add_stage(admin, p.id, "Zamrożony", StageKind.CLOSED)
    names = [s.name for s in processes.list_stages(p.id)]
    assert names[0] == "Lead" and names[-1] == "Zamrożony"
    assert [s.position for s in processes.list_stages(p.id)] == list(range(7))


def test_exceeding_a_limit_changes_nothing(admin):
    p = processes.create_process(admin, "P")
    processes.add_stage(admin, p.id, "Frozen", StageKind.CLOSED)
    before = snapshot(p.id)
    with pytest.raises(RuleError, match="at most 3 closed"):
        processes.add_stage(admin, p.id, "Paused", StageKind.CLOSED)
    for i in range(14):
        processes.add_stage(admin, p.id, f"Open {i}")
    before = snapshot(p.id)
    with pytest.raises(RuleError, match="at most 17 open"):
        processes.add_stage(admin, p.id, "18th")
    assert snapshot(p.id) == before


def test_closed_stage_cannot_be_moved_among_open_ones(admin):
    p = processes.create_process(admin, "P")
    stages = processes.list_stages(p.id)
    before = snapshot(p.id)
    with pytest.raises(RuleError):
        processes.move_stage(admin, stages[3].id, 0)
    with pytest.raises(RuleError):
        processes.move_stage(admin, stages[0].id, 3)
    assert snapshot(p.id) == before
    processes.move_stage(admin, stages[2].id, 0)
    assert [s.id for s in processes.list_stages(p.id)][:3] == [stages[2].id, stages[0].id, stages[1].id]


def test_deleting_a_stage_with_deals_requires_a_receiving_stage_and_loses_nothing(admin):
    p = processes.create_process(admin, "P")
    first, second, *_ = processes.list_stages(p.id)
    created = [deals.create_deal(admin, p.id, f"Deal {i}", stage_id=second.id) for i in range(5)]
    with pytest.raises(RuleError, match="Choose the stage"):
        processes.delete_stage(admin, second.id)
    assert deals.stage_counts(p.id) == {second.id: 5}
    processes.delete_stage(admin, second.id, receiving_stage_id=first.id)
    assert deals.stage_counts(p.id) == {first.id: 5}
    for row in created:
        moved = deals.get_deal(row.id)
        assert moved.stage_id == first.id and moved.version == 2
        assert deal_history(users.local_admin(), row.id)[-1].payload["reason"] == "stage_deleted"


def test_agents_cannot_change_processes(admin):
    agent = users.actor_for(users.create_user(admin, "jan", "Jan Kowalski").id)
    with pytest.raises(PermissionDenied):
        processes.create_process(agent, "Mine")
    p = processes.create_process(admin, "P")
    with pytest.raises(PermissionDenied):
        processes.add_stage(agent, p.id, "X")


def test_process_with_deals_cannot_be_deleted(admin):
    p = processes.create_process(admin, "P")
    deals.create_deal(admin, p.id, "Keep me")
    with pytest.raises(RuleError, match="still in “P”: 1"):
        processes.delete_process(admin, p.id)
    assert processes.list_processes()


def test_stage_default_probability_flows_to_deals_without_override(admin):
    p = processes.create_process(admin, "P")
    stage = processes.list_stages(p.id)[0]
    a = deals.create_deal(admin, p.id, "A")
    b = deals.create_deal(admin, p.id, "B", probability_manual=90)
    processes.update_stage(admin, stage.id, default_probability=55)
    assert deals.get_deal(a.id).probability == 55
    assert deals.get_deal(b.id).probability == 90
