"""The deal sheet's Notes & attachments tab: plain notes, and files stored with the deal in the database."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services.deals import notes_files
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text


class NotesTab(QWidget):
    changed = Signal()

    def __init__(self, deal_id: int, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notesTab")
        self.deal_id = deal_id
        self.actor = actor
        self._opened: list[Path] = []

        self.notes = QListWidget(self)
        self.notes.setObjectName("noteList")
        self.notes.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("newNote")
        self.note_edit.setPlaceholderText(self.tr("Write a note about this deal…"))
        self.note_edit.setFixedHeight(70)
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.setObjectName("addNote")
        self.add_note_button.clicked.connect(self.add_note)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(QLabel(self.tr("Notes"), notes_box))
        notes_layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignBottom)
        notes_layout.addLayout(row)

        self.files = QTreeWidget(self)
        self.files.setObjectName("fileList")
        self.files.setRootIsDecorated(False)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("By"), "SHA-256"])
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.itemDoubleClicked.connect(lambda _i, _c: self.open_file())
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.attach_button.setObjectName("attachFile")
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_file)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.clicked.connect(self.save_file)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_file)
        files_box = QWidget(self)
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        limit = notes_files.MAX_FILE_BYTES // 2**20
        files_layout.addWidget(QLabel(self.tr("Files (up to %1 MB each)").replace("%1", str(limit)), files_box))
        files_layout.addWidget(self.files, 1)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(notes_box)
        splitter.addWidget(files_box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        self.notes.clear()
        for note in notes_files.notes(self.actor, self.deal_id):
            item = QListWidgetItem(f"{datetime_text(note.at)} · {note.author}\n{note.text}", self.notes)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
        if not self.notes.count():
            QListWidgetItem(self.tr("No notes yet."), self.notes).setFlags(Qt.ItemFlag.NoItemFlags)
        self.files.clear()
        locale = QLocale()
        for row in notes_files.files(self.actor, self.deal_id):
            item = QTreeWidgetItem(
                [row.name, locale.formattedDataSize(row.size), datetime_text(row.at), row.author, row.sha256[:16] + "…"]
            )
            item.setToolTip(4, row.sha256)
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.files.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.files.resizeColumnToContents(column)

    def add_note(self) -> None:
        try:
            notes_files.add_note(self.actor, self.deal_id, self.note_edit.toPlainText())
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.note_edit.clear()
        self.reload()
        self.changed.emit()

    def attach(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Attach file"))
        if not path:
            return
        try:
            notes_files.add_file_from_path(self.actor, self.deal_id, Path(path))
        except EtapError as err:
            dialogs.error(self, err)
            return
        except OSError as err:
            dialogs.warn(
                self, self.tr("Attach file"), self.tr("The file could not be read: %1").replace("%1", str(err))
            )
            return
        self.reload()
        self.changed.emit()

    def _current_file(self) -> int | None:
        item = self.files.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def export_current(self, target: Path | None = None) -> Path | None:
        file_id = self._current_file()
        if file_id is None:
            return None
        try:
            name, data = notes_files.file_bytes(self.actor, file_id)
        except EtapError as err:
            dialogs.error(self, err)
            return None
        if target is None:  # a private folder per file, removed when the app's temp dir is cleaned
            target = Path(tempfile.mkdtemp(prefix="etap-file-")) / name
        target.write_bytes(data)
        return target

    def open_file(self) -> None:
        path = self.export_current()
        if path is not None:
            self._opened.append(path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_file(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        path = dialogs.ask_save_path(self, self.tr("Save file"), item.text(0), "")
        if path:
            try:
                self.export_current(Path(path))
            except OSError as err:
                dialogs.warn(
                    self, self.tr("Save file"), self.tr("The file could not be written: %1").replace("%1", str(err))
                )

    def delete_file(self) -> None:
        file_id = self._current_file()
        if file_id is None:
            return
        name = self.files.currentItem().text(0)
        if not dialogs.confirm(
            self, self.tr("Delete file"), self.tr("Delete “%1” from this deal?").replace("%1", name)
        ):
            return
        try:
            notes_files.delete_file(self.actor, file_id)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload()
        self.changed.emit()
