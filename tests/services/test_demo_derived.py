"""The demo writes each deal's derived rows as it writes the deal (issue 23, demo at bulk speed): the reports'
path, the probability and the summaries are what the services' own set-based upkeep would make of the same
rows, on both back ends."""

from datetime import datetime

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
