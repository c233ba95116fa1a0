"""Team-mode sign-in (PostgreSQL): user name and password, checked by the users service."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.errors import EtapError
from desktop.services import users
from desktop.services.context import Actor
from desktop.ui.errors import error_text


class LoginDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to Etap"))
        self.actor: Actor | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.message)
        form.addRow(buttons)

    def try_sign_in(self) -> None:
        try:
            self.actor = users.sign_in(self.username.text(), self.password.text())
        except EtapError as err:
            self.message.setText(error_text(err))
            self.password.selectAll()
            return
        self.accept()
