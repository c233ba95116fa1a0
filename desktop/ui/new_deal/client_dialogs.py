"""Small dialogs that create a contact or a company without leaving the New deal dialog.

They call the same contacts and companies services as the full editors (same validation, history and search keys);
the other fields (tax ids, consents, addresses) are edited later in the contact's or company's sheet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.errors import EtapError
from desktop.services import pickers
from desktop.services.actor import Actor
from desktop.services.clients import companies, contacts
from desktop.ui.errors import error_text
from desktop.ui.pickers import Picker


class _ClientDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.created_id: int | None = None
        self.form = QFormLayout()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("clientError")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _create(self) -> int:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.created_id = self._create()
        except EtapError as err:
            self.error_label.setText(error_text(err))
            self.error_label.show()
            return
        super().accept()


class NewCompanyDialog(_ClientDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(actor, parent)
        self.setObjectName("newCompanyDialog")
        self.setWindowTitle(self.tr("New company"))
        self.name = QLineEdit(name, self)
        self.name.setObjectName("companyName")
        self.form.addRow(self.tr("Name:"), self.name)

    def _create(self) -> int:
        return companies.create_company(self.actor, name=self.name.text()).id


class NewContactDialog(_ClientDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None, company_id: int | None = None) -> None:
        super().__init__(actor, parent)
        self.setObjectName("newContactDialog")
        self.setWindowTitle(self.tr("New contact"))
        self.first_name = QLineEdit(self)
        self.first_name.setObjectName("contactFirstName")
        self.last_name = QLineEdit(self)
        self.last_name.setObjectName("contactLastName")
        self.email = QLineEdit(self)
        self.email.setObjectName("contactEmail")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("contactPhone")
        self.company = Picker(pickers.companies, pickers.company_label, self, self.tr("Type to search companies"))
        self.company.setObjectName("contactCompany")
        self.company.set_value(company_id)
        self.form.addRow(self.tr("First name:"), self.first_name)
        self.form.addRow(self.tr("Last name:"), self.last_name)
        self.form.addRow(self.tr("E-mail:"), self.email)
        self.form.addRow(self.tr("Phone:"), self.phone)
        self.form.addRow(self.tr("Company:"), self.company)

    def _create(self) -> int:
        return contacts.create_contact(
            self.actor,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            company_id=self.company.value(),
        ).id
