"""File → Backups…: the verified copies (date, size, deals), Back up now, Restore, and the folder they go to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.domain.errors import EtapError
from desktop.services.actor import Actor
from desktop.services.admin import backups
from desktop.ui.backups.folder import backup_folder, set_backup_folder
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text


class BackupsDialog(QDialog):
    restored = Signal()  # the open database now holds a backup's content: views must reload everything

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 380)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Deals")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.list.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.empty = QLabel(self.tr("No backups yet. Etap makes one every day it runs; or click Back up now."))
        self.empty.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.folder_button = QPushButton(self.tr("Change &folder…"))
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.change_folder)
        self.open_button.clicked.connect(self.open_folder)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.folder_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.restore_button.setVisible(actor.role == "admin")
        self.reload()

    @property
    def folder(self) -> Path:
        return backup_folder()

    def reload(self) -> None:
        self.folder_label.setText(self.tr("Backups are kept in: %1").replace("%1", str(self.folder)))
        self.list.clear()
        locale = QLocale()
        for info in backups.list_backups(self.folder):
            size = locale.toString(info.size / 1_048_576, "f", 1) + " MB"
            deals = "" if info.deals is None else locale.toString(info.deals)
            item = QTreeWidgetItem([datetime_text(info.taken_at.replace(tzinfo=None)), size, deals])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def selected_path(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def back_up_now(self) -> Path | None:
        try:
            path = backups.back_up(self.folder)
        except EtapError as err:
            dialogs.error(self, err)
            return None
        self.reload()
        return path

    def restore_selected(self) -> bool:
        path = self.selected_path()
        if path is None:
            return False
        item = self.list.selectedItems()[0]
        question = self.tr(
            "Replace everything in the database with the backup of %1?\n\n"
            "The current state is backed up first, so this can be undone by restoring that copy."
        ).replace("%1", item.text(0))
        if not dialogs.confirm(self, self.tr("Restore backup"), question):
            return False
        try:
            backups.restore(self.actor, self.folder, path)
        except EtapError as err:
            dialogs.error(self, err)
            return False
        self.reload()
        self.restored.emit()
        dialogs.info(self, self.tr("Restore backup"), self.tr("The backup was restored."))
        return True

    def change_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), str(self.folder))
        if chosen:
            set_backup_folder(Path(chosen))
            self.reload()

    def open_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
