"""The New deal dialog (Ctrl+N, Deal → New deal…, a column's "+", the funnel's toolbar, the empty board).

Process and stage (the column it was started from, else the first open stage), title, value and currency,
expected close date, owner (me; managers choose another), source, contact and company (pickers over the
whole database, with "New contact…" / "New company…" inline), and whatever else the chosen stage requires
on entry (sub-stage, next-contact date, lost reason). One call to ``deals.create_deal``: one transaction;
a refusal shows its message next to the field at fault and creates nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError, MissingFields, ValidationError
from desktop.domain.money import COMMON_CURRENCIES
from desktop.domain.stages import FIELD_LABELS, Field, StageKind, missing_fields
from desktop.services import pickers
from desktop.services.actor import Actor
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.services.records import DealRow, StageRow
from desktop.ui import ops
from desktop.ui.deal_sheet.sources_dialog import source_names
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.errors import tr as translated
from desktop.ui.new_deal.client_dialogs import NewCompanyDialog, NewContactDialog
from desktop.ui.pickers import Picker
from desktop.ui.widgets import OptionalDateEdit

OPEN_AFTER_KEY = "newDeal/openAfter"


class NewDealDialog(QDialog):
    """``created`` holds the new deal after the dialog was accepted; ``open_after`` whether to show it."""

    def __init__(
        self,
        actor: Actor,
        parent: QWidget | None = None,
        process_id: int | None = None,
        stage_id: int | None = None,
        contact_id: int | None = None,
        company_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newDealDialog")
        self.setWindowTitle(self.tr("New deal"))
        self.actor = actor
        self.created: DealRow | None = None
        self.stages: list[StageRow] = []
        self.errors: dict[str, QLabel] = {}

        self.process = QComboBox(self)
        self.process.setObjectName("newDealProcess")
        for row in processes.list_processes():
            self.process.addItem(row.name, row.id)
        self.stage = QComboBox(self)
        self.stage.setObjectName("newDealStage")
        self.title = QLineEdit(self)
        self.title.setObjectName("newDealTitle")
        self.title.setMaxLength(deals.MAX_TITLE)
        self.value = QLineEdit(self)
        self.value.setObjectName("newDealValue")
        self.value.setPlaceholderText("0,00")
        self.currency = QComboBox(self)
        self.currency.setObjectName("newDealCurrency")
        self.currency.addItems(list(COMMON_CURRENCIES))
        self.expected_close = OptionalDateEdit(self)
        self.expected_close.setObjectName("newDealExpectedClose")
        self.owner = Picker(pickers.users, pickers.user_label, self, self.tr("Unassigned"))
        self.owner.setObjectName("newDealOwner")
        self.owner.set_value(actor.id)
        self.owner.setEnabled(actor.is_manager)  # agents create their own deals
        self.source = QComboBox(self)
        self.source.setObjectName("newDealSource")
        self.source.setEditable(True)
        self.source.addItems(["", *source_names()])
        self.contact = Picker(pickers.contacts, pickers.contact_label, self, self.tr("Type to search contacts"))
        self.contact.setObjectName("newDealContact")
        self.contact.changed.connect(self._contact_chosen)
        self.new_contact = QPushButton(self.tr("New contact…"), self)
        self.new_contact.setObjectName("newContactButton")
        self.new_contact.clicked.connect(self.add_contact)
        self.company = Picker(pickers.companies, pickers.company_label, self, self.tr("Type to search companies"))
        self.company.setObjectName("newDealCompany")
        self.new_company = QPushButton(self.tr("New company…"), self)
        self.new_company.setObjectName("newCompanyButton")
        self.new_company.clicked.connect(self.add_company)
        # what only some stages ask for on entry
        self.substage = QComboBox(self)
        self.substage.setObjectName("newDealSubstage")
        self.next_contact = OptionalDateEdit(self)
        self.next_contact.setObjectName("newDealNextContact")
        self.lost_reason = QPlainTextEdit(self)
        self.lost_reason.setObjectName("newDealLostReason")
        self.lost_reason.setFixedHeight(60)
        self.open_after = QCheckBox(self.tr("Open the deal after creating it"), self)
        self.open_after.setObjectName("newDealOpenAfter")
        self.open_after.setChecked(QSettings().value(OPEN_AFTER_KEY, True, type=bool))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self._row(self.tr("Process:"), self.process, "process")
        self._row(self.tr("Stage:"), self.stage, "stage")
        self._row(self.tr("Title:"), self.title, "title")
        money = QHBoxLayout()
        money.addWidget(self.value, 1)
        money.addWidget(self.currency)
        self._row(self.tr("Value:"), money, "value")
        self._row(self.tr("Expected close:"), self.expected_close, "expected_close")
        self._row(self.tr("Owner:"), self.owner, "owner_id")
        self._row(self.tr("Source:"), self.source, "source")
        contact = QHBoxLayout()
        contact.addWidget(self.contact, 1)
        contact.addWidget(self.new_contact)
        self._row(self.tr("Contact:"), contact, "contact_id")
        company = QHBoxLayout()
        company.addWidget(self.company, 1)
        company.addWidget(self.new_company)
        self._row(self.tr("Company:"), company, "company_id")
        self._row(self.tr("Sub-stage:"), self.substage, "substage")
        self._row(self.tr("Next contact:"), self.next_contact, "next_contact")
        self._row(self.tr("Lost reason:"), self.lost_reason, "lost_reason")
        self.message = QLabel(self)
        self.message.setObjectName("newDealMessage")
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.open_after)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.process.currentIndexChanged.connect(lambda _i: self._load_stages(None))
        self.stage.currentIndexChanged.connect(lambda _i: self._stage_chosen())
        if process_id is not None and self.process.findData(process_id) >= 0:
            self.process.setCurrentIndex(self.process.findData(process_id))
        self._load_stages(stage_id)
        self.contact.set_value(contact_id)
        self.company.set_value(company_id if company_id is not None else pickers.contact_company(contact_id))
        self.title.setFocus()

    def _row(self, label: str, field, key: str) -> None:
        caption = QLabel(label, self)
        self.form.addRow(caption, field)
        self.labels[key] = caption
        error = QLabel(self)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        self.form.addRow("", error)
        self.errors[key] = error

    # -- process and stage ----------------------------------------------------------------------------
    def _load_stages(self, stage_id: int | None) -> None:
        process_id = self.process.currentData()
        self.stages = processes.list_stages(process_id) if process_id is not None else []
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in self.stages:
            self.stage.addItem(stage.name, stage.id)
        first_open = next((i for i, s in enumerate(self.stages) if s.kind is StageKind.OPEN), 0)
        index = self.stage.findData(stage_id) if stage_id is not None else -1
        self.stage.setCurrentIndex(index if index >= 0 else first_open)
        self.stage.blockSignals(False)
        self._stage_chosen()

    def current_stage(self) -> StageRow | None:
        index = self.stage.currentIndex()
        return self.stages[index] if 0 <= index < len(self.stages) else None

    def _stage_chosen(self) -> None:
        """Show what the stage asks for: its own fields appear, required captions are bold."""
        stage = self.current_stage()
        required = set(missing_fields(stage.spec(), {})) if stage else set()
        self.substage.clear()
        if stage and stage.substages:
            self.substage.addItems(list(stage.substages))
        shown = {
            "substage": bool(stage and stage.substages),
            "next_contact": Field.NEXT_CONTACT in required,
            "lost_reason": bool(stage and stage.kind is StageKind.LOST),
        }
        for key, visible in shown.items():
            self.form.setRowVisible(self.labels[key], visible)
        keys = {Field.CONTACT: "contact_id"}
        for field in Field:
            caption = self.labels.get(keys.get(field, str(field)))
            if caption is not None:
                font = caption.font()
                font.setBold(field in required)
                caption.setFont(font)
        self.clear_errors()

    # -- clients --------------------------------------------------------------------------------------
    def _contact_chosen(self) -> None:
        company_id = pickers.contact_company(self.contact.value())
        if company_id is not None and self.company.value() is None:
            self.company.choose(company_id)  # the contact's company, unless one was chosen already

    def add_contact(self) -> None:
        dialog = NewContactDialog(self.actor, self, self.company.value())
        if dialogs.exec(dialog) and dialog.created_id is not None:
            self.contact.choose(dialog.created_id)

    def add_company(self) -> None:
        dialog = NewCompanyDialog(self.actor, self)
        if dialogs.exec(dialog) and dialog.created_id is not None:
            self.company.choose(dialog.created_id)

    # -- creating -------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """The fields for ``deals.create_deal`` (only what was filled in; the services validate)."""
        stage = self.current_stage()
        out: dict[str, object] = {
            "value": self.value.text().strip() or "0",
            "currency": self.currency.currentText(),
            "owner_id": self.owner.value(),
            "contact_id": self.contact.value(),
            "company_id": self.company.value(),
            "source": self.source.currentText().strip(),
            "expected_close": self.expected_close.value(),
        }
        if stage and stage.substages:
            out["substage"] = self.substage.currentText()
        if self.form.isRowVisible(self.labels["next_contact"]):
            out["next_contact"] = self.next_contact.value()
        if stage and stage.kind is StageKind.LOST:
            out["lost_reason"] = self.lost_reason.toPlainText().strip()
        return {k: v for k, v in out.items() if v not in (None, "")} | {"owner_id": out["owner_id"]}

    def clear_errors(self) -> None:
        self.message.hide()
        for label in self.errors.values():
            label.hide()

    def _show(self, key: str | None, text: str) -> None:
        label = self.errors.get(key or "")
        if label is None:
            self.message.setText(text)
            self.message.show()
        else:
            label.setText(text)
            label.show()

    def accept(self) -> None:
        self.clear_errors()
        stage = self.current_stage()
        if stage is None:
            self._show(None, self.tr("Create a sales process first (Process → New process…)."))
            return
        try:
            # through the ui's op helper, so every open view learns of the new deal
            self.created = ops.attempt(
                deals.create_deal, self.actor, stage.process_id, self.title.text(), stage.id, **self.values()
            ).result
        except MissingFields as err:
            keys = {"contact": "contact_id"}
            for field in err.fields:
                self._show(keys.get(field, field), self.tr("Required in this stage."))
            names = ", ".join(translated("Field", FIELD_LABELS[Field(f)]) for f in err.fields)
            self._show(None, error_text(err) + " " + names)
            return
        except ValidationError as err:
            self._show(err.field, error_text(err))
            return
        except EtapError as err:
            self._show(None, error_text(err))
            return
        QSettings().setValue(OPEN_AFTER_KEY, self.open_after.isChecked())
        super().accept()
