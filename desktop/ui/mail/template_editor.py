"""Tools → E-mail templates: edit name, subject, plain and HTML body; the available placeholders are listed
(double-click inserts one); the preview fills them with a chosen deal's data or with sample names, and
unknown placeholders are reported instead of being saved."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import mail
from desktop.domain.errors import EtapError
from desktop.domain.roles import can_configure
from desktop.services.actor import Actor
from desktop.services.mail import email_templates
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr as translated


class TemplateEditorDialog(QDialog):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.current_id: int | None = None
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("E-mail templates"))
        self.resize(1000, 620)

        self.templates = QListWidget(self)
        self.templates.currentItemChanged.connect(self._load)
        new_button = QPushButton(self.tr("New"), self)
        new_button.clicked.connect(self.new)
        delete_button = QPushButton(self.tr("Delete"), self)
        delete_button.clicked.connect(self.delete)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.templates, 1)
        row = QHBoxLayout()
        row.addWidget(new_button)
        row.addWidget(delete_button)
        left_layout.addLayout(row)

        self.name = QLineEdit(self)
        self.subject = QLineEdit(self)
        self.body_text = QPlainTextEdit(self)
        self.body_html = QPlainTextEdit(self)
        self.body_html.setPlaceholderText(self.tr("Optional: the same message as simple HTML"))
        self.bodies = QTabWidget(self)
        self.bodies.addTab(self.body_text, self.tr("Plain text"))
        self.bodies.addTab(self.body_html, self.tr("HTML"))
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("templatePreview")
        self.bodies.addTab(self.preview, self.tr("Preview"))
        self.bodies.currentChanged.connect(self._tab_changed)
        self.deal_number = QLineEdit(self)
        self.deal_number.setPlaceholderText(self.tr("deal number for the preview, e.g. SPR/2026/0001"))
        self.deal_number.editingFinished.connect(self.refresh_preview)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Preview with deal:"), self.deal_number)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(form)
        middle_layout.addWidget(self.bodies, 1)

        self.placeholders = QListWidget(self)
        self.placeholders.setObjectName("placeholderList")
        self.placeholders.setToolTip(self.tr("Double-click to insert"))
        for name, label in mail.PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{{{name}}}}}\n    {translated('Placeholder', label)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemDoubleClicked.connect(self._insert)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.placeholders)
        split.setSizes([180, 520, 300])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        # Shared templates: salespeople use them (preview here, send from a deal); managers shape them.
        may_edit = can_configure(actor.role)
        for widget in (new_button, delete_button, buttons.button(QDialogButtonBox.StandardButton.Save)):
            widget.setEnabled(may_edit)
        self.name.setReadOnly(not may_edit)
        self.subject.setReadOnly(not may_edit)
        self.body_text.setReadOnly(not may_edit)
        self.body_html.setReadOnly(not may_edit)
        if not may_edit:
            note = QLabel(self.tr("Only managers and administrators can change the shared templates."), self)
            note.setObjectName("templatesReadOnly")
            layout.addWidget(note)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.templates.blockSignals(True)
        self.templates.clear()
        for t in email_templates.list_templates():
            item = QListWidgetItem(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.templates.addItem(item)
            if t.id == select_id:
                self.templates.setCurrentItem(item)
        self.templates.blockSignals(False)
        if self.templates.currentItem() is None and self.templates.count():
            self.templates.setCurrentRow(0)
        self._load(self.templates.currentItem())

    def _load(self, item, _previous=None) -> None:
        if item is None:
            self.new()
            return
        t = email_templates.get_template(item.data(Qt.ItemDataRole.UserRole))
        self.current_id = t.id
        self.name.setText(t.name)
        self.subject.setText(t.subject)
        self.body_text.setPlainText(t.body_text)
        self.body_html.setPlainText(t.body_html)

    def new(self) -> None:
        self.current_id = None
        self.templates.clearSelection()
        for edit in (self.name, self.subject):
            edit.clear()
        self.body_text.clear()
        self.body_html.clear()
        self.name.setFocus()

    def _insert(self, item: QListWidgetItem) -> None:
        token = "{{" + item.data(Qt.ItemDataRole.UserRole) + "}}"
        if self.subject.hasFocus():
            self.subject.insert(token)
        else:
            editor = self.body_html if self.bodies.currentWidget() is self.body_html else self.body_text
            editor.insertPlainText(token)

    def _tab_changed(self, index: int) -> None:
        if self.bodies.widget(index) is self.preview:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        try:
            deal_id = None
            if self.deal_number.text().strip():
                deal_id = email_templates.find_deal_id(self.actor, self.deal_number.text())
            out = email_templates.preview(
                self.actor, self.subject.text(), self.body_text.toPlainText(), self.body_html.toPlainText(), deal_id
            )
        except EtapError as err:
            from desktop.ui.errors import error_text

            self.preview.setHtml(f"<span style='color:#b00020'>{html.escape(error_text(err))}</span>")
            return
        body = out.body_html or f"<div style='white-space: pre-wrap'>{html.escape(out.body_text)}</div>"
        self.preview.setHtml(f"<b>{html.escape(out.subject)}</b><hr>{body}")

    def save(self) -> None:
        try:
            row = email_templates.save_template(
                self.actor,
                self.name.text(),
                self.subject.text(),
                self.body_text.toPlainText(),
                self.body_html.toPlainText(),
                self.current_id,
            )
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload(row.id)

    def delete(self) -> None:
        if self.current_id is None:
            return
        if not dialogs.confirm(
            self, self.windowTitle(), self.tr("Delete the template “%1”?").replace("%1", self.name.text())
        ):
            return
        email_templates.delete_template(self.actor, self.current_id)
        self.reload()
