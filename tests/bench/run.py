"""Etap benchmarks: ``python tests/bench/run.py [--deals N] [--only PREFIX] [--json FILE] [--db-url URL] [--scale]``.

Builds (or reuses, under tests/bench/.cache/) a demo database of N deals (default 1,000,000), runs every
figure, prints a table and optionally writes ``{name: {value, unit, baseline, ratio}}`` as JSON. Each figure
comes with a baseline measured in the same run where one exists (raw sqlite3 for queries, a bare PySide6
window for start-up). Feature benchmarks live beside this file as ``bench_<feature>.py`` with
``run(db_path, deals) -> dict``; they are picked up automatically.

``--db-url postgresql://...`` runs the figures of the modules that declare ``POSTGRES = True`` against that
database (filled with demo data when it holds no deals; ``--fresh`` empties it first), their baselines run
raw through psycopg2; ``--db-url local`` starts a throwaway server as the test fixtures do (tests/support/pg.py).
``--scale`` runs the figures at 10,000, 100,000 and 1,000,000 deals and prints them side by side. ``--cache DIR``
builds and reuses the databases there (a fresh generation timed without replacing the shared cached one).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CACHE = HERE / ".cache"

# measured starts take the best of this many, the app's and the bare window's alternating (``--runs``; the suite's
# small run takes 1). Three read 2.6-3.6 for the same tree on this two-core machine when other work came in
# bursts; seven agree within a few percent (helper-35's 15-round series), for ~15 s more per start figure
RUNS = 7
SMOKE = False  # ``--smoke``: every figure measured once on a little work (the suite's check that each still runs)
IDLE_MS = 3000  # how long the app and the bare window idle after their first paint before their memory is read


def sized(full: int, smoke: int) -> int:
    """How much work a figure measures: ``full`` normally, ``smoke`` in a ``--smoke`` run."""
    return smoke if SMOKE else full


BARE_WINDOW = """
import sys, time
t = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    done = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.done:
            self.done = True
            print("painted, main thread cpu %.1f ms" % (1000 * time.thread_time()), flush=True)
            QTimer.singleShot(int(sys.argv[2]) if "rss" in sys.argv else 0, self.idle)
    def idle(self):
        if "rss" in sys.argv:
            import os
            with open("/proc/self/statm") as f:
                print("idle_rss %.1f MB" % (int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20), flush=True)
        self.close()
app = QApplication(sys.argv[:1]); w = W(); w.resize(1280, 800); w.show(); app.exec()
"""


def connect(db_path):
    """A raw DB-API connection to the benchmark database (sqlite3, or psycopg2 for a ``postgresql://`` URL)."""
    if str(db_path).startswith(("postgresql://", "postgres://")):
        import psycopg2

        return psycopg2.connect(str(db_path), options="-c jit=off")  # as the app connects (store.db)
    import sqlite3

    return sqlite3.connect(db_path)


def scratch_copy(db_path, target: Path) -> Path:
    """A copy of the benchmark database at ``target``, for a figure that writes (the cached one stays as
    generated), on disk before any clock starts. The backup API reads the source in a read transaction: a
    consistent copy even with its WAL not checkpointed (the cached database is opened read-only). Synced: a
    fresh copy's gigabytes of dirty pages, written back while a figure runs, stall its every sync to disk (the
    first checkpoint's sync of the file waits for all of them): a 4,000-trigger firing at 1M deals measured
    450-560 ms on an unsynced copy and 150 ms on a synced one, an import 37 s for 26 s of CPU."""
    import sqlite3

    source = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    return target


def raw_ms(db_path, query) -> float:
    """The best of three runs of a peewee query's SQL straight through the driver, in ms (the baselines)."""
    sql, params = query.sql()
    conn = connect(db_path)
    cursor = conn.cursor()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        cursor.execute(sql, params)
        cursor.fetchall()
        best = min(best, time.perf_counter() - start)
    conn.close()
    return best * 1000


def figure(value: float, unit: str, baseline: float | None = None) -> dict:
    ratio = round(value / baseline, 2) if baseline else None
    return {
        "value": round(value, 2),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 2),
        "ratio": ratio,
    }


def build_database(deals: int, fresh: bool) -> tuple[Path, dict | None]:
    """The demo database for ``deals``; returns its path and, if it was built now or its generation was
    recorded with it, the generation's figures (``generated``)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"bench-{deals}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not fresh:
        return path, json.loads(meta.read_text())
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    made = generated([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--deals", str(deals)], path, deals)
    meta.write_text(json.dumps(made))
    return path, made


def generated(cmd: list[str], target, deals: int) -> dict:
    """Run the demo generation ``cmd`` and time it: wall and CPU seconds (the child's user + system: on a
    shared machine the wall time mostly measures the other users), the load average before it, and the
    baselines from the same run (``raw_insert``)."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    raw_wall, raw_cpu = raw_insert(target, deals)
    return {
        "generate_s": elapsed,
        "generate_cpu_s": cpu,
        "raw_insert_s": raw_wall,
        "raw_insert_cpu_s": raw_cpu,
        "load": load,
    }


def raw_insert(target, deals: int) -> tuple[float, float]:
    """The baseline of the generation: ``deals`` rows like the generated deals (one of them, its id varied)
    inserted straight through the driver into a bare copy of the deal table (its columns, no index, trigger
    or key check), in one transaction; wall and CPU seconds. On SQLite a fresh file written without
    journal or sync, as the demo's load is; on PostgreSQL a temporary table filled by COPY, as the demo's
    rows are."""
    conn = connect(target)
    cursor = conn.cursor()
    postgres = str(target).startswith(("postgresql://", "postgres://"))
    cursor.execute("SELECT * FROM deal ORDER BY id LIMIT 1")
    columns = [d[0] for d in cursor.description]
    sample = cursor.fetchone()
    rest = tuple(sample[1:])
    names = ", ".join(columns)
    if postgres:
        import csv
        import io

        cursor.execute("CREATE TEMP TABLE raw_deal (LIKE deal INCLUDING DEFAULTS)")
        started, cpu = time.perf_counter(), time.process_time()
        for first in range(1, deals + 1, 50_000):  # COPY in the demo's chunks; a NULL is an unquoted \\N
            buffer = io.StringIO()
            csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(
                [NULL if v is None else v for v in (i, *rest)] for i in range(first, min(first + 50_000, deals + 1))
            )
            buffer.seek(0)
            cursor.copy_expert(f"COPY raw_deal ({names}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer)
        conn.commit()
        result = time.perf_counter() - started, time.process_time() - cpu
        conn.close()
        return result
    (table_sql,) = cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'deal'").fetchone()
    conn.close()
    import sqlite3

    with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
        bare = sqlite3.connect(Path(scratch) / "raw.db", isolation_level=None)
        bare.execute("PRAGMA journal_mode = OFF")
        bare.execute("PRAGMA synchronous = OFF")
        bare.execute(table_sql)
        started, cpu = time.perf_counter(), time.process_time()
        bare.execute("BEGIN")
        rows = ((i, *rest) for i in range(1, deals + 1))
        bare.executemany(f"INSERT INTO deal ({names}) VALUES ({', '.join('?' * len(columns))})", rows)
        bare.execute("COMMIT")
        result = time.perf_counter() - started, time.process_time() - cpu
        bare.close()
    return result


class _Null(float):
    """None in a COPY's CSV (the csv module quotes None as an empty string and writes a float unquoted)."""

    def __repr__(self) -> str:
        return "\\N"

    __str__ = __repr__


NULL = _Null()


def generation_figures(made: dict | None) -> dict:
    """``db.generate_s`` against the raw insert of as many deal rows, and the same in CPU seconds."""
    if made is None:
        return {}
    results = {"db.generate_s": figure(made["generate_s"], "s", made.get("raw_insert_s"))}
    if "generate_cpu_s" in made:
        results["db.generate_cpu_s"] = figure(made["generate_cpu_s"], "s", made.get("raw_insert_cpu_s"))
    if "load" in made:
        print(f"(db: generated at load {made['load']:.2f})", file=sys.stderr)
    return results


def app_env(home: str) -> dict:
    """The environment of a measured start: offscreen, a fresh home, and Python allowed to keep its compiled
    bytecode as an installed app does (with PYTHONDONTWRITEBYTECODE set every start compiles all of Etap's
    modules again, about a second that no user pays; the best of the runs is then a warm start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def idle_rss(cmd: list[str], env: dict) -> float:
    """The resident memory in MB that ``cmd`` prints as ``idle_rss N MB`` after idling past its first paint."""
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("idle_rss")))


def time_to_line(cmd: list[str], needle: str, env: dict, seen: list | None = None) -> float:
    """Milliseconds from spawning ``cmd`` to the first stdout line containing ``needle`` (appended to ``seen``)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if needle in line:
            elapsed = (time.perf_counter() - started) * 1000
            if seen is not None:
                seen.append(line)
            proc.wait(timeout=60)
            return elapsed
    proc.wait(timeout=60)
    raise RuntimeError(f"{cmd} never printed {needle!r}")


def paired_starts(cmd: list[str], env: dict, cpu: dict | None = None) -> tuple[float, float]:
    """The best of ``RUNS`` starts of ``cmd`` to its "painted" line and of the bare window's, taken in turns
    (app, bare, app, bare, ...) so a change in the machine's load between them reaches both alike. ``cpu``
    gets the least main-thread CPU milliseconds each printed on that line (``"app"``, ``"bare"``): what the
    start costs the processor, which other programs on a busy machine barely change."""
    app, bare, lines = [], [], {"app": [], "bare": []}
    for _ in range(RUNS):
        app.append(time_to_line(cmd, "painted", env, lines["app"]))
        bare.append(time_to_line([sys.executable, "-c", BARE_WINDOW], "painted", env, lines["bare"]))
    if cpu is not None:
        for side, printed in lines.items():
            cpu[side] = min(float(line.split("cpu")[1].split()[0]) for line in printed)
    return min(app), min(bare)


def bench_core(db_path: Path, made: dict | None) -> dict:
    results = generation_figures(made)
    idle = sized(IDLE_MS, 300)
    with tempfile.TemporaryDirectory() as home:
        env = app_env(home)
        cpu: dict[str, float] = {}
        app, bare = paired_starts(
            [sys.executable, "-m", "desktop", "--db", str(db_path), "--exit-after-paint"], env, cpu
        )
        # memory once start-up's background work has settled, against a bare PySide6 window idling as long
        app_rss = idle_rss(
            [sys.executable, "-m", "desktop", "--db", str(db_path), "--exit-after-paint", f"--idle-rss={idle}"], env
        )
        bare_rss = idle_rss([sys.executable, "-c", BARE_WINDOW, "rss", str(idle)], env)
    results["app.start_to_window_ms"] = figure(app, "ms", bare)
    results["app.start_cpu_ms"] = figure(cpu["app"], "ms", cpu["bare"])  # the main thread's, to the first paint
    results["app.idle_rss_mb"] = figure(app_rss, "MB", bare_rss)
    return results


def feature_modules() -> list:
    modules = []
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    return modules


SCALE = (10_000, 100_000, 1_000_000)


def build_postgres(url: str, deals: int, fresh: bool) -> dict | None:
    """Fill the PostgreSQL database at ``url`` with ``deals`` demo deals unless it holds some already; returns
    the generation's figures if it was built now (``generated``). ``fresh`` empties it first (its public schema
    is dropped)."""
    import psycopg2

    with psycopg2.connect(url) as conn, conn.cursor() as cursor:
        if fresh:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        cursor.execute("SELECT to_regclass('public.deal') IS NOT NULL")
        if cursor.fetchone()[0]:
            cursor.execute("SELECT count(*) FROM deal")
            have = cursor.fetchone()[0]
            if have:
                if have != deals:
                    print(f"note: {url} holds {have:,} deals (asked for {deals:,}); measuring what is there")
                return None
    return generated([sys.executable, "-m", "desktop", "demo", "--db", url, "--deals", str(deals)], url, deals)


def run_figures(deals: int, args, db_url: str | None = None) -> dict[str, dict]:
    wants = (lambda prefix: prefix.startswith(args.only) or args.only.startswith(prefix)) if args.only else None
    results: dict[str, dict] = {}
    if db_url:
        made = build_postgres(db_url, deals, args.fresh)
        target = db_url
        results.update(generation_figures(made))
    else:
        target, made = build_database(deals, args.fresh or (args.only or "").startswith("db."))
        if wants is None or wants("db.") or wants("app."):
            started = time.perf_counter()
            results.update(bench_core(target, made))
            print(f"(app: {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    for module in feature_modules():
        prefix = module.__name__.removeprefix("bench_") + "."
        if db_url and not getattr(module, "POSTGRES", False):
            continue
        if wants is None or wants(prefix):
            started = time.perf_counter()
            results.update(module.run(target, deals))
            print(f"({prefix[:-1]}: {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    if args.only:
        results = {k: v for k, v in results.items() if k.startswith(args.only)}
    return results


def print_table(results: dict[str, dict], deals: int, where: str) -> None:
    print(f"{'figure':32} {'value':>12} {'unit':5} {'baseline':>12} {'ratio':>7}   ({deals:,} deals, {where})")
    for name, fig in sorted(results.items()):
        base = "" if fig["baseline"] is None else f"{fig['baseline']:>12}"
        ratio = "" if fig["ratio"] is None else f"{fig['ratio']:>7}"
        print(f"{name:32} {fig['value']:>12} {fig['unit']:5} {base:>12} {ratio:>7}")


def print_scale(by_size: dict[int, dict[str, dict]], where: str) -> None:
    """One row per figure, one column per size: value (ratio to its baseline)."""
    sizes = list(by_size)
    print(f"{'figure':32} " + " ".join(f"{n:>22,}" for n in sizes) + f"   (deals, {where})")
    for name in sorted({k for figures in by_size.values() for k in figures}):
        cells = []
        for n in sizes:
            fig = by_size[n].get(name)
            if fig is None:
                cells.append(f"{'':>22}")
                continue
            ratio = "" if fig["ratio"] is None else f" (x{fig['ratio']})"
            cells.append(f"{str(fig['value']) + ' ' + fig['unit'] + ratio:>22}")
        print(f"{name:32} " + " ".join(cells))


def main(argv: list[str] | None = None) -> int:
    global RUNS, SMOKE, CACHE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--only", default="", help="run only figures whose name starts with this prefix")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--fresh", action="store_true", help="rebuild the database even if cached")
    parser.add_argument(
        "--cache", type=Path, help="the folder of the built databases (default tests/bench/.cache: shared by runs)"
    )
    parser.add_argument("--db-url", help="a postgresql:// database to measure (or 'local': a throwaway server)")
    parser.add_argument("--scale", action="store_true", help="run at 10,000, 100,000 and 1,000,000 deals")
    parser.add_argument("--runs", type=int, default=RUNS, help="measured starts take the best of this many")
    parser.add_argument(
        "--smoke", action="store_true", help="measure each figure once on a little work (checks that each runs)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    RUNS = 1 if args.smoke else max(1, args.runs)
    CACHE = args.cache.resolve() if args.cache else CACHE
    SMOKE = args.smoke
    from tests.bench import run as imported  # the feature modules' copy when this file runs as a script

    imported.RUNS, imported.SMOKE = RUNS, SMOKE
    from desktop.services import wiring

    wiring.wire()  # the benchmarks open databases themselves and run use-cases: subscribers as in the app

    server = None
    if args.db_url == "local":
        from tests.support import pg

        server = pg.PostgresServer().start()
    try:
        where = "PostgreSQL" if args.db_url else "SQLite"
        sizes = SCALE if args.scale else (args.deals,)
        by_size: dict[int, dict[str, dict]] = {}
        for deals in sizes:
            url = server.create_database(f"etap_bench_{deals}") if server else args.db_url
            by_size[deals] = run_figures(deals, args, url)
        if args.scale:
            print_scale(by_size, where)
        else:
            print_table(by_size[args.deals], args.deals, where)
    finally:
        if server is not None:
            server.stop()
    if args.json:
        data = by_size[sizes[0]] if len(sizes) == 1 else {str(n): figures for n, figures in by_size.items()}
        args.json.write_text(json.dumps(data, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
