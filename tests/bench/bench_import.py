"""Import figures: 100,000 CSV rows of deals (with companies and owners to match) through the whole import
(read, detect, analyse, convert, write deals + stays + history in one transaction) into the benchmark
database, against a raw ``executemany`` of the same rows (deals, stays, history, batch items) in the same run
(see ``_run``). Both write into a scratch copy of
the cached database (made through SQLite's backup API, removed after), each in a transaction that is rolled back
(the import's dry run): the cached database, which other runs share, is only read. Memory is the process's RSS
growth during the import."""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def _write_csv(path: Path, rows: int, owners: list[str]) -> None:
    rng = random.Random(17)
    stages = ["Nowe leady", "W trakcie pozyskania", "Zaofertowany", "Pozyskany", "Rezygnacja"]
    with open(path, "w", newline="", encoding="cp1250") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Numer", "Tytuł", "Nazwa firmy", "Wartość", "Waluta", "Etap", "Opiekun", "Data utworzenia"])
        for i in range(rows):
            value = f"{rng.randrange(1000, 900000):,}".replace(",", " ") + f",{rng.randrange(100):02d}"
            writer.writerow(
                [
                    f"IMP-{i:07d}",
                    f"Dostawa łożysk nr {i}",
                    f"Firma Łęcka {rng.randrange(2000)} Sp. z o.o.",
                    value,
                    "PLN",
                    stages[rng.randrange(len(stages))],
                    owners[rng.randrange(len(owners))],
                    f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.2026",
                ]
            )


def run(db_path: Path, deals: int) -> dict:
    from tests.bench.run import scratch_copy, sized

    rows = sized(100_000 if deals >= 100_000 else 5_000, 500)
    folder = Path(tempfile.mkdtemp(prefix="etap-bench-import-"))
    try:
        return _run(scratch_copy(db_path, folder / "bench-import.db"), folder, rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(db_path: Path, folder: Path, rows: int) -> dict:
    from desktop.app import resident_mb
    from desktop.domain.imports.headers import Kind
    from desktop.services.admin import users
    from desktop.services.imports import engine, plan
    from desktop.services.imports.reading import open_table
    from desktop.services.processes import processes
    from desktop.store import db as store_db
    from desktop.store.models import User
    from tests.bench.run import figure

    store_db.open_database(db_path)
    actor = users.local_admin()
    # the demo's sales funnel has the file's stages (importing into the B2B process failed 60 % of the rows)
    process = next(
        p.name for p in processes.list_processes() if "Nowe leady" in {s.name for s in processes.list_stages(p.id)}
    )
    owners = [name for (name,) in User.select(User.display_name).tuples()]
    path = folder / "szanse.csv"
    _write_csv(path, rows, owners)

    before = resident_mb()
    start, cpu = time.perf_counter(), time.process_time()
    table = open_table(path)
    mapping = plan.default_mapping(table, Kind.DEALS)
    mapping.process = process
    analysis = plan.analyse(table, mapping)
    plan.fill_value_mapping(mapping, analysis)
    result = engine.run_import(actor, table, mapping, analysis, dry_run=True)
    elapsed, elapsed_cpu = time.perf_counter() - start, time.process_time() - cpu
    grown = resident_mb() - before
    assert result.counts["created"] == rows, result.counts

    # baseline: the rows this import wrote - its deals, their stays and history events, the batch's items -
    # exactly as it typed them (same stages, owners, companies, sort keys and search text, so the same places
    # in every index), through sqlite3's executemany in one transaction, on a connection with the app's page
    # cache, without the row triggers that keep derived data (the search index, deal_total, stage_time: the
    # import writes those set-based, so the baseline is the rows alone). Recorded in a second dry run, so the
    # first one's memory figure holds only the import. Left out: the few companies the file names, and what
    # is derived from the rows (deal_path, the totals, the search index). (Until December 2026 the baseline was
    # the deal rows alone, through deal_total's row trigger, on sqlite3's default 2 MB cache; before that,
    # made-up rows of one stage with no company, owner or sort keys.)
    written = _rows_written(actor, path, process)
    conn = sqlite3.connect(db_path, isolation_level=None)  # foreign keys off: the import's companies rolled back
    conn.execute(f"PRAGMA cache_size = {store_db.SQLITE_PRAGMAS['cache_size']}")
    conn.execute("BEGIN IMMEDIATE")
    for trigger in ("deal_search_insert", "deal_total_add", "stage_time_add"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")  # rolled back with the rows
    parts = {}
    cpu = time.process_time()
    for name, (columns, typed) in written.items():
        start = time.perf_counter()
        conn.executemany(
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            typed,
        )
        parts[name] = time.perf_counter() - start
    baseline, baseline_cpu = sum(parts.values()), time.process_time() - cpu
    conn.execute("ROLLBACK")
    conn.close()
    shares = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in parts.items())
    print(
        f"(import: {elapsed:.2f} s, {elapsed_cpu:.2f} s CPU; baseline {shares}, {baseline_cpu:.2f} s CPU; "
        f"load {os.getloadavg()[0]:.2f})",
        file=sys.stderr,
    )
    size = f"{rows // 1000}k" if rows >= 1000 else str(rows)
    return {
        f"import.csv_{size}_rows_s": figure(elapsed, "s", baseline),
        f"import.csv_{size}_rows_rss_mb": figure(max(0.0, grown), "MB"),
    }


def _rows_written(actor, path: Path, process: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """Table -> (columns, rows) of what the import inserts through ``bulk.insert_rows`` for ``path`` (a dry run
    that records them), the tables in the order first written."""
    from desktop.domain.imports.headers import Kind
    from desktop.services.imports import engine, plan
    from desktop.services.imports.reading import open_table
    from desktop.store import bulk
    from desktop.store import db as store_db

    written: dict[str, tuple[list[str], list[tuple]]] = {}
    original = bulk.insert_rows

    def recording(table, columns, rows, chunk=50_000):
        rows = list(rows)
        written.setdefault(table, (list(columns), []))[1].extend(rows)
        return original(table, columns, rows, chunk)

    bulk.insert_rows = recording
    try:
        table = open_table(path)
        mapping = plan.default_mapping(table, Kind.DEALS)
        mapping.process = process
        analysis = plan.analyse(table, mapping)
        plan.fill_value_mapping(mapping, analysis)
        engine.run_import(actor, table, mapping, analysis, dry_run=True)
    finally:
        bulk.insert_rows = original
        store_db.close_database()
    return written
