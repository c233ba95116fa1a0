"""A lazy table model over the Contacts or Companies pages the client_lists service returns.

It holds only the rows fetched so far; ``fetchMore`` asks for the next keyset page and ``sort`` for a new first
page sorted by the database. Nothing is sorted or filtered here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.clients import client_lists
from desktop.ui.errors import tr
from desktop.ui.formatting import datetime_text

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY, _TOOLTIP, _CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _CHECK, ID_ROLE})


class ClientListModel(QAbstractTableModel):
    def __init__(self, columns: tuple, page: Callable, parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.keys = tuple(key for key, _ in columns)
        self._page = page
        self.criteria = client_lists.ListCriteria()
        self.sort_key = "name"
        self.descending = False
        self.page_size = client_lists.PAGE
        self._rows: list = []
        self._after: tuple | None = None
        self._active = False  # no query before the view hands over criteria (header setup calls sort())

    # -- querying -------------------------------------------------------------------------------------
    def set_criteria(self, criteria: client_lists.ListCriteria) -> None:
        self.criteria = criteria
        self._active = True
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._after = self._page(self.criteria, self.sort_key, self.descending, None, self.page_size)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._after is None:
            return
        rows, after = self._page(self.criteria, self.sort_key, self.descending, self._after, self.page_size)
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self._after = after
            self.endInsertRows()
        else:
            self._after = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.keys):
            return
        self.sort_key = self.keys[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._active:
            self.reload()

    # -- reading --------------------------------------------------------------------------------------
    def row_at(self, row: int):
        return self._rows[row]

    def ids(self, rows: list[int]) -> list[int]:
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # a painted cell asks for a dozen roles; four answer
            return None
        row = self._rows[index.row()]
        key = self.keys[index.column()]
        if role == _DISPLAY:
            return self.text(row, key)
        if role == _TOOLTIP and key in ("name", "company", "email", "website"):
            return self.text(row, key) or None
        if role == _CHECK and key == "consent":
            return Qt.CheckState.Checked if row.consent else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row.id
        return None

    @staticmethod
    def text(row, key: str) -> str | None:
        if key == "created":
            return datetime_text(row.created)
        if key == "consent":
            return None
        return str(row.cell(key) or "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return tr("ClientColumn", self.columns[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
