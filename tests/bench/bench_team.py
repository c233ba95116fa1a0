"""Team mode: how fast another copy's change reaches this window (issue: ``team.propagation_ms``).

On a throwaway local PostgreSQL (tests/support/pg.py), copy A is a separate process that moves a deal through
the services and prints the monotonic time right after its commit; copy B is this process's main window,
LISTENing on its own connection. The figure is A's commit → B's board column repainted with the deal in its
new stage, p50 and p95 over 100 moves. The baseline, measured in the same run, is the raw round trip of a
bare ``pg_notify`` from A's connection to a LISTENing psycopg2 connection here (select() on its socket).
Skipped (no figures) when PostgreSQL's server binaries are not installed.
"""

from __future__ import annotations

import select
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MOVES = 100

COPY_A = textwrap.dedent(
    """
    import sys, time
    import psycopg2
    from desktop.services.deals import deals
    from desktop.services.admin import users
    from desktop.services import wiring
    from desktop.store import db
    db.open_database(sys.argv[1])
    wiring.wire()
    actor = users.local_admin()
    raw = psycopg2.connect(sys.argv[2])
    raw.autocommit = True
    for line in sys.stdin:
        what, *rest = line.split()
        if what == "ping":
            with raw.cursor() as cursor:
                cursor.execute("SELECT pg_notify('etap_bench', '')")
        else:
            deals.move_deal(actor, int(rest[0]), int(rest[1]))
        print(time.monotonic(), flush=True)
    """
)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(db_path: Path, deals_count: int) -> dict:
    from tests.bench.run import figure, sized
    from tests.support import pg

    if pg.pg_bin_dir() is None:
        return {}
    import psycopg2
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.services.admin import users
    from desktop.services.deals import deals
    from desktop.services.processes import processes
    from desktop.store import db as store_db
    from desktop.ui.main_window import MainWindow

    server = pg.PostgresServer().start()
    app = QApplication.instance() or QApplication([])
    copy_a = None
    window = None
    try:
        store_db.open_database(server.url)
        admin = users.local_admin()
        process = processes.create_process(admin, "Sprzedaż")
        first, second = (s.id for s in processes.list_stages(process.id)[:2])
        deal = deals.create_deal(admin, process.id, "Okna")
        window = MainWindow(admin, "bench")
        window.resize(1280, 800)
        window.show()
        window.start_background()
        while window.board.process_id != process.id:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        copy_a = subprocess.Popen(
            [sys.executable, "-c", COPY_A, server.url, server.url],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

        def ask(line: str) -> float:
            copy_a.stdin.write(line + "\n")
            copy_a.stdin.flush()
            return float(copy_a.stdout.readline())

        # the baseline: bare NOTIFY -> LISTEN between two connections
        listener = psycopg2.connect(server.url)
        listener.autocommit = True
        with listener.cursor() as cursor:
            cursor.execute("LISTEN etap_bench")
        raw = []
        for _ in range(sized(MOVES, 10)):
            sent = ask("ping")
            while not listener.notifies:
                select.select([listener], [], [], 5)
                listener.poll()
            received = time.monotonic()
            listener.notifies.clear()
            raw.append(1000 * (received - sent))
        listener.close()

        # the figure: A's move committed -> B's column repainted with the card
        spans = []
        target = second
        for _ in range(sized(MOVES, 10)):
            committed = ask(f"move {deal.id} {target}")
            model = window.board.models[target]
            while deal.id not in {c.id for c in model.cards}:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                model = window.board.models[target]
            window.board.columns[target].view.viewport().repaint()
            spans.append(1000 * (time.monotonic() - committed))
            target = first if target == second else second
    finally:
        if copy_a is not None:
            copy_a.stdin.close()
            copy_a.wait(timeout=60)
        if window is not None:
            window.close()
        store_db.close_database()
        server.stop()
    return {
        "team.propagation_p50_ms": figure(statistics.median(spans), "ms", statistics.median(raw)),
        "team.propagation_p95_ms": figure(_p95(spans), "ms", _p95(raw)),
    }
