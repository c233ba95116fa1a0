"""A thin table model over a deal's offers with where each stands (``offer_tracking.OfferStatus``): the file,
when it was made, its state (not sent / sent / opened / answered / accepted / rejected) and the dates."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.calculation.offer_tracking import STATUS_LABELS, OfferStatus
from desktop.ui.errors import tr as translated
from desktop.ui.formatting import datetime_text

COL_FILE, COL_CREATED, COL_STATUS, COL_SENT, COL_OPENED, COL_ANSWERED = range(6)
OFFER_ROLE = Qt.ItemDataRole.UserRole + 3
_COLOURS = {"opened": "#1565c0", "answered": "#6a1b9a", "accepted": "#2e7d32", "rejected": "#b00020"}


def status_text(status: str) -> str:
    return translated("OfferStatus", STATUS_LABELS[status])


class OffersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[OfferStatus] = []
        self.headers = (
            self.tr("Offer"),
            self.tr("Made"),
            self.tr("State"),
            self.tr("Sent"),
            self.tr("Opened"),
            self.tr("Answered"),
        )

    def set_rows(self, rows: list[OfferStatus]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self.headers[section] if horizontal and 0 <= section < len(self.headers) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        offer = self.rows[index.row()]
        if role == OFFER_ROLE:
            return offer
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_FILE: offer.file_name,
                COL_CREATED: datetime_text(offer.created_at),
                COL_STATUS: status_text(offer.status),
                COL_SENT: datetime_text(offer.sent_at),
                COL_OPENED: datetime_text(offer.opened_at),
                COL_ANSWERED: datetime_text(offer.answered_at),
            }.get(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_STATUS and offer.status in _COLOURS:
            return QBrush(QColor(_COLOURS[offer.status]))
        return None
