"""A searchable product picker (code or name, active products only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.services.calculation import catalogue
from desktop.ui.formatting import money_text


class ProductPicker(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a product"))
        self.resize(520, 420)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by code or name…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.reload)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for p in catalogue.list_products(self.search.text(), active_only=True):
            item = QListWidgetItem(f"{p.code} — {p.name}  ({money_text(p.net_price, p.currency)} / {p.unit})")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def product_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None


def pick_product(parent) -> int | None:
    """Ask for a product; None when cancelled. Tests replace this function."""
    dialog = ProductPicker(parent)
    try:
        return dialog.product_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
