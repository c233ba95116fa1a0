"""Price lists and exchange rates tabs of the catalogue dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.domain.money import COMMON_CURRENCIES
from desktop.services.actor import Actor
from desktop.services.calculation import catalogue
from desktop.ui.calculation import picker
from desktop.ui.calculation.delegates import number_validator
from desktop.ui.calculation.line_model import decimal_text
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.formatting import datetime_text, money_text


def _table(parent, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table


class PriceListsTab(QWidget):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.lists = QComboBox(self)
        self.lists.currentIndexChanged.connect(self.reload_items)
        self.new_list = QPushButton(self.tr("New price list…"), self)
        self.new_list.clicked.connect(self.add_list)
        self.items = _table(self, [self.tr("Code"), self.tr("Name"), self.tr("Price")])
        self.price = QLineEdit(self)
        self.price.setValidator(number_validator(self.price))
        self.price.setPlaceholderText(self.tr("Price in the list's currency"))
        self.set_button = QPushButton(self.tr("Add or change product…"), self)
        self.set_button.clicked.connect(self.set_price)
        self.remove_button = QPushButton(self.tr("Remove product"), self)
        self.remove_button.clicked.connect(self.remove_item)
        for w in (self.new_list, self.set_button, self.remove_button):
            w.setEnabled(actor.is_manager)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Price list:"), self))
        top.addWidget(self.lists, 1)
        top.addWidget(self.new_list)
        bottom = QHBoxLayout()
        bottom.addWidget(self.price)
        bottom.addWidget(self.set_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.items, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.lists.blockSignals(True)
        self.lists.clear()
        for pl in catalogue.list_price_lists():
            self.lists.addItem(f"{pl.name} ({pl.currency})", pl.id)
        self.lists.setCurrentIndex(max(0, self.lists.findData(select_id)))
        self.lists.blockSignals(False)
        self.reload_items()

    def reload_items(self) -> None:
        list_id = self.lists.currentData()
        self.rows = catalogue.price_list_items(list_id) if list_id else []
        currency = self.lists.currentText()[-4:-1] if list_id else "PLN"
        self.items.setRowCount(len(self.rows))
        for r, item in enumerate(self.rows):
            for c, text in enumerate((item.code, item.name, money_text(item.price, currency))):
                self.items.setItem(r, c, QTableWidgetItem(text))

    def _report(self, call, *args) -> bool:
        try:
            call(*args)
        except EtapError as err:
            self.message.setText(error_text(err))
            return False
        self.message.setText("")
        return True

    def add_list(self) -> None:
        name = dialogs.ask_text(self, self.tr("New price list"), self.tr("Name:"))
        if name is None:
            return
        choice = dialogs.ask_item(self, self.tr("New price list"), self.tr("Currency:"), list(COMMON_CURRENCIES))
        if choice is None:
            return
        try:
            list_id = catalogue.save_price_list(self.actor, name, COMMON_CURRENCIES[choice])
        except EtapError as err:
            self.message.setText(error_text(err))
            return
        self.reload(select_id=list_id)

    def set_price(self) -> None:
        list_id = self.lists.currentData()
        if not list_id:
            return
        product_id = picker.pick_product(self)
        if product_id is not None and self._report(
            catalogue.set_price, self.actor, list_id, product_id, self.price.text() or "0"
        ):
            self.reload_items()

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if 0 <= row < len(self.rows) and self._report(
            catalogue.set_price, self.actor, self.lists.currentData(), self.rows[row].product_id, None
        ):
            self.reload_items()


class RatesTab(QWidget):
    """The rates table: what a calculation takes when the user clicks "From rates table"."""

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.table = _table(self, [self.tr("1 unit of"), self.tr("costs"), self.tr("in"), self.tr("Updated")])
        self.base, self.quote = QComboBox(self), QComboBox(self)
        for combo in (self.base, self.quote):
            combo.setEditable(True)
            combo.addItems(COMMON_CURRENCIES)
        self.base.setCurrentText("EUR")
        self.rate = QLineEdit(self)
        self.rate.setValidator(number_validator(self.rate))
        self.save_button = QPushButton(self.tr("Save rate"), self)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete rate"), self)
        self.delete_button.clicked.connect(self.delete)
        for w in (self.save_button, self.delete_button):
            w.setEnabled(actor.is_manager)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        note = QLabel(
            self.tr("Calculations freeze the rate they use: changing a rate here never alters an offer."), self
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("1"), self))
        row.addWidget(self.base)
        row.addWidget(QLabel("=", self))
        row.addWidget(self.rate, 1)
        row.addWidget(self.quote)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        self.rows = catalogue.list_rates()
        self.table.setRowCount(len(self.rows))
        for r, rate in enumerate(self.rows):
            values = (rate.base, decimal_text(rate.rate), rate.quote, datetime_text(rate.updated_at))
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def save(self) -> None:
        try:
            catalogue.save_rate(self.actor, self.base.currentText(), self.quote.currentText(), self.rate.text())
        except EtapError as err:
            self.message.setText(error_text(err))
            return
        self.message.setText("")
        self.reload()

    def delete(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            catalogue.delete_rate(self.actor, self.rows[row].base, self.rows[row].quote)
            self.reload()
