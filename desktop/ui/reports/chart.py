"""The reports' charts, painted with QPainter: a pie, grouped bars and a funnel.

Every chart in Etap goes through this module (QtCharts is deprecated since Qt 6.10; painting ourselves also
lets the same code draw on screen, into a PNG and into a PDF page). ``paint_chart`` draws into any rectangle
and returns the regions of each category, so a click can open that category's deals.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = (
    "#2f6fb5",
    "#e0823d",
    "#3c9a5f",
    "#c2474a",
    "#8064a2",
    "#c29a2d",
    "#3aa0a8",
    "#d16ba5",
    "#6d7f8f",
    "#9bbb59",
    "#4f81bd",
    "#f2a900",
)
OTHER = "#b8bec6"
TEXT = QColor("#2b2f33")
MUTED = QColor("#6b737c")
GRID = QColor("#e3e6ea")


def color(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


@dataclass
class ChartData:
    """What to draw, already in the user's language: ``format_value`` turns a number into its label."""

    kind: str  # "pie", "bar", "funnel"
    categories: list[str]
    series: list[tuple[str, list[float]]]
    format_value: Callable[[float], str] = field(default=lambda v: f"{v:g}")
    empty_text: str = ""


def paint_chart(painter: QPainter, rect: QRectF, data: ChartData | None) -> list[tuple[QPainterPath, int]]:
    """Draw ``data`` inside ``rect``; returns (region, category index) for hit-testing."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        if data is None or not data.categories or not any(any(v for v in values) for _, values in data.series):
            painter.setPen(MUTED)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, data.empty_text if data else "")
            return []
        if data.kind == "pie":
            return _pie(painter, rect, data)
        if data.kind == "funnel":
            return _funnel(painter, rect, data)
        return _bars(painter, rect, data)
    finally:
        painter.restore()


def _elide(painter: QPainter, text: str, width: float) -> str:
    return QFontMetricsF(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


def _pie(painter: QPainter, rect: QRectF, data: ChartData) -> list:
    values = [max(0.0, v) for v in data.series[0][1]]
    total = sum(values) or 1.0
    metrics = QFontMetricsF(painter.font())
    line = metrics.height() * 1.35
    legend_width = min(rect.width() * 0.5, max(metrics.horizontalAdvance(c) for c in data.categories) + 160)
    side = min(rect.height() - 16, rect.width() - legend_width - 32)
    side = max(side, 40.0)
    pie = QRectF(rect.left() + 16, rect.top() + (rect.height() - side) / 2, side, side)
    regions = []
    angle = 90.0 * 16
    for i, value in enumerate(values):
        if value <= 0:
            continue
        span = -value / total * 360 * 16
        if value >= total:  # the whole pie: a disc (a slice's two radii would show as a white line)
            path = QPainterPath()
            path.addEllipse(pie)
        else:
            path = QPainterPath(pie.center())
            path.arcTo(pie, angle / 16, span / 16)
            path.closeSubpath()
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(color(i))
        painter.drawPath(path)
        regions.append((path, i))
        share = value / total
        if share >= 0.06:  # a label inside slices big enough to hold one
            middle = math.radians((angle + span / 2) / 16)
            radius = side * 0.33
            centre = pie.center() + QPointF(math.cos(middle) * radius, -math.sin(middle) * radius)
            if value >= total:  # the whole disc: its label in the middle
                centre = pie.center()
            painter.setPen(QColor("white"))
            label = f"{share * 100:.0f} %"
            box = QRectF(centre.x() - 40, centre.y() - line / 2, 80, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        angle += span
    # legend: every category, with its value
    left = pie.right() + 24
    top = rect.top() + max(0.0, (rect.height() - line * len(values)) / 2)
    for i, (name, value) in enumerate(zip(data.categories, values, strict=True)):
        y = top + i * line
        if y + line > rect.bottom():
            break
        swatch = QRectF(left, y + line * 0.2, line * 0.6, line * 0.6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color(i) if value > 0 else QColor(OTHER))
        painter.drawRoundedRect(swatch, 2, 2)
        painter.setPen(TEXT)
        text = f"{name} — {data.format_value(value)}"
        painter.drawText(
            QRectF(swatch.right() + 8, y, rect.right() - swatch.right() - 8, line),
            Qt.AlignmentFlag.AlignVCenter,
            _elide(painter, text, rect.right() - swatch.right() - 8),
        )
        path = QPainterPath()
        path.addRect(QRectF(left, y, rect.right() - left, line))
        regions.append((path, i))
    return regions


def _axis(value: float, whole: bool = False) -> tuple[float, float]:
    """(top, step) of the value axis: steps of a round size (1, 2, 2.5 or 5 times a power of ten), at most four
    of them up to ``value``; whole steps when the values are counts (no "12.5 deals" line)."""
    if value <= 0:
        return (4.0, 1.0) if whole else (1.0, 0.25)
    wanted = value / 4
    exponent = 10 ** math.floor(math.log10(wanted))
    sizes = [size * exponent for size in (1, 2, 2.5, 5, 10)]
    if whole:
        sizes = [size for size in sizes if size >= 1 and float(size).is_integer()] or [1.0]
    step = next((size for size in sizes if wanted <= size), sizes[-1])
    if whole:
        step = max(step, 1.0)
    return step * math.ceil(value / step - 1e-9), step


def _bars(painter: QPainter, rect: QRectF, data: ChartData) -> list:
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    whole = all(float(v).is_integer() for _, values in data.series for v in values)
    top_value, step = _axis(max(max(values, default=0) for _, values in data.series), whole)
    ticks = [step * k for k in range(round(top_value / step) + 1)]
    axis_width = max(metrics.horizontalAdvance(data.format_value(t)) for t in ticks) + 10
    legend_height = line * 1.6 if len(data.series) > 1 else 0
    plot = QRectF(rect.left() + axis_width, rect.top() + legend_height + 6, rect.width() - axis_width - 8, 0)
    slot_width = plot.width() / len(data.categories)
    widest = max(metrics.horizontalAdvance(c) for c in data.categories)
    # labels wider than two lines of their slot are drawn slanted, so 30 salespeople's names stay readable
    slanted = widest > slot_width * 1.8
    label_room = min(widest * 0.65 + line, rect.height() * 0.3) if slanted else line * 2.2
    plot.setBottom(rect.bottom() - label_room)
    if len(data.series) > 1:  # legend across the top
        x = plot.left()
        for s, (name, _) in enumerate(data.series):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color(s))
            painter.drawRoundedRect(QRectF(x, rect.top() + line * 0.3, line * 0.7, line * 0.7), 2, 2)
            painter.setPen(TEXT)
            width = metrics.horizontalAdvance(name) + 4
            painter.drawText(QRectF(x + line, rect.top(), width, line * 1.3), Qt.AlignmentFlag.AlignVCenter, name)
            x += line + width + 18
    for t in ticks:
        y = plot.bottom() - plot.height() * t / top_value
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(rect.left(), y - line / 2, axis_width - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            data.format_value(t),
        )
    count = len(data.categories)
    slot = plot.width() / count
    group = slot * 0.78
    bar = group / len(data.series)
    regions = []
    for i, name in enumerate(data.categories):
        x0 = plot.left() + i * slot + (slot - group) / 2
        for s, (_label, values) in enumerate(data.series):
            value = max(0.0, values[i])
            height = plot.height() * value / top_value
            box = QRectF(x0 + s * bar, plot.bottom() - height, max(1.0, bar - 2), height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color(s))
            painter.drawRect(box)
            text = data.format_value(value)
            if len(data.series) * count <= 24 and value > 0 and metrics.horizontalAdvance(text) <= bar + 16:
                painter.setPen(TEXT)
                painter.drawText(
                    QRectF(box.center().x() - bar / 2 - 10, box.top() - line - 1, bar + 20, line),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
        painter.setPen(TEXT)
        if slanted:
            painter.save()
            painter.translate(plot.left() + (i + 0.5) * slot + line * 0.3, plot.bottom() + 4)
            painter.rotate(-40)
            room = (label_room - line) / 0.65
            painter.drawText(
                QRectF(-room, 0, room, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _elide(painter, name, room),
            )
            painter.restore()
        else:
            painter.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, line * 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                _elide(painter, name, slot * 2 - 4) if slot < metrics.horizontalAdvance(name) else name,
            )
        path = QPainterPath()
        path.addRect(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height() + line * 2))
        regions.append((path, i))
    painter.setPen(QPen(MUTED, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    return regions


def _funnel(painter: QPainter, rect: QRectF, data: ChartData) -> list:
    values = [max(0.0, v) for v in data.series[0][1]]
    metrics = QFontMetricsF(painter.font())
    label_width = min(rect.width() * 0.3, max(metrics.horizontalAdvance(c) for c in data.categories) + 12)
    area = QRectF(rect.left() + label_width, rect.top(), rect.width() - label_width, rect.height())
    step = area.height() / len(values)
    biggest = max(values) or 1.0
    regions = []
    for i, (name, value) in enumerate(zip(data.categories, values, strict=True)):
        width = max(2.0, area.width() * value / biggest)
        box = QRectF(area.center().x() - width / 2, area.top() + i * step + step * 0.12, width, step * 0.76)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color(i))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(rect.left(), box.top(), label_width - 8, box.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _elide(painter, name, label_width - 8),
        )
        text = data.format_value(value)
        inside = metrics.horizontalAdvance(text) + 12 < box.width()
        painter.setPen(QColor("white") if inside else TEXT)
        target = box if inside else QRectF(box.right() + 6, box.top(), area.right() - box.right(), box.height())
        align = Qt.AlignmentFlag.AlignCenter if inside else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(target, align, text)
        path = QPainterPath()
        path.addRect(QRectF(rect.left(), area.top() + i * step, rect.width(), step))
        regions.append((path, i))
    return regions


class ChartWidget(QWidget):
    """Shows one ``ChartData``; a click on a slice, bar or legend entry emits ``category_clicked(index)``."""

    category_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.data: ChartData | None = None
        self._regions: list[tuple[QPainterPath, int]] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self._regions = []
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        self._regions = paint_chart(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.data)
        painter.end()

    def category_at(self, point: QPointF) -> int | None:
        for path, index in self._regions:
            if path.contains(point):
                return index
        return None

    def mouseMoveEvent(self, event) -> None:
        hit = self.category_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.category_at(event.position())
            if hit is not None:
                self.category_clicked.emit(hit)
