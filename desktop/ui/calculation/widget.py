"""CalculationWidget(deal_id, actor): a deal's calculation variants, their lines and totals, the terms and the
offer document; ``CalculationDialog`` and ``open_calculation`` wrap it for the deal dialog.

While the global "deals without calculation" switch is on, the widget shows only a short note (the variants
stay in the database, hidden).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services import settings
from desktop.services.actor import Actor
from desktop.services.calculation import calculations
from desktop.services.calculation.calculations import CalculationRow
from desktop.ui.calculation import offer, picker
from desktop.ui.calculation.delegates import LineDelegate
from desktop.ui.calculation.line_model import DESCRIPTION, LINE_ID_ROLE, LineModel
from desktop.ui.calculation.terms import TermsPanel
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.formatting import money_text


class CalculationWidget(QWidget):
    deal_changed = Signal(int)  # the deal's value/cost may have changed: the board should refresh

    def __init__(self, deal_id: int, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.deal_id = deal_id
        self.actor = actor
        self.rows: list[CalculationRow] = []
        self.setObjectName("calculationWidget")

        self.disabled_note = QLabel(
            self.tr(
                "Calculations are switched off for all deals (Tools › Settings). The deal keeps its value and cost."
            ),
            self,
        )
        self.disabled_note.setWordWrap(True)
        self.variant_combo = QComboBox(self)
        self.variant_combo.setMinimumContentsLength(20)
        self.variant_combo.currentIndexChanged.connect(self._show_current)
        self.add_button = QPushButton(self.tr("New variant…"), self)
        self.copy_button = QPushButton(self.tr("Copy…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.choose_button = QPushButton(self.tr("Use for the deal"), self)
        self.choose_button.setToolTip(self.tr("This variant's net value and cost become the deal's value and cost"))
        self.add_button.clicked.connect(self.add_variant)
        self.copy_button.clicked.connect(self.copy_variant)
        self.rename_button.clicked.connect(self.rename_variant)
        self.delete_button.clicked.connect(self.delete_variant)
        self.choose_button.clicked.connect(self.choose_variant)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Variant:"), self))
        bar.addWidget(self.variant_combo, 1)
        for button in (self.add_button, self.copy_button, self.rename_button, self.delete_button, self.choose_button):
            bar.addWidget(button)

        self.empty_hint = QLabel(self.tr("No calculation yet. Click “New variant…” to price an offer."), self)
        self.empty_hint.setObjectName("calculationEmptyHint")
        self.model = LineModel(actor, self)
        self.model.refused.connect(self.show_message)
        self.model.changed.connect(self._line_changed)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(LineDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_product_button = QPushButton(self.tr("Add product…"), self)
        self.add_text_button = QPushButton(self.tr("Add free-text line"), self)
        self.remove_line_button = QPushButton(self.tr("Remove line"), self)
        self.add_product_button.clicked.connect(self.add_product_line)
        self.add_text_button.clicked.connect(self.add_text_line)
        self.remove_line_button.clicked.connect(self.remove_line)
        line_bar = QHBoxLayout()
        for button in (self.add_product_button, self.add_text_button, self.remove_line_button):
            line_bar.addWidget(button)
        line_bar.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName("calculationMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)

        self.totals_box = QGroupBox(self.tr("Totals"), self)
        grid = QGridLayout(self.totals_box)
        self.total_labels: dict[str, QLabel] = {}
        captions = (
            ("net", self.tr("Net:")),
            ("vat", self.tr("VAT:")),
            ("gross", self.tr("Gross:")),
            ("cost", self.tr("Cost:")),
            ("margin", self.tr("Margin:")),
            ("margin_pct", self.tr("Margin % of net:")),
            ("markup_pct", self.tr("Markup % of cost:")),
            ("profit", self.tr("Profit:")),
            ("deal", self.tr("In deal currency (net / cost):")),
        )
        for i, (key, caption) in enumerate(captions):
            value = QLabel(self.totals_box)
            value.setObjectName(f"total_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(caption, self.totals_box), i, 0)
            grid.addWidget(value, i, 1)
            self.total_labels[key] = value
        self.terms = TermsPanel(self)
        self.terms.edited.connect(self._terms_edited)
        self.terms.message.connect(self.show_message)
        self.offer_bar = offer.OfferBar(self)
        lower = QHBoxLayout()
        terms_box = QGroupBox(self.tr("Terms"), self)
        QVBoxLayout(terms_box).addWidget(self.terms)
        lower.addWidget(terms_box, 3)
        lower.addWidget(self.totals_box, 2)

        self.content = QWidget(self)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(bar)
        content.addWidget(self.empty_hint)
        content.addWidget(self.table, 1)
        content.addLayout(line_bar)
        content.addWidget(self.message)
        content.addLayout(lower)
        content.addWidget(self.offer_bar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.disabled_note)
        layout.addWidget(self.content, 1)
        self.reload()

    # -- loading --------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        enabled = settings.calculations_enabled()
        self.disabled_note.setVisible(not enabled)
        self.content.setVisible(enabled)
        if select_id is None and self.current() is not None:
            select_id = self.current().id
        try:
            self.rows = calculations.list_calculations(self.actor, self.deal_id)
        except EtapError as err:
            self.rows = []
            self.show_message(error_text(err))
        self.variant_combo.blockSignals(True)
        self.variant_combo.clear()
        for row in self.rows:
            label = self.tr("%1 (chosen)").replace("%1", row.name) if row.chosen else row.name
            self.variant_combo.addItem(label, row.id)
        index = self.variant_combo.findData(select_id) if select_id is not None else -1
        if index < 0:
            index = next((i for i, r in enumerate(self.rows) if r.chosen), 0 if self.rows else -1)
        self.variant_combo.setCurrentIndex(index)
        self.variant_combo.blockSignals(False)
        self._show_current()

    def current(self) -> CalculationRow | None:
        calc_id = self.variant_combo.currentData() if hasattr(self, "variant_combo") else None
        return next((r for r in self.rows if r.id == calc_id), None)

    def _show_current(self) -> None:
        row = self.current()
        has = row is not None
        for w in (self.copy_button, self.rename_button, self.delete_button, self.add_product_button):
            w.setEnabled(has)
        for w in (self.add_text_button, self.remove_line_button, self.terms, self.offer_bar):
            w.setEnabled(has)
        self.choose_button.setEnabled(has and not row.chosen)
        self.empty_hint.setVisible(not has)
        self.model.set_rows(row.lines if row else (), row.currency if row else "PLN")
        if row is not None:
            self.terms.load(row)
        self._show_totals(row)

    def _show_totals(self, row: CalculationRow | None) -> None:
        if row is None:
            for label in self.total_labels.values():
                label.setText("—")
            return
        t, cur = row.totals, row.currency

        def pct(value) -> str:
            return "—" if value is None else f"{value} %".replace(".", self.locale().decimalPoint())

        values = {
            "net": money_text(t.net, cur),
            "vat": money_text(t.vat, cur),
            "gross": money_text(t.gross, cur),
            "cost": money_text(t.cost, cur),
            "margin": money_text(t.margin, cur),
            "margin_pct": pct(t.margin_pct),
            "markup_pct": pct(t.markup_pct),
            "profit": money_text(t.profit, cur),
            "deal": f"{money_text(row.deal_value, row.deal_currency)} / {money_text(row.deal_cost, row.deal_currency)}",
        }
        for key, text in values.items():
            self.total_labels[key].setText(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- actions --------------------------------------------------------------------------------------
    def _run(self, call, *args, **kwargs) -> CalculationRow | None:
        try:
            result = call(*args, **kwargs)
        except EtapError as err:
            self.show_message(error_text(err))
            return None
        self.show_message("")
        return result

    def _after_change(self, row: CalculationRow | None) -> None:
        if row is not None:
            self.reload(select_id=row.id)
            self.deal_changed.emit(self.deal_id)

    def add_variant(self) -> None:
        name = dialogs.ask_text(
            self,
            self.tr("New variant"),
            self.tr("Name of the variant:"),
            self.tr("Variant %1").replace("%1", str(len(self.rows) + 1)),
        )
        if name is not None:
            self._after_change(self._run(calculations.add_calculation, self.actor, self.deal_id, name))

    def copy_variant(self) -> None:
        row = self.current()
        name = dialogs.ask_text(
            self, self.tr("Copy variant"), self.tr("Name of the copy:"), self.tr("%1 (copy)").replace("%1", row.name)
        )
        if name is not None:
            self._after_change(self._run(calculations.copy_calculation, self.actor, row.id, name))

    def rename_variant(self) -> None:
        row = self.current()
        name = dialogs.ask_text(self, self.tr("Rename variant"), self.tr("New name:"), row.name)
        if name is not None:
            self._after_change(self._run(calculations.rename_calculation, self.actor, row.id, name))

    def delete_variant(self) -> None:
        row = self.current()
        question = self.tr("Delete the variant “%1” and its lines?").replace("%1", row.name)
        if dialogs.confirm(self, self.tr("Delete variant"), question):
            self._run(calculations.delete_calculation, self.actor, row.id)
            self.reload()
            self.deal_changed.emit(self.deal_id)

    def choose_variant(self) -> None:
        self._after_change(self._run(calculations.choose_calculation, self.actor, self.current().id))

    def add_product_line(self) -> None:
        product_id = picker.pick_product(self)
        if product_id is not None:
            self._after_change(self._run(calculations.add_line, self.actor, self.current().id, product_id=product_id))

    def add_text_line(self) -> None:
        text = dialogs.ask_text(self, self.tr("New line"), self.tr("Description:"))
        if text is not None:
            self._after_change(self._run(calculations.add_line, self.actor, self.current().id, description=text))

    def remove_line(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.show_message(self.tr("Select a line first."))
            return
        self._after_change(self._run(calculations.delete_line, self.actor, int(index.data(LINE_ID_ROLE))))

    def _line_changed(self, row: CalculationRow) -> None:
        self.show_message("")
        self.rows = [row if r.id == row.id else r for r in self.rows]
        self._show_totals(row)
        self.deal_changed.emit(self.deal_id)

    def _terms_edited(self, change: dict) -> None:
        row = self.current()
        if row is None or not change:
            return
        updated = self._run(calculations.set_terms, self.actor, row.id, **change)
        if updated is None:
            self.terms.load(row)  # put back what is stored
        self._after_change(updated)


class CalculationDialog(QDialog):
    def __init__(self, deal_id: int, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calculation and offer"))
        self.resize(1100, 720)
        self.widget = CalculationWidget(deal_id, actor, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget, 1)
        layout.addWidget(buttons)


def open_calculation(parent, actor: Actor, deal_id: int) -> CalculationDialog:
    """Show the calculation of a deal (non-modal); connect ``dialog.widget.deal_changed`` to refresh a board."""
    dialog = CalculationDialog(deal_id, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
