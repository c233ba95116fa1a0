"""Funnel view figures: first paint, header sort, text filter (each with the same SQL run raw through
sqlite3 as the baseline) and the memory the view adds. Joined-column sorts are reported too, as a known
slow path (no index can serve a sort by the contact's name)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _raw_ms(db_path: Path, query) -> float:
    sql, params = query.sql()
    conn = sqlite3.connect(db_path)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        conn.execute(sql, params).fetchall()
        best = min(best, time.perf_counter() - start)
    conn.close()
    return best * 1000


def run(db_path: Path, deals: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.domain.funnel import COLUMN_KEYS, Criteria
    from desktop.services import funnel, processes, users
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
    before = _rss_mb()

    start = time.perf_counter()
    view = FunnelView(actor)
    view.resize(1400, 800)
    view.set_process(process.id)
    view.show()
    view.grab()  # paints synchronously
    first_paint = (time.perf_counter() - start) * 1000
    raw_first = _raw_ms(db_path, funnel.page_query(actor, base))

    header = view.table.horizontalHeader()
    start = time.perf_counter()
    header.setSortIndicator(COLUMN_KEYS.index("value"), Qt.SortOrder.DescendingOrder)
    view.grab()
    sort_ms = (time.perf_counter() - start) * 1000
    raw_sort = _raw_ms(db_path, funnel.page_query(actor, base, "value", True))

    start = time.perf_counter()
    view.search.setText("okien")
    view.apply_filters()
    view.grab()
    filter_ms = (time.perf_counter() - start) * 1000
    raw_filter = _raw_ms(db_path, funnel.page_query(actor, Criteria(process_id=process.id, text="okien"), "value"))

    view.wait_for_counts()
    app.processEvents()
    added = _rss_mb() - before

    view.search.setText("")
    start = time.perf_counter()
    header.setSortIndicator(COLUMN_KEYS.index("contact"), Qt.SortOrder.AscendingOrder)
    view.grab()
    joined_ms = (time.perf_counter() - start) * 1000
    view.wait_for_counts()
    view.close()
    view.deleteLater()
    app.processEvents()
    store_db.close_database()
    return {
        "funnel.first_paint_ms": figure(first_paint, "ms", raw_first),
        "funnel.sort_ms": figure(sort_ms, "ms", raw_sort),
        "funnel.filter_ms": figure(filter_ms, "ms", raw_filter),
        "funnel.memory_added_mb": figure(added, "MB"),
        "funnel.sort_by_contact_ms": figure(joined_ms, "ms"),
    }
