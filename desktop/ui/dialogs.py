"""The one seam every modal question goes through, so tests can answer without a blocking dialog.

Widgets call ``dialogs.warn(...)``, ``dialogs.ask_text(...)`` etc.; tests replace the attributes of the
module-level ``dialogs`` object (see tests/ui/conftest.py) and record what was asked.

The message boxes, input and file dialogs are reached through ``QtWidgets`` when one is shown: naming them at
import would have PySide6 build their classes (and all their enums) while the window starts, which asks none.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import EtapError
from desktop.ui.errors import error_text


class Dialogs:
    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QtWidgets.QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QtWidgets.QMessageBox.question(parent, title, text)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QtWidgets.QInputDialog.getText(parent, title, label, QtWidgets.QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_item(
        self, parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
    ) -> int | None:
        """Returns the index of the chosen item, or None when cancelled."""
        value, ok = QtWidgets.QInputDialog.getItem(parent, title, label, items, current, False)
        return items.index(value) if ok else None

    def ask_save_path(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        """A file to write; None when cancelled."""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def ask_open_path(self, parent: QWidget | None, title: str, filters: str = "") -> str | None:
        """A file to read; None when cancelled."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, "", filters)
        return path or None

    def exec(self, dialog) -> bool:
        """Run a modal dialog; True when accepted. Tests replace this to drive the dialog themselves."""
        return bool(dialog.exec())

    def error(self, parent: QWidget | None, err: EtapError) -> None:
        self.warn(parent, "Etap", error_text(err))

    def unexpected(self, parent: QWidget | None, details: str, log_path) -> None:
        """An error that is not an EtapError (desktop/ui/crash.py): a message with "Copy details"."""
        from desktop.ui.crash_dialog import CrashDialog

        CrashDialog(details, log_path, parent).exec()


dialogs = Dialogs()
