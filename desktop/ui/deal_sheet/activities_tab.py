"""The deal sheet's Activities tab: the current stage's checklist with every configured rule (SPEC F4)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import Requirement
from desktop.domain.errors import EtapError
from desktop.services.activities import activities, tasks
from desktop.ui.deal_sheet.tasks_tab import to_utc
from desktop.ui.dialogs import dialogs
from desktop.ui.formatting import datetime_text


class FollowUpTaskDialog(QDialog):
    """The prefilled task form an activity opens when it is configured to."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpTaskDialog")
        self.setWindowTitle(self.tr("Follow-up task"))
        self.title = QLineEdit(title, self)
        self.due = QDateTimeEdit(QDateTime(QDateTime.currentDateTime().date().addDays(1), QTime(9, 0)), self)
        self.due.setCalendarPopup(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Task:"), self.title)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(buttons)
        self.setMinimumWidth(420)


class ActivitiesTab(QWidget):
    changed = Signal()

    def __init__(self, deal_id: int, actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesTab")
        self.deal_id = deal_id
        self.actor = actor
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("activityChecklist")
        self.list.itemChanged.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        try:
            rows = activities.deal_checklist(self.actor, self.deal_id)
        except EtapError:
            rows = []
        for row in rows:
            a = row.activity
            text = a.name + (" *" if a.mandatory else "")
            if a.weight:
                text += "  " + self.tr("(weight %1)").replace("%1", str(a.weight))
            if row.done_at:
                text += "\n" + self.tr("Done %1 by %2").replace("%1", datetime_text(row.done_at)).replace(
                    "%2", row.done_by
                )
                if row.note:
                    text += " — " + row.note
                if row.file_name:
                    text += f" [{row.file_name}]"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if row.may_perform:
                flags |= Qt.ItemFlag.ItemIsEnabled
            else:
                item.setToolTip(self.tr("You may not perform this activity."))
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if row.done_at else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.hint.setText(
            self.tr("Tick what is done. * marks activities required before the deal can be won.")
            if rows
            else self.tr("This stage has no activities. Managers add them in Process → Configure process.")
        )

    def activity_row(self, activity_id: int):
        return next(r for r in activities.deal_checklist(self.actor, self.deal_id) if r.activity.id == activity_id)

    def _toggled(self, item: QListWidgetItem) -> None:
        activity_id = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        try:
            if done:
                self.complete(activity_id)
            else:
                activities.uncomplete_activity(self.actor, self.deal_id, activity_id)
        except EtapError as err:
            dialogs.error(self, err)
        self.reload()
        self.changed.emit()

    def complete(self, activity_id: int) -> None:
        a = self.activity_row(activity_id).activity
        note, file_name, data = "", "", None
        if a.requires in (Requirement.NOTE, Requirement.NOTE_FILE):
            answer = dialogs.ask_text(self, a.name, self.tr("Note (required):"))
            if answer is None:
                return
            note = answer
        if a.requires is Requirement.NOTE_FILE:
            path = dialogs.ask_open_path(self, self.tr("File for “%1”").replace("%1", a.name))
            if not path:
                return
            try:
                data = Path(path).read_bytes()
            except OSError as err:
                dialogs.warn(self, a.name, self.tr("The file could not be read: %1").replace("%1", str(err)))
                return
            file_name = Path(path).name
        done = activities.complete_activity(self.actor, self.deal_id, activity_id, note, file_name, data)
        if done.follow_up_task:
            self.follow_up(done.name)

    def follow_up(self, activity_name: str) -> None:
        dialog = FollowUpTaskDialog(self.tr("After: %1").replace("%1", activity_name), self)
        accepted = dialogs.exec(dialog)
        title, due = dialog.title.text(), to_utc(dialog.due.dateTime())
        dialog.deleteLater()
        if accepted:
            try:
                tasks.create_task(self.actor, title, self.deal_id, due, source="activity")
            except EtapError as err:
                dialogs.error(self, err)
