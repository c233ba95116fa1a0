"""The configurator's right side: one stage's settings and its activities (edited in the in-memory draft)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.activities import (
    AUDIENCE_LABELS,
    MAX_WEIGHT,
    PERFORMER_LABELS,
    REQUIREMENT_LABELS,
    ActivitySpec,
    Audience,
    Performer,
    Requirement,
)
from desktop.domain.stages import FIELD_LABELS, KIND_LABELS, Field
from desktop.services.admin import users
from desktop.services.configuration import StageDraft
from desktop.ui.errors import tr as translated


class ActivityForm(QGroupBox):
    """The options of the selected activity."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected activity"))
        self.spec: ActivitySpec | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("activityName")
        self.weight = QSpinBox(self)
        self.weight.setObjectName("activityWeight")
        self.weight.setRange(0, MAX_WEIGHT)
        self.mandatory = QCheckBox(self.tr("Mandatory before the deal can be won"), self)
        self.mandatory.setObjectName("activityMandatory")
        self.performer = QComboBox(self)
        self.performer.setObjectName("activityPerformer")
        for key, label in PERFORMER_LABELS.items():
            self.performer.addItem(translated("Activity", label), str(key))
        self.people = QListWidget(self)
        self.people.setObjectName("activityUsers")
        self.people.setMaximumHeight(90)
        for user in users.list_users():
            item = QListWidgetItem(user.display_name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.requires = QComboBox(self)
        self.requires.setObjectName("activityRequires")
        for key, label in REQUIREMENT_LABELS.items():
            self.requires.addItem(translated("Activity", label), str(key))
        self.notify = {}
        notify_row = QHBoxLayout()
        for key, label in AUDIENCE_LABELS.items():
            box = QCheckBox(translated("Activity", label), self)
            box.setObjectName(f"notify_{key}")
            self.notify[key] = box
            notify_row.addWidget(box)
        notify_row.addStretch(1)
        self.follow_up = QCheckBox(self.tr("Open a follow-up task form when done"), self)
        self.follow_up.setObjectName("activityFollowUp")
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Weight:"), self.weight)
        form.addRow("", self.mandatory)
        form.addRow(self.tr("Who may perform:"), self.performer)
        form.addRow("", self.people)
        form.addRow(self.tr("Completing needs:"), self.requires)
        form.addRow(self.tr("Notify when done:"), notify_row)
        form.addRow("", self.follow_up)
        self.name.textEdited.connect(self._store)
        self.weight.valueChanged.connect(self._store)
        self.mandatory.toggled.connect(self._store)
        self.performer.currentIndexChanged.connect(self._store)
        self.people.itemChanged.connect(self._store)
        self.requires.currentIndexChanged.connect(self._store)
        self.follow_up.toggled.connect(self._store)
        for box in self.notify.values():
            box.toggled.connect(self._store)
        self.show_spec(None)

    def show_spec(self, spec: ActivitySpec | None) -> None:
        self.spec = None  # no stores while filling
        self.setEnabled(spec is not None)
        spec_or_blank = spec or ActivitySpec("")
        self.name.setText(spec_or_blank.name)
        self.weight.setValue(spec_or_blank.weight)
        self.mandatory.setChecked(spec_or_blank.mandatory)
        self.performer.setCurrentIndex(self.performer.findData(str(Performer(spec_or_blank.performer))))
        for i in range(self.people.count()):
            item = self.people.item(i)
            chosen = item.data(Qt.ItemDataRole.UserRole) in spec_or_blank.performer_users
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.people.setVisible(Performer(spec_or_blank.performer) is Performer.USERS)
        self.requires.setCurrentIndex(self.requires.findData(str(Requirement(spec_or_blank.requires))))
        for key, box in self.notify.items():
            box.setChecked(key in [Audience(a) for a in spec_or_blank.notify])
        self.follow_up.setChecked(spec_or_blank.follow_up_task)
        self.spec = spec

    def _store(self, *_args) -> None:
        spec = self.spec
        if spec is None:
            return
        spec.name = self.name.text()
        spec.weight = self.weight.value()
        spec.mandatory = self.mandatory.isChecked()
        spec.performer = Performer(self.performer.currentData())
        self.people.setVisible(spec.performer is Performer.USERS)
        spec.performer_users = [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        spec.requires = Requirement(self.requires.currentData())
        spec.notify = [key for key, box in self.notify.items() if box.isChecked()]
        spec.follow_up_task = self.follow_up.isChecked()
        self.changed.emit()


class StageEditor(QWidget):
    """Settings of one stage draft: name, sub-stages, required fields, probability, rotting, activities."""

    renamed = Signal()
    activity_removed = Signal(object)  # the removed ActivitySpec (the dialog asks first when it was done)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stageEditor")
        self.draft: StageDraft | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("stageName")
        self.kind = QLabel(self)
        self.substages = QPlainTextEdit(self)
        self.substages.setObjectName("stageSubstages")
        self.substages.setPlaceholderText(self.tr("One sub-stage per line"))
        self.substages.setFixedHeight(64)
        self.required = QListWidget(self)
        self.required.setObjectName("stageRequired")
        self.required.setFixedHeight((self.fontMetrics().height() + 5) * len(FIELD_LABELS) + 6)
        for key, label in FIELD_LABELS.items():
            item = QListWidgetItem(translated("Field", label), self.required)
            item.setData(Qt.ItemDataRole.UserRole, str(key))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.probability = QSpinBox(self)
        self.probability.setObjectName("stageProbability")
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.rotting = QSpinBox(self)
        self.rotting.setObjectName("stageRotting")
        self.rotting.setRange(0, 3650)
        self.rotting.setSpecialValueText(self.tr("off"))
        self.rotting.setSuffix(self.tr(" days"))
        self.activities = QListWidget(self)
        self.activities.setObjectName("activityList")
        self.activities.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.activities.model().rowsMoved.connect(self._activities_reordered)
        self.activities.currentRowChanged.connect(self._activity_selected)
        self.add_activity_button = QPushButton(self.tr("Add activity"), self)
        self.add_activity_button.setObjectName("addActivity")
        self.add_activity_button.clicked.connect(self.add_activity)
        self.remove_activity_button = QPushButton(self.tr("Delete activity"), self)
        self.remove_activity_button.setObjectName("removeActivity")
        self.remove_activity_button.clicked.connect(self.remove_activity)
        self.activity_form = ActivityForm(self)
        self.activity_form.changed.connect(self._activity_changed)

        settings = QFormLayout()
        settings.addRow(self.tr("Stage name:"), self.name)
        settings.addRow(self.tr("Kind:"), self.kind)
        settings.addRow(self.tr("Sub-stages:"), self.substages)
        settings.addRow(self.tr("Required on entry:"), self.required)
        settings.addRow(self.tr("Default probability:"), self.probability)
        settings.addRow(self.tr("Rotting after:"), self.rotting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_activity_button)
        buttons.addWidget(self.remove_activity_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(QLabel(self.tr("Activities (drag to reorder; weights give the win probability):"), self))
        layout.addWidget(self.activities, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.activity_form)

        self.name.textEdited.connect(self._store)
        self.substages.textChanged.connect(self._store)
        self.required.itemChanged.connect(self._store)
        self.probability.valueChanged.connect(self._store)
        self.rotting.valueChanged.connect(self._store)
        self.show_stage(None)

    def show_stage(self, draft: StageDraft | None) -> None:
        self.draft = None
        self.setEnabled(draft is not None)
        if draft is not None:
            spec = draft.spec
            self.name.setText(spec.name)
            self.kind.setText(translated("StageKind", KIND_LABELS[spec.kind]))
            self.substages.setPlainText("\n".join(spec.substages))
            for i in range(self.required.count()):
                item = self.required.item(i)
                on = Field(item.data(Qt.ItemDataRole.UserRole)) in [Field(f) for f in spec.required]
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.probability.setValue(spec.default_probability)
            self.probability.setEnabled(not spec.kind.is_closed)
            self.rotting.setValue(spec.rotting_days or 0)
        self.draft = draft
        self._fill_activities()

    def _fill_activities(self, select: int = 0) -> None:
        self.activities.blockSignals(True)
        self.activities.clear()
        for spec in self.draft.activities if self.draft else []:
            self.activities.addItem(self._label(spec))
        self.activities.blockSignals(False)
        if self.activities.count():
            self.activities.setCurrentRow(min(select, self.activities.count() - 1))
        self._activity_selected(self.activities.currentRow())

    def _label(self, spec: ActivitySpec) -> str:
        mark = " *" if spec.mandatory else ""
        name = spec.name or self.tr("(no name)")
        weight = self.tr("weight %1").replace("%1", str(spec.weight))
        return f"{name}{mark} — {weight}"

    def _store(self, *_args) -> None:
        if self.draft is None:
            return
        spec = self.draft.spec
        spec.name = self.name.text()
        spec.substages = [line.strip() for line in self.substages.toPlainText().splitlines() if line.strip()]
        spec.required = [
            self.required.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.required.count())
            if self.required.item(i).checkState() == Qt.CheckState.Checked
        ]
        spec.default_probability = self.probability.value()
        spec.rotting_days = self.rotting.value() or None
        self.renamed.emit()

    def _activity_selected(self, row: int) -> None:
        specs = self.draft.activities if self.draft else []
        self.activity_form.show_spec(specs[row] if 0 <= row < len(specs) else None)
        self.remove_activity_button.setEnabled(0 <= row < len(specs))

    def _activity_changed(self) -> None:
        row = self.activities.currentRow()
        if self.draft and 0 <= row < len(self.draft.activities):
            self.activities.item(row).setText(self._label(self.draft.activities[row]))

    def _activities_reordered(self, _parent, start, _end, _dest, row) -> None:
        if self.draft is None:
            return
        moved = self.draft.activities.pop(start)
        self.draft.activities.insert(row - 1 if row > start else row, moved)
        self._fill_activities(self.draft.activities.index(moved))

    def add_activity(self) -> None:
        if self.draft is None:
            return
        self.draft.activities.append(ActivitySpec(self.tr("New activity"), 10))
        self._fill_activities(len(self.draft.activities) - 1)
        self.activity_form.name.setFocus()
        self.activity_form.name.selectAll()

    def remove_activity(self) -> None:
        row = self.activities.currentRow()
        if self.draft is None or not 0 <= row < len(self.draft.activities):
            return
        self.activity_removed.emit(self.draft.activities[row])

    def drop_activity(self, spec: ActivitySpec) -> None:
        if self.draft is not None and spec in self.draft.activities:
            row = self.draft.activities.index(spec)
            self.draft.activities.remove(spec)
            self._fill_activities(row)
