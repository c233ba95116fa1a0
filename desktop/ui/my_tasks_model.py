"""The table model behind "My tasks": a heading row per group (overdue / today / upcoming / no due date)
followed by that group's open tasks. The view spans heading rows across all columns.

Grouping is a pure function of the injected ``now`` and the local day start, so tests pin the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.ui.formatting import datetime_text

GROUPS = ("overdue", "today", "upcoming", "undated")
OVERDUE_COLOR = QColor("#c62828")
TASK_ID_ROLE = Qt.ItemDataRole.UserRole
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def group_of(due_at: datetime | None, now: datetime, day_start: datetime) -> str:
    """overdue (due before now), today (before the next local midnight), upcoming, or undated."""
    if due_at is None:
        return "undated"
    if due_at < now:
        return "overdue"
    return "today" if due_at < day_start + timedelta(days=1) else "upcoming"


def group_label(key: str) -> str:
    labels = {
        "overdue": QCoreApplication.translate("MyTasksModel", "Overdue"),
        "today": QCoreApplication.translate("MyTasksModel", "Today"),
        "upcoming": QCoreApplication.translate("MyTasksModel", "Upcoming"),
        "undated": QCoreApplication.translate("MyTasksModel", "No due date"),
    }
    return labels[key]


@dataclass(frozen=True)
class _Line:
    group: str
    task: object | None = None  # a TaskRow; None for the group's heading
    deal_number: str = ""
    count: int = 0


class MyTasksModel(QAbstractTableModel):
    COLUMNS = ("task", "due", "deal")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []

    def set_tasks(self, rows: list, numbers: dict[int, str], now: datetime, day_start: datetime) -> None:
        grouped: dict[str, list] = {key: [] for key in GROUPS}
        for task in rows:
            grouped[group_of(task.due_at, now, day_start)].append(task)
        lines: list[_Line] = []
        for key in GROUPS:
            lines.append(_Line(key, count=len(grouped[key])))
            lines.extend(_Line(key, t, numbers.get(t.deal_id, "") if t.deal_id else "") for t in grouped[key])
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def count(self, key: str) -> int:
        return next(line.count for line in self._lines if line.group == key and line.task is None)

    def is_heading(self, row: int) -> bool:
        return self._lines[row].task is None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = (
            QCoreApplication.translate("MyTasksModel", "Task"),
            QCoreApplication.translate("MyTasksModel", "Due"),
            QCoreApplication.translate("MyTasksModel", "Deal"),
        )
        return titles[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled  # headings are not selectable: actions apply to tasks
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == GROUP_ROLE:
            return line.group
        if line.task is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return f"{group_label(line.group)} ({line.count})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        task = line.task
        if role == Qt.ItemDataRole.DisplayRole:
            return (task.title, datetime_text(task.due_at), line.deal_number)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and task.note:
            return task.note
        if role == Qt.ItemDataRole.ForegroundRole and line.group == "overdue":
            return QBrush(OVERDUE_COLOR)
        if role == TASK_ID_ROLE:
            return task.id
        if role == DEAL_ID_ROLE:
            return task.deal_id
        return None
