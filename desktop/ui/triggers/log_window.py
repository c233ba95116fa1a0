"""The trigger log window: why a trigger fired, why not."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.triggers import ACTION_LABELS
from desktop.services.processes import processes
from desktop.services.triggers import firing_log, rules
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
