"""A search-as-you-type picker for a record of a large table (contact, company, owner).

A line edit with a completer over a small model that a service search fills on every keystroke (a query
with a limit, served by an index), so a picker never holds a list of the table and never loses a value
the list would not have shown. The picker always holds its value *by id*; its text is the label looked up
by id. Typing does not change the value: only choosing a suggestion does, or emptying the text (when the
picker allows no value). Leaving the field with unchosen text puts the current value's label back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.services.pickers import Choice

IdRole = Qt.ItemDataRole.UserRole
LabelRole = Qt.ItemDataRole.UserRole + 1

Search = Callable[[str], list[Choice]]
Label = Callable[[int], str]


class ChoiceModel(QAbstractListModel):
    """The current suggestions: a few rows the last search returned."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Choice] = []

    def set_rows(self, rows: list[Choice]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.label} — {row.detail}" if row.detail else row.label
        if role in (Qt.ItemDataRole.EditRole, LabelRole):
            return row.label
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.detail or row.label
        return None


class Picker(QWidget):
    """``value()`` is the chosen record's id (or None); ``changed`` fires when the user chooses another."""

    changed = Signal()

    def __init__(
        self,
        search: Search,
        label: Label,
        parent: QWidget | None = None,
        placeholder: str = "",
        allow_empty: bool = True,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._label = label
        self._value: int | None = None
        self._shown_label: str | None = None  # the label shown for _value (looked up once)
        self.allow_empty = allow_empty
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(allow_empty)
        self.model = ChoiceModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(LabelRole)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.line)  # suggestions come from the service, not from QLineEdit's prefix
        self.completer.activated[QModelIndex].connect(self._activated)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.more = QToolButton(self)
        self.more.setObjectName("pickerBrowse")
        self.more.setText("▾")
        self.more.setAutoRaise(True)
        self.more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more.setToolTip(self.tr("Show suggestions"))
        self.more.clicked.connect(lambda: self._typed(self.line.text() if self.line.text() != self.label() else ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.more)
        self.setFocusProxy(self.line)

    # -- value ----------------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def label(self) -> str:
        return self._label(self._value) if self._value is not None else ""

    def set_value(self, value: int | None, reuse_label: bool = False) -> None:
        """Show ``value`` (its label looked up by id) without emitting ``changed``; with ``reuse_label`` the
        label already shown is kept when the value is the same (no lookup)."""
        if reuse_label and value == self._value and value is not None and self._shown_label is not None:
            self.line.setText(self._shown_label)
            self.line.setCursorPosition(0)
            return
        self._value = value
        self._show_label()

    def _show_label(self) -> None:
        text = self.label()
        self._shown_label = text
        self.line.setText(text)
        self.line.setCursorPosition(0)  # a long name shows its beginning
        self.line.setToolTip(text)

    def choose(self, value: int | None) -> None:
        """Choose ``value`` as the user would (emits ``changed`` when it differs)."""
        if value == self._value:
            self._show_label()
            return
        self._value = value
        self._show_label()
        self.changed.emit()

    # -- typing and choosing --------------------------------------------------------------------------
    def search(self, text: str) -> list[Choice]:
        """Fill the suggestions for ``text``; returns them."""
        rows = self._search(text)
        self.model.set_rows(rows)
        return rows

    def _typed(self, text: str) -> None:
        rows = self.search(text)
        if rows:  # wider than a narrow field, so "name (company) — e-mail" shows whole
            self.completer.complete(QRect(0, 0, max(self.line.width(), 420), self.line.height()))
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(IdRole)
        if value is not None:
            self.choose(int(value))

    def choose_row(self, row: int) -> None:
        """Choose the ``row``-th suggestion (keyboard: arrows and Enter in the popup do the same)."""
        self.choose(self.model.rows[row].id)
        self.completer.popup().hide()

    def _finished(self) -> None:
        if self.completer.popup().isVisible():
            return  # the user is still choosing
        text = self.line.text().strip()
        if not text and self.allow_empty:
            self.choose(None)
        elif text != self.label():
            rows = self.model.rows
            exact = [r for r in rows if r.label.casefold() == text.casefold()]
            if len(exact) == 1:
                self.choose(exact[0].id)
            else:
                self._show_label()  # unchosen text never becomes a value
