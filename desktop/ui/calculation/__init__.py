"""The Calculation widget of a deal: variants, lines, totals, terms and the offer document.

The deal dialog embeds ``CalculationWidget(deal_id, actor)`` or calls ``open_calculation(parent, actor, deal_id)``.
"""

from desktop.ui.calculation.widget import CalculationDialog, CalculationWidget, open_calculation

__all__ = ["CalculationDialog", "CalculationWidget", "open_calculation"]
