"""Funnel view figures: first paint, header sorts (a column of the deal, and the contact's, company's and
owner's names through the sort keys stored on the deal), a rare and a common text filter typed in Polish
lower case, and the memory the view adds. Each view figure has the same SQL run raw (sqlite3, or psycopg2
for a ``postgresql://`` database) in the same run as its baseline."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

POSTGRES = True  # run.py --db-url: these figures are measured on PostgreSQL too


def _connect(db_path):
    from tests.bench.run import connect

    return connect(db_path)


def _raw_ms(db_path, query) -> float:
    from tests.bench.run import raw_ms

    return raw_ms(db_path, query)


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

    start = time.perf_counter()
    view = FunnelView(actor)
    view.resize(1400, 800)
    view.set_process(process.id)
    view.show()
    view.grab()  # paints synchronously
    first_paint = (time.perf_counter() - start) * 1000
    raw_first = _raw_ms(db_path, funnel.page_query(actor, base))

    header = view.table.horizontalHeader()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        view.grab()  # paints synchronously
        elapsed = (time.perf_counter() - start) * 1000
        view.wait_for_counts()  # the tabs' counts run in the background: not into the next figure
        return elapsed

    out = {"funnel.first_paint_ms": figure(first_paint, "ms", raw_first)}
    for name, key, descending in (
        ("sort_ms", "value", True),
        ("sort_by_contact_ms", "contact", False),
        ("sort_by_company_ms", "company", False),
        ("sort_by_owner_ms", "owner", False),
    ):
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        ms = timed(lambda key=key, order=order: header.setSortIndicator(COLUMN_KEYS.index(key), order))
        out[f"funnel.{name}"] = figure(ms, "ms", _raw_ms(db_path, funnel.page_query(actor, base, key, descending)))

    rare, common = _texts(db_path)
    header.setSortIndicator(COLUMN_KEYS.index("value"), Qt.SortOrder.DescendingOrder)
    for name, text in (("filter_rare_ms", rare), ("filter_ms", common)):

        def search(text=text) -> None:
            view.search.setText(text)
            view.apply_filters()

        ms = timed(search)
        query = funnel.page_query(actor, Criteria(process_id=process.id, text=text), "value")
        out[f"funnel.{name}"] = figure(ms, "ms", _raw_ms(db_path, query))

    app.processEvents()
    out["funnel.memory_added_mb"] = figure(resident_mb() - before, "MB")
    view.search.setText("")
    view.close()
    view.deleteLater()
    app.processEvents()
    store_db.close_database()
    return out
