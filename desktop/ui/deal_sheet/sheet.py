"""The deal sheet window: side panel (the deal's fields) and tabs (tasks, notes and files, history, and the
calculation and follow-up tabs when those features are on). Several sheets can be open at once; none
blocks the board.

Saving goes through ``deals.edit_deal`` with the version the sheet loaded, so a deal changed elsewhere
meanwhile is never silently overwritten: the save is refused and the user sees what changed. Saved edits
can be undone while the sheet is open (each undo is itself a recorded edit). Writes go through the ui's op
helper, so the board and funnel refresh what they show; a write elsewhere that touches this deal (a drag on
the board, a bulk change in the funnel) refreshes the sheet unless it holds unsaved edits.

Only the tab in front is built when the sheet opens; each other tab is built, and reads its data, the first
time it is shown (or asked for, as ``sheet.history_tab``): opening a sheet costs the panel and one tab, not
some thirty statements for tabs nobody looks at. A refresh reloads only the tabs built so far; the others read
the current state when they are first shown.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, EtapError, MissingFields, ValidationError
from desktop.services import settings
from desktop.services.changes import Changes
from desktop.services.deals import deals, transfer, trash
from desktop.services.processes import processes
from desktop.services.records import DealRow
from desktop.ui import ops
from desktop.ui.deal_sheet.activities_tab import ActivitiesTab
from desktop.ui.deal_sheet.history_tab import HistoryTab, field_label
from desktop.ui.deal_sheet.notes_tab import NotesTab
from desktop.ui.deal_sheet.panel import FIELDS, DealPanel, amount_text
from desktop.ui.deal_sheet.tasks_tab import TasksTab
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text

_open_sheets: dict[int, DealSheet] = {}


def _editable(row: DealRow) -> dict[str, object]:
    values = {key: getattr(row, key) for key in FIELDS}
    values["value"] = amount_text(row.value)
    values["cost"] = amount_text(row.cost)
    return values


class EditCommand(QUndoCommand):
    """A saved edit; undo saves the old values back, redo the new ones (both recorded in history)."""

    def __init__(self, sheet: DealSheet, before: dict, after: dict) -> None:
        super().__init__(
            QCoreApplication.translate("DealSheet", "Edit %1").replace("%1", ", ".join(field_label(k) for k in after))
        )
        self.sheet = sheet
        self.before = before
        self.after = after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self.sheet.save_values(self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.sheet.save_values(self.before):
            self.setObsolete(True)


class LazyPage(QWidget):
    """A tab page whose content is built by ``build(page)`` the first time it is shown or asked for."""

    def __init__(self, build, parent=None) -> None:
        super().__init__(parent)
        self._build = weakref.WeakMethod(build)  # the sheet's method: no cycle keeps a closed sheet alive
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._build()(self)
            self.layout().addWidget(self.content)
            self.content.show()  # now, not on the next pass of the event loop (a layout shows it queued)
        return self.content


class DealSheet(QWidget):
    def __init__(self, actor, deal_id: int, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("dealSheet")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.actor = actor
        self.deal_id = deal_id
        self.undo_stack = QUndoStack(self)
        self.row = deals.get_deal(deal_id, actor)
        self._writing = False  # our own write's ``changed`` needs no reload: we show its result

        self.panel = DealPanel(actor, self)
        self.panel.edited.connect(self._edited)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(380)
        self.message = QLabel(self)
        self.message.setObjectName("sheetMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("reloadDeal")
        self.reload_button.setToolTip(self.tr("Show the stored version; your unsaved changes are dropped"))
        self.reload_button.clicked.connect(self._reload_theirs)
        self.reload_button.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveDeal")
        self.revert_button = self.buttons.addButton(self.tr("Revert"), QDialogButtonBox.ButtonRole.ResetRole)
        self.revert_button.setObjectName("revertDeal")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undoEdit")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        # less frequent actions behind one button, so the panel keeps its width in every language
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("dealMoreActions")
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.duplicate_action = more.addAction(self.tr("Duplicate…"), self.duplicate)
        self.duplicate_action.setObjectName("duplicateDeal")
        self.duplicate_action.setToolTip(self.tr("A new deal with the same fields, in the same stage"))
        self.transfer_action = more.addAction(self.tr("Move to process…"), self.move_to_process)
        self.transfer_action.setObjectName("moveToProcess")
        more.addSeparator()
        self.delete_action = more.addAction(self.tr("Delete…"), self.delete)
        self.delete_action.setObjectName("deleteDeal")
        self.delete_action.setToolTip(self.tr("Move the deal to the trash (managers can restore it)"))
        self.more_button.setMenu(more)
        self._deleted = False
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.more_button)
        row.addWidget(self.buttons, 1)
        left_layout.addLayout(row)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dealTabs")
        self._pages: dict[str, LazyPage] = {}
        self._add_page("activities", self.tr("Activities"), self._build_activities)
        self._add_page("tasks", self.tr("Tasks"), self._build_tasks)
        self._add_page("notes", self.tr("Notes && attachments"), self._build_notes)
        self._add_feature_tabs()
        self._add_page("history", self.tr("History"), self._build_history)
        self._page_shown(self.tabs.currentIndex())
        self.tabs.currentChanged.connect(self._page_shown)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for sequence, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence.StandardKey.Close, self.close),
        ):
            action = QAction(self)
            action.setShortcut(sequence)
            action.triggered.connect(slot)
            self.addAction(action)
        self.resize(1100, 720)
        self._show(self.row, opening=True)
        ops.hub().changed.connect(self.on_changed)

    def _add_feature_tabs(self) -> None:
        if settings.calculations_enabled():
            self._add_page("calculation", self.tr("Calculation"), self._build_calculation)
        self._add_page("followup", self.tr("Follow-up"), self._build_followup)

    # -- tabs, built when first shown -------------------------------------------------------------------
    def _add_page(self, key: str, title: str, build) -> None:
        self._pages[key] = LazyPage(build, self.tabs)
        self.tabs.addTab(self._pages[key], title)

    def _page_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, LazyPage):
            page.ensure()

    def built_tab(self, key: str) -> QWidget | None:
        """The tab ``key`` if it has been built (shown or asked for), else None."""
        page = self._pages.get(key)
        return page.content if page is not None else None

    def _reload_built(self, *keys: str) -> None:
        for key in keys:
            tab = self.built_tab(key)
            if tab is not None:
                tab.reload()

    def _tab(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            raise AttributeError(key)  # a feature turned off: ``getattr(sheet, "calculation_tab", None)`` is None
        return page.ensure()

    activities_tab = property(lambda self: self._tab("activities"))
    tasks_tab = property(lambda self: self._tab("tasks"))
    notes_tab = property(lambda self: self._tab("notes"))
    history_tab = property(lambda self: self._tab("history"))
    calculation_tab = property(lambda self: self._tab("calculation"))
    followup_tab = property(lambda self: self._tab("followup"))

    def _build_activities(self, parent: QWidget) -> QWidget:
        tab = ActivitiesTab(self.deal_id, self.actor, parent)
        tab.changed.connect(lambda: self._reload_built("tasks"))  # a follow-up task may have been added
        tab.changed.connect(self._side_change)
        return tab

    def _build_tasks(self, parent: QWidget) -> QWidget:
        tab = TasksTab(self.deal_id, self.actor, parent)
        tab.changed.connect(self._side_change)
        return tab

    def _build_notes(self, parent: QWidget) -> QWidget:
        tab = NotesTab(self.deal_id, self.actor, parent)
        tab.changed.connect(self._side_change)
        return tab

    def _build_history(self, parent: QWidget) -> QWidget:
        return HistoryTab(self.deal_id, self.actor, parent, currency=self.row.currency)

    def _build_calculation(self, parent: QWidget) -> QWidget:
        from desktop.ui.calculation.widget import CalculationWidget

        tab = CalculationWidget(self.deal_id, self.actor, parent)
        tab.deal_changed.connect(lambda _id: self._side_change())
        return tab

    def _build_followup(self, parent: QWidget) -> QWidget:
        from desktop.ui.mail.followup_widget import FollowUpWidget

        tab = FollowUpWidget(self.deal_id, self.actor, parent)
        tab.sending_finished.connect(lambda _report: self._reload_built("history"))
        return tab

    def add_tab(self, widget: QWidget, title: str, index: int | None = None) -> None:
        """Another feature's tab (e.g. the activities checklist) placed among the sheet's own."""
        if index is None:
            self.tabs.insertTab(self.tabs.count() - 1, widget, title)  # before History
        else:
            self.tabs.insertTab(index, widget, title)

    # -- showing --------------------------------------------------------------------------------------
    def _show(self, row: DealRow, saved_here: bool = False, opening: bool = False) -> None:
        """Show ``row``. After a save from this sheet (``saved_here``) the stage, process and labels already
        read are kept when their ids did not change, and the activities only follow a new stage or owner."""
        previous = self.row
        self.row = row
        self.panel.load(row, reuse=saved_here)
        self.setWindowTitle(f"{row.number} — {row.title}[*]")
        history = self.built_tab("history")
        if history is not None:
            history.currency = row.currency
        same_place = saved_here and (previous.stage_id, previous.owner_id) == (row.stage_id, row.owner_id)
        if not same_place and not opening:  # opening: the tab just read it (a tab not built yet will)
            self._reload_built("activities")
        self._set_dirty(False)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.setWindowModified(dirty)

    def _edited(self) -> None:
        self._set_dirty(bool(self.panel.changes()))

    def reload(self) -> None:
        try:
            self._show(deals.get_deal(self.deal_id, self.actor))
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.message.hide()
        self.reload_button.hide()
        self._reload_built("history")

    def changed_elsewhere(self, by: str = "") -> None:
        """Someone else changed this deal (or its tasks, notes, files). Without unsaved edits the sheet just
        shows the new state; with them nothing is overwritten: the sheet says who changed it and offers to
        reload."""
        try:
            fresh = deals.get_deal(self.deal_id, self.actor)
        except EtapError as err:  # deleted, or handed to someone else: say so, keep what is shown
            self.message.setText(error_text(err))
            self.message.setStyleSheet("color: #c62828;")
            self.message.show()
            return
        self._reload_built("tasks", "notes", "history")
        if fresh.version == self.row.version:
            return
        if not self.panel.changes():
            self._show(fresh)
            return
        who = by or self.tr("someone else")
        self.message.setText(self.tr("Changed by %1 — reload?").replace("%1", who))
        self.message.setStyleSheet("color: #c62828;")
        self.message.show()
        self.reload_button.show()

    def _reload_theirs(self) -> None:
        self.undo_stack.clear()  # the old edits no longer apply to what is stored
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        """A write elsewhere touched this deal: show it (unsaved edits in the panel are kept)."""
        if self._writing or self.deal_id not in changes.deals:
            return
        self._refresh_from_store()
        self._reload_built("followup", "notes")  # mail received or filed to this deal; a file kept among its files

    def _refresh_from_store(self) -> DealRow | None:
        try:
            fresh = deals.get_deal(self.deal_id, self.actor)
        except EtapError:
            return None
        if not self.panel.changes():
            self._show(fresh)
        self._reload_built("history")
        return fresh

    def _side_change(self) -> None:
        """A tab changed the deal's world (task, note, value from a calculation): refresh what shows it and
        tell the other views (the card shows the next task, the value)."""
        fresh = self._refresh_from_store()
        if fresh is not None:
            self._writing = True
            try:
                ops.announce(Changes.of(deals=[fresh.id], stages=[fresh.stage_id], processes=[fresh.process_id]))
            finally:
                self._writing = False

    # -- saving ---------------------------------------------------------------------------------------
    def save(self) -> bool:
        changes = self.panel.changes()
        if not changes:
            return True
        before = {k: v for k, v in _editable(self.row).items() if k in changes}
        if not self.save_values(changes):
            return False
        after = {k: v for k, v in _editable(self.row).items() if k in changes}
        self.undo_stack.push(EditCommand(self, before, after))
        return True

    def save_values(self, values: dict) -> bool:
        """Save through the services with the version shown; True when saved."""
        self.panel.clear_errors()
        self.message.hide()
        self._writing = True
        try:
            row = ops.attempt(deals.edit_deal, self.actor, self.deal_id, self.row.version, **values).result
        except ValidationError as err:
            self.panel.show_error(err.field, error_text(err))
            return False
        except ConflictError as err:
            self._conflict(err)
            return False
        except EtapError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return False
        finally:
            self._writing = False
        self._show(row, saved_here=True)
        self._reload_built("history")
        return True

    def _conflict(self, err: ConflictError) -> None:
        current = err.current if isinstance(err.current, DealRow) else deals.get_deal(self.deal_id)
        mine, theirs = _editable(self.row), _editable(current)
        changed = [field_label(k) for k in FIELDS if mine[k] != theirs[k]]
        if current.stage_id != self.row.stage_id:
            changed.append(self.tr("stage"))
        text = error_text(err)
        if changed:
            text += "\n" + self.tr("Changed meanwhile: %1").replace("%1", ", ".join(changed))
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;")
        self.message.show()
        question = text + "\n\n" + self.tr("Load the current version? Your unsaved changes will be lost.")
        if dialogs.confirm(self, self.tr("Deal changed elsewhere"), question):
            self.undo_stack.clear()  # the old edits no longer apply to what is stored
            self.reload()

    # -- duplicate and delete -------------------------------------------------------------------------
    def duplicate(self) -> DealSheet | None:
        """Ask for the copy's title, create it and open its sheet."""
        suggested = self.tr("%1 (copy)").replace("%1", self.row.title)[: deals.MAX_TITLE]
        title = dialogs.ask_text(self, self.tr("Duplicate deal"), self.tr("Title of the new deal:"), suggested)
        if title is None:
            return None
        try:
            copy = trash.duplicate_deal(self.actor, self.deal_id, title)
        except EtapError as err:
            dialogs.error(self, err)
            return None
        ops.announce(Changes.of(deals=[copy.id], stages=[copy.stage_id], processes=[copy.process_id]))
        return open_deal_sheet(self.actor, copy.id, self.parentWidget())

    def move_to_process(self) -> bool:
        """Choose another process; the stage of the same name is taken, else the user chooses one."""
        others = [p for p in processes.list_processes() if p.id != self.row.process_id]
        if not others:
            dialogs.info(self, self.tr("Move to process"), self.tr("There is no other process to move to."))
            return False
        if self.panel.changes() and not self.save():
            return False
        choice = dialogs.ask_item(self, self.tr("Move to process"), self.tr("Process:"), [p.name for p in others])
        if choice is None:
            return False
        stage = transfer.stage_for(self.row, others[choice].id)
        if stage is None:
            stages = processes.list_stages(others[choice].id)
            picked = dialogs.ask_item(
                self,
                self.tr("Move to process"),
                self.tr("No stage has the same name. Stage:"),
                [s.name for s in stages],
            )
            if picked is None:
                return False
            stage = stages[picked]
        fields: dict = {}
        while True:
            try:
                row = transfer.move_to_process(self.actor, self.deal_id, stage.id, **fields)
            except MissingFields as err:
                from desktop.ui.board.fields_dialog import RequiredFieldsDialog

                dialog = RequiredFieldsDialog(stage, err.fields, self.row, self)
                if not dialogs.exec(dialog):
                    return False
                fields.update(dialog.values())
                continue
            except EtapError as err:
                dialogs.error(self, err)
                return False
            break
        before = self.row
        self._show(row)
        self._reload_built("history")
        ops.announce(
            Changes.of(
                deals=[row.id], stages=[before.stage_id, row.stage_id], processes=[before.process_id, row.process_id]
            )
        )
        return True

    def delete(self) -> bool:
        question = self.tr("Move “%1” to the trash? Managers can restore it with everything it has.").replace(
            "%1", f"{self.row.number} {self.row.title}"
        )
        if not dialogs.confirm(self, self.tr("Delete deal"), question):
            return False
        try:
            trash.delete_deals(self.actor, [self.deal_id])
        except EtapError as err:
            dialogs.error(self, err)
            return False
        self._deleted = True
        ops.announce(Changes.of(deals=[self.deal_id], stages=[self.row.stage_id], processes=[self.row.process_id]))
        self.close()
        return True

    def closeEvent(self, event) -> None:
        if (
            not self._deleted
            and self.isVisible()
            and self.panel.changes()
            and not dialogs.confirm(self, self.tr("Unsaved changes"), self.tr("Close without saving your changes?"))
        ):
            event.ignore()
            return
        _open_sheets.pop(self.deal_id, None)
        super().closeEvent(event)


def open_sheets() -> list[DealSheet]:
    """The deal sheets open now."""
    return list(_open_sheets.values())


def open_deal_sheet(actor, deal_id: int, parent=None) -> DealSheet | None:
    """Show the deal's sheet (the one already open, if any); None when the deal cannot be opened."""
    sheet = _open_sheets.get(deal_id)
    if sheet is None:
        try:
            sheet = DealSheet(actor, deal_id, parent)
        except EtapError as err:
            dialogs.error(parent, err)
            return None
        _open_sheets[deal_id] = sheet
        sheet.destroyed.connect(lambda *_args, key=deal_id: _open_sheets.pop(key, None))
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet
