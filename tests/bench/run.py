"""Etap benchmarks: ``python tests/bench/run.py [--deals N] [--only PREFIX] [--json FILE]``.

Builds (or reuses, under tests/bench/.cache/) a demo database of N deals (default 1,000,000), runs every
figure, prints a table and optionally writes ``{name: {value, unit, baseline, ratio}}`` as JSON. Each figure
comes with a baseline measured in the same run where one exists (raw sqlite3 for queries, a bare PySide6
window for start-up). Feature benchmarks live beside this file as ``bench_<feature>.py`` with
``run(db_path, deals) -> dict``; they are picked up automatically.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CACHE = HERE / ".cache"

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
            print("painted", flush=True)
            QTimer.singleShot(0, self.close)
app = QApplication(sys.argv[:1]); w = W(); w.resize(1280, 800); w.show(); app.exec()
"""


def figure(value: float, unit: str, baseline: float | None = None) -> dict:
    ratio = round(value / baseline, 2) if baseline else None
    return {
        "value": round(value, 2),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 2),
        "ratio": ratio,
    }


def build_database(deals: int, fresh: bool) -> tuple[Path, float | None]:
    """The demo database for ``deals``; returns its path and the generation time if it was built now."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"bench-{deals}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not fresh:
        return path, json.loads(meta.read_text())["generate_s"]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--db", str(path), "--deals", str(deals)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - started
    meta.write_text(json.dumps({"generate_s": elapsed}))
    return path, elapsed


def time_to_line(cmd: list[str], needle: str, env: dict) -> float:
    """Milliseconds from spawning ``cmd`` to the first stdout line containing ``needle``."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if needle in line:
            elapsed = (time.perf_counter() - started) * 1000
            proc.wait(timeout=60)
            return elapsed
    proc.wait(timeout=60)
    raise RuntimeError(f"{cmd} never printed {needle!r}")


def bench_core(db_path: Path, generate_s: float | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results = {}
    if generate_s is not None:
        results["db.generate_s"] = figure(generate_s, "s")
    with tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        runs = [
            time_to_line([sys.executable, "-m", "desktop", "--db", str(db_path), "--exit-after-paint"], "painted", env)
            for _ in range(3)
        ]
        bare = [time_to_line([sys.executable, "-c", BARE_WINDOW], "painted", env) for _ in range(3)]
    results["app.start_to_window_ms"] = figure(min(runs), "ms", min(bare))
    return results


def feature_modules() -> list:
    modules = []
    for path in sorted(HERE.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    return modules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--only", default="", help="run only figures whose name starts with this prefix")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--fresh", action="store_true", help="rebuild the database even if cached")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from desktop.services import wiring

    wiring.wire()  # the benchmarks open databases themselves and run use-cases: subscribers as in the app

    wants = (lambda prefix: prefix.startswith(args.only) or args.only.startswith(prefix)) if args.only else None
    db_path, generate_s = build_database(args.deals, args.fresh or (args.only or "").startswith("db."))
    results: dict[str, dict] = {}
    if wants is None or wants("db.") or wants("app."):
        results.update(bench_core(db_path, generate_s))
    for module in feature_modules():
        prefix = module.__name__.removeprefix("bench_") + "."
        if wants is None or wants(prefix):
            results.update(module.run(db_path, args.deals))
    if args.only:
        results = {k: v for k, v in results.items() if k.startswith(args.only)}

    print(f"{'figure':32} {'value':>12} {'unit':5} {'baseline':>12} {'ratio':>7}   ({args.deals:,} deals)")
    for name, fig in sorted(results.items()):
        base = "" if fig["baseline"] is None else f"{fig['baseline']:>12}"
        ratio = "" if fig["ratio"] is None else f"{fig['ratio']:>7}"
        print(f"{name:32} {fig['value']:>12} {fig['unit']:5} {base:>12} {ratio:>7}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
