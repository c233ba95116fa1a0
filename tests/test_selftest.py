"""``etap --self-test`` in a subprocess (as the frozen app runs it): every check passes, a report file is written."""

import subprocess
import sys
from pathlib import Path

from tests.support.child_env import app_env

ROOT = Path(__file__).resolve().parent.parent
# The self-test installs translators and redirects QSettings, so it always runs in its own process.
BROKEN_PDF = """
import sys
from desktop import selftest

def broken(_work):
    raise selftest.CheckFailed("the PDF writer is missing")

selftest.check_pdf = broken
sys.exit(selftest.run())
"""


def run_self_test(tmp_path, *args):
    env = app_env(tmp_path, TMPDIR=str(tmp_path))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_self_test_passes_offscreen_and_writes_its_report_to_the_temp_folder(tmp_path):
    result = run_self_test(tmp_path, "-m", "desktop", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    report = tmp_path / "etap-selftest.txt"
    assert f"report written to {report}" in result.stdout
    text = report.read_text(encoding="utf-8")
    for check in ("database", "translations", "main window", "chart", "pdf"):
        assert f"PASS  {check}" in text
    assert "self-test passed: 5/5" in text
    # The user's folders stay untouched: no database or settings were created there.
    assert not list(tmp_path.glob("data/**/etap.db")) and not (tmp_path / "config" / "Etap").exists()


def test_a_failing_check_makes_the_self_test_exit_non_zero_and_says_why(tmp_path):
    result = run_self_test(tmp_path, "-c", BROKEN_PDF)
    assert result.returncode == 1, result.stdout + result.stderr
    text = (tmp_path / "etap-selftest.txt").read_text(encoding="utf-8")
    assert "FAIL  pdf" in text and "the PDF writer is missing" in text and "self-test FAILED: 4/5" in text
