"""The variant's commercial terms: currency and frozen exchange rate, price list, payment and delivery
terms, validity date. Each edit is saved when the field is left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.money import COMMON_CURRENCIES
from desktop.services.calculation import catalogue
from desktop.services.calculation.calculations import CalculationRow
from desktop.ui.calculation.delegates import number_validator
from desktop.ui.calculation.line_model import decimal_text


class TermsPanel(QWidget):
    edited = Signal(dict)  # field -> value for calculations.set_terms
    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(COMMON_CURRENCIES)
        self.rate = QLineEdit(self)
        self.rate.setValidator(number_validator(self.rate))
        self.rate_button = QPushButton(self.tr("From rates table"), self)
        self.rate_button.setToolTip(self.tr("Take today's rate from the exchange-rate table and freeze it here"))
        self.price_list = QComboBox(self)
        self.payment = QLineEdit(self)
        self.payment.setPlaceholderText(self.tr("e.g. bank transfer, 14 days"))
        self.delivery = QLineEdit(self)
        self.delivery.setPlaceholderText(self.tr("e.g. delivery within 3 weeks"))
        self.has_validity = QCheckBox(self.tr("Valid until"), self)
        self.valid_until = QDateEdit(self)
        self.valid_until.setCalendarPopup(True)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_button)
        validity = QHBoxLayout()
        validity.addWidget(self.has_validity)
        validity.addWidget(self.valid_until, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Currency:"), self.currency)
        form.addRow(self.tr("Rate to deal currency:"), rate_row)
        form.addRow(self.tr("Price list:"), self.price_list)
        form.addRow(self.tr("Payment terms:"), self.payment)
        form.addRow(self.tr("Delivery terms:"), self.delivery)
        form.addRow(self.tr("Validity:"), validity)
        self.currency.activated.connect(lambda _i: self._emit({"currency": self.currency.currentText()}))
        self.currency.lineEdit().editingFinished.connect(lambda: self._emit({"currency": self.currency.currentText()}))
        self.rate.editingFinished.connect(lambda: self._emit({"rate": self.rate.text()}))
        self.rate_button.clicked.connect(self._rate_from_table)
        self.price_list.activated.connect(lambda _i: self._emit({"price_list_id": self.price_list.currentData()}))
        self.payment.editingFinished.connect(lambda: self._emit({"payment_terms": self.payment.text()}))
        self.delivery.editingFinished.connect(lambda: self._emit({"delivery_terms": self.delivery.text()}))
        self.has_validity.toggled.connect(self._validity_changed)
        self.valid_until.dateChanged.connect(lambda _d: self._validity_changed())
        self.row: CalculationRow | None = None

    def load(self, row: CalculationRow) -> None:
        self._loading = True
        self.row = row
        self.currency.setCurrentText(row.currency)
        self.rate.setText(decimal_text(row.rate))
        self.rate.setEnabled(row.currency != row.deal_currency)
        self.rate_button.setEnabled(row.currency != row.deal_currency)
        self.price_list.clear()
        self.price_list.addItem(self.tr("(none — catalogue prices)"), None)
        for pl in catalogue.list_price_lists(active_only=True):
            self.price_list.addItem(f"{pl.name} ({pl.currency})", pl.id)
        self.price_list.setCurrentIndex(max(0, self.price_list.findData(row.price_list_id)))
        self.payment.setText(row.payment_terms)
        self.delivery.setText(row.delivery_terms)
        self.has_validity.setChecked(row.valid_until is not None)
        when = row.valid_until or date.today()
        self.valid_until.setDate(QDate(when.year, when.month, when.day))
        self.valid_until.setEnabled(row.valid_until is not None)
        self._loading = False

    def _emit(self, change: dict) -> None:
        if self._loading or self.row is None:
            return
        key, value = next(iter(change.items()))
        current = {
            "currency": self.row.currency,
            "rate": decimal_text(self.row.rate),
            "price_list_id": self.row.price_list_id,
            "payment_terms": self.row.payment_terms,
            "delivery_terms": self.row.delivery_terms,
        }
        if current.get(key) == value:
            return
        self.edited.emit(change)

    def _rate_from_table(self) -> None:
        if self.row is None:
            return
        rate = catalogue.find_rate(self.row.currency, self.row.deal_currency)
        if rate is None:
            self.message.emit(self.tr("The rates table has no rate for this pair of currencies."))
            return
        self.edited.emit({"rate": str(rate)})

    def _validity_changed(self) -> None:
        self.valid_until.setEnabled(self.has_validity.isChecked())
        if self._loading or self.row is None:
            return
        value = self.valid_until.date().toPython() if self.has_validity.isChecked() else None
        if value != self.row.valid_until:
            self.edited.emit({"valid_until": value})
