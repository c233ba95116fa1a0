"""A report's table as a Qt model, and how its numbers read in the user's locale (money exact, percentages with
one decimal, months by name)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.reports import Column, Report
from desktop.ui.formatting import money_text

CONTEXT = "Reports"
DRILL_HINT = QT_TRANSLATE_NOOP("Reports", "Double-click to open these deals in the funnel view")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def header_text(column: Column) -> str:
    label = tr(column.label)
    return f"{label} ({column.currency})" if column.currency else label


def value_text(kind: str, value: object, currency: str = "") -> str:
    """One value of the given column kind, as the user reads it."""
    locale = QLocale()
    if value is None:
        return tr("(none)") if kind == "text" else "—"
    if kind == "money":
        return money_text(Decimal(str(value)), currency) if currency else locale.toString(float(value), "f", 2)
    if kind == "percent":
        return f"{locale.toString(float(value), 'f', 1)} %"
    if kind == "days":
        return locale.toString(float(value), "f", 1)
    if kind == "count":
        return locale.toString(int(value))
    if kind == "month":
        return month_text(str(value))
    return str(value)


def month_text(key: str, short: bool = False) -> str:
    """'2026-01' as "styczeń 2026" (or "sty 2026") in Polish."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return f"{QLocale().standaloneMonthName(int(key[5:7]), form)} {key[:4]}"


def short_number(kind: str, value: float, currency: str = "") -> str:
    """A compact label for a chart axis or bar: 12,5 tys. style abbreviations are locale-specific, so the full
    number is kept for counts and money, rounded to whole units."""
    locale = QLocale()
    if kind == "percent":
        return f"{locale.toString(value, 'f', 1)} %"
    if kind == "days":
        return locale.toString(value, "f", 1)
    if kind == "money":
        text = locale.toString(round(value))
        return f"{text} {currency}" if currency else text
    return locale.toString(round(value)) if float(value).is_integer() else locale.toString(value, "f", 1)


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.report is None:
            return None
        column = self.report.columns[index.column()]
        value = self.report.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(column.kind, value, column.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("text", "month"):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.report.drill and self.report.drill[index.row()]:
            return tr(DRILL_HINT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.report is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return header_text(self.report.columns[section])
        return str(section + 1)
