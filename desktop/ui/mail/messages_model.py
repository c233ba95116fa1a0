"""A thin table model over a deal's outbox rows (``outbox.MessageRow``), newest first."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.mail.outbox import MessageRow

COL_STATUS, COL_TO, COL_SUBJECT, COL_WHEN, COL_ERROR = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def unknown_explanation() -> str:
    return QCoreApplication.translate(
        "MailStatus",
        "Etap stopped while handing this message to the mail server, so it may or may not have been sent. Check "
        "the Sent folder or ask the recipient, then choose Resend or Mark as sent.",
    )


def status_label(status: str) -> str:
    labels = {
        "queued": QCoreApplication.translate("MailStatus", "Queued"),
        "sending": QCoreApplication.translate("MailStatus", "Sending"),
        "sent": QCoreApplication.translate("MailStatus", "Sent"),
        "failed": QCoreApplication.translate("MailStatus", "Failed"),
        "unknown": QCoreApplication.translate("MailStatus", "Unknown — check"),
    }
    return labels.get(status, status)


class MessagesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MessageRow] = []
        self._headers = (
            self.tr("Status"),
            self.tr("To"),
            self.tr("Subject"),
            self.tr("Queued / sent"),
            self.tr("Server's answer"),
        )

    def set_rows(self, rows: list[MessageRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MessageRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_STATUS:
                return status_label(m.status)
            if col == COL_TO:
                return f"{m.to_name} <{m.to_addr}>" if m.to_name else m.to_addr
            if col == COL_SUBJECT:
                return m.subject + (" 📎" if m.attachments else "")
            if col == COL_WHEN:
                when = (m.sent_at or m.queued_at).replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
                return QLocale().toString(when, QLocale.FormatType.ShortFormat)
            if col == COL_ERROR:
                return unknown_explanation() if m.status == "unknown" else m.last_error
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS and m.status in ("failed", "unknown"):
            return QBrush(QColor("#b00020" if m.status == "failed" else "#a05a00"))
        if role == Qt.ItemDataRole.ToolTipRole and m.status == "unknown":
            return unknown_explanation()
        if role == Qt.ItemDataRole.ToolTipRole and m.last_error:
            return m.last_error
        if role == ROW_ROLE:
            return m
        return None
