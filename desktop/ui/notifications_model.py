"""The list model behind the notifications window: the user's notifications newest first, fetched page by page
(keyset on (at, id)), so thousands of them cost one page at a time. A trigger pass that fired for many deals is
one row ("Trigger in “Negotiation”: 779 deals"), unread rows are bold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.services import notifications
from desktop.ui.formatting import datetime_text

DEAL_ID_ROLE = Qt.ItemDataRole.UserRole
NOTIFICATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    labels = {
        "task_due": QCoreApplication.translate("NotificationsModel", "Task due"),
        "activity": QCoreApplication.translate("NotificationsModel", "Activity done"),
        "trigger": QCoreApplication.translate("NotificationsModel", "Trigger"),
        notifications.TRIGGER_PASS: QCoreApplication.translate("NotificationsModel", "Trigger"),
    }
    return labels.get(kind, kind)


class NotificationsModel(QAbstractListModel):
    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self._rows: list = []
        self._more = True

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = notifications.list_for(self.actor, PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._rows:
            return
        last = self._rows[-1]
        page = notifications.list_for(self.actor, PAGE, before=(last.at, last.id))
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{datetime_text(row.at)} · {kind_label(row.kind)}\n{self.body_text(row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.body_text(row)
        if role == Qt.ItemDataRole.FontRole and not row.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == DEAL_ID_ROLE:
            return row.deal_id
        if role == NOTIFICATION_ID_ROLE:
            return row.id
        if role == UNREAD_ROLE:
            return not row.read
        return None

    def body_text(self, row) -> str:
        if row.kind != notifications.TRIGGER_PASS:
            return row.text
        try:
            group = notifications.TriggerGroup.parse(row.text)
        except (ValueError, TypeError):
            return row.text
        count = group.count  # lupdate reads the plural number only from a plain name
        head = self.tr("Trigger in “%1”: %n deal(s)", "", count).replace("%1", group.stage)
        names = ", ".join(group.sample) + ("…" if count > len(group.sample) else "")
        return head + ("\n" + names if names else "")

    def mark_read(self, rows: list[int] | None = None) -> None:
        """Mark the given rows (all when None) read in the database and repaint them."""
        ids = None if rows is None else [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]
        notifications.mark_read(self.actor, ids)
        from dataclasses import replace

        for r, row in enumerate(self._rows):
            if not row.read and (ids is None or row.id in ids):
                self._rows[r] = replace(row, read=True)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
