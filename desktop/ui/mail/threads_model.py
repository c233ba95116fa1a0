"""A two-level model over a deal's conversations (``received_mail.threads``): a thread per row, its messages
(received, sent by Etap, sent from another program) as children, oldest first. Columns: who / subject, when,
state. ``ITEM_ROLE`` gives a child's ``MailItem``."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.services.mail.received_mail import MailItem, Thread
from desktop.ui.formatting import datetime_text
from desktop.ui.mail.messages_model import status_label

COL_WHO, COL_WHEN, COL_STATE = range(3)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
_TOP = 0xFFFFFFFF  # internal id of a thread row; a message row carries its thread's number


class ThreadsModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.threads: list[Thread] = []
        self.headers = (self.tr("Conversation"), self.tr("Date"), self.tr("State"))

    def set_threads(self, threads: list[Thread]) -> None:
        self.beginResetModel()
        self.threads = list(threads)
        self.endResetModel()

    # -- structure -------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.threads)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.threads[parent.row()].items)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.headers[section]
        return None

    # -- data ------------------------------------------------------------------------------------------------
    def item_at(self, index: QModelIndex | QPersistentModelIndex) -> MailItem | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self.threads[int(index.internalId())].items[index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            thread = self.threads[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == COL_WHO:
                    subject = thread.subject or self.tr("(no subject)")
                    return f"{subject} ({len(thread.items)})"
                if index.column() == COL_WHEN:
                    return datetime_text(thread.last_at)
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self.item_at(index)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_WHO:
                clip = self.tr(" · %n attachment(s)", "", len(item.attachments)) if item.attachments else ""
                if item.direction == "in":
                    return self.tr("From %1").replace("%1", item.from_addr) + clip
                return self.tr("To %1").replace("%1", item.to_addrs) + clip
            if index.column() == COL_WHEN:
                return datetime_text(item.at)
            if index.column() == COL_STATE:
                if item.source == "outbox":
                    return status_label(item.status)
                return self.tr("Received") if item.direction == "in" else self.tr("Sent from another program")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_WHO:
            return item.subject
        return None
