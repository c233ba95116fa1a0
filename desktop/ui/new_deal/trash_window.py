"""Deal → Trash…: deleted deals, most recent first; managers restore them (with everything they had),
administrators purge them for good. Each action asks first and is recorded in the history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.errors import EtapError
from desktop.domain.roles import Role
from desktop.services.actor import Actor
from desktop.services.deals import trash
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text


class TrashDialog(QDialog):
    restored = Signal(list)  # deal ids back on the board

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.actor = actor
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Title"), self.tr("Process › stage"), self.tr("Deleted"), self.tr("By")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.setEnabled(actor.is_manager)
        self.restore_button.setToolTip(self.tr("Managers put deals back where they were, with everything they had."))
        self.restore_button.clicked.connect(self.restore)
        self.purge_button = QPushButton(self.tr("Delete for good…"), self)
        self.purge_button.setObjectName("trashPurge")
        self.purge_button.setVisible(actor.role == Role.ADMIN)
        self.purge_button.clicked.connect(self.purge)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        rows = trash.trashed(self.actor)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.number,
                row.title,
                f"{row.process} › {row.stage}",
                datetime_text(row.deleted_at),
                row.deleted_by,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not rows)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def restore(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            trash.restore_deals(self.actor, ids)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload()
        self.restored.emit(ids)

    def purge(self) -> None:
        ids = self.selected_ids()
        question = self.tr(
            "Delete %n deal(s) for good, with their history, tasks and files? This cannot be undone.", "", len(ids)
        )
        if not ids or not dialogs.confirm(self, self.tr("Delete for good"), question):
            return
        try:
            trash.purge_deals(self.actor, ids)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload()
