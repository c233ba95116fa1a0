"""Advanced search (seed 000's contact search): process, stages, owners, sources, date and value ranges,
text; the result can be saved as a named segment that is re-evaluated whenever it is opened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.domain.errors import EtapError, ValidationError
from desktop.domain.funnel import Criteria
from desktop.domain.money import parse_amount
from desktop.domain.templates import SOURCES
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.services.pipeline import segments
from desktop.services.processes import processes
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text, tr


class _DateRange(QWidget):
    """An optional from–to date range (unticked = no condition)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.start = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.end = QDateEdit(QDate.currentDate(), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            self.enabled.toggled.connect(edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.end)
        layout.addStretch(1)

    def set(self, start: date | None, end: date | None) -> None:
        self.enabled.setChecked(start is not None or end is not None)
        if start:
            self.start.setDate(QDate(start.year, start.month, start.day))
        if end:
            self.end.setDate(QDate(end.year, end.month, end.day))

    def value(self) -> tuple[date | None, date | None]:
        if not self.enabled.isChecked():
            return None, None
        return self.start.date().toPython(), self.end.date().toPython()


class SearchDialog(QDialog):
    def __init__(self, actor: Actor, criteria: Criteria, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initial = criteria  # what a report's count opened with (closing dates, ...) the form has no field for
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Advanced search"))
        self.actor = actor
        self.result_criteria: Criteria | None = None

        self.process = QComboBox(self)
        self.process.setObjectName("searchProcess")
        for row in processes.list_processes():
            self.process.addItem(row.name, row.id)
        self.process.setCurrentIndex(max(0, self.process.findData(criteria.process_id)))
        self.process.currentIndexChanged.connect(self._fill_stages)
        self.stages = self._list("searchStages")
        self.owners = self._list("searchOwners")
        self.owners.addItem(self._item(self.tr("Unassigned"), None, None in criteria.owner_ids))
        for user in users.list_users():
            self.owners.addItem(self._item(user.display_name, user.id, user.id in criteria.owner_ids))
        self.sources = self._list("searchSources")
        for source in SOURCES:
            text = tr("Source", source)
            self.sources.addItem(self._item(text, text, text in criteria.sources))
        self.created = _DateRange(self)
        self.created.set(criteria.created_from, criteria.created_to)
        self.close_date = _DateRange(self)
        self.close_date.set(criteria.close_from, criteria.close_to)
        self.value_min = QLineEdit("" if criteria.value_min is None else str(criteria.value_min), self)
        self.value_max = QLineEdit("" if criteria.value_max is None else str(criteria.value_max), self)
        self.value_min.setObjectName("searchValueMin")
        self.value_max.setObjectName("searchValueMax")
        values = QHBoxLayout()
        values.addWidget(self.value_min)
        values.addWidget(QLabel("–", self))
        values.addWidget(self.value_max)
        self.text = QLineEdit(criteria.text, self)
        self.text.setObjectName("searchText")
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.segment_name = QLineEdit(self)
        self.segment_name.setObjectName("searchSegmentName")
        self.segment_name.setPlaceholderText(self.tr("Optional: save as a segment with this name"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Search"))
        buttons.accepted.connect(self.accept_search)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("Process:"), self.process)
        form.addRow(self.tr("Stages:"), self.stages)
        if actor.is_manager:
            form.addRow(self.tr("Owners:"), self.owners)
        else:
            self.owners.hide()
        form.addRow(self.tr("Sources:"), self.sources)
        form.addRow(self.tr("Created:"), self.created)
        form.addRow(self.tr("Expected close:"), self.close_date)
        form.addRow(self.tr("Value:"), values)
        form.addRow(self.tr("Text contains:"), self.text)
        form.addRow(self.tr("Segment:"), self.segment_name)
        form.addRow(self.message)
        form.addRow(buttons)
        self._selected_stages = set(criteria.stage_ids)
        self._fill_stages()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        widget.setMaximumHeight(110)
        return widget

    @staticmethod
    def _item(text: str, data: object, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _fill_stages(self) -> None:
        self.stages.clear()
        process_id = self.process.currentData()
        if process_id is None:
            return
        for stage in processes.list_stages(process_id):
            self.stages.addItem(self._item(stage.name, stage.id, stage.id in self._selected_stages))

    @staticmethod
    def _checked(widget: QListWidget) -> list:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def criteria(self) -> Criteria:
        """The criteria the form describes; raises ValidationError for bad amounts or ranges."""
        created_from, created_to = self.created.value()
        close_from, close_to = self.close_date.value()
        amounts = []
        for edit, field in ((self.value_min, "value_min"), (self.value_max, "value_max")):
            amounts.append(parse_amount(edit.text(), field=field) if edit.text().strip() else None)
        return Criteria(
            process_id=self.process.currentData(),
            stage_ids=self._checked(self.stages),
            owner_ids=self._checked(self.owners) if self.actor.is_manager else [],
            sources=self._checked(self.sources),
            created_from=created_from,
            created_to=created_to,
            close_from=close_from,
            close_to=close_to,
            value_min=amounts[0],
            value_max=amounts[1],
            text=self.text.text().strip(),
            **self._kept(),
        ).check()

    def _kept(self) -> dict:
        """The filters a report's count set that this form does not show: kept (those naming stages only in the
        same process), so refining a report's deals keeps them."""
        kept = {
            "closed_from": self.initial.closed_from,
            "closed_to": self.initial.closed_to,
            "lost_reasons": list(self.initial.lost_reasons),
            "product_ids": list(self.initial.product_ids),
        }
        if self.process.currentData() == self.initial.process_id:
            kept["through_stage_ids"] = list(self.initial.through_stage_ids)
            kept["through_in_order"] = self.initial.through_in_order
        return kept

    def accept_search(self) -> None:
        try:
            criteria = self.criteria()
            if self.segment_name.text().strip():
                segments.save_segment(self.actor, self.segment_name.text(), criteria)
        except ValidationError as err:
            self.message.setText(error_text(err))
            return
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.result_criteria = criteria
        self.accept()
