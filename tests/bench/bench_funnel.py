"""Funnel view figures: first paint, header sorts (a column of the deal, and the contact's, company's and
owner's names through the sort keys stored on the deal), a rare and a common text filter typed in Polish
lower case, and the memory the view adds. Each view figure has the same SQL run raw (sqlite3, or psycopg2
for a ``postgresql://`` database) in the same run as its baseline."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

POSTGRES = True  # run.py --db-url: these figures are measured on PostgreSQL too


def _connect(db_path):
    from tests.bench.run import connect

    return connect(db_path)


REPEATS = 5  # each figure and its baseline: the median of this many samples (a single one is mostly noise)


def _repeats() -> int:
    from tests.bench.run import sized

    return sized(REPEATS, 1)


def _raw_ms(db_path, query) -> float:
    """The median of ``REPEATS`` runs of a peewee query's SQL straight through the driver, in ms (after one
    unmeasured run, as the view's samples come after the same query was asked once; once in a smoke run)."""
    import statistics

    sql, params = query.sql()
    conn = _connect(db_path)
    cursor = conn.cursor()
    cursor.execute(sql, params)
    cursor.fetchall()
    samples = []
    for _ in range(_repeats()):
        start = time.perf_counter()
        cursor.execute(sql, params)
        cursor.fetchall()
        samples.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(samples)


def _texts(db_path) -> tuple[str, str]:
    """A rare text (one company's whole name: a few dozen deals at most) and a common one ("żak", in some
    thousands of names at a million deals), both typed in lower case with their Polish letters."""
    conn = _connect(db_path)
    cursor = conn.cursor()
    cursor.execute("SELECT name FROM company WHERE name LIKE '%ó%' ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    conn.close()
    return (row[0] if row else "zakład").lower(), "żak"


def run(db_path: Path, deals: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.app import resident_mb
    from desktop.domain.funnel import COLUMN_KEYS, Criteria
    from desktop.services.admin import users
    from desktop.services.pipeline import funnel
    from desktop.services.processes import processes
    from desktop.store import db as store_db
    from desktop.ui.funnel.view import FunnelView
    from tests.bench.run import figure

    app = QApplication.instance() or QApplication([])
    settings_dir = tempfile.mkdtemp(prefix="etap-bench-settings-")  # never the user's remembered layout
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    store_db.open_database(db_path)
    actor = users.local_admin()
    process = processes.list_processes()[0]
    base = Criteria(process_id=process.id)
    before = resident_mb()

    def open_view() -> tuple[FunnelView, float]:
        start = time.perf_counter()
        view = FunnelView(actor)
        view.resize(1400, 800)
        view.set_process(process.id)
        view.show()
        view.grab()  # paints synchronously
        elapsed = (time.perf_counter() - start) * 1000
        view.wait_for_counts()  # the tabs' counts run in the background: not into the next figure
        return view, elapsed

    def close(view) -> None:
        view.close()
        view.deleteLater()
        app.processEvents()

    view, first = open_view()  # the view the other figures use; its memory is the memory figure
    first_paints = [first]
    header = view.table.horizontalHeader()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        view.grab()  # paints synchronously
        elapsed = (time.perf_counter() - start) * 1000
        view.wait_for_counts()  # the tabs' counts run in the background: not into the next figure
        return elapsed

    def sort_by(key: str, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMN_KEYS.index(key), order)

    def median_of(prepare, action) -> float:
        """The median of ``REPEATS`` timed ``action``s, each after an untimed ``prepare`` (sorting away, clearing
        the filter), so every sample does the whole work again."""
        samples = []
        for _ in range(_repeats()):
            prepare()
            app.processEvents()
            view.wait_for_counts()
            samples.append(timed(action))
        return statistics.median(samples)

    out = {}
    for name, key, descending in (
        ("sort_ms", "value", True),
        ("sort_by_contact_ms", "contact", False),
        ("sort_by_company_ms", "company", False),
        ("sort_by_owner_ms", "owner", False),
    ):
        ms = median_of(lambda: sort_by("created", True), lambda key=key, d=descending: sort_by(key, d))
        out[f"funnel.{name}"] = figure(ms, "ms", _raw_ms(db_path, funnel.page_query(actor, base, key, descending)))

    rare, common = _texts(db_path)
    sort_by("value", True)
    for name, text in (("filter_rare_ms", rare), ("filter_ms", common)):

        def search(text: str) -> None:
            view.search.setText(text)
            view._debounce.stop()  # what the typing's debounce would apply later, applied now (and only once)
            view.apply_filters()

        ms = median_of(lambda: search(""), lambda text=text: search(text))
        query = funnel.page_query(actor, Criteria(process_id=process.id, text=text), "value")
        out[f"funnel.{name}"] = figure(ms, "ms", _raw_ms(db_path, query))

    app.processEvents()
    out["funnel.memory_added_mb"] = figure(resident_mb() - before, "MB")
    view.search.setText("")
    close(view)
    for _ in range(_repeats() - 1):  # the first paint again, in a new view each time
        again, ms = open_view()
        first_paints.append(ms)
        close(again)
    raw_first = _raw_ms(db_path, funnel.page_query(actor, base))
    out = {"funnel.first_paint_ms": figure(statistics.median(first_paints), "ms", raw_first)} | out
    store_db.close_database()
    return out
