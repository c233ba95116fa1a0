"""Team-mode sign-in: user name (or e-mail) and password, checked by the users service; “Remember me” keeps
the credential in the system keyring only, so the next start signs in by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.errors import EtapError, PermissionDenied
from desktop.services import credentials
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.team.passwords import error_label, password_field


class LoginDialog(QDialog):
    def __init__(self, database_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_label = database_label
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to Etap"))
        self.actor: Actor | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = password_field(self, "password")
        self.remember = QCheckBox(self.tr("Remember me on this computer (kept in the system keyring)"), self)
        self.remember.setObjectName("rememberMe")
        self.message = error_label(self)
        self.message.setObjectName("loginMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if database_label:
            form.addRow(self.tr("Database:"), QLabel(database_label, self))
        form.addRow(self.tr("User name or e-mail:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.remember)
        form.addRow(self.message)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    def try_sign_in(self) -> None:
        try:
            self.actor = users.sign_in(self.username.text(), self.password.text())
        except EtapError as err:
            self.message.setText(error_text(err))
            self.password.selectAll()
            self.password.setFocus()
            return
        if self.remember.isChecked():
            if not credentials.remember(self.database_label, self.username.text().strip(), self.password.text()):
                dialogs.warn(
                    self, self.tr("Sign in"), self.tr("The system keyring is not available: nothing was remembered.")
                )
        else:
            credentials.forget(self.database_label)
        self.accept()


def team_actor(database_label: str, parent: QWidget | None = None) -> Actor | None:
    """Who uses a team database: the first administrator on an empty one, the remembered credential when it
    still works, otherwise whoever signs in; None when the person cancels."""
    from desktop.ui.team.first_admin import FirstAdminDialog

    if users.needs_first_admin():
        first = FirstAdminDialog(database_label, parent)
        accepted = dialogs.exec(first)
        return first.actor if accepted else None
    remembered = credentials.recall(database_label)
    if remembered is not None:
        try:
            return users.sign_in(*remembered)
        except PermissionDenied:  # the password changed or the user was disabled: ask again
            credentials.forget(database_label)
        except EtapError:  # throttled: the dialog shows why
            pass
    login = LoginDialog(database_label, parent)
    if remembered is not None:
        login.username.setText(remembered[0])
    accepted = dialogs.exec(login)
    return login.actor if accepted else None
