"""Mail → Unfiled mail…: received messages no rule could file, newest first, with their text, and filing one
to a deal in one click — a suggested deal of the sender's contacts, or any deal found by number or title —
optionally remembering the sender for that deal.

The list pages in from the database (``canFetchMore``/``fetchMore``, keyset by id); filing is a versioned write
and announces the deal as changed, so an open deal sheet shows the message at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.actor import Actor
from desktop.services.changes import Changes
from desktop.services.mail import received_mail
from desktop.services.mail.received_mail import ReceivedRow
from desktop.ui import ops
from desktop.ui.formatting import datetime_text
from desktop.ui.mail.mail_view import MailView
from desktop.ui.pickers import Picker

COL_AT, COL_FROM, COL_SUBJECT, COL_FILES = range(4)


class UnfiledModel(QAbstractTableModel):
    """Unfiled messages, newest first, fetched a page at a time."""

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.rows: list[ReceivedRow] = []
        self._more = True
        self.headers = [self.tr("Received"), self.tr("From"), self.tr("Subject"), self.tr("Files")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = received_mail.unfiled(self.actor)
        self._more = len(self.rows) == received_mail.PAGE
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and bool(self.rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or not self.rows:
            return
        more = received_mail.unfiled(self.actor, before_id=self.rows[-1].id)
        self._more = len(more) == received_mail.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_AT:
                return datetime_text(row.at)
            if index.column() == COL_FROM:
                who = row.from_addr if row.direction == "in" else self.tr("to %1").replace("%1", row.to_addrs)
                return f"{row.from_name} <{who}>" if row.from_name and row.direction == "in" else who
            if index.column() == COL_SUBJECT:
                return row.subject or self.tr("(no subject)")
            if index.column() == COL_FILES:
                return str(row.attachments) if row.attachments else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_SUBJECT:
            return row.subject
        return None

    def row_at(self, index: QModelIndex) -> ReceivedRow | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None


class UnfiledMailDialog(QDialog):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("unfiledMailDialog")
        self.setWindowTitle(self.tr("Unfiled mail"))
        self.model = UnfiledModel(actor, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_AT, 130)
        self.table.setColumnWidth(COL_FROM, 240)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view = MailView(self)

        self.suggested = QWidget(self)
        self.suggested_layout = QHBoxLayout(self.suggested)
        self.suggested_layout.setContentsMargins(0, 0, 0, 0)
        self.picker = Picker(
            partial(received_mail.deal_choices, actor),
            partial(received_mail.deal_label, actor),
            self,
            placeholder=self.tr("Find a deal by number or title…"),
        )
        self.picker.setObjectName("unfiledDealPicker")
        self.file_button = QPushButton(self.tr("File to this deal"), self)
        self.file_button.setObjectName("fileToDeal")
        self.file_button.clicked.connect(lambda: self.file(self.picker.value()))
        self.remember = QCheckBox(self.tr("Remember the sender for this deal"), self)
        self.count = QLabel(self)

        filing = QHBoxLayout()
        filing.addWidget(self.picker, 1)
        filing.addWidget(self.file_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.count)
        top_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.view)
        splitter.setSizes([260, 300])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.suggested)
        layout.addLayout(filing)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.resize(900, 680)
        self._refresh()

    def current(self) -> ReceivedRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _refresh(self) -> None:
        total = received_mail.unfiled_count(self.actor)
        self.count.setText(
            self.tr("%n message(s) wait to be filed.", "", total) if total else self.tr("All mail is filed.")
        )
        if self.model.rows:
            self.table.selectRow(0)
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        self.view.show_item(received_mail.message(self.actor, row.id) if row else None)
        while self.suggested_layout.count():
            widget = self.suggested_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.file_button.setEnabled(row is not None)
        if row is None:
            return
        choices = received_mail.suggestions(self.actor, row.id)
        if choices:
            self.suggested_layout.addWidget(QLabel(self.tr("File to:"), self.suggested))
        for choice in choices:
            button = QPushButton(choice.label, self.suggested)
            button.setObjectName("suggestedDeal")
            button.clicked.connect(partial(self.file, choice.id))
            self.suggested_layout.addWidget(button)
        self.suggested_layout.addStretch(1)

    def file(self, deal_id: int | None) -> bool:
        """File the current message to ``deal_id``; True when it was filed."""
        row = self.current()
        if row is None or deal_id is None:
            return False
        done = ops.run(
            self,
            received_mail.file_to_deal,
            self.actor,
            row.id,
            deal_id,
            row.version,
            remember_sender=self.remember.isChecked(),
        )
        position = self.table.currentIndex().row()
        self.model.reload()  # filed, or someone else filed it meanwhile: either way the list is current now
        if self.model.rows:
            self.table.selectRow(min(position, len(self.model.rows) - 1))
        self._refresh()
        if done is None:
            return False
        ops.announce(Changes.of([deal_id]))
        self.remember.setChecked(False)
        return True
