"""The catalogue dialog (Tools › Catalogue…): products, price lists, exchange rates."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from desktop.services.actor import Actor
from desktop.ui.catalogue.price_lists import PriceListsTab, RatesTab
from desktop.ui.catalogue.products import ProductsTab


class CatalogueDialog(QDialog):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catalogue"))
        self.resize(900, 640)
        self.tabs = QTabWidget(self)
        self.products = ProductsTab(actor, self)
        self.price_lists = PriceListsTab(actor, self)
        self.rates = RatesTab(actor, self)
        self.tabs.addTab(self.products, self.tr("Products and services"))
        self.tabs.addTab(self.price_lists, self.tr("Price lists"))
        self.tabs.addTab(self.rates, self.tr("Exchange rates"))
        self.tabs.currentChanged.connect(lambda _i: self.price_lists.reload(self.price_lists.lists.currentData()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
