"""The contact sheet and the company sheet, and opening them (one window per record)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.errors import EtapError
from desktop.domain.identifiers import format_phone
from desktop.domain.roles import Role
from desktop.services.clients import companies, contacts, gdpr
from desktop.ui.clients.sheet import ClientSheet
from desktop.ui.dialogs import dialogs


class ContactSheet(ClientSheet):
    KIND = "contact"

    def __init__(self, actor, record_id: int | None = None, parent=None, initial: dict | None = None) -> None:
        super().__init__(actor, record_id, parent, initial)
        self.anonymise_button = self.buttons.addButton(self.tr("Anonymise…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.anonymise_button.setObjectName("anonymiseContact")
        self.anonymise_button.setToolTip(self.tr("Remove this person's data (right to be forgotten)"))
        self.anonymise_button.clicked.connect(self.anonymise)
        self._update_anonymise()

    def _update_anonymise(self) -> None:
        if hasattr(self, "anonymise_button"):
            anonymised = self.record is not None and self.record.anonymised_at is not None
            self.anonymise_button.setVisible(self.actor.role == Role.ADMIN and self.record is not None)
            self.anonymise_button.setEnabled(not anonymised)

    def anonymise(self) -> None:
        question = self.tr(
            "Remove %1's personal data from Etap for good? Names, e-mail addresses, phones and address are "
            "replaced in the contact, in messages sent to them and in the history of their deals. Deals, their "
            "values and stages stay. This cannot be undone."
        ).replace("%1", self.record.name if self.record else "")
        if not dialogs.confirm(self, self.tr("Anonymise contact"), question):
            return
        try:
            record = gdpr.anonymise_contact(self.actor, self.record_id)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self._show(record)
        self.saved.emit(record.id)

    def build_fields(self) -> None:
        self.setObjectName("contactSheet")
        self.line("first_name", self.tr("First name:"))
        self.line("last_name", self.tr("Last name:"))
        self.line("position", self.tr("Position:"))
        email = self.line("email", self.tr("E-mail:"))
        email.editingFinished.connect(self.check_duplicates)
        self.text_box("extra_emails", self.tr("Other e-mails:"), 2).setPlaceholderText(self.tr("one per line"))
        phone = self.line("phone", self.tr("Phone:"))
        phone.setPlaceholderText(self.tr("e.g. 601 234 567 or +40 721 234 567"))
        self.text_box("extra_phones", self.tr("Other phones:"), 2).setPlaceholderText(self.tr("one per line"))
        self.company_box("company_id", self.tr("Company:"))
        self.text_box("address", self.tr("Address:"), 3)
        self.text_box("notes", self.tr("Notes:"), 4)
        consent = self.check("marketing_consent", self.tr("Marketing:"), self.tr("Agrees to receive marketing e-mails"))
        self.date_box("consent_date", self.tr("Consent given on:"))
        self.line("consent_source", self.tr("Consent source:")).setPlaceholderText(
            self.tr("e.g. web form, phone call, signed contract")
        )
        consent.toggled.connect(self._consent_toggled)
        self._consent_toggled(False)

    def _consent_toggled(self, on: bool) -> None:
        for key in ("consent_date", "consent_source"):
            self.fields[key].widget.setEnabled(on)

    def load(self, record_id: int):
        return contacts.get_contact(record_id)

    def create(self, values: dict):
        return contacts.create_contact(self.actor, **values)

    def edit(self, changes: dict):
        return contacts.edit_contact(self.actor, self.record_id, self.record.version, **changes)

    def duplicates(self) -> list:
        return contacts.duplicates(self.fields["email"].get(), exclude_id=self.record_id)

    def display(self, record, key: str) -> object:
        if key == "phone":
            return format_phone(record.phone)
        if key == "extra_phones":
            return "\n".join(format_phone(p) for p in record.extra_phones.splitlines())
        return getattr(record, key)

    def window_title(self) -> str:
        if self.record is None:
            return self.tr("New contact")
        return self.tr("Contact: %1").replace("%1", self.record.label)

    def deals_filter(self) -> dict:
        return {"contact_id": self.record_id}

    def client_ids(self) -> tuple[int | None, int | None]:
        return self.record_id, self.record.company_id if self.record else None

    def _show(self, record) -> None:
        super()._show(record)
        for box in self.fields.values():
            box.widget.setEnabled(record.anonymised_at is None)
        self._consent_toggled(bool(record.marketing_consent))
        self._update_anonymise()


class CompanySheet(ClientSheet):
    KIND = "company"

    def build_fields(self) -> None:
        self.setObjectName("companySheet")
        name = self.line("name", self.tr("Name:"))
        nip = self.line("nip", self.tr("NIP:"))
        self.line("regon", self.tr("REGON:"))
        self.line("krs", self.tr("KRS:"))
        cui = self.line("cui", self.tr("CUI/CIF:"))
        cui.setPlaceholderText(self.tr("Romanian fiscal code, with or without RO"))
        for widget in (name, nip, cui):
            widget.editingFinished.connect(self.check_duplicates)
        self.text_box("address", self.tr("Address:"), 2)
        self.line("postcode", self.tr("Postcode:"))
        self.line("city", self.tr("City:"))
        self.line("country", self.tr("Country:"))
        self.line("phone", self.tr("Phone:"))
        self.line("email", self.tr("E-mail:"))
        self.line("website", self.tr("Website:"))
        self.text_box("notes", self.tr("Notes:"), 4)

    def load(self, record_id: int):
        return companies.get_company(record_id)

    def create(self, values: dict):
        return companies.create_company(self.actor, **values)

    def edit(self, changes: dict):
        return companies.edit_company(self.actor, self.record_id, self.record.version, **changes)

    def duplicates(self) -> list:
        get = self.fields
        return companies.duplicates(
            name=get["name"].get(), nip=get["nip"].get(), cui=get["cui"].get(), exclude_id=self.record_id
        )

    def display(self, record, key: str) -> object:
        return format_phone(record.phone) if key == "phone" else getattr(record, key)

    def window_title(self) -> str:
        if self.record is None:
            return self.tr("New company")
        return self.tr("Company: %1").replace("%1", self.record.name)

    def deals_filter(self) -> dict:
        return {"company_id": self.record_id}

    def client_ids(self) -> tuple[int | None, int | None]:
        return None, self.record_id


_open: dict[tuple[str, int], ClientSheet] = {}


def open_sheet(kind: str, actor, record_id: int | None = None, parent=None, initial: dict | None = None):
    """Show the record's sheet (the one already open, if any), or a new record's; None when it cannot open."""
    key = (kind, record_id) if record_id is not None else None
    sheet = _open.get(key) if key else None
    if sheet is None:
        cls = ContactSheet if kind == "contact" else CompanySheet
        try:
            sheet = cls(actor, record_id, parent, initial)
        except EtapError as err:
            dialogs.error(parent, err)
            return None
        if key:
            _open[key] = sheet
        sheet.saved.connect(lambda new_id, s=sheet, k=kind: _register(k, new_id, s))
        sheet.destroyed.connect(lambda *_args, s=sheet: _forget(s))
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet


def _register(kind: str, record_id: int, sheet: ClientSheet) -> None:
    _open[(kind, record_id)] = sheet


def _forget(sheet) -> None:
    for key in [k for k, v in _open.items() if v is sheet]:
        _open.pop(key, None)


def open_sheets() -> list[ClientSheet]:
    return list(_open.values())
