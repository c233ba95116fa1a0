"""Trigger figures (issue 8): one clock tick with nothing due, and 4,000 due occurrences fired and logged in
one pass, each against a raw-SQL baseline measured in the same run. Works on a copy of the benchmark database
so the cached one stays as generated."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

FIRE = 4000


def run(db_path: Path, deals: int) -> dict:
    from desktop.domain.timeutil import utcnow
    from desktop.domain.triggers import Action
    from desktop.services.admin import users
    from desktop.services.processes import processes
    from desktop.services.triggers import firing, rules
    from desktop.store import db as store_db
    from desktop.store.models import TriggerSchedule
    from tests.bench.run import figure, scratch_copy

    folder = Path(tempfile.mkdtemp(prefix="etap-bench-triggers-"))
    copy = scratch_copy(db_path, folder / "triggers.db")
    try:
        store_db.open_database(copy)
        admin = users.local_admin()
        now = utcnow()
        # one trigger on the busiest open stage: every open stay there gets a schedule row
        conn = sqlite3.connect(copy)
        stage_id = conn.execute(
            "SELECT d.stage_id FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.kind = 'open' "
            "GROUP BY d.stage_id ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()[0]
        conn.close()
        processes.get_stage(stage_id)
        mine = rules.save_trigger(admin, stage_id, 3650, Action.NOTIFY, {}, now=now).id  # nothing due for years
        # only this trigger's rows are made due (the demo has a 14-day trigger of its own: its rows, 3,651 days
        # late, would fire with hundreds of skipped occurrences each)
        own = TriggerSchedule.trigger == mine
        scheduled = TriggerSchedule.select().where(own).count()

        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from desktop.ui.triggers.clock import TriggerClock

        QApplication.instance() or QApplication([])

        clock = TriggerClock(now_fn=lambda: now)
        ticks = []
        for _ in range(50):
            started = time.perf_counter()
            assert not clock.tick()
            ticks.append((time.perf_counter() - started) * 1000)
        raw = sqlite3.connect(copy)
        raw_ticks = []
        for _ in range(50):
            started = time.perf_counter()
            raw.execute("SELECT MIN(next_due_at) FROM trigger_schedule").fetchone()
            raw_ticks.append((time.perf_counter() - started) * 1000)

        # make FIRE of them due now (occurrence 1 of a stay entered just over the period ago)
        fire = min(FIRE, scheduled)  # a small benchmark database has fewer open stays
        due_ids = [i for (i,) in TriggerSchedule.select(TriggerSchedule.id).where(own).limit(fire).tuples()]
        entered = now - timedelta(days=3651)
        TriggerSchedule.update(entered_at=entered, next_due_at=now - timedelta(minutes=1)).where(
            TriggerSchedule.id.in_(due_ids)
        ).execute()
        started = time.perf_counter()
        report = firing.run_due(now, limit=fire + 1)
        fire_ms = (time.perf_counter() - started) * 1000
        assert report.fired == fire, report

        # baseline: the same rows written with raw SQL in one committed transaction (claim, reschedule, notify,
        # history); committed like the service's writes (it rolled back before, leaving out the sync to disk)
        raw.execute("BEGIN")
        started = time.perf_counter()
        for i, schedule_id in enumerate(due_ids):
            raw.execute(
                "INSERT INTO trigger_firing (trigger_id, deal_id, stay, occurrence, due_at, at, status, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, 'fired', '')",
                (999999, 1, 10_000_000 + i, 1, now, now),
            )
            raw.execute(
                "UPDATE trigger_schedule SET next_occurrence = 2, next_due_at = ? WHERE id = ?", (now, schedule_id)
            )
            raw.execute(
                "INSERT INTO notification (user_id, deal_id, at, kind, text, popped)"
                " VALUES (?, ?, ?, 'trigger', 'x', 0)",
                (admin.id, 1, now),
            )
            raw.execute("INSERT INTO event (deal_id, at, kind, payload) VALUES (1, ?, 'trigger_fired', '{}')", (now,))
        raw.execute("COMMIT")
        raw_fire_ms = (time.perf_counter() - started) * 1000
        raw.close()
        store_db.close_database()
        return {
            "triggers.tick_ms": figure(min(ticks), "ms", min(raw_ticks)),
            "triggers.fire_4k_ms": figure(fire_ms, "ms", raw_fire_ms),
            "triggers.scheduled_rows": figure(scheduled, "rows"),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)
