"""Small input widgets shared by forms: an optional date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QWidget):
    """A date edit that can also be empty (shown blank); the clear button empties it."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(" ")  # the minimum date stands for "no date"
        self.edit.setDate(NO_DATE)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.edit.setDate(NO_DATE)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
