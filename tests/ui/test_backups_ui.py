"""File → Backups…, Back up now, restore through the dialog, Export all data, and the schedule's timer."""

import zipfile

import pytest

from desktop.services.admin import backups
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui.backups.dialog import BackupsDialog
from desktop.ui.backups.folder import backup_folder, set_backup_folder
from desktop.ui.main_window import MainWindow


@pytest.fixture
def folder(tmp_path):
    set_backup_folder(tmp_path / "kopie")
    yield tmp_path / "kopie"
    set_backup_folder(None)


@pytest.fixture
def deal(admin_actor):
    process = processes.create_process(admin_actor, "Sprzedaż", "b2b")
    return deals.create_deal(admin_actor, process.id, "Okna")


def test_backups_dialog_starts_empty_then_lists_the_copy_back_up_now_made(qtbot, admin_actor, folder, deal):
    dialog = BackupsDialog(admin_actor)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0 and not dialog.empty.isHidden()
    path = dialog.back_up_now()
    assert path is not None and path.parent == folder
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(2) == "1"
    assert dialog.empty.isHidden()


def test_restoring_in_the_dialog_asks_first_and_brings_back_the_copy(qtbot, admin_actor, folder, deal, fake_dialogs):
    dialog = BackupsDialog(admin_actor)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    deals.edit_deal(admin_actor, deal.id, deal.version, title="Po kopii")
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    fake_dialogs.answers.append(False)
    assert not dialog.restore_selected()
    assert deals.get_deal(deal.id).title == "Po kopii"
    fake_dialogs.answers.append(True)
    with qtbot.waitSignal(dialog.restored):
        assert dialog.restore_selected()
    assert deals.get_deal(deal.id).title == "Okna"
    assert dialog.list.topLevelItemCount() == 2  # the safety copy of the state before


def test_restore_is_offered_to_admins_only(qtbot, admin_actor, folder):
    from desktop.services.actor import Actor

    dialog = BackupsDialog(Actor(admin_actor.id, "manager"))
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden()


def _settle(qtbot, safety):
    qtbot.waitUntil(lambda: not safety.busy(), timeout=30000)


def test_window_backs_up_at_start_off_the_gui_thread_once_a_day_and_stops_on_close(qtbot, admin_actor, folder, deal):
    from PySide6.QtCore import QSettings

    from desktop.ui.backups.actions import FULL_CHECK_KEY

    QSettings().setValue(FULL_CHECK_KEY, "2999-01-01T00:00:00+00:00")  # this test is about copies only
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    safety = window.data_safety
    with qtbot.waitSignal(safety.finished, timeout=30000):
        safety.start()
        assert safety.timer.isActive()
    _settle(qtbot, safety)
    assert len(backups.list_backups(folder)) == 1
    with qtbot.waitSignal(safety.finished, timeout=30000) as blocker:
        assert safety.back_up_if_due(backups.AT_START_AFTER)  # the same day again: no second copy
    assert blocker.args[1] is None
    _settle(qtbot, safety)
    assert len(backups.list_backups(folder)) == 1
    window.close()
    assert not safety.timer.isActive() and not safety.busy()
    QSettings().remove(FULL_CHECK_KEY)


def test_back_up_now_reports_the_copy_when_done(qtbot, admin_actor, folder, deal, fake_dialogs):
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_safety.finished, timeout=30000):
        assert window.data_safety.back_up_now()
    assert fake_dialogs.messages[-1][0] == "info"
    assert len(backups.list_backups(folder)) == 1


def test_closing_the_window_cancels_a_running_backup_and_leaves_no_partial_file(qtbot, admin_actor, folder, deal):
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    safety = window.data_safety
    # a job that holds on until it is cancelled, then tries to copy: closing must cancel, join, leave nothing
    started = safety._start(
        "backup-scheduled", lambda cancel: (cancel.wait(), backups.back_up(folder, cancelled=cancel))
    )
    assert started
    window.close()
    assert not safety.busy()
    assert backups.list_backups(folder) == [] and not list(folder.glob("*.partial"))


def test_file_menu_export_all_writes_a_zip(qtbot, admin_actor, deal, tmp_path, fake_dialogs, folder):
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    target = tmp_path / "dane.zip"
    fake_dialogs.answers.append(str(target))
    assert window.data_safety.export_everything() == target
    with zipfile.ZipFile(target) as archive:
        assert "deal.csv" in archive.namelist()
    assert fake_dialogs.messages[-1][0] == "info"


def test_backup_folder_defaults_to_beside_the_database(admin_actor):
    assert backup_folder() == backups.default_folder()


def test_weekly_full_check_runs_off_the_gui_thread_once_a_week_and_flags_damage(qtbot, admin_actor, folder):
    from datetime import datetime, timedelta

    from PySide6.QtCore import QSettings

    from desktop.ui.backups.actions import FULL_CHECK_KEY
    from desktop.ui.backups.folder import DAMAGED_KEY

    QSettings().remove(FULL_CHECK_KEY)
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    safety = window.data_safety
    now = datetime.now().astimezone()
    with qtbot.waitSignal(safety.finished, timeout=30000) as blocker:
        assert safety.start_full_check_if_due(now)
    assert blocker.args[0] == "full-check" and blocker.args[1][0] == []
    qtbot.waitUntil(lambda: not safety.busy())
    assert not safety.start_full_check_if_due(now + timedelta(days=6))  # checked this week
    assert QSettings().value(DAMAGED_KEY, "") == ""
    window.close()
    QSettings().remove(FULL_CHECK_KEY)


def test_move_database_copies_it_verified_and_makes_it_the_default_for_the_next_start(
    qtbot, admin_actor, deal, tmp_path, fake_dialogs
):
    import sqlite3

    from desktop.ui.backups.folder import moved_database, set_moved_database

    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    target = tmp_path / "lokalny" / "etap.db"
    fake_dialogs.answers.append(str(target))
    try:
        assert window.data_safety.move_database() == target
        with sqlite3.connect(target) as conn:
            assert conn.execute("SELECT title FROM deal").fetchall() == [("Okna",)]
        assert moved_database() == target  # what app.default_database_path() opens at the next start
        fake_dialogs.answers.append(str(target))  # again onto the same file: refused, nothing changed
        assert window.data_safety.move_database() is None
        assert fake_dialogs.messages[-1][0] == "error"
    finally:
        set_moved_database(None)


def test_moving_into_a_cloud_synced_folder_asks_first(qtbot, admin_actor, deal, tmp_path, fake_dialogs):
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    target = tmp_path / "Dropbox" / "etap.db"
    fake_dialogs.answers += [str(target), False]
    assert window.data_safety.move_database() is None
    assert not target.exists()
