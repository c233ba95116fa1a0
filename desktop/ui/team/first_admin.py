"""First start of an empty team database: who will administer it (name, e-mail, password twice)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.domain.errors import EtapError
from desktop.domain.passwords import MIN_LENGTH
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.ui.errors import error_text
from desktop.ui.team.passwords import error_label, password_field


class FirstAdminDialog(QDialog):
    def __init__(self, database_label: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Set up the team database"))
        self.actor: Actor | None = None
        intro = QLabel(
            self.tr(
                "This database %1 has no administrator yet. Create the first one: the administrator adds the "
                "rest of the team in Tools ▸ Users."
            ).replace("%1", f"({database_label})" if database_label else ""),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("you sign in with this e-mail"))
        self.password = password_field(self, "password")
        self.repeat = password_field(self, "repeatPassword")
        hint = QLabel(self.tr("At least %n characters; a sentence you remember is best.", "", MIN_LENGTH), self)
        hint.setWordWrap(True)
        self.message = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create administrator"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Full name:"), self.name)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.repeat)
        form.addRow(hint)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def create(self) -> None:
        try:
            self.actor = users.create_first_admin(
                self.name.text(), self.email.text(), self.password.text(), self.repeat.text()
            )
        except EtapError as err:
            self.message.setText(error_text(err))
            return
        self.accept()
