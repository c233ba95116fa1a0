"""Stage board figures (issue 3): start to painted board, the queries behind a painted board against the same
SQL run raw through sqlite3, move commit p95, memory the board adds, and a widget-per-card baseline.

The process shown is the one with the most open deals (at 1,000,000 deals the demo's B2B process holds
about a third of a million), so the figures are for a board larger than the floor's 100,000.

On PostgreSQL (``run.py --db-url``) the same figures, the raw replay through psycopg2 (its statements prepared
once with one plan, as the app's board statements are); a team database asks
who signs in, so start to paint is measured as a person who ticked "Remember me" starts the app: the first
administrator gets a known password and the app finds it through a keyring backend that hands out only that
(``env_keyring``), signing in (a password check) as part of the start. The moves have no synchronous=NORMAL
baseline there (the server's own durability settings apply)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POSTGRES = True  # run.py --db-url: measured on PostgreSQL too


def _biggest_process(db_path: Path) -> int:
    from tests.bench.run import connect

    conn = connect(db_path)
    cursor = conn.cursor()
    cursor.execute(
        "SELECT d.process_id FROM deal d JOIN stage s ON s.id = d.stage_id WHERE s.kind = 'open' "
        "GROUP BY d.process_id ORDER BY COUNT(*) DESC LIMIT 1"
    )
    row = cursor.fetchone()
    conn.close()
    return row[0]


BENCH_PASSWORD = "etap-bench-password"


def _remembered_sign_in(db_path) -> dict:
    """PostgreSQL: the environment of an app start that signs in by itself as the first administrator (given
    a known password now), through the keyring backend ``env_keyring``."""
    import json

    from desktop.app import open_store
    from desktop.services import credentials
    from desktop.services.admin import users
    from desktop.store import db as store_db

    label = open_store(str(db_path))
    actor = users.local_admin()
    users.reset_password(actor, actor.id, BENCH_PASSWORD, BENCH_PASSWORD)
    username = users.get_user(actor.id).username
    store_db.close_database()
    secret = json.dumps({"username": username, "password": BENCH_PASSWORD})
    return {
        "PYTHON_KEYRING_BACKEND": "tests.bench.env_keyring.EnvKeyring",
        "ETAP_BENCH_KEYRING": json.dumps({"service": credentials.SERVICE, "entry": label, "secret": secret}),
    }


def _start_to_paint(db_path: Path, process_id: int, extra_env: dict | None = None) -> tuple[float, float]:
    """Best of ``run.RUNS``: the app started on the big process until its board is painted, and (the baseline) a bare
    PySide6 window started and painted in turns with it, so a busy machine shows in both."""
    from tests.bench import run
    from tests.bench.run import ROOT, app_env

    with tempfile.TemporaryDirectory() as home:
        env = app_env(home) | (extra_env or {})
        # remember the big process as the user's last one, as a salesperson reopening the app would
        code = (
            "from PySide6.QtCore import QCoreApplication, QSettings;"
            "QCoreApplication.setOrganizationName('Etap'); QCoreApplication.setApplicationName('Etap');"
            f"QSettings().setValue('ui/process', {process_id}); QSettings().sync()"
        )
        subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)
        cmd = [sys.executable, "-m", "desktop", "--db", str(db_path), "--exit-after-paint"]
        return run.paired_starts(cmd, env)


def _widget_cards(app, count: int) -> float:
    """The naive design: one QFrame with labels per card, for comparison."""
    from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

    start = time.perf_counter()
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    for i in range(count):
        card = QFrame(inner)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        lines = QVBoxLayout(card)
        for text in (f"B2B/2026/{i:05}", f"Deal {i}", "Firma Sp. z o.o.", "1 000,00 PLN", "3 dni na etapie"):
            lines.addWidget(QLabel(text, card))
        layout.addWidget(card)
    area.setWidget(inner)
    area.resize(300, 800)
    area.show()
    area.grab()
    elapsed = (time.perf_counter() - start) * 1000
    area.close()
    area.deleteLater()
    app.processEvents()
    return elapsed


def _moves_with_normal_sync(actor, board, store_db, moving: list[int], source: int, target: int) -> float:
    """SQLite: the same moves with synchronous=NORMAL (not power-safe in WAL mode): the baseline shows what FULL
    costs."""
    store_db.database.execute_sql("PRAGMA synchronous = NORMAL")
    normal = []
    for deal_id in moving:
        started = time.perf_counter()
        board.place(actor, deal_id, target)
        normal.append((time.perf_counter() - started) * 1000)
    for deal_id in moving:
        board.place(actor, deal_id, source)
    store_db.database.execute_sql("PRAGMA synchronous = FULL")
    return statistics.quantiles(normal, n=20)[18]


def _prepared(cursor, recorded: list[tuple[str, tuple]]) -> list[tuple[str, tuple]]:
    """PostgreSQL: the recorded statements prepared on the raw connection with one plan, as the app prepares its
    board's statements (``TeamDatabase.server_statement``, ``plan_cache_mode=force_generic_plan``), so the raw
    replay plans them once too; returns the ``EXECUTE`` of each."""
    import re

    cursor.execute("SET plan_cache_mode = force_generic_plan")
    names: dict[str, str] = {}
    out = []
    for sql, params in recorded:
        if sql not in names:
            names[sql] = f"raw_{len(names)}"
            marks = iter(range(1, len(params) + 1))
            text = re.sub(r"%%|%s", lambda m, marks=marks: "%" if m.group() == "%%" else f"${next(marks)}", sql)
            cursor.execute(f"PREPARE {names[sql]} AS {text}")
        out.append((f"EXECUTE {names[sql]} ({', '.join(['%s'] * len(params))})", params))
    return out


def run(db_path: Path, deals: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import resident_mb
    from desktop.domain.timeutil import local_day_start_utc, utcnow
    from desktop.services.admin import users
    from desktop.services.pipeline import board
    from desktop.services.processes import processes
    from desktop.store import db as store_db
    from desktop.ui.board.view import BoardView
    from tests.bench.run import connect, figure, sized

    postgres = str(db_path).startswith(("postgresql://", "postgres://"))
    process_id = _biggest_process(db_path)
    # a team database asks who signs in: there the app signs in with a remembered credential
    start_ms, bare_ms = _start_to_paint(db_path, process_id, _remembered_sign_in(db_path) if postgres else None)

    app = QApplication.instance() or QApplication([])
    settings_dir = tempfile.mkdtemp(prefix="etap-bench-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    store_db.open_database(db_path)
    actor = users.local_admin()
    stages = processes.list_stages(process_id)
    stage_ids = [s.id for s in stages]

    # the queries of one painted board, through the services, then the same SQL raw
    from datetime import date

    def data_pass() -> None:
        """What ``BoardView.refresh`` asks (``_reload_columns``, then ``_reload_totals``), in its order: the
        columns' cards with their task marks and opened offers (one query), the headers."""
        wanted = dict.fromkeys(stage_ids, board.PAGE)
        board.columns(actor, wanted, utcnow(), local_day_start_utc(date.today()), "")
        board.totals(actor, stage_ids, "")

    data_pass()  # warm the page cache like the window's own first query does
    data_runs = []
    for _ in range(5):
        started = time.perf_counter()
        data_pass()
        data_runs.append((time.perf_counter() - started) * 1000)

    # record the SQL one pass sends (a query hook sees the compiled-once queries too), then replay exactly that raw
    real = store_db.database.obj
    recorded: list[tuple[str, tuple]] = []

    def recording(event) -> None:
        recorded.append((event.sql, tuple(event.params or ())))

    real.query_hooks.append(recording)
    data_pass()
    real.query_hooks.remove(recording)
    conn = connect(db_path)
    cursor = conn.cursor()
    if postgres:  # as the app runs them: prepared on the server once (before the clock), then run by name
        recorded = _prepared(cursor, recorded)
    raw_runs = []
    for _ in range(5):
        started = time.perf_counter()
        for sql, params in recorded:
            cursor.execute(sql, params)
            cursor.fetchall()
        raw_runs.append((time.perf_counter() - started) * 1000)
    conn.close()

    before = resident_mb()
    started = time.perf_counter()
    view = BoardView(actor)
    view.resize(1600, 900)
    view.set_process(process_id)
    view.show()
    view.grab()
    paint_ms = (time.perf_counter() - started) * 1000
    app.processEvents()
    added = resident_mb() - before

    # moves between the two first open stages, each one service call and one transaction
    open_ids = [s.id for s in stages if s.kind.value == "open"]
    source, target = open_ids[0], open_ids[1]
    moving = [c.id for c in board.page(actor, source, limit=sized(200, 20))]
    timings = []
    for deal_id in moving:
        started = time.perf_counter()
        board.place(actor, deal_id, target)
        timings.append((time.perf_counter() - started) * 1000)
    for deal_id in moving:  # put them back so the cached database stays as generated
        board.place(actor, deal_id, source)
    p95 = statistics.quantiles(timings, n=20)[18]
    p95_normal = None if postgres else _moves_with_normal_sync(actor, board, store_db, moving, source, target)

    view.close()
    view.deleteLater()
    app.processEvents()
    widget_ms = _widget_cards(app, sized(5000, 500))
    store_db.close_database()
    # baseline: a bare PySide6 window
    return {
        "board.start_to_paint_ms": figure(start_ms, "ms", bare_ms),
        "board.data_ms": figure(min(data_runs), "ms", min(raw_runs)),
        "board.paint_in_process_ms": figure(paint_ms, "ms"),
        "board.move_commit_p95_ms": figure(p95, "ms", p95_normal),  # baseline: synchronous=NORMAL
        "board.memory_added_mb": figure(added, "MB"),
        "board.widget_cards_5k_ms": figure(widget_ms, "ms", paint_ms),
    }
