"""Products tab of the catalogue dialog: a searchable table and an edit form below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from desktop.ui.calculation.delegates import number_validator
from desktop.ui.calculation.line_model import decimal_text
from desktop.ui.errors import error_text
from desktop.ui.formatting import money_text


class ProductsTab(QWidget):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.editing_id: int | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Unit"), self.tr("Net price"), self.tr("Purchase cost"),
             self.tr("VAT %"), self.tr("Active")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._load_selected)

        self.code, self.name, self.unit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.code.setMaxLength(40)
        self.name.setMaxLength(200)
        self.unit.setMaxLength(16)
        self.currency = QComboBox(self)
        self.currency.addItems(COMMON_CURRENCIES)
        self.price, self.cost, self.vat = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for field in (self.price, self.cost, self.vat):
            field.setValidator(number_validator(field))
        self.active = QCheckBox(self.tr("Active (offered in pickers)"), self)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Currency:"), self.currency)
        form.addRow(self.tr("Net price:"), self.price)
        form.addRow(self.tr("Purchase cost:"), self.cost)
        form.addRow(self.tr("VAT %:"), self.vat)
        form.addRow("", self.active)
        self.new_button = QPushButton(self.tr("New product"), self)
        self.save_button = QPushButton(self.tr("Save product"), self)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        for w in (self.new_button, self.save_button):
            w.setEnabled(actor.is_manager)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.clear_form()
        self.reload()

    def reload(self) -> None:
        self.rows = catalogue.list_products(self.search.text())
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            values = (p.code, p.name, p.unit, money_text(p.net_price, p.currency), money_text(p.cost, p.currency),
                      decimal_text(p.vat_pct), self.tr("yes") if p.active else self.tr("no"))  # fmt: skip
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def clear_form(self) -> None:
        self.editing_id = None
        self.table.clearSelection()
        for field in (self.code, self.name, self.price, self.cost):
            field.clear()
        self.unit.setText(self.tr("pcs"))
        self.vat.setText("23")
        self.active.setChecked(True)

    def _load_selected(self) -> None:
        row = self.table.currentRow()
        if not (0 <= row < len(self.rows)) or not self.table.selectedItems():
            return
        p = self.rows[row]
        self.editing_id = p.id
        self.code.setText(p.code)
        self.name.setText(p.name)
        self.unit.setText(p.unit)
        self.currency.setCurrentText(p.currency)
        self.price.setText(decimal_text(p.net_price))
        self.cost.setText(decimal_text(p.cost))
        self.vat.setText(decimal_text(p.vat_pct))
        self.active.setChecked(p.active)

    def save(self) -> None:
        try:
            saved = catalogue.save_product(
                self.actor,
                self.editing_id,
                code=self.code.text(),
                name=self.name.text(),
                unit=self.unit.text(),
                currency=self.currency.currentText(),
                net_price=self.price.text() or "0",
                cost=self.cost.text() or "0",
                vat_pct=self.vat.text() or "0",
                active=self.active.isChecked(),
            )
        except EtapError as err:
            self.message.setText(error_text(err))
            return
        self.message.setText("")
        self.reload()
        self.editing_id = saved.id
