"""The main window: process switcher, the board of the chosen process, empty state, new process."""

from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui.main_window import MainWindow


def make_window(qtbot, actor):
    window = MainWindow(actor, "test.db")
    qtbot.addWidget(window)
    return window


def test_empty_database_shows_the_empty_state_with_a_create_button(qtbot, sqlite_db, admin_actor):
    window = make_window(qtbot, admin_actor)
    assert window.centre.currentWidget().objectName() == "emptyState"
    assert window.empty_button.isEnabled()


def test_new_process_from_template_appears_in_the_switcher(qtbot, sqlite_db, admin_actor, fake_dialogs):
    window = make_window(qtbot, admin_actor)
    fake_dialogs.answers = ["Lejek sprzedaży", 1]
    window.new_process_action.trigger()
    assert window.process_combo.currentText() == "Lejek sprzedaży"
    assert next(s.name for s in window.board.stages) == "New leads"
    assert len(window.board.columns) == 5


def test_duplicate_process_name_shows_a_message_and_changes_nothing(qtbot, sqlite_db, admin_actor, fake_dialogs):
    processes.create_process(admin_actor, "Sprzedaż")
    window = make_window(qtbot, admin_actor)
    fake_dialogs.answers = ["sprzedaż", 0]
    window.new_process_action.trigger()
    assert fake_dialogs.messages and "already exists" in fake_dialogs.messages[0][1]
    assert window.process_combo.count() == 1


def test_board_counts_deals_per_stage_in_column_headers(qtbot, sqlite_db, admin_actor):
    p = processes.create_process(admin_actor, "Sprzedaż")
    for i in range(3):
        deals.create_deal(admin_actor, p.id, f"Deal {i}")
    window = make_window(qtbot, admin_actor)
    counts = [c.count_label.text() for c in window.board.columns.values()]
    assert counts == ["3", "0", "0", "0", "0"]


def test_agents_cannot_create_processes(qtbot, sqlite_db, admin_actor):
    from desktop.services.admin import users

    agent = users.actor_for(users.create_user(admin_actor, "ola", "Ola Żak").id)
    window = make_window(qtbot, agent)
    assert not window.new_process_action.isEnabled()
