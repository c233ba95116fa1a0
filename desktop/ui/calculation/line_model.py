"""Table model over a variant's lines (LineRow); edits go to the calculations service, one call per cell.

A refused edit leaves the row as it was and emits ``refused`` with the translated reason, which the widget
shows in place under the table (no modal dialog while typing).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.domain.errors import EtapError
from desktop.services.actor import Actor
from desktop.services.calculation import calculations
from desktop.services.calculation.calculations import LineRow
from desktop.ui.errors import error_text
from desktop.ui.formatting import money_text

(DESCRIPTION, QUANTITY, UNIT, UNIT_PRICE, DISCOUNT, UNIT_COST, VAT_RATE, NET, VAT, GROSS, MARGIN) = range(11)
COLUMN_COUNT = 11
# column -> service field for editable columns
FIELDS = {
    DESCRIPTION: "description",
    QUANTITY: "quantity",
    UNIT: "unit",
    UNIT_PRICE: "unit_price",
    DISCOUNT: "discount_pct",
    UNIT_COST: "unit_cost",
    VAT_RATE: "vat_pct",
}
NUMERIC = {QUANTITY, UNIT_PRICE, DISCOUNT, UNIT_COST, VAT_RATE, NET, VAT, GROSS, MARGIN}
LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def decimal_text(value: Decimal) -> str:
    """A typed quantity or percentage as the user wrote it (no trailing zeros), with the locale's separator."""
    return f"{value.normalize():f}".replace(".", QLocale().decimalPoint())


class LineModel(QAbstractTableModel):
    refused = Signal(str)
    changed = Signal(object)  # the CalculationRow after an accepted edit

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.rows: list[LineRow] = []
        self.currency = "PLN"
        self.editable = True

    def set_rows(self, rows: list[LineRow] | tuple[LineRow, ...], currency: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.currency = currency
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Unit"),
            self.tr("Unit price"),
            self.tr("Disc. %"),
            self.tr("Unit cost"),
            self.tr("VAT %"),
            self.tr("Net"),
            self.tr("VAT"),
            self.tr("Gross"),
            self.tr("Margin"),
        )
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        line, col = self.rows[index.row()], index.column()
        if role == LINE_ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, col, role == Qt.ItemDataRole.EditRole)
        return None

    def _text(self, line: LineRow, col: int, editing: bool) -> str:
        amount = {UNIT_PRICE: line.unit_price, UNIT_COST: line.unit_cost, NET: line.totals.net}
        amount |= {VAT: line.totals.vat, GROSS: line.totals.gross, MARGIN: line.totals.margin}
        if col in amount:
            value = amount[col]
            return decimal_text(value) if editing else money_text(value, self.currency)
        if col == DESCRIPTION:
            return line.description
        if col == UNIT:
            return line.unit
        value = {QUANTITY: line.quantity, DISCOUNT: line.discount_pct, VAT_RATE: line.vat_pct}[col]
        return decimal_text(value)

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in FIELDS:
            return False
        line = self.rows[index.row()]
        if str(value) == self._text(line, index.column(), True):
            return False
        try:
            updated = calculations.update_line(self.actor, line.id, **{FIELDS[index.column()]: value})
        except EtapError as err:
            self.refused.emit(error_text(err))
            return False
        self.rows = list(updated.lines)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMN_COUNT - 1))
        self.changed.emit(updated)
        return True
