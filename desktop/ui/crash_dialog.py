"""The message for an unexpected error (desktop/ui/crash.py): what happened in the user's language, where the log
is, the details behind "Show Details…" and a "Copy details" button that keeps the box open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class CrashDialog(QMessageBox):
    """ "Something went wrong" with the log file's place, and a button that copies the details."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.details = details
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("Etap")
        self.setText(self.tr("Something went wrong. What you were doing may not have been saved."))
        where = self.tr("The details are written to %1.").replace("%1", str(log_path)) if log_path else ""
        self.setInformativeText(
            " ".join(filter(None, [self.tr("Please send the details to whoever looks after Etap."), where]))
        )
        self.setDetailedText(details)
        self.copy_button = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyDetails")
        self.addButton(QMessageBox.StandardButton.Close)

    def done(self, result: int) -> None:
        if self.clickedButton() is self.copy_button:  # copying keeps the box open
            self.copy_details()
            return
        super().done(result)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
