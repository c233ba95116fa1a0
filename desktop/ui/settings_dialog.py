"""Tools › Settings…: global switches shared by every user; only an admin may change them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.domain.errors import EtapError
from desktop.services import settings
from desktop.services.context import Actor
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr


class SettingsDialog(QDialog):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Settings"))
        self.without_calculation = QCheckBox(self.tr("Deals without calculation"), self)
        self.without_calculation.setObjectName("dealsWithoutCalculation")
        self.without_calculation.setChecked(not settings.calculations_enabled())
        explanation = QLabel(
            self.tr(
                "For teams that price offers elsewhere: the Calculation tab is hidden for everyone and deals keep "
                "only value and cost. Calculations made earlier are hidden, not deleted, and come back when this "
                "is switched off."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.reason = QLabel(tr("Settings", settings.ADMIN_ONLY_REASON), self)
        self.reason.setObjectName("adminOnlyReason")
        allowed = settings.can_change_global(actor)
        self.without_calculation.setEnabled(allowed)
        self.reason.setVisible(not allowed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.without_calculation)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(480, 220)

    def save(self) -> None:
        if settings.can_change_global(self.actor):
            try:
                settings.set_deals_without_calculation(self.actor, self.without_calculation.isChecked())
            except EtapError as err:
                dialogs.error(self, err)
                return
        self.accept()
