"""Campaigns (marketing lists): create one, see its members with their history (who added them, when,
removed), remove a member, export the list. Triggers add members; so does the contacts list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services.clients import campaigns
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text


class CampaignsDialog(QDialog):
    """Campaigns: create, see members with their history (who added them, when, removed), remove, export."""

    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsDialog")
        self.setWindowTitle(self.tr("Campaigns"))
        self.actor = actor
        self.campaigns = QListWidget(self)
        self.campaigns.setObjectName("campaignList")
        self.campaigns.currentRowChanged.connect(lambda _r: self._show_members())
        self.members = QTreeWidget(self)
        self.members.setObjectName("campaignMembers")
        self.members.setRootIsDecorated(False)
        self.members.setHeaderLabels(
            [
                self.tr("Contact"),
                self.tr("E-mail"),
                self.tr("Deal"),
                self.tr("Added"),
                self.tr("By"),
                self.tr("Removed"),
            ]
        )
        new = QPushButton(self.tr("New campaign…"), self)
        new.setObjectName("newCampaign")
        new.clicked.connect(self.new_campaign)
        self.remove_button = QPushButton(self.tr("Remove member"), self)
        self.remove_button.clicked.connect(self.remove_member)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.clicked.connect(self.export)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.campaigns, 1)
        left_layout.addWidget(new)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.members, 1)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(900, 520)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.campaigns.clear()
        for row in campaigns.list_campaigns(self.actor):
            item = QListWidgetItem(f"{row.name} ({row.members})", self.campaigns)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id == select:
                self.campaigns.setCurrentItem(item)
        if self.campaigns.currentRow() < 0 and self.campaigns.count():
            self.campaigns.setCurrentRow(0)
        self._show_members()

    def current_id(self) -> int | None:
        item = self.campaigns.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_members(self) -> None:
        self.members.clear()
        campaign_id = self.current_id()
        for m in campaigns.members(self.actor, campaign_id) if campaign_id else []:
            source = self.tr("trigger") if m.source == "trigger" else self.tr("by hand")
            item = QTreeWidgetItem(
                [m.name, m.email, m.deal_number, datetime_text(m.added_at), source, datetime_text(m.removed_at)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            if m.removed_at:
                for column in range(6):
                    item.setForeground(column, Qt.GlobalColor.gray)
            self.members.addTopLevelItem(item)

    def new_campaign(self) -> None:
        name = dialogs.ask_text(self, self.tr("New campaign"), self.tr("Name of the campaign:"))
        if name is None:
            return
        try:
            row = campaigns.create_campaign(self.actor, name)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload(row.id)

    def remove_member(self) -> None:
        item = self.members.currentItem()
        if item is None:
            return
        try:
            campaigns.remove_member(self.actor, item.data(0, Qt.ItemDataRole.UserRole))
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload(self.current_id())

    def export(self) -> None:
        campaign_id = self.current_id()
        if campaign_id is None:
            return
        path = dialogs.ask_save_path(self, self.tr("Export campaign"), "kampania.xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        header = [self.tr("Contact"), self.tr("E-mail"), self.tr("Company"), self.tr("Deal"), self.tr("Added")]
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        try:
            count = campaigns.export_members(self.actor, campaign_id, Path(path), header)
        except OSError as err:
            dialogs.warn(self, self.tr("Export campaign"), str(err))
            return
        dialogs.info(self, self.tr("Export campaign"), self.tr("Contacts exported: %1").replace("%1", str(count)))
