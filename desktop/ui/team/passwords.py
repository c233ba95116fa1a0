"""Password dialogs: change my own password (current one, new one twice) and an administrator's reset
(new one twice). Each saves through the users service and stays open with the reason when refused."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.errors import EtapError
from desktop.domain.passwords import MIN_LENGTH
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.ui.errors import error_text


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorMessage")
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


class PasswordDialog(QDialog):
    """``user_id`` None: the actor changes their own password; otherwise an admin resets ``user_id``'s."""

    def __init__(self, actor: Actor, user_id: int | None = None, user_name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.user_id = user_id
        self.setObjectName("passwordDialog")
        own = user_id is None
        self.setWindowTitle(
            self.tr("Change my password") if own else self.tr("Set password for %1").replace("%1", user_name)
        )
        self.current = password_field(self, "currentPassword")
        self.new = password_field(self, "newPassword")
        self.repeat = password_field(self, "repeatPassword")
        self.message = error_label(self)
        hint = QLabel(self.tr("At least %n characters; a sentence you remember is best.", "", MIN_LENGTH), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if own:
            form.addRow(self.tr("Current password:"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat the new password:"), self.repeat)
        form.addRow(hint)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        try:
            if self.user_id is None:
                users.change_own_password(self.actor, self.current.text(), self.new.text(), self.repeat.text())
            else:
                users.reset_password(self.actor, self.user_id, self.new.text(), self.repeat.text())
        except EtapError as err:
            self.message.setText(error_text(err))
            return
        self.accept()
