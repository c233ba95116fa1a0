"""Asks only for what a stage still needs before a deal may enter it (SPEC F2: required fields on drop)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.money import parse_amount
from desktop.domain.stages import FIELD_LABELS, Field
from desktop.domain.templates import SOURCES
from desktop.services import pickers
from desktop.services.records import DealRow, StageRow
from desktop.ui.errors import error_text
from desktop.ui.errors import tr as translated
from desktop.ui.pickers import Picker


class RequiredFieldsDialog(QDialog):
    """One input per missing field; ``values()`` gives them in the services' keys."""

    def __init__(
        self, stage: StageRow, missing: list[str], deal: DealRow, parent: QWidget | None = None, subject: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requiredFieldsDialog")
        self.setWindowTitle(self.tr("Move to “%1”").replace("%1", stage.name))
        self.stage = stage
        self.deal = deal
        self.inputs: dict[str, QWidget] = {}
        intro = QLabel(
            self.tr("Stage “%1” needs this information for “%2”:")
            .replace("%1", stage.name)
            .replace("%2", subject or deal.title),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for key in missing:
            widget = self._input(Field(key))
            widget.setObjectName(f"field_{key}")
            self.inputs[key] = widget
            form.addRow(translated("Field", FIELD_LABELS[Field(key)]) + ":", widget)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldsError")
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _input(self, key: Field) -> QWidget:
        if key in (Field.EXPECTED_CLOSE, Field.NEXT_CONTACT):
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            return edit
        if key == Field.SUBSTAGE:
            combo = QComboBox(self)
            combo.addItems(list(self.stage.substages))
            return combo
        if key == Field.SOURCE:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems([translated("Source", s) for s in SOURCES])
            combo.setCurrentIndex(-1)
            return combo
        if key == Field.CONTACT:  # searches the whole database; never a capped list
            return Picker(pickers.contacts, pickers.contact_label, self, self.tr("Type to search contacts"))
        if key == Field.LOST_REASON:
            edit = QPlainTextEdit(self)
            edit.setPlaceholderText(self.tr("Why was the deal lost?"))
            edit.setFixedHeight(72)
            return edit
        edit = QLineEdit(self)  # value
        edit.setPlaceholderText(self.tr("Amount in %1").replace("%1", self.deal.currency))
        return edit

    def values(self) -> dict[str, object]:
        """The entered values in the services' keys (call after the dialog was accepted)."""
        return self._collect()[0]

    def _collect(self) -> tuple[dict[str, object], str]:
        """The values and, when one is empty or malformed, the message to show next to them."""
        out: dict[str, object] = {}
        for key, widget in self.inputs.items():
            label = translated("Field", FIELD_LABELS[Field(key)])
            if isinstance(widget, QDateEdit):
                d = widget.date()
                out[key] = date(d.year(), d.month(), d.day())
            elif isinstance(widget, Picker):
                if widget.value() is None:
                    return out, self.tr("Choose a contact from the list.")
                out["contact_id"] = widget.value()
                continue
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentText().strip()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText().strip()
            else:
                try:
                    out[key] = parse_amount(widget.text(), field=key)
                except ValidationError as err:
                    return out, error_text(err)
                if out[key] <= 0:
                    return out, self.tr("%1 must be greater than zero.").replace("%1", label)
            if out[key] in ("", None):
                return out, self.tr("%1 is required.").replace("%1", label)
        return out, ""

    def accept(self) -> None:
        problem = self._collect()[1]
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()
