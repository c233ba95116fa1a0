"""The funnel table model: a thin, lazy adapter over pages the funnel service returns.

It holds only the rows fetched so far; ``fetchMore`` asks the service for the next keyset page, and
``sort`` asks for a new first page sorted by the database. Nothing is sorted or filtered here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.funnel import COLUMNS, Criteria
from desktop.services.actor import Actor
from desktop.services.pipeline import funnel
from desktop.ui.errors import tr
from desktop.ui.formatting import date_text, datetime_text, money_text

Index = QModelIndex | QPersistentModelIndex
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class FunnelModel(QAbstractTableModel):
    KEYS = tuple(key for key, _ in COLUMNS)

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.criteria = Criteria()
        self.sort_key = "created"
        self.descending = True
        self._rows: list[funnel.FunnelRow] = []
        self._after: tuple | None = None
        self.page_size = funnel.PAGE
        self._active = False  # no query before the view hands over criteria (header setup calls sort())

    # -- querying -------------------------------------------------------------------------------------
    def set_criteria(self, criteria: Criteria) -> None:
        self.criteria = criteria
        self._active = True
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._after = funnel.page(
            self.actor, self.criteria, self.sort_key, self.descending, None, self.page_size
        )
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._after is None:
            return
        rows, after = funnel.page(
            self.actor, self.criteria, self.sort_key, self.descending, self._after, self.page_size
        )
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self._after = after
            self.endInsertRows()
        else:
            self._after = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.KEYS):
            return
        self.sort_key = self.KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._active:
            self.reload()

    # -- reading --------------------------------------------------------------------------------------
    def row_at(self, row: int) -> funnel.FunnelRow:
        return self._rows[row]

    def deal_ids(self, rows: list[int]) -> list[int]:
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.KEYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self.KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "company", "contact", "email"):
            return self._text(row, key) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("value", "probability"):
            return RIGHT
        if role == Qt.ItemDataRole.CheckStateRole and key == "spam":
            return Qt.CheckState.Checked if row.spam else Qt.CheckState.Unchecked
        if role == DEAL_ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _text(row: funnel.FunnelRow, key: str) -> str | None:
        if key == "created":
            return datetime_text(row.created)
        if key == "expected_close":
            return date_text(row.expected_close)
        if key == "value":
            return money_text(row.value, row.currency)
        if key == "probability":
            return f"{row.probability} %"
        if key == "spam":
            return None
        return str(row.cell(key) or "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return tr("FunnelColumn", COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def column_title(key: str) -> str:
    label = dict(COLUMNS)[key]
    return QCoreApplication.translate("FunnelColumn", label)
