"""A read-only list of the chosen process's stages with their deal counts (the board replaces it)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.domain.stages import KIND_LABELS
from desktop.services.rows import StageRow
from desktop.ui.errors import tr

Index = QModelIndex | QPersistentModelIndex


class StageTableModel(QAbstractTableModel):
    NAME, KIND, DEALS = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._stages: list[StageRow] = []
        self._counts: dict[int, int] = {}

    def set_rows(self, stages: list[StageRow], counts: dict[int, int]) -> None:
        self.beginResetModel()
        self._stages = list(stages)
        self._counts = dict(counts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        stage = self._stages[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return stage.name
            if column == self.KIND:
                return tr("StageKind", KIND_LABELS[stage.kind])
            return self._counts.get(stage.id, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DEALS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return stage.name
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Stage"), self.tr("Kind"), self.tr("Deals"))[section]
        return None


class StageOverview(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageOverview")
        self.stage_model = StageTableModel(self)
        self.setModel(self.stage_model)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(StageTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StageTableModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StageTableModel.DEALS, QHeaderView.ResizeMode.ResizeToContents)
