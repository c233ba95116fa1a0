"""Nothing lost on a crash: a writer doing creates, moves and edits through the services is killed with SIGKILL
at random 30 times; after each kill the file passes integrity_check, every acknowledged commit is there, and
every deal has exactly one open stay, in the stage it is in."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30


def _check(path: Path, created: set[int], titles: dict[int, int]) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = dict(conn.execute("SELECT id, title FROM deal").fetchall())
        missing = created - stored.keys()
        assert not missing, f"acknowledged deals lost: {sorted(missing)}"
        for deal_id, n in titles.items():
            assert int(stored[deal_id][1:]) >= n, f"deal {deal_id}: acknowledged title t{n}, found {stored[deal_id]}"
        bad = conn.execute(
            """SELECT d.id, COUNT(s.id), SUM(s.stage_id = d.stage_id) FROM deal d
               LEFT JOIN stage_stay s ON s.deal_id = d.id AND s.left_at IS NULL
               GROUP BY d.id HAVING COUNT(s.id) != 1 OR SUM(s.stage_id = d.stage_id) != 1"""
        ).fetchall()
        assert not bad, f"deals without exactly one open stay in their stage: {bad[:5]}"


@pytest.mark.slow
def test_sigkill_during_writes_never_loses_an_acknowledged_commit_or_corrupts_the_file(tmp_path):
    path = tmp_path / "crash.db"
    rng = random.Random(20261201)
    created: set[int] = set()
    titles: dict[int, int] = {}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for round_no in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_writer", str(path), str(round_no)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            for _ in range(rng.randint(3, 40)):
                line = writer.stdout.readline()
                assert line, f"writer ended early (exit {writer.wait()})"
                op, deal_id, *rest = line.split()
                if op == "create":
                    created.add(int(deal_id))
                elif op == "edit":
                    titles[int(deal_id)] = int(rest[0])
            writer.send_signal(signal.SIGKILL)  # mid-way through whatever it does next
        finally:
            writer.kill()
            writer.wait()
            writer.stdout.close()
        _check(path, created, titles)
    assert len(created) >= ROUNDS
