"""A small-size smoke run of the benchmark command (every figure measured once on a little work), so it keeps
working (figures are not asserted: speed is judged from the full-size run's printed table, never by timed
tests)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_benchmark_command_runs_and_writes_every_figure_as_json(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "tests/bench/run.py", "--deals", "2000", "--fresh", "--smoke", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert {"db.generate_s", "app.start_to_window_ms"} <= set(figures)
    for name, fig in figures.items():
        assert set(fig) == {"value", "unit", "baseline", "ratio"}, name
        # a memory delta may be negative: the allocator can hand back what earlier figures freed
        assert fig["value"] >= 0 or fig["unit"] == "MB", name
    assert figures["app.start_to_window_ms"]["baseline"] > 0
