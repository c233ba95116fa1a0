"""Statement-count guards on the hot paths (the way Peewee's ``assert_query_count`` does it), on SQLite and
PostgreSQL: a regression to one query per card or a repeated read of the deal row fails here, not in a
user's hands. Every statement peewee sends counts (BEGIN included)."""

from datetime import datetime

import pytest
from playhouse.test_utils import count_queries

from desktop.domain.activities import ActivitySpec
from desktop.domain.funnel import Criteria
from desktop.domain.triggers import Action
from desktop.services import configuration
from desktop.services.activities import tasks
from desktop.services.changes import run as run_recorded
from desktop.services.deals import deals
from desktop.services.pipeline import board, funnel
from desktop.services.processes import processes
from desktop.services.triggers import rules

NOW = datetime(2026, 11, 20, 9, 0)
DAY = datetime(2026, 11, 20, 0, 0)


@pytest.fixture
def busy(admin):
    """A process with weighted activities, a trigger on the target stage, cards and tasks."""
    p = processes.create_process(admin, "Sprzedaż")
    draft = configuration.load_draft(p.id)
    draft.stages[1].activities = [ActivitySpec("Telefon", 40), ActivitySpec("Spotkanie", 60)]
    configuration.save_configuration(admin, draft, NOW)
    stages = processes.list_stages(p.id)
    rules.save_trigger(admin, stages[1].id, 3, Action.NOTIFY, {}, now=NOW)
    made = [deals.create_deal(admin, p.id, f"Deal {i}", value=100 * i, now=NOW).id for i in range(6)]
    for deal_id in made[:3]:
        deals.move_deal(admin, deal_id, stages[1].id, NOW)
    for deal_id in made:
        tasks.create_task(admin, "Zadzwonić", deal_id, NOW, admin.id, now=NOW)
    return {"admin": admin, "process": p, "stages": stages, "made": made}


def test_a_board_drag_between_two_cards_takes_at_most_15_statements(busy):
    admin, stages, made = busy["admin"], busy["stages"], busy["made"]
    column = board.page(admin, stages[1].id)
    version = deals.get_deal(made[5]).version
    with count_queries() as counted:
        _row, changes = run_recorded(board.place, admin, made[5], stages[1].id, column[0].id, column[1].id, version)
    assert deals.get_deal(made[5]).stage_id == stages[1].id
    assert changes.stages == {stages[0].id, stages[1].id}
    # the team's live-change broadcast (one pg_notify per transaction on PostgreSQL) is not a data statement
    data = [q.msg for q in counted.get_queries() if "pg_notify" not in str(q.msg[0])]
    assert len(data) <= 15, data


def test_saving_a_title_takes_at_most_10_statements(busy):
    admin, made = busy["admin"], busy["made"]
    version = deals.get_deal(made[0]).version
    with count_queries() as counted:
        row, changes = run_recorded(deals.edit_deal, admin, made[0], version, title="Okna PCV")
    assert row.title == "Okna PCV" and changes.deals == {made[0]}
    assert counted.count <= 10, [q.msg for q in counted.get_queries()]


def test_a_funnel_page_takes_at_most_3_statements(busy):
    admin, p = busy["admin"], busy["process"]
    with count_queries() as counted:
        rows, _cursor = funnel.page(admin, Criteria(process_id=p.id), limit=4)
        funnel.page(admin, Criteria(process_id=p.id, text="Deal"), after=_cursor, limit=4)
    assert len(rows) == 4
    assert counted.count <= 2 * 3, [q.msg for q in counted.get_queries()]


def test_a_board_column_page_takes_at_most_2_statements(busy):
    admin, stages = busy["admin"], busy["stages"]
    with count_queries() as counted:
        cards = board.page(admin, stages[0].id)
        states = tasks.next_task_states(admin, [c.id for c in cards], NOW, DAY)
    assert len(cards) == 3 and len(states) == 3
    assert counted.count <= 2, [q.msg for q in counted.get_queries()]
