"""Startup smoke tests in a subprocess: the real entry point, a fresh database, offscreen."""

import os
import sqlite3
import subprocess
import sys

import pytest

from desktop import __version__
from tests.support.child_env import app_env


def run_etap(*args, tmp_path, timeout=120):
    env = app_env(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def test_version_prints_the_package_version(tmp_path):
    result = run_etap("--version", tmp_path=tmp_path)
    assert result.returncode == 0 and __version__ in result.stdout


def test_app_starts_offscreen_on_a_fresh_database_and_exits_cleanly(tmp_path):
    db = tmp_path / "fresh.db"
    result = run_etap("--db", str(db), "--lang", "pl", "--exit-after-paint", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "painted" in result.stdout
    assert db.exists()


def test_default_database_lives_in_the_users_data_folder(tmp_path):
    result = run_etap("--exit-after-paint", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "data").rglob("etap.db")), "no etap.db under XDG_DATA_HOME"


def test_demo_command_fills_a_database_headless(tmp_path):
    db = tmp_path / "demo.db"
    result = run_etap("demo", "--db", str(db), "--deals", "500", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM deal").fetchone()[0] == 500
        names = {r[0] for r in conn.execute("SELECT first_name || ' ' || last_name FROM contact")}
        assert any(ch in "".join(names) for ch in "ąćęłńóśźżŁŚŻ")
        # every deal has exactly one open stay, in its current stage
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM deal d JOIN stage_stay s ON s.deal_id = d.id AND s.left_at IS NULL "
                "AND s.stage_id = d.stage_id"
            ).fetchone()[0]
            == 500
        )


def _deal_count(db) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM deal").fetchone()[0]
    finally:
        conn.close()  # the demo loader needs the file to itself


def test_demo_command_refuses_to_append_unless_asked(tmp_path):
    db = tmp_path / "mine.db"
    assert run_etap("demo", "--db", str(db), "--deals", "20", tmp_path=tmp_path).returncode == 0
    again = run_etap("demo", "--db", str(db), "--deals", "20", tmp_path=tmp_path)
    assert again.returncode == 1 and "--append" in again.stderr
    assert _deal_count(db) == 20
    assert run_etap("demo", "--db", str(db), "--deals", "20", "--append", tmp_path=tmp_path).returncode == 0
    assert _deal_count(db) == 40


@pytest.mark.slow
def test_demo_flag_fills_only_an_empty_database(tmp_path):
    db = tmp_path / "first.db"
    result = run_etap("--db", str(db), "--demo", "--demo-deals", "300", "--exit-after-paint", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    result = run_etap("--db", str(db), "--demo", "--demo-deals", "300", "--exit-after-paint", tmp_path=tmp_path)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM deal").fetchone()[0] == 300


def test_without_a_display_etap_says_so_and_exits_instead_of_hiding_offscreen(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("a display is a Linux question")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "x.db")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "graphical desktop" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_the_start_check_run_beside_loading_reports_what_the_quick_check_finds(tmp_path):
    from desktop.app import _check_in_background

    assert _check_in_background(None) is None  # a PostgreSQL URL: nothing to check
    assert _check_in_background(tmp_path / "new.db") is None  # a first start: no file yet
    sound = tmp_path / "sound.db"
    with sqlite3.connect(sound) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert _check_in_background(sound)() == []
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"hello" * 1000)
    assert _check_in_background(garbage)() != []


def test_an_error_in_the_start_check_reaches_the_starting_thread(tmp_path, monkeypatch):
    from desktop.app import _check_in_background
    from desktop.services.admin import backups

    def broken(_path):
        raise RuntimeError("the check itself failed")

    monkeypatch.setattr(backups, "quick_check", broken)
    file = tmp_path / "x.db"
    file.write_bytes(b"")
    with pytest.raises(RuntimeError, match="check itself failed"):
        _check_in_background(file)()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priorities are Linux's")
def test_the_start_check_runs_at_a_lower_priority_than_the_window_being_built(tmp_path, monkeypatch):
    import threading

    from desktop.app import _check_in_background
    from desktop.services.admin import backups

    def priority() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    seen = []
    monkeypatch.setattr(backups, "quick_check", lambda _path: seen.append(priority()) or [])
    file = tmp_path / "x.db"
    file.write_bytes(b"")
    assert _check_in_background(file)() == []
    assert seen == [min(priority() + 10, 19)]  # the starting thread keeps its own
