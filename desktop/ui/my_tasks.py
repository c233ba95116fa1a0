""" "My tasks" in the main window (overdue / today / upcoming), the notifications bell, and the reminder clock.

The clock's QTimer only wakes the check; which tasks are due is the database's answer for the injected
``now``, and a reminder is claimed once even with several copies of the app open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.domain.timeutil import local_day_start_utc, utcnow
from desktop.services import notifications
from desktop.services.activities import tasks
from desktop.ui.background import Worker
from desktop.ui.dialogs import dialogs
from desktop.ui.my_tasks_model import DEAL_ID_ROLE, TASK_ID_ROLE, MyTasksModel
from desktop.ui.notifications_model import DEAL_ID_ROLE as NOTE_DEAL_ROLE
from desktop.ui.notifications_model import NotificationsModel


class MyTasksView(QWidget):
    open_deal = Signal(int)

    def __init__(self, actor, parent=None, now_fn=utcnow) -> None:
        super().__init__(parent)
        self.setObjectName("myTasksView")
        self.actor = actor
        self.now_fn = now_fn
        self.model = MyTasksModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("myTasksTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # compact rows: a list of one-line tasks, not a spreadsheet
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # double-click or Enter (the platform's activation) opens the deal
        self.table.activated.connect(self._activated)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("myTaskDone")
        self.done_button.clicked.connect(self.mark_done)
        self.calendar_button = QPushButton(self.tr("Add to calendar"), self)
        self.calendar_button.setObjectName("myTaskToCalendar")
        self.calendar_button.setToolTip(self.tr("Open the task in your calendar application (.ics)"))
        self.calendar_button.clicked.connect(self.add_to_calendar)
        title = QLabel(self.tr("My tasks"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.calendar_button)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        rows = tasks.my_tasks(self.actor)
        numbers = tasks.deal_labels(self.actor, [t.deal_id for t in rows if t.deal_id])
        self.model.set_tasks(rows, numbers, self.now_fn(), local_day_start_utc(date.today()))
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        first_task = next((r for r in range(self.model.rowCount()) if not self.model.is_heading(r)), None)
        if first_task is not None:  # ready for Enter / Mark done, never a heading
            self.table.setCurrentIndex(self.model.index(first_task, 0))

    def count(self, key: str) -> int:
        return self.model.count(key)

    def _activated(self, index) -> None:
        deal_id = index.siblingAtColumn(0).data(DEAL_ID_ROLE)
        if deal_id:
            self.open_deal.emit(int(deal_id))

    def current_task_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(TASK_ID_ROLE) if index.isValid() else None

    def add_to_calendar(self):
        from desktop.ui.calendar import add_to_calendar

        task_id = self.current_task_id()
        return add_to_calendar(self, self.actor, int(task_id)) if task_id is not None else None

    def mark_done(self) -> None:
        index = self.table.currentIndex()
        task_id = index.siblingAtColumn(0).data(TASK_ID_ROLE) if index.isValid() else None
        if task_id is None:
            return
        try:
            tasks.set_done(self.actor, task_id, True)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload()


class NotificationsDialog(QDialog):
    """The user's notifications through a paged model; double-click opens the deal and marks the row read."""

    open_deal = Signal(int)

    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsDialog")
        self.setWindowTitle(self.tr("Notifications"))
        self.actor = actor
        self.model = NotificationsModel(actor, self)
        self.model.reload()
        self.list = QListView(self)
        self.list.setObjectName("notificationList")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setModel(self.model)
        self.list.doubleClicked.connect(self._activated)
        self.empty = QLabel(self.tr("Nothing new."), self)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.mark_all = QPushButton(self.tr("Mark all as read"), self)
        self.mark_all.setObjectName("markAllRead")
        self.mark_all.clicked.connect(self.mark_all_read)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.mark_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def mark_all_read(self) -> None:
        self.model.mark_read()

    def _activated(self, index) -> None:
        self.model.mark_read([index.row()])
        deal_id = index.data(NOTE_DEAL_ROLE)
        if deal_id:
            self.open_deal.emit(int(deal_id))


class NotificationBell(QToolButton):
    """The bell with the unread count; opening the list marks everything read."""

    open_deal = Signal(int)

    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.actor = actor
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        self.clicked.connect(self.show_list)
        self.refresh()

    def refresh(self) -> int:
        count = notifications.unread_count(self.actor)
        # the count in the label, bold when something is unread
        label = self.tr("Notifications")
        self.setText(f"{label} ({count})" if count else label)
        font = self.font()
        font.setBold(bool(count))
        self.setFont(font)
        self.setToolTip(self.tr("%n unread notification(s)", "", count))
        return count

    def show_list(self) -> None:
        dialog = NotificationsDialog(self.actor, self)
        dialog.open_deal.connect(self.open_deal)
        dialogs.exec(dialog)
        self.refresh()  # what was read or marked read in the list
        dialog.deleteLater()


class ReminderClock(QObject):
    """Wakes every minute (and on start) to turn due tasks into notifications, exactly once each; the passes
    (the first one at start too) run on a background worker (``desktop.ui.background``), ``check`` runs one
    pass right here."""

    reminded = Signal(list)  # TaskRow list

    def __init__(self, parent=None, now_fn=utcnow, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.now_fn = now_fn
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.worker: Worker | None = None

    def start(self) -> None:
        """The first pass in the background too: a backlog of due tasks (5,000 after a long weekend at a million
        deals, one transaction and notification each) must not hold back the window's first paint (7-13 s on
        PostgreSQL)."""
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.worker is not None:
            self.worker.close()
            self.worker = None

    def check(self) -> list:
        try:
            done = tasks.send_reminders(self.now_fn())
        except EtapError:
            return []  # the database is busy or gone; the next tick tries again
        self._reminded(done)
        return done

    def tick(self) -> None:
        """The timer's pass, in the background (one at a time)."""
        if self.worker is None:
            self.worker = Worker(self, "reminders")
        if not self.worker.busy:
            self.worker.submit(
                tasks.send_reminders,
                self.now_fn(),
                on_done=self._reminded,
                on_error=self._failed,
                with_progress=True,  # its cancel: closing the window stops a long backlog between two tasks
            )

    def _reminded(self, done: list) -> None:
        if done:
            self.reminded.emit(done)
        if len(done) >= tasks.REMINDER_PASS and self.worker is not None:
            self.tick()  # a full pass: more may be due (a backlog is worked off pass by pass, not in one list)

    def _failed(self, err: Exception) -> None:
        if not isinstance(err, EtapError):
            raise err  # the database is busy or gone is expected; anything else is a bug
