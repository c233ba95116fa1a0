"""The deal sheet window (F5) and the main window's My tasks, notifications bell and reminder clock."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.services import notifications
from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.deals import deals, notes_files
from desktop.services.processes import processes
from desktop.store import db as store_db
from desktop.ui.deal_sheet.sheet import DealSheet, open_deal_sheet
from desktop.ui.main_window import MainWindow
from desktop.ui.my_tasks import MyTasksView, ReminderClock


@pytest.fixture
def deal(admin_actor):
    p = processes.create_process(admin_actor, "Sprzedaż")
    return deals.create_deal(admin_actor, p.id, "Okna dla szkoły", value="1200")


@pytest.fixture
def sheet(qtbot, admin_actor, deal):
    widget = DealSheet(admin_actor, deal.id)
    qtbot.addWidget(widget)
    return widget


def test_panel_shows_the_deal_and_save_records_each_changed_field(sheet, deal):
    assert sheet.panel.title.text() == "Okna dla szkoły"
    assert not sheet.save_button.isEnabled()
    sheet.panel.title.setText("Okna PCV dla szkoły")
    sheet.panel.title.textEdited.emit("Okna PCV dla szkoły")
    sheet.panel.value.setText("1500,50")
    assert sheet.save_button.isEnabled()
    assert sheet.save()
    row = deals.get_deal(deal.id)
    assert row.title == "Okna PCV dla szkoły" and str(row.value) == "1500.50"
    saved = sheet.history_tab.list.topLevelItem(0)  # one save, one row; each field a child
    assert saved.data(0, 256) == "field_changed" and saved.childCount() == 2
    assert "Okna PCV dla szkoły" in saved.text(2) and "1,500.50 PLN" in saved.text(2)


def test_invalid_amount_is_explained_next_to_the_field_and_nothing_is_saved(sheet, deal):
    sheet.panel.value.setText("dwa tysiące")
    assert not sheet.save()
    error = sheet.panel.errors["value"]
    assert not error.isHidden() and error.text()
    assert deals.get_deal(deal.id).version == deal.version


def test_undo_while_open_restores_the_saved_value(sheet, deal):
    sheet.panel.title.setText("Nowy tytuł")
    assert sheet.save()
    sheet.undo_stack.undo()
    assert deals.get_deal(deal.id).title == "Okna dla szkoły"
    assert sheet.panel.title.text() == "Okna dla szkoły"
    sheet.undo_stack.redo()
    assert deals.get_deal(deal.id).title == "Nowy tytuł"


def test_deal_changed_elsewhere_is_not_overwritten_and_the_user_sees_what_changed(
    sheet, deal, admin_actor, fake_dialogs
):
    deals.edit_deal(admin_actor, deal.id, deal.version, value="9000")  # another window saved first
    sheet.panel.title.setText("Mój tytuł")
    fake_dialogs.answers = [False]  # keep my edits on screen
    assert not sheet.save()
    assert "Value" in sheet.message.text() or "Wartość" in sheet.message.text()
    row = deals.get_deal(deal.id)
    assert row.title == "Okna dla szkoły" and str(row.value) == "9000.00"
    fake_dialogs.answers = [True]  # now load the current version
    assert not sheet.save()
    assert sheet.panel.value.text().startswith("9000")


def test_tasks_tab_adds_a_task_and_marks_it_done(sheet, deal):
    tab = sheet.tasks_tab
    tab.title.setText("Zadzwonić do klienta")
    tab.add_button.click()
    assert [t.title for t in tasks.deal_tasks(users.local_admin(), deal.id)] == ["Zadzwonić do klienta"]
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    tab.done_button.click()
    assert tasks.deal_tasks(users.local_admin(), deal.id)[0].done_at is not None


def test_overdue_task_is_highlighted(qtbot, admin_actor, deal):
    tasks.create_task(admin_actor, "Zaległe", deal.id, datetime(2020, 1, 1, 9))
    widget = DealSheet(admin_actor, deal.id)
    qtbot.addWidget(widget)
    item = widget.tasks_tab.list.topLevelItem(0)
    assert item.foreground(0).color().name() == "#c62828"


def test_notes_tab_adds_a_note_and_attaches_and_exports_a_file(sheet, deal, fake_dialogs, tmp_path):
    tab = sheet.notes_tab
    tab.note_edit.setPlainText("Prosi o rabat")
    tab.add_note_button.click()
    assert [n.text for n in notes_files.notes(users.local_admin(), deal.id)] == ["Prosi o rabat"]
    source = tmp_path / "umowa.docx"
    source.write_bytes(b"PK\x03\x04 " + "zawartość".encode())
    fake_dialogs.answers = [str(source)]
    tab.attach_button.click()
    assert tab.files.topLevelItemCount() == 1
    tab.files.setCurrentItem(tab.files.topLevelItem(0))
    copy = tab.export_current(tmp_path / "kopia.docx")
    assert copy.read_bytes() == source.read_bytes()


def test_too_large_attachment_shows_a_message_and_adds_nothing(sheet, deal, fake_dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(notes_files, "MAX_FILE_BYTES", 10)
    source = tmp_path / "duży.pdf"
    source.write_bytes(b"x" * 11)
    fake_dialogs.answers = [str(source)]
    sheet.notes_tab.attach_button.click()
    assert fake_dialogs.messages and "duży.pdf" in fake_dialogs.messages[0][1]
    assert notes_files.files(users.local_admin(), deal.id) == []


def test_history_tab_filters_by_kind(sheet, deal, admin_actor):
    notes_files.add_note(admin_actor, deal.id, "Notatka")
    sheet.history_tab.reload()
    assert set(sheet.history_tab.kinds_shown()) == {"created", "note_added"}
    sheet.history_tab.kind.setCurrentIndex(sheet.history_tab.kind.findData("notes"))
    assert sheet.history_tab.kinds_shown() == ["note_added"]


def test_sheet_hosts_activities_calculation_and_follow_up_tabs(sheet):
    titles = [sheet.tabs.tabText(i) for i in range(sheet.tabs.count())]
    assert titles[:2] == ["Activities", "Tasks"] and titles[-1] == "History"
    assert "Follow-up" in titles and "Calculation" in titles


def test_opening_a_deal_twice_raises_the_same_sheet(qtbot, admin_actor, deal):
    first = open_deal_sheet(admin_actor, deal.id)
    qtbot.addWidget(first)
    assert open_deal_sheet(admin_actor, deal.id) is first


def test_main_window_my_tasks_groups_tasks_and_opens_the_deal(qtbot, qtmodeltester, admin_actor, deal):
    now = datetime.utcnow()
    tasks.create_task(admin_actor, "Wczoraj", deal.id, now - timedelta(days=1))
    tasks.create_task(admin_actor, "Za tydzień", deal.id, now + timedelta(days=7))
    tasks.create_task(admin_actor, "Kiedyś", deal.id)
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    window.my_tasks_action.trigger()
    view = window.my_tasks
    assert window.centre.currentWidget() is view
    assert [view.count(k) for k in ("overdue", "today", "upcoming", "undated")] == [1, 0, 1, 1]
    qtmodeltester.check(view.model)
    model = view.model
    assert (
        model.index(0, 0).data() == "Overdue (1)" and not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    )
    assert model.index(1, 0).data() == "Wczoraj"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert view.table.columnSpan(0, 0) == 3
    with qtbot.waitSignal(view.open_deal) as opened:
        view.table.activated.emit(model.index(1, 1))
    assert opened.args == [deal.id]


def test_my_tasks_groups_follow_the_injected_clock_and_mark_done_removes_the_task(qtbot, admin_actor, deal):
    base = datetime(2030, 5, 10, 12, 0)
    tasks.create_task(admin_actor, "Po południu", deal.id, base + timedelta(minutes=30))
    view = MyTasksView(admin_actor, now_fn=lambda: base)
    qtbot.addWidget(view)
    view.reload()
    assert view.count("overdue") == 0
    view.now_fn = lambda: base + timedelta(hours=1)
    view.reload()
    assert view.count("overdue") == 1
    view.table.setCurrentIndex(view.model.index(1, 0))
    view.done_button.click()
    assert view.count("overdue") == 0 and tasks.deal_tasks(users.local_admin(), deal.id)[0].done_at is not None


def test_reminder_clock_fires_once_at_the_due_time_and_leaves_no_timer(qtbot, admin_actor, deal):
    due = datetime(2026, 11, 20, 10, 0)
    tasks.create_task(admin_actor, "Oddzwonić", deal.id, due)
    clock_now = [due - timedelta(minutes=1)]
    clock = ReminderClock(now_fn=lambda: clock_now[0])
    clock.start()  # its first pass runs in the background (a backlog never holds back the first paint)
    assert clock.timer.isActive()
    clock.worker.wait_idle()
    assert clock.check() == []
    clock_now[0] = due
    with qtbot.waitSignal(clock.reminded):
        clock.timer.timeout.emit()
    assert clock.check() == []
    clock.stop()
    assert not clock.timer.isActive()
    assert notifications.unread_count(admin_actor) == 1
    clock.deleteLater()


def test_reminder_clock_works_off_a_backlog_pass_after_pass_without_waiting_a_minute(
    qtbot, admin_actor, deal, monkeypatch
):
    monkeypatch.setattr(tasks, "REMINDER_PASS", 2)
    due = datetime(2026, 11, 20, 10, 0)
    for i in range(5):
        tasks.create_task(admin_actor, f"Oddzwonić {i}", deal.id, due)
    clock = ReminderClock(now_fn=lambda: due)
    passes = []
    clock.reminded.connect(lambda done: passes.append(len(done)))
    clock.start()
    qtbot.waitUntil(lambda: sum(passes) == 5 and not clock.worker.busy)
    assert passes == [2, 2, 1]  # the timer's next minute was not needed
    clock.stop()
    assert notifications.unread_count(admin_actor) == 5
    clock.deleteLater()


def test_bell_shows_unread_count_and_mark_all_as_read_clears_it(qtbot, admin_actor, deal, fake_dialogs):
    notifications.notify([admin_actor.id], "task_due", "Oddzwonić", deal.id)
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    assert "(1)" in window.bell.text()
    shown = []

    def read(dialog):
        shown.append(dialog.model.rowCount())
        dialog.mark_all.click()
        return True

    fake_dialogs.answers = [read]
    window.bell.click()
    assert shown == [1] and notifications.unread_count(admin_actor) == 0
    assert "(" not in window.bell.text()


def test_main_window_stops_its_timers_when_closed(qtbot, admin_actor, deal):
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    window.start_background()
    assert window.reminders.timer.isActive()
    window.close()
    assert not window.reminders.timer.isActive()
    assert not [t for t in window.findChildren(QTimer) if t.isActive() and t.interval() >= 60_000]
    assert store_db.database.obj is not None


def test_source_combo_offers_the_eight_defaults_and_a_manager_can_edit_the_list(sheet, deal, fake_dialogs):
    combo = sheet.panel.source
    assert [combo.itemText(i) for i in range(1, combo.count())][:3] == ["Direct visit", "Contact form", "Phone"]
    assert combo.count() == 9

    def edit(dialog):
        dialog.edit.setPlainText("Targi\nPolecenie\n")
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    fake_dialogs.answers = [edit]
    sheet.panel.edit_sources.click()
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Targi", "Polecenie"]
    assert not sheet.save_button.isEnabled()  # editing the list is not an edit of the deal
    combo.setCurrentIndex(1)
    assert sheet.save() and deals.get_deal(deal.id).source == "Targi"


def test_opening_an_attachment_hands_a_byte_identical_temp_copy_to_the_system(
    sheet, deal, admin_actor, monkeypatch, tmp_path
):
    from desktop.ui.deal_sheet import notes_tab

    payload = bytes(range(256)) * 50
    notes_files.add_file(admin_actor, deal.id, "cennik.xlsx", payload)
    sheet.notes_tab.reload()
    opened = []
    monkeypatch.setattr(notes_tab.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    sheet.notes_tab.files.setCurrentItem(sheet.notes_tab.files.topLevelItem(0))
    sheet.notes_tab.open_file()
    assert len(opened) == 1 and opened[0].endswith("cennik.xlsx")
    with open(opened[0], "rb") as copy:
        assert copy.read() == payload


def test_deleting_an_attachment_asks_first_and_records_it(sheet, deal, admin_actor, fake_dialogs):
    notes_files.add_file(admin_actor, deal.id, "szkic.png", b"\x89PNG")
    tab = sheet.notes_tab
    tab.reload()
    tab.files.setCurrentItem(tab.files.topLevelItem(0))
    fake_dialogs.answers = [False]
    tab.delete_file()
    assert len(notes_files.files(users.local_admin(), deal.id)) == 1
    fake_dialogs.answers = [True]
    tab.delete_file()
    assert notes_files.files(users.local_admin(), deal.id) == [] and tab.files.topLevelItemCount() == 0
    sheet.history_tab.reload()
    assert "file_deleted" in sheet.history_tab.kinds_shown()


def test_saving_keeps_an_owner_the_pickers_do_not_list(qtbot, admin_actor, deal):
    from desktop.services.admin import users
    from desktop.store.models import User

    former = users.create_user(admin_actor, "ex", "Były Handlowiec")
    row = deals.edit_deal(admin_actor, deal.id, deal.version, owner_id=former.id)
    User.update(active=False).where(User.id == former.id).execute()  # left the company
    widget = DealSheet(admin_actor, deal.id)
    qtbot.addWidget(widget)
    assert widget.panel.owner.line.text() == "Były Handlowiec"
    widget.panel.title.setText("Nowy tytuł")
    assert widget.save()
    saved = deals.get_deal(deal.id)
    assert saved.owner_id == former.id and saved.version == row.version + 1


def test_probability_source_says_activities_for_a_weighted_process(qtbot, admin_actor):
    p = processes.create_process(admin_actor, "B2B", "b2b")
    deal = deals.create_deal(admin_actor, p.id, "Okna")
    widget = DealSheet(admin_actor, deal.id)
    qtbot.addWidget(widget)
    assert widget.panel.probability_source.text() == "from activities"


def test_opening_a_sheet_builds_only_the_tab_in_front_and_reads_little(qtbot, admin_actor, deal):
    from playhouse.test_utils import count_queries

    with count_queries() as counted:
        widget = DealSheet(admin_actor, deal.id)
        qtbot.addWidget(widget)
    assert widget.tabs.currentIndex() == 0 and widget.built_tab("activities") is not None
    assert [widget.built_tab(k) for k in ("tasks", "notes", "calculation", "followup", "history")] == [None] * 5
    assert len(counted.get_queries()) <= 15  # the deal, its panel's labels and the activities (was ~30)


def test_a_tab_shown_later_reads_what_was_written_after_the_sheet_opened(sheet, deal, admin_actor):
    tasks.create_task(admin_actor, "Zadzwonić", deal.id, datetime(2030, 1, 1, 9))
    notes_files.add_note(admin_actor, deal.id, "Prosi o rabat")
    titles = [sheet.tabs.tabText(i) for i in range(sheet.tabs.count())]
    sheet.tabs.setCurrentIndex(titles.index("Tasks"))
    assert sheet.built_tab("tasks") is not None and sheet.built_tab("notes") is None
    assert sheet.tasks_tab.list.topLevelItem(0).text(0) == "Zadzwonić"
    sheet.tabs.setCurrentIndex(titles.index("History"))
    assert set(sheet.built_tab("history").kinds_shown()) == {"created", "task_created", "note_added"}


def test_a_change_elsewhere_reloads_the_built_tabs_and_the_others_show_it_when_built(sheet, deal, admin_actor):
    from desktop.ui import ops

    history = sheet.history_tab  # built on request
    ops.run(None, deals.edit_deal, admin_actor, deal.id, deal.version, title="Okna PCV")
    assert history.list.topLevelItem(0).data(0, 256) == "field_changed"
    assert sheet.built_tab("notes") is None
    notes_files.add_note(admin_actor, deal.id, "Po zmianie")
    sheet.changed_elsewhere()
    assert sheet.built_tab("notes") is None and "note_added" in history.kinds_shown()
    notes = sheet.notes_tab.notes  # built now, with the note
    assert notes.count() == 1 and notes.item(0).text().endswith("\nPo zmianie")
