"""Per-stage trigger editor (period, action and its details), its firing log, and the Process → Triggers dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.domain.triggers import ACTION_LABELS, MAX_PERIOD_DAYS, Action
from desktop.services.clients import campaigns
from desktop.services.mail import email_templates
from desktop.services.processes import processes
from desktop.services.triggers import firing_log, rules
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.errors import tr as translated
from desktop.ui.formatting import datetime_text


def status_text(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "fired": QCoreApplication.translate("TriggerLog", "fired"),
        "skipped": QCoreApplication.translate("TriggerLog", "skipped (app was closed)"),
        "failed": QCoreApplication.translate("TriggerLog", "failed"),
    }.get(status, status)


class StageTriggersWidget(QWidget):
    """The triggers of one stage.

    Alone (Process → Triggers…) each change is saved at once through the services. Given the configurator's
    ``draft`` (a StageDraft) it edits ``draft.triggers`` only, so the configurator's Save writes them with the
    rest and Cancel drops them; ``targets`` are the (name, id) of the saved stages a move may go to."""

    changed = Signal()

    def __init__(self, stage_id: int | None, actor, parent=None, draft=None, process_id=None, targets=None) -> None:
        super().__init__(parent)
        self.setObjectName("stageTriggers")
        self.stage_id = stage_id
        self.actor = actor
        self.draft = draft
        if draft is None:
            stage = processes.get_stage(stage_id)
            self.stage_name, self.process_id = stage.name, stage.process_id
            targets = [(s.name, s.id) for s in processes.list_stages(stage.process_id) if s.id != stage_id]
        else:
            self.stage_name, self.process_id = draft.spec.name, process_id
        self.targets = [(name, sid) for name, sid in (targets or []) if sid != stage_id]
        self.list = QTreeWidget(self)
        self.list.setObjectName("triggerList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Every"), self.tr("Action"), self.tr("Active")])
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(lambda *_a: self._show_selected())
        self.period = QSpinBox(self)
        self.period.setObjectName("triggerPeriod")
        self.period.setRange(1, MAX_PERIOD_DAYS)
        self.period.setValue(7)
        self.period.setSuffix(self.tr(" day(s) in the stage"))
        self.action = QComboBox(self)
        self.action.setObjectName("triggerAction")
        for key, label in ACTION_LABELS.items():
            self.action.addItem(translated("Trigger", label), str(key))
        self.details = QStackedWidget(self)
        self.campaign = QComboBox(self)
        self.task_title = QLineEdit(self)
        self.task_title.setObjectName("triggerTaskTitle")
        self.task_title.setPlaceholderText(self.tr("Task title, e.g. Call the client again"))
        self.template = QComboBox(self)
        self.target = QComboBox(self)
        self.notify_label = QLabel(self.tr("The owner and all managers get a notification."), self)
        for widget in (self.campaign, self.task_title, self.template, self.notify_label, self.target):
            self.details.addWidget(widget)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setChecked(True)
        self.add_button = QPushButton(self.tr("Add trigger"), self)
        self.add_button.setObjectName("addTrigger")
        self.add_button.clicked.connect(lambda: self.save(new=True))
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.clicked.connect(lambda: self.save(new=False))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete)
        self.message = QLabel(self)
        self.message.setObjectName("triggerMessage")
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.log = QTreeWidget(self)
        self.log.setObjectName("stageTriggerLog")
        self.log.setRootIsDecorated(False)
        self.log.setHeaderLabels([self.tr("When"), self.tr("Deal"), self.tr("Occurrence"), self.tr("Result")])
        self.log.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        form = QFormLayout()
        form.addRow(self.tr("After:"), self.period)
        form.addRow(self.tr("Do:"), self.action)
        form.addRow("", self.details)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Triggers of “%1”").replace("%1", self.stage_name), self))
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Recent firings:"), self))
        layout.addWidget(self.log, 1)
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        for row in campaigns.list_campaigns(self.actor):
            self.campaign.addItem(row.name, row.id)
        for row in email_templates.list_templates():
            self.template.addItem(row.name, row.id)
        for name, stage_id in self.targets:
            self.target.addItem(name, stage_id)
        self._action_changed()

    def _action_changed(self) -> None:
        index = {
            Action.CAMPAIGN: 0,
            Action.TASK: 1,
            Action.EMAIL: 2,
            Action.NOTIFY: 3,
            Action.MOVE: 4,
        }[Action(self.action.currentData())]
        self.details.setCurrentIndex(index)

    def describe(self, row) -> str:
        label = translated("Trigger", ACTION_LABELS[row.action])
        p = row.params
        extra = {
            Action.CAMPAIGN: lambda: self.campaign.itemText(self.campaign.findData(p.get("campaign_id"))),
            Action.TASK: lambda: p.get("title", ""),
            Action.EMAIL: lambda: self.template.itemText(self.template.findData(p.get("template_id"))),
            Action.MOVE: lambda: self.target.itemText(self.target.findData(p.get("stage_id"))),
            Action.NOTIFY: lambda: "",
        }[row.action]()
        return f"{label}: {extra}" if extra else label

    def reload(self) -> None:
        self.rows = list(self.draft.triggers) if self.draft is not None else rules.stage_triggers(self.stage_id)
        self.list.clear()
        for index, row in enumerate(self.rows):
            every = self.tr("%n day(s)", "", row.period_days)
            item = QTreeWidgetItem([every, self.describe(row), "✓" if row.active else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.list.addTopLevelItem(item)
        self.log.clear()
        ids = {r.id for r in self.rows if r.id is not None}
        for firing in [f for f in firing_log.log(self.actor, 300) if f.trigger_id in ids][:100]:
            text = status_text(firing.status) + (f" — {firing.detail}" if firing.detail else "")
            item = QTreeWidgetItem([datetime_text(firing.at), firing.deal_number, str(firing.occurrence), text])
            item.setToolTip(3, text)
            self.log.addTopLevelItem(item)
        self.save_button.setEnabled(bool(self.list.currentItem()))
        self.delete_button.setEnabled(bool(self.list.currentItem()))

    def _selected(self):
        item = self.list.currentItem()
        index = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    def _show_selected(self) -> None:
        row = self._selected()
        self.save_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            return
        self.period.setValue(row.period_days)
        self.action.setCurrentIndex(self.action.findData(str(row.action)))
        p = row.params
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(p.get("campaign_id"))))
        self.task_title.setText(p.get("title", ""))
        self.template.setCurrentIndex(max(0, self.template.findData(p.get("template_id"))))
        self.target.setCurrentIndex(max(0, self.target.findData(p.get("stage_id"))))
        self.active.setChecked(row.active)

    def params(self) -> dict:
        action = Action(self.action.currentData())
        return {
            Action.CAMPAIGN: lambda: {"campaign_id": self.campaign.currentData()},
            Action.TASK: lambda: {"title": self.task_title.text().strip()},
            Action.EMAIL: lambda: {"template_id": self.template.currentData()},
            Action.NOTIFY: lambda: {},
            Action.MOVE: lambda: {"stage_id": self.target.currentData()},
        }[action]()

    def save(self, new: bool) -> bool:
        row = None if new else self._selected()
        if self.draft is not None:
            return self._save_in_draft(row)
        try:
            rules.save_trigger(
                self.actor,
                self.stage_id,
                self.period.value(),
                Action(self.action.currentData()),
                self.params(),
                trigger_id=row.id if row else None,
                active=self.active.isChecked(),
            )
        except EtapError as err:
            self.message.setText(error_text(err))
            return False
        self.message.clear()
        self.reload()
        self.changed.emit()
        return True

    def _save_in_draft(self, row) -> bool:
        """Checked now (a clear message at once), written by the configurator's Save."""
        from desktop.services.configuration import TriggerDraft

        try:
            period, action, params = rules.check_trigger(
                self.period.value(), self.action.currentData(), self.params(), self.stage_id, self.process_id
            )
        except EtapError as err:
            self.message.setText(error_text(err))
            return False
        if row is None:
            self.draft.triggers.append(TriggerDraft(period, action, params, self.active.isChecked()))
        else:
            row.period_days, row.action, row.params, row.active = period, action, params, self.active.isChecked()
        self.message.clear()
        self.reload()
        self.changed.emit()
        return True

    def delete(self) -> None:
        row = self._selected()
        if row is None or not dialogs.confirm(self, self.tr("Delete trigger"), self.tr("Delete this trigger?")):
            return
        if self.draft is not None:
            self.draft.triggers.remove(row)
            self.reload()
            self.changed.emit()
            return
        try:
            rules.delete_trigger(self.actor, row.id)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.reload()


class TriggersDialog(QDialog):
    """Process → Triggers…: pick a stage, edit its triggers."""

    def __init__(self, actor, process_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("triggersDialog")
        self.setWindowTitle(self.tr("Triggers"))
        self.actor = actor
        self.stage = QComboBox(self)
        self.stage.setObjectName("triggerStage")
        for stage in processes.list_stages(process_id):
            self.stage.addItem(stage.name, stage.id)
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.holder = QVBoxLayout()
        self.editor: StageTriggersWidget | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stage:"), self))
        top.addWidget(self.stage, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.holder, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self._stage_changed()

    def _stage_changed(self) -> None:
        if self.editor is not None:
            self.holder.removeWidget(self.editor)
            self.editor.deleteLater()
        stage_id = self.stage.currentData()
        self.editor = StageTriggersWidget(stage_id, self.actor, self) if stage_id is not None else None
        if self.editor is not None:
            self.holder.addWidget(self.editor)
