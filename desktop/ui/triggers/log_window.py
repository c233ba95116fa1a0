"""The trigger log window (why did it fire, why not) and the campaigns dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from desktop.domain.triggers import ACTION_LABELS
from desktop.services import campaigns, processes
from desktop.services.triggers import firing_log, rules
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import tr as translated
from desktop.ui.formatting import datetime_text
from desktop.ui.triggers.detail_text import detail_text
from desktop.ui.triggers.editor import status_text


class TriggerLogWindow(QWidget):
    open_deal = Signal(int)

    def __init__(self, actor, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.actor = actor
        self.setObjectName("triggerLog")
        self.setWindowTitle(self.tr("Trigger log"))
        self.status = QComboBox(self)
        self.status.setObjectName("triggerLogStatus")
        self.status.addItem(self.tr("All"), "")
        for key in ("fired", "skipped", "failed"):
            self.status.addItem(status_text(key), key)
        self.status.currentIndexChanged.connect(self.reload)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.reload)
        self.list = QTreeWidget(self)
        self.list.setObjectName("triggerLogList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Due"),
                self.tr("Deal"),
                self.tr("Trigger"),
                self.tr("Occurrence"),
                self.tr("Result"),
            ]
        )
        self.list.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.list.itemDoubleClicked.connect(self._activated)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.resize(980, 520)
        self.reload()

    def reload(self) -> None:
        wanted = self.status.currentData()
        stage_names = {}
        self.list.clear()
        for firing in firing_log.log(self.actor, 1000):
            if wanted and firing.status != wanted:
                continue
            trig = rules.get_trigger(firing.trigger_id)
            if trig.stage_id not in stage_names:
                stage_names[trig.stage_id] = processes.get_stage(trig.stage_id).name
            what = f"{stage_names[trig.stage_id]}: {translated('Trigger', ACTION_LABELS[trig.action])}"
            detail = detail_text(firing.detail)
            result = status_text(firing.status) + (f" — {detail}" if detail else "")
            item = QTreeWidgetItem(
                [
                    datetime_text(firing.at),
                    datetime_text(firing.due_at),
                    firing.deal_number,
                    what,
                    str(firing.occurrence),
                    result,
                ]
            )
            item.setToolTip(5, result)
            item.setData(0, Qt.ItemDataRole.UserRole, firing.deal_id)
            self.list.addTopLevelItem(item)
        if not self.list.topLevelItemCount():
            empty = QTreeWidgetItem([self.tr("Nothing has fired yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(empty)
        for column in range(5):
            self.list.resizeColumnToContents(column)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        deal_id = item.data(0, Qt.ItemDataRole.UserRole)
        if deal_id:
            self.open_deal.emit(int(deal_id))


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
