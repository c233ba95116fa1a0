"""Tools → Import history…: the imports made, newest first, and Revert import for managers."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.errors import EtapError
from desktop.domain.imports.headers import KIND_LABELS, Kind
from desktop.services.actor import Actor
from desktop.services.imports import revert
from desktop.services.imports.engine import OUTCOMES
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr


def _local(moment: datetime) -> str:
    """Stored UTC shown in the machine's time zone."""
    return f"{moment.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"


class ImportHistoryDialog(QDialog):
    reverted = Signal(int)

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Import history"))
        self.resize(860, 420)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("File"), self.tr("Rows"), self.tr("Result")]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revert_button = QPushButton(self.tr("Revert import…"), self)
        self.revert_button.setEnabled(False)
        self.revert_button.setVisible(actor.is_manager)
        self.revert_button.clicked.connect(self.revert_selected)
        self.table.itemSelectionChanged.connect(self._selection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.batches = []
        self.reload()

    def reload(self) -> None:
        self.batches = revert.list_batches(self.actor)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            counts = ", ".join(f"{tr('Import', OUTCOMES[k])}: {v}" for k, v in batch.counts.items() if k in OUTCOMES)
            if batch.reverted_at:
                counts = self.tr("reverted {when}").format(when=_local(batch.reverted_at)) + " — " + counts
            kind = KIND_LABELS.get(Kind(batch.kind)) if batch.kind in Kind.__members__.values() else batch.kind
            for col, text in enumerate((_local(batch.at), batch.user, batch.file_name, tr("Import", kind), counts)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection()

    def _selection(self) -> None:
        row = self.table.currentRow()
        ok = 0 <= row < len(self.batches) and self.batches[row].reverted_at is None and bool(self.table.selectedItems())
        self.revert_button.setEnabled(ok)

    def revert_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.batches):
            return
        batch = self.batches[row]
        try:
            changed = revert.revert_blockers(self.actor, batch.id)
            question = self.tr("Remove what the import of “{file}” created and restore what it updated?").format(
                file=batch.file_name
            )
            if changed:
                question += "\n" + self.tr("{count} deals were changed since and will be kept.").format(count=changed)
            if not dialogs.confirm(self, self.tr("Revert import"), question):
                return
            result = revert.revert_batch(self.actor, batch.id)
        except EtapError as err:
            dialogs.error(self, err)
            self.reload()
            return
        removed = sum(result.removed.values())
        restored = sum(result.restored.values())
        text = self.tr("Removed: {removed}. Restored: {restored}.").format(removed=removed, restored=restored)
        if result.kept:
            listed = "\n".join(
                f"{label} — {tr('Import', revert.KEPT_REASONS[reason])}" for _t, _i, label, reason in result.kept[:30]
            )
            more = len(result.kept) - 30
            text += "\n" + self.tr("Kept because they changed since:") + "\n" + listed
            if more > 0:
                text += "\n" + self.tr("… and {count} more.").format(count=more)
        dialogs.info(self, self.tr("Revert import"), text)
        self.reload()
        self.reverted.emit(batch.id)
