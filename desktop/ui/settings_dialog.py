"""Tools › Settings…: global switches shared by every user; only an admin may change them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from desktop.domain.errors import EtapError
from desktop.domain.roles import can_configure
from desktop.services import business_time, settings
from desktop.services.actor import Actor
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
        self.zone = QComboBox(self)
        self.zone.setObjectName("businessTimeZone")
        self.zone.addItem(self.tr("System time zone (%1)").replace("%1", business_time.system_zone_name()), "")
        for name in business_time.zone_names():
            self.zone.addItem(name, name)
        self._stored_zone = business_time.stored_zone_name()
        self.zone.setCurrentIndex(max(0, self.zone.findData(self._stored_zone)))
        self.zone.setEnabled(can_configure(actor.role))
        zone_form = QFormLayout()
        zone_form.addRow(self.tr("Business time zone:"), self.zone)
        zone_note = QLabel(
            self.tr("Time-in-stage triggers count calendar days and keep the clock time in this zone."), self
        )
        zone_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.without_calculation)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addSpacing(12)
        layout.addLayout(zone_form)
        layout.addWidget(zone_note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(480, 300)

    def save(self) -> None:
        if settings.can_change_global(self.actor):
            try:
                settings.set_deals_without_calculation(self.actor, self.without_calculation.isChecked())
            except EtapError as err:
                dialogs.error(self, err)
                return
        zone = self.zone.currentData() or ""
        if self.zone.isEnabled() and zone != self._stored_zone:
            try:
                business_time.set_business_zone(self.actor, zone)
            except EtapError as err:
                dialogs.error(self, err)
                return
        self.accept()
