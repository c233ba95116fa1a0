"""One board column's cards: a list model that pages from the database and takes drops.

The model never moves a card by itself: a drop (from any column) becomes ``move_requested``, the board
asks the services, and on success the affected columns reload from the database. So a refused or
cancelled drop leaves the card where it was, and what a column shows is always what the database holds.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.services.actor import Actor
from desktop.services.calculation import offer_tracking
from desktop.services.pipeline import board
from desktop.services.pipeline.board import Card
from desktop.services.records import StageRow
from desktop.ui.formatting import money_text

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-etap-deal"
CardRole = Qt.ItemDataRole.UserRole + 1
TaskStateRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3
OfferOpenedRole = Qt.ItemDataRole.UserRole + 4  # a read receipt said the deal's offer e-mail was opened


def encode(cards: list[Card], stage_id: int) -> QMimeData:
    data = QMimeData()
    payload = [{"id": c.id, "version": c.version, "stage": stage_id} for c in cards]
    data.setData(MIME, QByteArray(json.dumps(payload).encode()))
    return data


def decode(data: QMimeData) -> list[dict]:
    if not data.hasFormat(MIME):
        return []
    try:
        payload = json.loads(bytes(data.data(MIME).data()).decode())
        return [{"id": int(p["id"]), "version": int(p["version"]), "stage": int(p["stage"])} for p in payload]
    except (ValueError, KeyError, TypeError):
        return []


class ColumnModel(QAbstractListModel):
    # deal id, its version when dragged, the stage it came from, this column's stage, the drop row
    move_requested = Signal(int, int, int, int, int)

    def __init__(self, actor: Actor, stage: StageRow, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.stage = stage
        self.text = ""
        self.cards: list[Card] = []
        self.task_states: dict[int, str] = {}
        self.task_state_source = None  # callable(deal_ids) -> {id: state}; the board sets it
        self.opened: set[int] = set()  # deals with an opened offer (one indexed query per page)
        self._more = False

    # -- loading --------------------------------------------------------------------------------------
    def reload(self, text: str | None = None) -> None:
        """Read the column again from the top, keeping at least as many cards as were loaded."""
        cards = board.page(self.actor, self.stage.id, None, self.wanted(text), self.text)
        self.show(cards, self._states(cards), offer_tracking.opened_deals([c.id for c in cards]))

    def wanted(self, text: str | None = None) -> int:
        """How many cards a read from the top asks (at least as many as are loaded); ``text``, when given, is the
        search from now on. A board reading all its columns asks them in one go (``board.columns``), then their
        tasks and offers once for all of them, and hands each column its cards (``show``)."""
        if text is not None:
            self.text = text
        return max(board.PAGE, len(self.cards))

    def show(self, cards: list[Card], task_states: dict[int, str], opened: set[int]) -> None:
        """Show ``cards`` (the top of the column, ``wanted`` of them at most) with their task marks and opened
        offers (of these cards or more)."""
        self.beginResetModel()
        self._more = len(cards) == max(board.PAGE, len(self.cards))
        self.cards = cards
        self.task_states = {c.id: task_states[c.id] for c in cards if c.id in task_states}
        self.opened = {c.id for c in cards if c.id in opened}
        self.endResetModel()

    def _states(self, cards: list[Card]) -> dict[int, str]:
        if self.task_state_source is None or not cards:
            return {}
        return self.task_state_source([c.id for c in cards])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        last = self.cards[-1] if self.cards else None
        after = (last.board_rank, last.id) if last else None
        more = board.page(self.actor, self.stage.id, after, board.PAGE, self.text)
        self._more = len(more) == board.PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self.cards), len(self.cards) + len(more) - 1)
        self.cards.extend(more)
        self.task_states.update(self._states(more))
        self.opened |= offer_tracking.opened_deals([c.id for c in more])
        self.endInsertRows()

    def refresh_cards(self, fresh: dict[int, Card]) -> set[int]:
        """Show new values of cards this column holds (same place, same tasks); returns the ids it held."""
        held = set()
        for row, card in enumerate(self.cards):
            new = fresh.get(card.id)
            if new is not None:
                self.cards[row] = new
                held.add(card.id)
                index = self.index(row)
                self.dataChanged.emit(index, index)
        return held

    def row_of(self, deal_id: int) -> int:
        for row, card in enumerate(self.cards):
            if card.id == deal_id:
                return row
        return -1

    # -- reading --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{card.number} — {card.title}"]
            if card.company or card.contact:
                lines.append(" · ".join(p for p in (card.company, card.contact) if p))
            lines.append(money_text(card.value, card.currency))
            if card.owner:
                lines.append(card.owner)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.number} {card.title}"
        if role == CardRole:
            return card
        if role == TaskStateRole:
            return self.task_states.get(card.id, "none")
        if role == IdRole:
            return card.id
        if role == OfferOpenedRole:
            return card.id in self.opened
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag and drop --------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode([self.cards[r] for r in rows], self.stage.id)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return action == Qt.DropAction.MoveAction and bool(decode(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        items = decode(data)
        if action != Qt.DropAction.MoveAction or not items:
            return False
        if parent.isValid():  # dropped onto a card: it goes before that card
            row = parent.row()
        if row < 0 or row > len(self.cards):
            row = len(self.cards)
        for item in items:
            self.move_requested.emit(item["id"], item["version"], item["stage"], self.stage.id, row)
        return True


def days_in_stage(card: Card, now: datetime) -> int:
    return max(0, (now - card.stage_entered_at).days)
