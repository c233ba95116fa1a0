"""Editing the list of deal sources offered in the deal sheet (managers; one source per line)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from desktop.domain.errors import EtapError
from desktop.domain.templates import SOURCES
from desktop.services.deals import notes_files
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.errors import tr as translated


def source_names() -> list[str]:
    """The sources to offer: the managers' list, or the eight defaults in the user's language."""
    names = notes_files.deal_sources()
    return names if names is not None else [translated("Source", s) for s in SOURCES]


class SourcesDialog(QDialog):
    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.setWindowTitle(self.tr("Deal sources"))
        self.actor = actor
        hint = QLabel(self.tr("One source per line. Deals keep their source when it is removed from the list."), self)
        hint.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("sourcesEdit")
        self.edit.setPlainText("\n".join(source_names()))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(360, 340)

    def save(self) -> None:
        try:
            notes_files.set_deal_sources(self.actor, self.edit.toPlainText().splitlines())
        except EtapError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        self.accept()


def edit_sources(actor, parent=None) -> bool:
    dialog = SourcesDialog(actor, parent)
    accepted = dialogs.exec(dialog)
    dialog.deleteLater()
    return accepted
