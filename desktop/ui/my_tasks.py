""" "My tasks" in the main window (overdue / today / upcoming), the notifications bell, and the reminder clock.

The clock's QTimer only wakes the check; which tasks are due is the database's answer for the injected
``now``, and a reminder is claimed once even with several copies of the app open.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.domain.timeutil import local_day_start_utc, utcnow
from desktop.services import notifications, tasks
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text

GROUPS = ("overdue", "today", "upcoming", "undated")


class MyTasksView(QWidget):
    open_deal = Signal(int)

    def __init__(self, actor, parent=None, now_fn=utcnow) -> None:
        super().__init__(parent)
        self.setObjectName("myTasksView")
        self.actor = actor
        self.now_fn = now_fn
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("myTasksTree")
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("Deal")])
        self.tree.setColumnWidth(0, 420)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("myTaskDone")
        self.done_button.clicked.connect(self.mark_done)
        title = QLabel(self.tr("My tasks"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

    def group_of(self, due_at, now, day_start) -> str:
        if due_at is None:
            return "undated"
        if due_at < now:
            return "overdue"
        return "today" if due_at < day_start + timedelta(days=1) else "upcoming"

    def reload(self) -> None:
        labels = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "upcoming": self.tr("Upcoming"),
            "undated": self.tr("No due date"),
        }
        now = self.now_fn()
        day_start = local_day_start_utc(date.today())
        groups = {key: QTreeWidgetItem([labels[key]]) for key in GROUPS}
        rows = tasks.my_tasks(self.actor)
        numbers = tasks.deal_numbers([t.deal_id for t in rows if t.deal_id])
        self.tree.clear()
        for task in rows:
            parent = groups[self.group_of(task.due_at, now, day_start)]
            item = QTreeWidgetItem(parent, [task.title, datetime_text(task.due_at), numbers.get(task.deal_id, "")])
            item.setData(0, Qt.ItemDataRole.UserRole, task.id)
            item.setData(2, Qt.ItemDataRole.UserRole, task.deal_id)
            if parent is groups["overdue"]:
                for column in range(3):
                    item.setForeground(column, Qt.GlobalColor.darkRed)
        for key in GROUPS:
            group = groups[key]
            group.setText(0, f"{labels[key]} ({group.childCount()})")
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self.tree.resizeColumnToContents(1)

    def count(self, key: str) -> int:
        return self.tree.topLevelItem(GROUPS.index(key)).childCount()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        deal_id = item.data(2, Qt.ItemDataRole.UserRole)
        if deal_id:
            self.open_deal.emit(int(deal_id))

    def mark_done(self) -> None:
        item = self.tree.currentItem()
        task_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if task_id is None:
            return
        try:
            tasks.set_done(self.actor, task_id, True)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload()


class NotificationsDialog(QDialog):
    open_deal = Signal(int)

    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsDialog")
        self.setWindowTitle(self.tr("Notifications"))
        self.actor = actor
        self.list = QListWidget(self)
        self.list.setObjectName("notificationList")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._activated)
        kinds = {
            "task_due": self.tr("Task due"),
            "activity": self.tr("Activity done"),
            "trigger": self.tr("Trigger"),
        }
        for row in notifications.list_for(actor):
            label = kinds.get(row.kind, row.kind)
            item = QListWidgetItem(f"{datetime_text(row.at)} · {label}\n{row.text}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.deal_id)
            if not row.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not self.list.count():
            QListWidgetItem(self.tr("Nothing new."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def _activated(self, item: QListWidgetItem) -> None:
        deal_id = item.data(Qt.ItemDataRole.UserRole)
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
        notifications.mark_read(self.actor)
        self.refresh()
        dialogs.exec(dialog)
        dialog.deleteLater()


class ReminderClock(QObject):
    """Wakes every minute (and on start) to turn due tasks into notifications, exactly once each."""

    reminded = Signal(list)  # TaskRow list

    def __init__(self, parent=None, now_fn=utcnow, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.now_fn = now_fn
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list:
        try:
            done = tasks.send_reminders(self.now_fn())
        except EtapError:
            return []  # the database is busy or gone; the next tick tries again
        if done:
            self.reminded.emit(done)
        return done
