"""The deal sheet's Tasks tab: the deal's tasks (overdue in red), add one, mark done or reopen."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.domain.timeutil import local_day_start_utc, utcnow
from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text

OVERDUE = QColor("#c62828")


def to_utc(value: QDateTime) -> datetime:
    """A local date and time from an editor as naive UTC (how the services store times)."""
    local = value.toPython()
    return local.astimezone(UTC).replace(tzinfo=None)


class TasksTab(QWidget):
    changed = Signal()

    @staticmethod
    def _default_owner(actor, deal_id: int) -> int | None:
        """A new task goes to the deal's owner (a manager planning for the team), else to me."""
        try:
            owner_id = deals.get_deal(deal_id, actor).owner_id
        except EtapError:
            return actor.id
        return owner_id if actor.is_manager and owner_id else actor.id

    def __init__(self, deal_id: int, actor, parent=None, now_fn=utcnow) -> None:
        super().__init__(parent)
        self.setObjectName("tasksTab")
        self.deal_id = deal_id
        self.actor = actor
        self.now_fn = now_fn
        self.list = QTreeWidget(self)
        self.list.setObjectName("taskList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("Owner"), self.tr("Done")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)  # the task's title takes the room, not "Done"
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.toggle_done())
        self.title = QLineEdit(self)
        self.title.setObjectName("newTaskTitle")
        self.title.setPlaceholderText(self.tr("New task, e.g. Call back about the offer"))
        self.title.returnPressed.connect(self.add)
        self.due = QDateTimeEdit(self)
        self.due.setObjectName("newTaskDue")
        self.due.setCalendarPopup(True)
        tomorrow = QDateTime(QDateTime.currentDateTime().date().addDays(1), QTime(9, 0))
        self.due.setDateTime(tomorrow)
        self.owner = QComboBox(self)
        for user in users.list_users():
            self.owner.addItem(user.display_name, user.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(self._default_owner(actor, deal_id))))
        self.owner.setEnabled(actor.is_manager)
        self.add_button = QPushButton(self.tr("Add task"), self)
        self.add_button.setObjectName("addTask")
        self.add_button.clicked.connect(self.add)
        self.done_button = QPushButton(self.tr("Done / reopen"), self)
        self.done_button.setObjectName("toggleTask")
        self.done_button.clicked.connect(self.toggle_done)
        form = QHBoxLayout()  # under the task's title, which gets a row of its own to be readable as typed
        form.addWidget(self.due)
        form.addWidget(self.owner, 1)
        form.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        layout.addWidget(self.title)
        layout.addLayout(form)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        now = self.now_fn()
        day_start = local_day_start_utc(date.today())
        for task in tasks.deal_tasks(self.actor, self.deal_id):
            done = task.done_at is not None
            item = QTreeWidgetItem([task.title, datetime_text(task.due_at), task.owner_name, "✓" if done else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, task.id)
            if not done and tasks.state_of(task.due_at, now, day_start) == tasks.OVERDUE:
                for column in range(4):
                    item.setForeground(column, QBrush(OVERDUE))
                item.setToolTip(0, self.tr("Overdue"))
            if done:
                font = item.font(0)
                font.setStrikeOut(True)
                item.setFont(0, font)
            self.list.addTopLevelItem(item)
        if not self.list.topLevelItemCount():
            placeholder = QTreeWidgetItem([self.tr("No tasks yet. Add the next step below.")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(placeholder)
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)

    def add(self) -> None:
        try:
            tasks.create_task(
                self.actor,
                self.title.text(),
                self.deal_id,
                to_utc(self.due.dateTime()),
                self.owner.currentData(),
            )
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.title.clear()
        self.reload()
        self.changed.emit()

    def toggle_done(self) -> None:
        item = self.list.currentItem()
        task_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if task_id is None:
            return
        try:
            task = tasks.get_task(self.actor, task_id)
            tasks.set_done(self.actor, task_id, task.done_at is None)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload()
        self.changed.emit()
