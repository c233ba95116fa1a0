"""Live changes between copies of the app: another process (copy A) writes, this window (copy B) shows it
without any user action. PostgreSQL by NOTIFY on a listening connection, SQLite by ``data_version``."""

import json
import select
import subprocess
import sys
import textwrap

import pytest

from desktop.services import live
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store import db as store_db
from desktop.store import notify
from desktop.ui.main_window import MainWindow

COPY_A = textwrap.dedent(
    """
    import sys
    from desktop.services.deals import deals
    from desktop.services.admin import users
    from desktop.services import wiring
    from desktop.store import db
    db.open_database(sys.argv[1])
    wiring.wire()
    actor = users.actor_for(int(sys.argv[2]))
    action, deal_id, value = sys.argv[3], int(sys.argv[4]), sys.argv[5]
    row = deals.get_deal(deal_id, actor)
    if action == "move":
        deals.move_deal(actor, deal_id, int(value))
    else:
        deals.edit_deal(actor, deal_id, row.version, title=value)
    db.close_database()
    """
)


def copy_a(target: str, actor_id: int, action: str, deal_id: int, value) -> None:
    """Another copy of the app, in its own process with its own connection, changes a deal."""
    result = subprocess.run(
        [sys.executable, "-c", COPY_A, target, str(actor_id), action, str(deal_id), str(value)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def team(request, tmp_path, qtbot):
    if request.param == "sqlite":
        target = str(tmp_path / "shared.db")
    else:
        target = request.getfixturevalue("pg_server").create_database("etap_live", template="etap_template")
    store_db.open_database(target)
    admin = users.local_admin()
    anna = users.actor_for(users.create_user(admin, "anna", "Anna Nowak", "manager").id)
    process = processes.create_process(admin, "Sprzedaż")
    stages = processes.list_stages(process.id)
    deal = deals.create_deal(admin, process.id, "Okna")
    window = MainWindow(admin, "test")
    window.live._sqlite.setInterval(50)
    qtbot.addWidget(window)
    window.show()
    window.start_background()
    qtbot.waitUntil(lambda: window.board.process_id == process.id)
    yield {"target": target, "window": window, "anna": anna, "stages": stages, "deal": deal}
    window.close()
    store_db.close_database()


def cards(window, stage):
    return [c.id for c in window.board.models[stage.id].cards]


def test_a_deal_moved_in_another_copy_appears_on_this_board_by_itself(team, qtbot):
    window, stages, deal = team["window"], team["stages"], team["deal"]
    assert cards(window, stages[0]) == [deal.id]
    copy_a(team["target"], team["anna"].id, "move", deal.id, stages[1].id)
    qtbot.waitUntil(lambda: cards(window, stages[1]) == [deal.id], timeout=10_000)
    assert cards(window, stages[0]) == []
    assert window.board.columns[stages[1].id].count_label.text() == "1"


def test_an_open_sheet_with_unsaved_edits_is_told_and_nothing_is_overwritten(team, qtbot):
    window, deal = team["window"], team["deal"]
    sheet = window.open_deal(deal.id)
    qtbot.addWidget(sheet)
    sheet.panel.title.setText("Moje niezapisane")
    sheet.panel.edited.emit()
    copy_a(team["target"], team["anna"].id, "edit", deal.id, "Okna PCV")
    qtbot.waitUntil(lambda: sheet.reload_button.isVisible(), timeout=10_000)
    assert "Anna Nowak" in sheet.message.text() or not live.is_team()
    assert sheet.panel.title.text() == "Moje niezapisane"
    assert deals.get_deal(deal.id).title == "Okna PCV"
    sheet.reload_button.click()
    assert sheet.panel.title.text() == "Okna PCV" and not sheet.reload_button.isVisible()


def test_a_sheet_without_edits_just_shows_the_new_state(team, qtbot):
    window, deal = team["window"], team["deal"]
    sheet = window.open_deal(deal.id)
    qtbot.addWidget(sheet)
    copy_a(team["target"], team["anna"].id, "edit", deal.id, "Drzwi")
    qtbot.waitUntil(lambda: sheet.panel.title.text() == "Drzwi", timeout=10_000)
    assert not sheet.reload_button.isVisible()


@pytest.mark.postgres
def test_notify_is_sent_at_commit_only_and_own_changes_are_left_out(pg_server, qtbot):
    target = pg_server.create_database("etap_notify", template="etap_template")
    store_db.open_database(target)
    try:
        admin = users.local_admin()
        process = processes.create_process(admin, "Sprzedaż")
        stages = processes.list_stages(process.id)
        raw = notify.Listener(live.CHANNEL)
        own = live.Listener()
        with store_db.atomic() as transaction:
            deal = deals.create_deal(admin, process.id, "Wycofana")
            transaction.rollback()
        deal = deals.create_deal(admin, process.id, "Okna")
        deals.move_deal(admin, deal.id, stages[1].id)
        received = []
        while len(received) < 2 and select.select([raw.fileno()], [], [], 10)[0]:
            received += [json.loads(p) for _pid, p in raw.poll()]
        assert [(r["k"], r["d"]) for r in received] == [("deal_created", [deal.id]), ("deal_moved", [deal.id])]
        assert received[1]["s"] == sorted([stages[0].id, stages[1].id]) and received[1]["n"] == admin.name
        assert own.poll() == []  # this copy's own changes do not come back to it
        raw.close()
        own.close()
    finally:
        store_db.close_database()


@pytest.mark.postgres
def test_a_lost_listening_connection_shows_offline_reconnects_and_refreshes_everything(pg_server, qtbot):
    from desktop.ui.live import LiveChanges

    target = pg_server.create_database("etap_reconnect", template="etap_template")
    store_db.open_database(target)
    watcher = LiveChanges()
    try:
        watcher.start()
        pid = watcher._listener._listener.conn.info.backend_pid
        with qtbot.waitSignal(watcher.online_changed, timeout=20_000) as went:
            store_db.database.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))
        assert went.args == [False]
        with qtbot.waitSignals([watcher.online_changed, watcher.changed], timeout=20_000):
            pass
        assert watcher.online
    finally:
        watcher.stop()
        store_db.close_database()
