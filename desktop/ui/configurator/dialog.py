"""The process configurator (SPEC F3; managers and admins): stages and their activities, saved at once.

Everything is edited in a draft; Save validates and writes it in one transaction, Cancel leaves the
database untouched. A refused save keeps the dialog open with the reason shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import numbering
from desktop.domain.errors import EtapError, ValidationError
from desktop.domain.stages import KIND_LABELS, MAX_CLOSED, MAX_OPEN, Field, StageKind, StageSpec
from desktop.services import configuration
from desktop.services.configuration import StageDraft
from desktop.services.processes import processes
from desktop.ui.configurator.stage_editor import StageEditor
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.errors import tr as translated

DraftRole = Qt.ItemDataRole.UserRole


class ConfiguratorDialog(QDialog):
    def __init__(self, actor, process_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("configuratorDialog")
        self.actor = actor
        self.draft = configuration.load_draft(process_id)
        self.setWindowTitle(self.tr("Configure process “%1”").replace("%1", self.draft.name))

        self.name = QLineEdit(self.draft.name, self)
        self.name.setObjectName("processName")
        self.number_format = QLineEdit(self.draft.number_format, self)
        self.number_format.setObjectName("numberFormat")
        self.example = QLabel(self)
        self.example.setObjectName("numberExample")
        self.number_format.textChanged.connect(self._show_example)
        top = QFormLayout()
        top.addRow(self.tr("Process name:"), self.name)
        top.addRow(self.tr("Deal number format:"), self.number_format)
        top.addRow("", self.example)

        self.stages = QListWidget(self)
        self.stages.setObjectName("stageList")
        self.stages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stages.model().rowsMoved.connect(self._stages_reordered)
        self.stages.currentRowChanged.connect(self._stage_selected)
        self.add_open = QPushButton(self.tr("Add open stage"), self)
        self.add_open.setObjectName("addOpenStage")
        self.add_open.clicked.connect(self.add_open_stage)
        self.add_closed = QToolButton(self)
        self.add_closed.setObjectName("addClosedStage")
        self.add_closed.setText(self.tr("Add closed stage") + " ▾")
        self.add_closed.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Fusion draws its own menu arrow over the text's last letters; the ▾ in the text replaces it
        self.add_closed.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.add_closed)
        for kind in (StageKind.WON, StageKind.LOST, StageKind.CLOSED):
            menu.addAction(translated("StageKind", KIND_LABELS[kind]), lambda k=kind: self.add_closed_stage(k))
        self.add_closed.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Delete stage"), self)
        self.delete_button.setObjectName("deleteStage")
        self.delete_button.clicked.connect(self.delete_stage)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Stages (drag open stages to reorder):"), left))
        left_layout.addWidget(self.stages, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_open)
        row.addWidget(self.add_closed)
        left_layout.addLayout(row)
        left_layout.addWidget(self.delete_button)

        self.editor = StageEditor(self)
        self.editor.renamed.connect(self._refresh_labels)
        self.editor.activity_removed.connect(self._remove_activity)
        # a stage's triggers are part of the draft: Save writes them with the stages, Cancel drops them
        self.right = QTabWidget(self)
        self.right.setObjectName("stageTabs")
        self.right.addTab(self.editor, self.tr("Settings and activities"))
        self.triggers_holder = QWidget(self)
        QVBoxLayout(self.triggers_holder).setContentsMargins(0, 0, 0, 0)
        self.right.addTab(self.triggers_holder, self.tr("Triggers"))
        self.triggers_widget = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)

        self.message = QLabel(self)
        self.message.setObjectName("configMessage")
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(980, 700)
        self._fill_stages()
        self._show_example()

    # -- stages ---------------------------------------------------------------------------------------
    def _label(self, draft: StageDraft) -> str:
        kind = translated("StageKind", KIND_LABELS[draft.spec.kind])
        if draft.spec.name.strip().casefold() == kind.casefold():  # "Zamknięty (inny)", not twice
            return draft.spec.name
        return f"{draft.spec.name} ({kind})"

    def _fill_stages(self, select: int = 0) -> None:
        self.stages.blockSignals(True)
        self.stages.clear()
        for draft in self.draft.stages:
            item = QListWidgetItem(self._label(draft), self.stages)
            item.setData(DraftRole, draft)
            if draft.spec.kind.is_closed:  # closed stages keep their place
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        self.stages.blockSignals(False)
        self.stages.setCurrentRow(min(select, self.stages.count() - 1))
        self._stage_selected(self.stages.currentRow())

    def _refresh_labels(self) -> None:
        for i in range(self.stages.count()):
            self.stages.item(i).setText(self._label(self.stages.item(i).data(DraftRole)))

    def _stage_selected(self, row: int) -> None:
        draft = self.draft.stages[row] if 0 <= row < len(self.draft.stages) else None
        self.editor.show_stage(draft)
        if not hasattr(self, "right"):
            return
        if self.triggers_widget is not None:
            self.triggers_holder.layout().removeWidget(self.triggers_widget)
            self.triggers_widget.deleteLater()
            self.triggers_widget = None
        if draft is not None:
            from desktop.ui.triggers.editor import StageTriggersWidget

            targets = [(d.spec.name, d.spec.id) for d in self.draft.stages if d.spec.id is not None]
            self.triggers_widget = StageTriggersWidget(
                draft.spec.id,
                self.actor,
                self.triggers_holder,
                draft=draft,
                process_id=self.draft.process_id,
                targets=targets,
            )
            self.triggers_holder.layout().addWidget(self.triggers_widget)
        self.right.setTabEnabled(1, draft is not None)

    def _stages_reordered(self, *_args) -> None:
        new_order = [self.stages.item(i).data(DraftRole) for i in range(self.stages.count())]
        kinds = [d.spec.kind.is_closed for d in new_order]
        if kinds != sorted(kinds) or [d for d in new_order if d.spec.kind.is_closed] != [
            d for d in self.draft.stages if d.spec.kind.is_closed
        ]:
            self._say(self.tr("Closed stages stay after the open ones, in their order."))
            self._fill_stages(self.stages.currentRow())
            return
        self.draft.stages = new_order
        self.message.hide()

    def _count(self, closed: bool) -> int:
        return sum(1 for d in self.draft.stages if d.spec.kind.is_closed == closed)

    def add_open_stage(self) -> None:
        if self._count(False) >= MAX_OPEN:
            self._say(self.tr("A process can have at most %1 open stages.").replace("%1", str(MAX_OPEN)))
            return
        self.draft.stages.insert(0, StageDraft(StageSpec(self.tr("New stage"), StageKind.OPEN)))  # F1: first
        self._fill_stages(0)
        self.editor.name.setFocus()
        self.editor.name.selectAll()

    def add_closed_stage(self, kind: StageKind) -> None:
        if self._count(True) >= MAX_CLOSED:
            self._say(self.tr("A process can have at most %1 closed stages.").replace("%1", str(MAX_CLOSED)))
            return
        if kind is StageKind.WON and any(d.spec.kind is StageKind.WON for d in self.draft.stages):
            self._say(self.tr("A process can have only one Won stage."))
            return
        name = translated("StageKind", KIND_LABELS[kind])
        self.draft.stages.append(StageDraft(StageSpec(name, kind)))  # F1: closed stages go last
        self._fill_stages(len(self.draft.stages) - 1)

    def delete_stage(self) -> None:
        row = self.stages.currentRow()
        if not 0 <= row < len(self.draft.stages):
            return
        draft = self.draft.stages[row]
        receiving = None
        if draft.spec.id is not None and draft.deal_count:
            others = [d for d in self.draft.stages if d is not draft and d.spec.id is not None]
            text = self.tr("“%1” has %2 deal(s). Which stage receives them?")
            text = text.replace("%1", draft.spec.name).replace("%2", str(draft.deal_count))
            choice = dialogs.ask_item(self, self.tr("Delete stage"), text, [self._label(d) for d in others])
            if choice is None:
                return
            receiving = others[choice].spec.id
            fields = self._receiving_fields(draft, others[choice])
            if fields is None:
                return
            self.draft.deleted_fields[draft.spec.id] = fields
        self.draft.stages.remove(draft)
        if draft.spec.id is not None:
            self.draft.deleted[draft.spec.id] = receiving
        self._fill_stages(max(0, row - 1))

    def _receiving_fields(self, draft: StageDraft, target: StageDraft) -> dict | None:
        """What the receiving stage requires, asked once for all the deals (a lost reason, a sub-stage); None
        when the user cancels or the deals cannot enter it (the reason is shown)."""
        title = self.tr("Delete stage")
        try:
            needs = processes.receiving_needs(draft.spec.id, target.spec.id)
        except EtapError as err:
            self._say(error_text(err))
            return None
        fields: dict[str, str] = {}
        if Field.LOST_REASON in needs:
            count = draft.deal_count  # lupdate reads the plural number only from a plain name
            text = self.tr("Why were these %n deal(s) lost? Each of them gets this reason.", "", count)
            reason = dialogs.ask_text(self, title, text)
            if reason is None or not reason.strip():
                return None
            fields[Field.LOST_REASON] = reason.strip()
        if Field.SUBSTAGE in needs:
            substages = list(target.spec.substages)
            text = self.tr("Which sub-stage of “%1” do the deals get?").replace("%1", target.spec.name)
            choice = dialogs.ask_item(self, title, text, substages) if substages else None
            if choice is None:
                return None
            fields[Field.SUBSTAGE] = substages[choice]
        try:
            processes.check_receiving(draft.spec.id, target.spec.id, **fields)
        except EtapError as err:
            self._say(error_text(err))
            return None
        return fields

    # -- activities -----------------------------------------------------------------------------------
    def _remove_activity(self, spec) -> None:
        done = configuration.done_counts([spec.id]).get(spec.id, 0) if spec.id else 0
        if done:
            text = self.tr("“%1” is done in %2 deal(s). Delete it anyway? Their history keeps the record.")
            if not dialogs.confirm(
                self, self.tr("Delete activity"), text.replace("%1", spec.name).replace("%2", str(done))
            ):
                return
        self.editor.drop_activity(spec)

    # -- saving ---------------------------------------------------------------------------------------
    def _show_example(self) -> None:
        today = date.today()
        try:
            fmt = numbering.check_format(self.number_format.text())
            self.example.setText(
                self.tr("Example: %1").replace("%1", numbering.render(fmt, today.year, today.month, 7))
            )
        except ValidationError as err:
            self.example.setText(error_text(err))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        self.draft.name = self.name.text()
        self.draft.number_format = self.number_format.text()
        try:
            configuration.save_configuration(self.actor, self.draft)
        except EtapError as err:
            self._say(error_text(err))
            self.draft_reload_ids()
            return
        self.accept()

    def draft_reload_ids(self) -> None:
        """A refused save may have given new rows ids inside the rolled-back transaction: forget them."""
        stored = configuration.load_draft(self.draft.process_id).stages
        stages = {d.spec.id for d in stored}
        known = {a.id for d in stored for a in d.activities}
        stored_triggers = {t.id for d in stored for t in d.triggers}
        for stage in self.draft.stages:
            if stage.spec.id not in stages:
                stage.spec.id = None
            for activity in stage.activities:
                if activity.id not in known:
                    activity.id = None
            for trigger in stage.triggers:
                if trigger.id not in stored_triggers:
                    trigger.id = None
