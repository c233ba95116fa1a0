"""A board column: a header (name, count, totals per currency, weighted sums, actions) over a card list."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.stages import StageKind
from desktop.services.pipeline.board import ColumnTotals
from desktop.ui.board.delegate import CardDelegate
from desktop.ui.board.model import ColumnModel, IdRole
from desktop.ui.formatting import money_text

COLUMN_WIDTH = 272


def card_viewport(view: QListView) -> QWidget:
    """The viewport Qt makes for a list view (its name, attributes, place among the view's children), on the
    window colour so the cards (painted on Base) stand out. Made here instead of asking the view for its own:
    the first ``viewport()`` of a view returns a widget PySide6 has not seen, and to give it its exact Python
    class PySide6 builds every QtWidgets class with all their enums (3 % of a start's instructions: the
    dialogs, wizards, and so on that the board's start never shows)."""
    viewport = QWidget(view)
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setAutoFillBackground(True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    viewport.setBackgroundRole(QPalette.ColorRole.Window)
    viewport.lower()  # first among the view's children, as Qt's own
    return viewport


class CardListView(QListView):
    """The cards of one stage; arrows move between cards (up/down) and columns (left/right)."""

    step_column = Signal(int, int)  # direction (-1 / +1), current row
    open_requested = Signal(int)  # deal id
    move_card = Signal(int)  # direction: -1 previous stage, +1 next stage

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setViewport(card_viewport(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift-click: bulk send
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.empty_text = ""
        self.doubleClicked.connect(self._open_index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(IdRole)))

    def keyPressEvent(self, event) -> None:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_column.emit(-1 if key == Qt.Key.Key_Left else 1, max(0, self.currentIndex().row()))
            return
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.modifiers() == both and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_card.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def drop_row(self, pos) -> int:
        """The row a drop at ``pos`` goes to: before the card under it, or after it in its lower half."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event) -> None:
        # The model decides nothing: it turns the drop into a move request; the source view must not
        # remove anything, so the drop reports IgnoreAction back to the drag.
        model = self.model()
        row = self.drop_row(event.position().toPoint())
        if model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex()):
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(12, 24, -12, -12)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )


class ElidedLabel(QLabel):
    """A label that elides its text to the width it has, with the full text as tooltip."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(20, self.width())
        self.setText(QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class TotalsLabel(QLabel):
    """The header's totals: a small HTML table, value and weighted value per currency. Its height is set from
    its lines (``BoardView._reload_totals``) and its width is the column's, so its size hints decide nothing;
    Qt computing them laid the table out two or three times per column at every start and every refresh of the
    totals (2.4 % of a start's instructions). They are answered from the height it was given instead."""

    def sizeHint(self) -> QSize:
        return QSize(0, self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.minimumHeight())


class StageColumn(QFrame):
    def __init__(self, model: ColumnModel, parent=None) -> None:
        super().__init__(parent)
        stage = model.stage
        self.model = model
        self.setObjectName(f"boardColumn_{stage.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.name_label = ElidedLabel(stage.name, self)
        self.name_label.setObjectName("columnName")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("columnCount")
        self.totals_label = TotalsLabel(self)
        self.totals_label.setObjectName("columnTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.actions_button = QToolButton(self)
        self.actions_button.setObjectName("columnActions")
        self.actions_button.setText("⋯")
        self.actions_button.setAutoRaise(True)
        self.actions_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_button.setToolTip(self.tr("Stage actions"))
        self.menu = QMenu(self)
        self.actions_button.setMenu(self.menu)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("columnAddDeal")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("New deal in this stage"))

        header = QFrame(self)
        header.setObjectName("columnHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(8, 6, 4, 6)
        head.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.add_button)
        top.addWidget(self.actions_button)
        head.addLayout(top)
        head.addWidget(self.totals_label)
        if stage.kind is StageKind.WON:
            header.setStyleSheet("#columnHeader { border-bottom: 3px solid #2e7d32; }")
        elif stage.kind.is_closed:
            header.setStyleSheet("#columnHeader { border-bottom: 3px solid #9e9e9e; }")
        else:
            header.setStyleSheet("#columnHeader { border-bottom: 3px solid #1976d2; }")

        self.view = CardListView(self)
        self.view.setObjectName(f"boardCards_{stage.id}")
        self.view.setModel(model)
        self.delegate = CardDelegate(self.view, stage.rotting_days)
        self.view.setItemDelegate(self.delegate)
        self.view.empty_text = self.tr("No deals in this stage.\nDrag a card here or click +.")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)

    def set_totals(self, totals: ColumnTotals) -> None:
        self.count_label.setText(str(totals.count))
        self.count_label.setToolTip(self.tr("%n deal(s)", "", totals.count))
        if not totals.sums:
            self.totals_label.setText(self.tr("No value"))
            self.totals_label.setToolTip("")
            return
        rows = []
        tips = []
        for currency in sorted(totals.sums):
            value = money_text(totals.sums[currency], currency)
            weighted = money_text(totals.weighted.get(currency, Decimal(0)), currency)
            rows.append(
                f"<tr><td>{html.escape(value)}</td>"
                f"<td align='right' style='color:#757575'>{html.escape(weighted)}</td></tr>"
            )
            tips.append(self.tr("%1, weighted by probability %2").replace("%1", value).replace("%2", weighted))
        self.totals_label.setText("<table width='100%' cellspacing='0' cellpadding='0'>" + "".join(rows) + "</table>")
        self.totals_label.setToolTip("\n".join(tips))

    def totals_lines(self) -> int:
        return max(1, self.totals_label.text().count("<tr>"))
