"""Tools ▸ Users… (administrators): the team's users on the left, the chosen one's details on the right.

Create a user (with a first password), edit name, e-mail, signature and role, deactivate (their deals stay,
and can be handed to someone else in the same step) or reactivate, set a password. Everyone else opens the
same dialog as Tools ▸ My profile… and sees only themselves: name, e-mail, signature and their password.
A save writes only the fields that changed and is refused when another administrator saved the user first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, EtapError
from desktop.domain.passwords import MIN_LENGTH
from desktop.domain.roles import ROLE_LABELS, Role
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.services.records import UserRow
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text, tr
from desktop.ui.team.passwords import PasswordDialog, error_label, password_field

ID_ROLE = Qt.ItemDataRole.UserRole


class UsersDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.is_admin = actor.role == Role.ADMIN
        self.current: UserRow | None = None  # None while a new user is being entered
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users") if self.is_admin else self.tr("My profile"))

        self.list = QListWidget(self)
        self.list.setObjectName("userList")
        self.list.currentItemChanged.connect(lambda item, _prev: self._show(item))
        self.new_button = QPushButton(self.tr("&New user"), self)
        self.new_button.setObjectName("newUser")
        self.new_button.clicked.connect(self.new_user)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in (Role.AGENT, Role.MANAGER, Role.ADMIN):
            self.role.addItem(tr("Role", ROLE_LABELS[role]), str(role))
        self.signature = QPlainTextEdit(self)
        self.signature.setObjectName("signature")
        self.signature.setPlaceholderText(self.tr("Added under your e-mails, e.g. name, position, phone"))
        self.signature.setFixedHeight(90)
        self.password = password_field(self, "password")
        self.repeat = password_field(self, "repeatPassword")
        self.password_hint = QLabel(self.tr("At least %n characters.", "", MIN_LENGTH), self)
        self.state = QLabel(self)
        self.state.setObjectName("userState")
        self.message = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.name)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Signature:"), self.signature)
        self.password_label = QLabel(self.tr("Password:"), self)
        self.repeat_label = QLabel(self.tr("Repeat the password:"), self)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.password_hint)
        self.state_label = QLabel(self.tr("Status:"), self)
        form.addRow(self.state_label, self.state)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveUser")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.password_button = QPushButton(self.tr("Set &password…"), self)
        self.password_button.setObjectName("setPassword")
        self.password_button.clicked.connect(self.set_password)
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.password_button)
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addStretch(1)
        right.addLayout(actions)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.list.setVisible(self.is_admin)
        self.new_button.setVisible(self.is_admin)
        self.resize(820 if self.is_admin else 520, 520)
        self.reload(select_id=actor.id)

    # -- list -------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        rows = users.list_users(active_only=False) if self.is_admin else [users.get_user(self.actor.id)]
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for row in rows:
            label = f"{row.display_name} — {tr('Role', ROLE_LABELS.get(row.role, row.role))}"
            if not row.active:
                label += " " + self.tr("(inactive)")
            item = QListWidgetItem(label, self.list)
            item.setData(ID_ROLE, row.id)
            if not row.active:
                item.setForeground(Qt.GlobalColor.gray)
            if row.id == select_id:
                chosen = item
        self.list.blockSignals(False)
        self._rows = {r.id: r for r in rows}
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        self.list.setCurrentItem(chosen)
        self._show(chosen)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.message.clear()
        row = self._rows.get(item.data(ID_ROLE)) if item is not None else None
        self.current = row
        if row is None:
            return
        self.username.setText(row.username)
        self.username.setReadOnly(True)
        self.name.setText(row.display_name)
        self.email.setText(row.email)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.signature.setPlainText(row.signature)
        self._set_new_mode(False)
        self.role.setEnabled(self.is_admin)
        self.active_button.setVisible(self.is_admin and row.id != self.actor.id)
        self.active_button.setText(self.tr("&Deactivate…") if row.active else self.tr("Re&activate"))
        self.password_button.setText(
            self.tr("Change my &password…") if row.id == self.actor.id else self.tr("Set &password…")
        )
        self.password_button.setVisible(self.is_admin or row.id == self.actor.id)
        state = self.tr("active") if row.active else self.tr("inactive: cannot sign in")
        if row.active and not row.can_sign_in:
            state = self.tr("active, no password yet (cannot sign in to a team database)")
        self.state.setText(state)

    def _set_new_mode(self, new: bool) -> None:
        for widget in (self.password, self.repeat, self.password_label, self.repeat_label, self.password_hint):
            widget.setVisible(new)
        self.password_button.setVisible(not new)
        self.active_button.setVisible(not new)
        self.state.setVisible(not new)
        self.state_label.setVisible(not new)

    # -- actions ----------------------------------------------------------------------------------------
    def new_user(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)
        self.current = None
        for field in (self.username, self.name, self.email, self.password, self.repeat):
            field.clear()
        self.username.setReadOnly(False)
        self.signature.clear()
        self.role.setCurrentIndex(0)
        self.role.setEnabled(True)
        self.message.clear()
        self._set_new_mode(True)
        self.name.setFocus()

    def save(self) -> None:
        try:
            if self.current is None:
                if self.password.text() != self.repeat.text():
                    self.message.setText(self.tr("The two passwords differ."))
                    return
                row = users.create_user(
                    self.actor,
                    self.username.text() or self.email.text().split("@")[0],
                    self.name.text(),
                    self.role.currentData(),
                    self.email.text(),
                    self.password.text(),
                    self.signature.toPlainText(),
                )
            else:
                row = users.update_user(self.actor, self.current.id, self.current.version, **self._changes())
        except ConflictError as err:
            self.message.setText(error_text(err))
            self.reload(select_id=self.current.id if self.current else None)
            self.message.setText(error_text(err))
            return
        except EtapError as err:
            self.message.setText(error_text(err))
            return
        self.reload(select_id=row.id)

    def _changes(self) -> dict:
        """Only what the person changed is sent (the rest stays as another admin may have set it)."""
        row = self.current
        out: dict = {}
        if self.name.text() != row.display_name:
            out["display_name"] = self.name.text()
        if self.email.text() != row.email:
            out["email"] = self.email.text()
        if self.signature.toPlainText() != row.signature:
            out["signature"] = self.signature.toPlainText()
        if self.is_admin and self.role.currentData() != row.role:
            out["role"] = self.role.currentData()
        return out

    def set_password(self) -> None:
        row = self.current
        if row is None:
            return
        own = row.id == self.actor.id
        dialog = PasswordDialog(self.actor, None if own else row.id, row.display_name, self)
        if dialogs.exec(dialog):
            dialogs.info(self, self.windowTitle(), self.tr("The password was changed."))
            self.reload(select_id=row.id)
        dialog.deleteLater()

    def toggle_active(self) -> None:
        row = self.current
        if row is None:
            return
        reassign = None
        if row.active:
            owned = users.owned_deal_count(row.id)
            question = self.tr("Deactivate %1? They will no longer be able to sign in.").replace("%1", row.display_name)
            if not dialogs.confirm(self, self.tr("Deactivate user"), question):
                return
            if owned:
                others = [u for u in users.list_users() if u.id != row.id]
                labels = [self.tr("Keep them with %1").replace("%1", row.display_name)] + [
                    u.display_name for u in others
                ]
                text = self.tr("%1 owns %n deal(s). Hand them to:", "", owned).replace("%1", row.display_name)
                choice = dialogs.ask_item(self, self.tr("Deactivate user"), text, labels)
                if choice is None:
                    return
                reassign = others[choice - 1].id if choice > 0 else None
        try:
            users.set_active(self.actor, row.id, row.version, not row.active, reassign_to=reassign)
        except EtapError as err:
            self.message.setText(error_text(err))
            if isinstance(err, ConflictError):
                self.reload(select_id=row.id)
                self.message.setText(error_text(err))
            return
        self.reload(select_id=row.id)
