"""Paints a deal card: no widget per card, so a column of 100,000 deals costs what its visible cards cost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain.timeutil import utcnow
from desktop.ui.board.model import CardRole, OfferOpenedRole, TaskStateRole, days_in_stage
from desktop.ui.formatting import money_text

CARD_HEIGHT = 104
MARGIN = 4
PAD = 8
TASK_COLOURS = {"overdue": "#c62828", "today": "#ef6c00", "planned": "#2e7d32", "none": "#9e9e9e"}
ROTTING = QColor("#fdecea")
ROTTING_BAR = QColor("#d32f2f")
OPENED = QColor("#1565c0")


def task_state_text(state: str) -> str:
    labels = {
        "overdue": QCoreApplication.translate("Board", "Task overdue"),
        "today": QCoreApplication.translate("Board", "Task today"),
        "planned": QCoreApplication.translate("Board", "Task planned"),
        "none": QCoreApplication.translate("Board", "No task"),
    }
    return labels.get(state, labels["none"])


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, rotting_days: int | None = None, now_fn=utcnow) -> None:
        super().__init__(parent)
        self.rotting_days = rotting_days
        self.now_fn = now_fn

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(max(option.rect.width(), 200), CARD_HEIGHT)

    def is_rotting(self, card, now) -> bool:
        return bool(self.rotting_days) and days_in_stage(card, now) > self.rotting_days

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card = index.data(CardRole)
        if card is None:
            return
        now = self.now_fn()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rotting = self.is_rotting(card, now)
        box = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        if rotting:
            background = ROTTING
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight).lighter(185)
        border = (
            palette.color(QPalette.ColorRole.Highlight)
            if focused or selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 1.5 if focused else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 5, 5)
        if rotting:
            painter.fillRect(QRect(box.left() + 1, box.top() + 4, 4, box.height() - 8), ROTTING_BAR)

        inner = box.adjusted(PAD + (3 if rotting else 0), PAD - 2, -PAD, -PAD + 2)
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.88))
        bold = QFont(base)
        bold.setBold(True)
        line = QFontMetrics(base).height() + 2
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        def draw(rect: QRect, text: str, font: QFont, colour: QColor, align=Qt.AlignmentFlag.AlignLeft) -> None:
            painter.setFont(font)
            painter.setPen(colour)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

        top = inner.top()
        width = inner.width()
        prob = f"{card.probability} %"
        prob_w = QFontMetrics(small).horizontalAdvance(prob) + 4
        number_w = width - prob_w
        if index.data(OfferOpenedRole):  # the offer e-mail was opened (a read receipt came back)
            mark = self.tr("offer opened")
            mark_w = QFontMetrics(small).horizontalAdvance(mark) + 6
            draw(QRect(inner.right() - prob_w - mark_w, top, mark_w, line), mark, small, OPENED)
            number_w -= mark_w
        draw(QRect(inner.left(), top, number_w, line), card.number, small, muted)
        draw(QRect(inner.right() - prob_w, top, prob_w, line), prob, small, muted, Qt.AlignmentFlag.AlignRight)
        top += line
        draw(QRect(inner.left(), top, width, line), card.title, bold, text_colour)
        top += line
        company = card.company or card.contact
        draw(QRect(inner.left(), top, width, line), company, base, muted)
        top += line
        value = money_text(card.value, card.currency)
        value_w = min(width * 3 // 5, QFontMetrics(bold).horizontalAdvance(value) + 4)
        draw(QRect(inner.left(), top, value_w, line), value, bold, text_colour)
        owner = card.owner or QCoreApplication.translate("Board", "Unassigned")
        draw(
            QRect(inner.left() + value_w + 6, top, width - value_w - 6, line),
            owner,
            small,
            muted,
            Qt.AlignmentFlag.AlignRight,
        )
        top += line
        days = days_in_stage(card, now)
        days_text = self.tr("%n day(s) in stage", "", days)
        draw(QRect(inner.left(), top, width // 2, line), days_text, small, ROTTING_BAR if rotting else muted)
        state = index.data(TaskStateRole) or "none"
        colour = QColor(TASK_COLOURS.get(state, TASK_COLOURS["none"]))
        state_text = task_state_text(state)
        state_w = QFontMetrics(small).horizontalAdvance(state_text) + 4
        right = inner.right()
        draw(QRect(right - state_w, top, state_w, line), state_text, small, colour, Qt.AlignmentFlag.AlignRight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        dot = 8
        painter.drawEllipse(right - state_w - dot - 2, top + (line - dot) // 2, dot, dot)
        painter.restore()
