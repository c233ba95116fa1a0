"""The deal sheet's side panel: the deal's fields, validated, with a message next to the field at fault."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.domain.money import COMMON_CURRENCIES
from desktop.domain.probability import source_of
from desktop.domain.stages import KIND_LABELS, StageKind
from desktop.services import pickers
from desktop.services.deals import probability
from desktop.services.deals.deals import EDITABLE
from desktop.services.processes import processes
from desktop.services.records import DealRow
from desktop.ui.deal_sheet.sources_dialog import edit_sources, source_names
from desktop.ui.errors import tr as translated
from desktop.ui.formatting import datetime_text
from desktop.ui.pickers import Picker
from desktop.ui.widgets import OptionalDateEdit

# the fields the panel edits, in the services' keys (the same list the services accept)
FIELDS = EDITABLE


def amount_text(value: Decimal) -> str:
    """An amount as the user types it: ``2160,00`` in Polish (the services parse either separator)."""
    return f"{value:f}".replace(".", QLocale().decimalPoint())


class DealPanel(QWidget):
    edited = Signal()

    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dealPanel")
        self.actor = actor
        self.row: DealRow | None = None
        self._loading = False
        self.errors: dict[str, QLabel] = {}
        self.number = QLabel(self)
        self.number.setObjectName("dealNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self)
        self.where.setObjectName("dealWhere")
        self.where.setWordWrap(True)
        self.title = QLineEdit(self)
        self.value = QLineEdit(self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox(self)
        self.currency.addItems(list(COMMON_CURRENCIES))
        self.cost = QLineEdit(self)
        self.cost.setAlignment(Qt.AlignmentFlag.AlignRight)
        # pickers search the whole database and hold their value by id (never a capped list)
        self.owner = Picker(pickers.users, pickers.user_label, self, self.tr("Unassigned"))
        self.owner.setObjectName("ownerPicker")
        self.owner.setEnabled(actor.is_manager)
        self.contact = Picker(pickers.contacts, pickers.contact_label, self, self.tr("Type to search contacts"))
        self.contact.setObjectName("contactPicker")
        self.company = Picker(pickers.companies, pickers.company_label, self, self.tr("Type to search companies"))
        self.company.setObjectName("companyPicker")
        self.source = QComboBox(self)
        self.source.setEditable(True)
        self.source.addItems(["", *source_names()])
        self.edit_sources = QToolButton(self)
        self.edit_sources.setObjectName("editSources")
        self.edit_sources.setText("…")
        self.edit_sources.setToolTip(self.tr("Edit the list of sources"))
        self.edit_sources.setVisible(actor.is_manager)
        self.edit_sources.clicked.connect(self._edit_sources)
        self.substage = QComboBox(self)
        self.created = QLabel(self)
        self.expected_close = OptionalDateEdit(self)
        self.next_contact = OptionalDateEdit(self)
        self.lost_reason = QLineEdit(self)
        self.probability = QSpinBox(self)
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.probability_source = QLabel(self)
        self.probability_source.setObjectName("probabilitySource")
        self.clear_manual = QPushButton(self.tr("Use automatic"), self)
        self.clear_manual.setObjectName("clearManualProbability")
        self.clear_manual.clicked.connect(self._clear_manual)
        self._manual: int | None = None

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.number)
        form.addRow(self.where)
        self._row(form, self.tr("Title:"), self.title, "title")
        money = QHBoxLayout()
        money.addWidget(self.value, 1)
        money.addWidget(self.currency)
        self._row(form, self.tr("Value:"), money, "value")
        self._row(form, self.tr("Cost:"), self.cost, "cost")
        self._row(form, self.tr("Owner:"), self.owner, "owner_id")
        self._row(form, self.tr("Contact:"), self.contact, "contact_id")
        self._row(form, self.tr("Company:"), self.company, "company_id")
        source = QHBoxLayout()
        source.addWidget(self.source, 1)
        source.addWidget(self.edit_sources)
        self._row(form, self.tr("Source:"), source, "source")
        self._row(form, self.tr("Sub-stage:"), self.substage, "substage")
        form.addRow(self.tr("Created:"), self.created)
        self._row(form, self.tr("Expected close:"), self.expected_close, "expected_close")
        self._row(form, self.tr("Next contact:"), self.next_contact, "next_contact")
        self._row(form, self.tr("Lost reason:"), self.lost_reason, "lost_reason")
        chance = QHBoxLayout()
        chance.addWidget(self.probability)
        chance.addWidget(self.probability_source, 1)
        chance.addWidget(self.clear_manual)
        self._row(form, self.tr("Probability:"), chance, "probability_manual")
        self.form = form

        for edit in (self.title, self.value, self.cost, self.lost_reason):
            edit.textEdited.connect(self._changed)
        for combo in (self.currency, self.source, self.substage):
            combo.currentIndexChanged.connect(self._changed)
        for picker in (self.owner, self.contact, self.company):
            picker.changed.connect(self._changed)
        self.source.editTextChanged.connect(self._changed)
        self.expected_close.changed.connect(self._changed)
        self.next_contact.changed.connect(self._changed)
        self.probability.valueChanged.connect(self._probability_edited)

    def _row(self, form: QFormLayout, label: str, field, key: str) -> None:
        form.addRow(label, field)
        error = QLabel(self)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        form.addRow("", error)
        self.errors[key] = error

    # -- loading and reading --------------------------------------------------------------------------
    def load(self, row: DealRow, reuse: bool = False) -> None:
        """Show ``row``; with ``reuse`` (after this panel's own save) the stage, process, activity weights and
        picker labels read last time are kept when their ids are unchanged, so a save reads nothing twice."""
        self._loading = True
        self.row = row
        cached = getattr(self, "_place", None)
        if reuse and cached is not None and cached[0] == (row.stage_id, row.process_id):
            _ids, stage, process, weight = cached
        else:
            stage = processes.get_stage(row.stage_id)
            process = processes.get_process(row.process_id)
            weight = probability.total_weight(row.process_id)
            self._place = ((row.stage_id, row.process_id), stage, process, weight)
        self.number.setText(f"<b>{row.number}</b>")
        kind = translated("StageKind", KIND_LABELS[stage.kind])
        same = stage.name.strip().casefold() == kind.casefold()
        self.where.setText(f"{process.name} › {stage.name}" if same else f"{process.name} › {stage.name} ({kind})")
        self.title.setText(row.title)
        self.title.setCursorPosition(0)  # a long title shows its beginning
        self.value.setText(amount_text(row.value))
        self._select_text(self.currency, row.currency)
        self.cost.setText(amount_text(row.cost))
        self.owner.set_value(row.owner_id, reuse_label=reuse)
        self.contact.set_value(row.contact_id, reuse_label=reuse)
        self.company.set_value(row.company_id, reuse_label=reuse)
        self.title.setToolTip(row.title)
        self.source.setEditText(row.source)
        self.substage.clear()
        self.substage.addItems(["", *list(stage.substages)])
        if row.substage and self.substage.findText(row.substage) < 0:
            self.substage.addItem(row.substage)  # a sub-stage renamed since is kept as it is
        self.substage.setCurrentText(row.substage)
        self.substage.setEnabled(bool(stage.substages))
        self.created.setText(datetime_text(row.created_at))
        self.expected_close.set_value(row.expected_close)
        self.next_contact.set_value(row.next_contact)
        self.lost_reason.setText(row.lost_reason)
        self.lost_reason.setEnabled(stage.kind is StageKind.LOST)
        self._manual = row.probability_manual
        self.probability.setValue(row.probability)
        self.probability.setEnabled(not stage.kind.is_closed)
        self._show_probability_source(stage.kind, row.probability_manual, weight)
        self.clear_errors()
        self._loading = False

    def _show_probability_source(self, kind: StageKind, manual: int | None, total_weight: int) -> None:
        labels = {
            "closed": self.tr("closed stage"),
            "manual": self.tr("set by hand"),
            "activities": self.tr("from activities"),
            "stage": self.tr("stage default"),
        }
        self.probability_source.setText(labels[source_of(kind, manual, total_weight)])
        self.clear_manual.setVisible(manual is not None)

    @staticmethod
    def _select_text(combo: QComboBox, text: str) -> None:
        """Select ``text``, adding it when the list lacks it (a deal keeps a currency the list does not have)."""
        if combo.findText(text) < 0:
            combo.addItem(text)
        combo.setCurrentIndex(combo.findText(text))

    def values(self) -> dict[str, object]:
        """What the form holds, in the services' keys (amounts as typed: the services validate them)."""
        return {
            "title": self.title.text(),
            "value": self.value.text(),
            "currency": self.currency.currentText(),
            "cost": self.cost.text(),
            "owner_id": self.owner.value(),
            "contact_id": self.contact.value(),
            "company_id": self.company.value(),
            "source": self.source.currentText(),
            "substage": self.substage.currentText(),
            "expected_close": self.expected_close.value(),
            "next_contact": self.next_contact.value(),
            "lost_reason": self.lost_reason.text(),
            "probability_manual": self._manual,
        }

    def changes(self) -> dict[str, object]:
        """Only the fields the user changed (amounts compared after parsing by the services)."""
        assert self.row is not None
        current = {
            "title": self.row.title,
            "value": amount_text(self.row.value),
            "currency": self.row.currency,
            "cost": amount_text(self.row.cost),
            "owner_id": self.row.owner_id,
            "contact_id": self.row.contact_id,
            "company_id": self.row.company_id,
            "source": self.row.source,
            "substage": self.row.substage,
            "expected_close": self.row.expected_close,
            "next_contact": self.row.next_contact,
            "lost_reason": self.row.lost_reason,
            "probability_manual": self.row.probability_manual,
        }
        return {k: v for k, v in self.values().items() if v != current[k]}

    # -- editing --------------------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _edit_sources(self) -> None:
        if not edit_sources(self.actor, self):
            return
        text = self.source.currentText()
        was_loading, self._loading = self._loading, True  # the deal's own value stays as it was
        self.source.clear()
        self.source.addItems(["", *source_names()])
        self.source.setEditText(text)
        self._loading = was_loading

    def _probability_edited(self, value: int) -> None:
        if self._loading:
            return
        self._manual = value
        self.probability_source.setText(self.tr("set by hand"))
        self.clear_manual.setVisible(True)
        self.edited.emit()

    def _clear_manual(self) -> None:
        self._manual = None
        self.clear_manual.setVisible(False)
        self.probability_source.setText(self.tr("automatic after saving"))
        self.edited.emit()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()

    def show_error(self, field: str | None, text: str) -> None:
        label = self.errors.get(field or "") or self.errors["title"]
        label.setText(text)
        label.show()
