"""What a start of the window does before its first paint, and what it leaves for later: the command line is read
without the commands' parsers, Python's garbage collector waits for the paint, and neither the dialogs nor the
classes of QtWidgets that the board does not show are built (each was a few per cent of the start). A command
other than the window runs as before. The first paint is observed in a fresh interpreter, as the app starts,
through the ``painted`` line that ``--exit-after-paint`` prints."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from desktop import __main__ as entry
from desktop.ui.board.column import CardListView
from tests.support.child_env import app_env

ROOT = Path(__file__).resolve().parents[2]

# starts the window on FILE the way ``python -m desktop`` does; at the first paint, then once the window idled
# after it (``--idle-rss``: desktop.app.resident_mb), it reports what was loaded and whether the collector ran
PROBE = """
import builtins, gc, json, sys
import desktop.__main__ as entry
from desktop import app

shown, seen = builtins.print, {}

def at_paint(*args, **kwargs):
    if args and str(args[0]).startswith("painted"):
        from PySide6 import QtWidgets
        seen.update(
            gc_at_paint=gc.isenabled(),
            modules=sorted(m for m in sys.modules if m.startswith("desktop")),
            widget_classes=sorted(name for name in vars(QtWidgets) if name.startswith("Q")),
        )
    shown(*args, **kwargs)

def resident_mb():
    seen["gc_after_paint"] = gc.isenabled()
    return 0.0

builtins.print, app.resident_mb = at_paint, resident_mb
code = entry.main(["--db", sys.argv[1], "--exit-after-paint", "--idle-rss=0"])
shown(json.dumps(seen | {"code": code, "gc_at_exit": gc.isenabled()}))
"""


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory) -> dict:
    from desktop.services.admin import users
    from desktop.services.deals import deals
    from desktop.services.processes import processes
    from desktop.store import db as store_db

    home = tmp_path_factory.mktemp("start")
    path = home / "etap.db"
    store_db.open_database(path)
    try:
        actor = users.local_admin()
        process = processes.create_process(actor, "Sprzedaż", "b2b")
        deals.create_deal(actor, process.id, "Okna")
    finally:
        store_db.close_database()
    env = app_env(home)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_paints_with_the_garbage_collector_paused_and_gets_it_back_after(first_paint):
    assert first_paint["code"] == 0
    assert first_paint["gc_at_paint"] is False
    assert first_paint["gc_after_paint"] is True and first_paint["gc_at_exit"] is True


def test_a_window_start_reads_its_options_without_the_commands_parsers(first_paint):
    assert not {"desktop.cli_report", "desktop.cli_mail", "desktop.users_cli"} & set(first_paint["modules"])


def test_a_window_start_builds_no_widget_class_the_board_does_not_show(first_paint):
    unused = {"QWizard", "QMdiArea", "QGraphicsView", "QCalendarWidget", "QLCDNumber", "QDockWidget"}
    assert not unused & set(first_paint["widget_classes"])


def test_a_window_start_builds_no_dialog_it_does_not_show(first_paint):
    assert "desktop.ui.board.fields_dialog" not in first_paint["modules"]  # for a move into a stage that asks
    assert "desktop.ui.dialogs" in first_paint["modules"]  # the seam is there, its Qt dialogs are not
    assert not {"QMessageBox", "QFileDialog", "QInputDialog"} & set(first_paint["widget_classes"])


def test_a_window_start_leaves_the_segments_and_the_mail_rules_for_later(first_paint):
    later = {"desktop.services.pipeline.segments", "desktop.domain.funnel", "desktop.domain.mail"}
    assert not later & set(first_paint["modules"])  # the Segments menu when it opens; a user's e-mail when set


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.db"],
        ["--db", "x.db", "--lang", "pl", "--exit-after-paint"],
        ["--db=x.db", "--demo", "--demo-deals", "300"],
        ["--exit-after-paint", "--idle-rss"],
        ["--exit-after-paint", "--idle-rss=500"],
        ["--self-test"],
        ["--ex", "--db", "x.db"],  # an abbreviation
        ["demo", "--db", "x.db", "--deals", "20"],
        ["--db", "x.db", "worker", "--db", "y.db", "--once"],
        ["users", "list", "--db", "x.db"],
    ],
)
def test_the_command_line_reads_as_the_full_parser_reads_it(argv):
    assert vars(entry.parse_args(argv)) == vars(entry.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--lang", "xx"], ["--demo-deals", "many"], ["--d", "x"], ["nothing"], ["--help"]])
def test_a_mistake_or_help_is_answered_by_the_full_parser(argv, capsys):
    with pytest.raises(SystemExit) as full:
        entry.build_parser().parse_args(argv)
    expected = capsys.readouterr()
    with pytest.raises(SystemExit) as read:
        entry.parse_args(argv)
    assert read.value.code == full.value.code
    assert capsys.readouterr() == expected  # the same usage line (with the commands), message and help


DEMO_PROBE = """
import gc, json, sys
import desktop.demo

seen = {}
desktop.demo.generate = lambda deals, **kwargs: seen.update(gc_while_generating=gc.isenabled(), deals=deals)
import desktop.__main__ as entry
code = entry.main(["--db", sys.argv[1], "--demo", "--demo-deals", "3", "--exit-after-paint"])
print(json.dumps(seen | {"code": code}))
"""


def test_the_window_generates_its_sample_data_with_the_garbage_collector(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"))
    done = subprocess.run(
        [sys.executable, "-c", DEMO_PROBE, str(tmp_path / "new.db")],
        cwd=ROOT, env=env | {"XDG_DATA_HOME": str(tmp_path / "d")}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"gc_while_generating": True, "deals": 3, "code": 0}


def test_a_command_runs_with_the_garbage_collector(monkeypatch):
    from desktop import app

    seen = []
    monkeypatch.setattr(app, "run_worker", lambda args: seen.append(gc.isenabled()) or 0)
    assert entry.main(["worker", "--db", "x.db", "--once"]) == 0
    assert seen == [True] and gc.isenabled()


def test_the_card_list_has_the_viewport_qt_gives_a_list_view_on_the_window_colour(qapp):
    cards, plain = CardListView(), QListView()
    mine, qts = cards.viewport(), plain.viewport()
    assert mine.backgroundRole() != qts.backgroundRole()  # the one difference meant: cards stand out
    drops = {Qt.WidgetAttribute.WA_AcceptDrops, Qt.WidgetAttribute.WA_DropSiteRegistered}  # the board takes drops
    for attribute in set(Qt.WidgetAttribute) - drops:
        assert mine.testAttribute(attribute) == qts.testAttribute(attribute), attribute
    assert mine.acceptDrops() and mine.objectName() == qts.objectName() and mine.autoFillBackground()
    assert mine.focusProxy() is cards and mine.parent() is cards
    assert cards.children().index(mine) == plain.children().index(qts) == 0
