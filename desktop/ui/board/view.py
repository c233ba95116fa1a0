"""The stage board (SPEC F2): one column per stage, drag and drop through the services, undo / redo.

Cards are painted by a delegate in one list view per stage; each column pages its cards from the database
(200 at a time, more on scroll) and the headers come from one grouped query. Writes go through the ui's op
helper (``desktop.ui.ops``); its ``changed(Changes)`` signal makes the board read again exactly the columns
(and headers) of the stages a write touched, wherever the write was made, so the board shows what the
database holds, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.errors import EtapError, MissingFields
from desktop.domain.timeutil import local_day_start_utc, utcnow
from desktop.services.activities import tasks
from desktop.services.actor import Actor
from desktop.services.changes import Changes
from desktop.services.deals import deals
from desktop.services.pipeline import board
from desktop.services.processes import processes
from desktop.services.records import StageRow
from desktop.ui import ops
from desktop.ui.board.column import StageColumn
from desktop.ui.board.model import ColumnModel
from desktop.ui.dialogs import dialogs


@dataclass
class Placement:
    stage_id: int
    rank: float
    fields: dict = field(default_factory=dict)


class MoveCommand(QUndoCommand):
    """A move already done through the services; undo and redo are new recorded moves."""

    def __init__(self, view: BoardView, deal_id: int, text: str, before: Placement, after: Placement) -> None:
        super().__init__(text)
        self.view = view
        self.deal_id = deal_id
        self.before = before
        self.after = after
        self._done = True

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the move itself already happened
            self._done = False
            return
        self.view.apply_placement(self, self.after)

    def undo(self) -> None:
        self.view.apply_placement(self, self.before)


# deal fields whose change alters a column's totals (value, weighted value) or who sees the card (owner)
COLUMN_FIELDS = frozenset({"value", "currency", "probability", "probability_manual", "owner_id", "spam"})


class BoardView(QWidget):
    open_deal = Signal(int)
    new_deal_requested = Signal(object)  # the stage id to start in, or None

    def __init__(self, actor: Actor, parent=None, now_fn=utcnow) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self.actor = actor
        self.now_fn = now_fn
        self.process_id: int | None = None
        self.stages: list[StageRow] = []
        self.models: dict[int, ColumnModel] = {}
        self.columns: dict[int, StageColumn] = {}
        self.undo_stack = QUndoStack(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title, number, company or contact (Ctrl+F)"))
        self.search.setMinimumWidth(360)
        self.search.setMaximumWidth(480)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_search)
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("boardFilterLabel")
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 2)
        self.first_deal_button = QPushButton(self.tr("Add the first deal"), self)
        self.first_deal_button.setObjectName("boardFirstDeal")
        self.first_deal_button.clicked.connect(lambda: self.new_deal_requested.emit(None))
        self.first_deal_button.hide()
        bar.addWidget(self.search)
        bar.addWidget(self.first_deal_button)
        bar.addWidget(self.filter_label, 1)

        self.strip = QWidget(self)
        self.strip.setObjectName("boardStrip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(8, 4, 8, 8)
        self.strip_layout.setSpacing(8)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._build_actions()
        ops.hub().changed.connect(self.on_changed)

    def _build_actions(self) -> None:
        find = QAction(self.tr("Find deals"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.next_stage_action = QAction(self.tr("Move to next stage"), self)
        self.next_stage_action.setObjectName("moveNextStageAction")
        self.next_stage_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Right))
        self.next_stage_action.triggered.connect(lambda: self.move_focused(1))
        self.previous_stage_action = QAction(self.tr("Move to previous stage"), self)
        self.previous_stage_action.setObjectName("movePreviousStageAction")
        self.previous_stage_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Left))
        self.previous_stage_action.triggered.connect(lambda: self.move_focused(-1))
        for action in (find, self.next_stage_action, self.previous_stage_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- building and loading -------------------------------------------------------------------------
    def set_process(self, process_id: int) -> None:
        if process_id != self.process_id:
            self.undo_stack.clear()
        self.process_id = process_id
        self.stages = processes.list_stages(process_id)
        for column in self.columns.values():
            self.strip_layout.removeWidget(column)
            column.deleteLater()
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        self.models.clear()
        self.columns.clear()
        for stage in self.stages:
            model = ColumnModel(self.actor, stage, self)
            model.task_state_source = self._task_states
            model.move_requested.connect(self._move_requested, Qt.ConnectionType.QueuedConnection)
            column = StageColumn(model, self.strip)
            column.view.step_column.connect(lambda d, r, s=stage.id: self._step_column(s, d, r))
            column.view.open_requested.connect(self.open_deal)
            column.view.move_card.connect(self.move_focused)
            column.menu.aboutToShow.connect(lambda s=stage, c=column: self._fill_stage_menu(s, c))
            column.add_button.clicked.connect(lambda _c=False, s=stage.id: self.new_deal_requested.emit(s))
            self.models[stage.id] = model
            self.columns[stage.id] = column
            self.strip_layout.addWidget(column)
        self.strip_layout.addStretch(1)
        self.refresh()

    def _task_states(self, deal_ids: list[int]) -> dict[int, str]:
        now = self.now_fn()
        return tasks.next_task_states(self.actor, deal_ids, now, local_day_start_utc(date.today()))

    def text(self) -> str:
        return self.search.text().strip()

    def refresh(self) -> None:
        """Read every column and header again (after an edit elsewhere, or a filter change)."""
        self._reload_columns(self.models)
        self._reload_totals()

    def _reload_columns(self, stage_ids) -> None:
        """Read the columns of ``stage_ids`` again with their cards' task marks and opened offers: one query for
        all of it (``board.columns``; on a team server one round trip, not three per column)."""
        text = self.text()
        wanted = {stage_id: self.models[stage_id].wanted(text) for stage_id in stage_ids}
        if not wanted:
            return
        read = board.columns(self.actor, wanted, self.now_fn(), local_day_start_utc(date.today()), text)
        for stage_id, cards in read.cards.items():
            self.models[stage_id].show(cards, read.task_states, read.opened)

    def on_changed(self, changes: Changes) -> None:
        """A write (here or elsewhere in the app): read again only the columns of the stages it touched, or
        only the cards, when the write edited fields that change neither a column's totals nor its cards."""
        shown = changes.stages & self.models.keys()
        if not shown:
            return
        if changes.only_edits and not (changes.fields & COLUMN_FIELDS) and not self.text():
            fresh = {card.id: card for card in board.cards(self.actor, changes.deals)}
            held = set().union(*(self.models[s].refresh_cards(fresh) for s in shown))
            if held == set(changes.deals):
                return  # every edited card was shown and is up to date; totals did not change
        self.reload_stages(shown)

    def reload_stages(self, stage_ids) -> None:
        stage_ids = {s for s in stage_ids if s in self.models}
        self._reload_columns(stage_ids)
        self._reload_totals(stage_ids)

    def _reload_totals(self, stage_ids=None) -> None:
        """Headers of ``stage_ids`` (all columns when None), from one grouped query."""
        wanted = list(self.models) if stage_ids is None else [s for s in self.models if s in stage_ids]
        totals = board.totals(self.actor, wanted, self.text())
        for stage_id in wanted:
            self.columns[stage_id].set_totals(totals[stage_id])
        # an empty board (not an empty search result) says how to start
        empty = all(c.count_label.text() == "0" for c in self.columns.values())
        self.first_deal_button.setVisible(not self.text() and empty)
        # headers of equal height keep the first cards of all columns in one line
        lines = max((c.totals_lines() for c in self.columns.values()), default=1)
        for column in self.columns.values():
            column.totals_label.setFixedHeight(lines * column.totals_label.fontMetrics().height() + 2)
        text = self.text()
        self.filter_label.setText(self.tr("Filtered: “%1”").replace("%1", text) if text else "")

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.refresh()

    # -- moving ---------------------------------------------------------------------------------------
    def _move_requested(self, deal_id: int, version: int, from_stage: int, to_stage: int, row: int) -> None:
        target = self.models.get(to_stage)
        if target is None:
            return
        if from_stage == to_stage:
            current = target.row_of(deal_id)
            if current >= 0 and row in (current, current + 1):
                return  # dropped where it already is
        above, below = self._neighbours(target, deal_id, row)
        self.move(deal_id, to_stage, above, below, version)

    def _neighbours(self, model: ColumnModel, deal_id: int, row: int) -> tuple[int | None, int | None]:
        cards = model.cards
        above = next((c.id for c in reversed(cards[:row]) if c.id != deal_id), None)
        below = next((c.id for c in cards[row:] if c.id != deal_id), None)
        if below is None and above is not None and model.canFetchMore():
            # dropped below the loaded cards: the next card in the database is the lower neighbour
            last = cards[-1]
            nxt = board.page(self.actor, model.stage.id, (last.board_rank, last.id), 2, self.text())
            below = next((c.id for c in nxt if c.id != deal_id), None)
        return above, below

    def move(
        self, deal_id: int, stage_id: int, above: int | None, below: int | None, version: int | None = None
    ) -> bool:
        """Move through the services, asking for what the stage requires; True when the deal moved."""
        stage = next(s for s in self.stages if s.id == stage_id)
        given: dict[str, object] = {}
        while True:
            try:
                done = ops.attempt(board.place, self.actor, deal_id, stage_id, above, below, version, **given)
                break
            except MissingFields as err:
                try:
                    row = deals.get_deal(deal_id, self.actor)
                except EtapError as gone:
                    dialogs.error(self, gone)
                    self.refresh()
                    return False
                from desktop.ui.board.fields_dialog import RequiredFieldsDialog  # only when a move asks

                dialog = RequiredFieldsDialog(stage, list(err.fields), row, self)
                accepted = dialogs.exec(dialog)
                values = dialog.values() if accepted else {}
                dialog.deleteLater()
                if not accepted:
                    return False  # nothing was written: the card stays where it was
                given.update(values)
            except EtapError as err:
                dialogs.error(self, err)
                self.reload_stages({*self._stages_showing(deal_id), stage_id})
                return False
        moved = next((m for m in done.changes.moves if m.deal_id == deal_id), None)
        if moved is not None:
            before = Placement(moved.from_stage, moved.from_rank, dict(moved.before))
            after = Placement(moved.to_stage, moved.to_rank, dict(moved.after))
            text = self.tr("Move “%1” to “%2”").replace("%1", done.result.title).replace("%2", stage.name)
            self.undo_stack.push(MoveCommand(self, deal_id, text, before, after))
        self._select(stage_id, deal_id)
        return True

    def _stages_showing(self, deal_id: int) -> set[int]:
        return {s for s, m in self.models.items() if m.row_of(deal_id) >= 0}

    def apply_placement(self, command: MoveCommand, placement: Placement) -> None:
        """Undo / redo: put the deal back through the services (itself a recorded move)."""
        try:
            ops.attempt(
                board.restore, self.actor, command.deal_id, placement.stage_id, placement.rank, **placement.fields
            )
        except EtapError as err:
            dialogs.error(self, err)
            command.setObsolete(True)
            self.refresh()
            return
        self._select(placement.stage_id, command.deal_id)

    def _select(self, stage_id: int, deal_id: int) -> None:
        model = self.models.get(stage_id)
        if model is None:
            return
        row = model.row_of(deal_id)
        if row >= 0:
            view = self.columns[stage_id].view
            view.setCurrentIndex(model.index(row))
            view.scrollTo(model.index(row))

    def selected_ids(self) -> list[int]:
        """Deals selected on the board (Ctrl/Shift-click, any columns), in board order."""
        ids = []
        for stage_id, column in self.columns.items():
            rows = sorted(i.row() for i in column.view.selectionModel().selectedIndexes())
            ids += [self.models[stage_id].cards[r].id for r in rows]
        return ids

    def focused(self) -> tuple[int, int] | None:
        """(stage id, deal id) of the card with keyboard focus, if any."""
        for stage_id, column in self.columns.items():
            if self.focusWidget() is column.view and column.view.currentIndex().isValid():
                return stage_id, self.models[stage_id].cards[column.view.currentIndex().row()].id
        return None

    def move_focused(self, step: int) -> None:
        found = self.focused()
        if found is None:
            return
        stage_id, deal_id = found
        ids = [s.id for s in self.stages]
        index = ids.index(stage_id) + step
        if 0 <= index < len(ids) and self.move(deal_id, ids[index], None, self._top_id(ids[index])):
            self.columns[ids[index]].view.setFocus()

    def _top_id(self, stage_id: int) -> int | None:
        cards = self.models[stage_id].cards
        return cards[0].id if cards else None

    def _step_column(self, stage_id: int, direction: int, row: int) -> None:
        ids = [s.id for s in self.stages]
        index = ids.index(stage_id) + direction
        if not 0 <= index < len(ids):
            return
        column = self.columns[ids[index]]
        model = self.models[ids[index]]
        column.view.setFocus()
        if model.rowCount():
            target = model.index(min(row, model.rowCount() - 1))
            column.view.setCurrentIndex(target)
        else:
            column.view.setCurrentIndex(QModelIndex())
        self.scroll.ensureWidgetVisible(column)

    def _fill_stage_menu(self, stage: StageRow, column: StageColumn) -> None:
        from desktop.ui.board.actions import fill_stage_menu

        fill_stage_menu(self, stage, column.menu)
