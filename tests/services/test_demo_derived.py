"""The demo writes each deal's derived rows as it writes the deal (issue 23, demo at bulk speed): the reports'
path, the probability and the summaries are what the services' own set-based upkeep would make of the same
rows, on both back ends."""

import json
from datetime import datetime
from itertools import pairwise

from desktop import demo
from desktop.services.deals import probability
from desktop.services.processes import processes
from desktop.store import deal_paths, summaries
from desktop.store.db import atomic, database, is_postgres

NOW = datetime(2026, 3, 29, 0, 30)  # the night Poland moves its clocks: local days differ from UTC days


def _rows(sql: str) -> list[tuple]:
    return [tuple(row) for row in database.execute_sql(sql).fetchall()]


def _totals(table: str) -> list[tuple]:
    """A summary's groups with deals (the triggers leave a group emptied by a move at 0), in full order."""
    return sorted(_rows(f"SELECT * FROM {table} WHERE deals <> 0"))


def test_demo_paths_probabilities_and_totals_equal_what_the_services_recompute(db):
    demo.generate(400, now=NOW)
    paths = _rows("SELECT deal_id, process_id, path, stage_id, cycle_days FROM deal_path ORDER BY deal_id")
    chances = _rows("SELECT id, probability FROM deal ORDER BY id")
    totals = {table: _totals(table) for table in ("deal_total", "path_total", "cycle_total")}
    assert len(paths) == len(chances) == 400
    assert any(days for *_, days in paths)

    with atomic():
        deal_paths.rebuild()
        for process in processes.list_processes():
            probability.refresh_process(process.id)
        summaries.recount(database, is_postgres())

    assert _rows("SELECT deal_id, process_id, path, stage_id, cycle_days FROM deal_path ORDER BY deal_id") == paths
    assert _rows("SELECT id, probability FROM deal ORDER BY id") == chances
    for table, rows in totals.items():
        assert _totals(table) == rows, table


def test_demo_history_says_what_the_stays_and_the_deals_say(db):
    demo.generate(300, now=NOW)
    deals = {
        deal_id: (number, title, owner, created, process)
        for deal_id, number, title, owner, created, process in _rows(
            "SELECT id, number, title, owner_id, created_at, process_id FROM deal"
        )
    }
    stays: dict[int, list[tuple]] = {}
    for deal_id, name, entered, user in _rows(
        "SELECT deal_id, stage_name, entered_at, user_id FROM stage_stay ORDER BY deal_id, entered_at, id"
    ):
        stays.setdefault(deal_id, []).append((name, entered, user))
    created: dict[int, tuple] = {}
    moved: dict[int, list[tuple]] = {}
    for deal_id, process, user, at, kind, payload in _rows(
        "SELECT deal_id, process_id, user_id, at, kind, payload FROM event WHERE deal_id IS NOT NULL "
        "AND kind IN ('created', 'moved') ORDER BY deal_id, at, id"
    ):
        assert process == deals[deal_id][4] and user == deals[deal_id][2]
        if kind == "created":
            created[deal_id] = (json.loads(payload), at)
        else:
            moved.setdefault(deal_id, []).append((json.loads(payload), at))

    assert set(created) == set(deals) == set(stays)
    for deal_id, (number, title, _owner, created_at, _process) in deals.items():
        assert created[deal_id] == ({"number": number, "title": title}, created_at)
        path = stays[deal_id]
        assert all(user == deals[deal_id][2] for *_, user in path)
        expected = [({"from_stage": a[0], "to_stage": b[0]}, b[1]) for a, b in pairwise(path)]
        assert sorted(moved.get(deal_id, []), key=repr) == sorted(expected, key=repr), deal_id


def test_a_large_load_counts_the_totals_and_stage_times_the_services_recount(db, monkeypatch):
    monkeypatch.setattr(demo, "BIG_LOAD", 1)  # the path of a million deals: indexes and triggers off, then back
    demo.generate(200, now=NOW)
    demo.generate(150, seed=9, now=NOW)  # --append: added to the totals already there
    totals = {table: _totals(table) for table in ("deal_total", "path_total", "cycle_total")}
    times = _rows("SELECT * FROM stage_time WHERE stays <> 0 ORDER BY stage_id")
    assert len(_rows("SELECT id FROM deal")) == 350 and sum(row[4] for row in totals["deal_total"]) == 350

    with atomic():
        summaries.recount(database, is_postgres())
        deal_paths.recount_stage_time()

    for table, rows in totals.items():
        assert _totals(table) == rows, table
    assert _rows("SELECT * FROM stage_time WHERE stays <> 0 ORDER BY stage_id") == times
