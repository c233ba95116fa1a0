"""A company picker that searches the database as the user types and always holds the chosen id.

No list is loaded up front, so a company far down the alphabet is as reachable as the first; the current value
is shown by looking its label up by id. Typing without choosing a suggestion leaves the value unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.services.clients import companies

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CompanyPicker(QLineEdit):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("companyPicker")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type to search companies…"))
        self._id: int | None = None
        self._label = ""
        self.suggestions = QStandardItemModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._chosen)
        self.textEdited.connect(self._search)
        self.editingFinished.connect(self._settle)

    def value(self) -> int | None:
        return self._id

    def set_value(self, company_id: int | None) -> None:
        row = companies.choice(company_id) if company_id is not None else None
        self._id = row.id if row else None
        self._label = row.name if row else ""
        self.setText(self._label)

    def _search(self, text: str) -> None:
        if not text.strip():
            if self._id is not None:
                self._id, self._label = None, ""
                self.changed.emit()
            return
        self.suggestions.clear()
        for row in companies.search(text, limit=20):
            item = QStandardItem(row.label)
            item.setData(row.id, ID_ROLE)
            self.suggestions.appendRow(item)
        if self.hasFocus():  # the user is typing here (a programmatic search shows no popup)
            self.completer_.complete()

    def choose(self, company_id: int | None) -> None:
        """Pick a company (a suggestion, a newly created one, or none)."""
        before = self._id
        self.set_value(company_id)
        if self._id != before:
            self.changed.emit()

    def _chosen(self, index: QModelIndex) -> None:
        company_id = index.data(ID_ROLE)
        if company_id is not None:
            self.choose(int(company_id))

    def _settle(self) -> None:
        """Leaving the box with a half-typed name shows the chosen company again."""
        if self.text() != self._label:
            self.setText(self._label)
