"""The start's cost in instructions, which a busy machine does not change (its time figures do: a figure of
``run.py`` on a machine shared with other work moves by a fifth from one run to the next).

Counts, with valgrind's callgrind, the main thread's instructions from the interpreter's start to the first
paint (the ``painted`` line of ``--exit-after-paint``; the process ends there) of the app on a database and of
the bare PySide6 window of ``run.py``, and prints both and their ratio. Each is started once first, so both
run from compiled bytecode as in ``run.py``. One count takes about half a minute; two runs of the same tree on
the same database agree to within 0.1 %.

    python tests/bench/start_instructions.py --db /var/tmp/bench/bench-1000000.db

Needs ``valgrind`` on the PATH; not part of the test suite.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repository's root on the path, as ``-m`` would give
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.run import BARE_WINDOW, ROOT, app_env

# ends the process at its first "painted" line, so what follows the first paint is not counted
STOP_AT_PAINT = """
import builtins, os, sys
_print = builtins.print
def _print_then_stop(*args, **kwargs):
    _print(*args, **kwargs)
    if args and str(args[0]).startswith("painted"):
        sys.stdout.flush()
        os._exit(0)
builtins.print = _print_then_stop
"""
APP = STOP_AT_PAINT + "from desktop.__main__ import main\nsys.exit(main(sys.argv[1:]))\n"
BARE = STOP_AT_PAINT + BARE_WINDOW


def main_thread_instructions(code: str, args: list[str], env: dict, out: Path) -> int:
    """Instructions of the main thread of ``python -c code args`` under callgrind."""
    command = [sys.executable, "-c", code, *args]
    subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=True, timeout=300)  # compiles bytecode
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--separate-threads=yes", f"--callgrind-out-file={out}", *command],
        env=env, cwd=ROOT, capture_output=True, check=True, timeout=1800,
    )  # fmt: skip
    main_thread = Path(f"{out}-01")
    return next(int(line.split()[1]) for line in main_thread.read_text().splitlines() if line.startswith("totals:"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the database file (or postgresql:// URL) the app starts on")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as home:
        env = app_env(home) | {"PYTHONHASHSEED": "0"}  # the same dictionaries' layout in every run
        app = main_thread_instructions(APP, ["--db", args.db, "--exit-after-paint"], env, Path(home) / "app.out")
        bare = main_thread_instructions(BARE, [], env, Path(home) / "bare.out")
    print(f"app.start_instructions  {app / 1e6:8.1f} M   bare window {bare / 1e6:8.1f} M   ratio {app / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
