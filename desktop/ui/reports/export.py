"""A report on paper: its title, filters, headline figures, chart and table, painted into a PNG image or an A4
PDF (the table continues on further pages with its header repeated). The bundled DejaVu Sans is embedded in
the PDF so Polish and Romanian letters print the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from desktop.services.reports import Report
from desktop.ui.calculation.pdf import offer_font_family
from desktop.ui.reports.chart import GRID, MUTED, TEXT, ChartData, paint_chart
from desktop.ui.reports.model import header_text, value_text


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(offer_font_family())
    font.setPixelSize(round(points * 96 / 72))  # pixels of a 96-dpi page: the PDF painter is scaled to that
    font.setBold(bold)
    return font


def _column_widths(painter: QPainter, report: Report, width: float) -> list[float]:
    metrics, bold = QFontMetricsF(painter.font()), QFontMetricsF(_font(8.5, bold=True))
    wanted = []
    for i, column in enumerate(report.columns):
        cells = [
            metrics.horizontalAdvance(value_text(c.kind, row[i], c.currency))
            for row in report.rows[:200]
            for c in (column,)
        ]
        words = [bold.horizontalAdvance(word) for word in header_text(column).split()]  # headers wrap between words
        wanted.append(max(cells + words) + 14)
    total = sum(wanted) or 1.0
    return [w * width / total for w in wanted] if total > width else wanted


def paint_report(
    painter: QPainter,
    width: float,
    page_height: float,
    report: Report,
    chart: ChartData,
    subtitle: str,
    figures: str,
    new_page: Callable[[], None] | None = None,
) -> float:
    """Paint from the top of the page; returns the height used on the last page."""
    y = 0.0
    painter.setPen(TEXT)
    painter.setFont(_font(15, bold=True))
    line = QFontMetricsF(painter.font()).height()
    painter.drawText(QRectF(0, y, width, line), Qt.AlignmentFlag.AlignLeft, chart_title(report))
    y += line * 1.2
    painter.setFont(_font(9))
    small = QFontMetricsF(painter.font()).height()
    painter.setPen(MUTED)
    for text in (subtitle, figures):
        if text:
            box = painter.boundingRect(QRectF(0, y, width, page_height), Qt.TextFlag.TextWordWrap, text)
            painter.drawText(QRectF(0, y, width, box.height()), Qt.TextFlag.TextWordWrap, text)
            y += box.height() + small * 0.4
    chart_height = min(page_height * 0.45, width * 0.5)
    paint_chart(painter, QRectF(0, y + small, width, chart_height), chart)
    y += chart_height + small * 2
    # the table
    painter.setFont(_font(8.5))
    metrics = QFontMetricsF(painter.font())
    row_height = metrics.height() * 1.5
    widths = _column_widths(painter, report, width)

    def header(top: float) -> float:
        painter.setFont(_font(8.5, bold=True))
        x = 0.0
        tallest = row_height
        for column, w in zip(report.columns, widths, strict=True):
            box = painter.boundingRect(
                QRectF(x + 4, top, w - 8, page_height), Qt.TextFlag.TextWordWrap, header_text(column)
            )
            tallest = max(tallest, box.height() + 6)
            x += w
        x = 0.0
        painter.setPen(TEXT)
        for column, w in zip(report.columns, widths, strict=True):
            align = Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
            align |= Qt.AlignmentFlag.AlignLeft if column.kind in ("text", "month") else Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(x + 4, top, w - 8, tallest - 3), align, header_text(column))
            x += w
        painter.setPen(QPen(TEXT, 1))
        painter.drawLine(0, int(top + tallest), int(sum(widths)), int(top + tallest))
        painter.setFont(_font(8.5))
        return top + tallest

    y = header(y)
    for r, row in enumerate(report.rows):
        if y + row_height > page_height and new_page is not None:
            new_page()
            y = header(0.0)
        if r % 2:
            painter.fillRect(QRectF(0, y, sum(widths), row_height), QColor("#f5f7f9"))
        x = 0.0
        painter.setPen(TEXT)
        for column, value, w in zip(report.columns, row, widths, strict=True):
            align = Qt.AlignmentFlag.AlignVCenter
            align |= Qt.AlignmentFlag.AlignLeft if column.kind in ("text", "month") else Qt.AlignmentFlag.AlignRight
            text = metrics.elidedText(
                value_text(column.kind, value, column.currency), Qt.TextElideMode.ElideRight, w - 8
            )
            painter.drawText(QRectF(x + 4, y, w - 8, row_height), align, text)
            x += w
        y += row_height
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(0, int(y), int(sum(widths)), int(y))
    return y


def chart_title(report: Report) -> str:
    from desktop.ui.reports.model import tr

    return tr(report.title)


def write_pdf(path: Path, report: Report, chart: ChartData, subtitle: str, figures: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(chart_title(report))
    writer.setCreator("Etap")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        scale = writer.resolution() / 96.0  # paint in screen-like units so line widths and gaps look the same
        painter.scale(scale, scale)
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        width, height = area.width() / scale, area.height() / scale
        paint_report(painter, width, height, report, chart, subtitle, figures, new_page=writer.newPage)
    finally:
        painter.end()


def render_image(report: Report, chart: ChartData, subtitle: str, figures: str, width: int = 1400) -> QImage:
    """The whole report as one tall image (the table is not split)."""
    probe = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(probe)
    used = paint_report(painter, width - 48, 10**6, report, chart, subtitle, figures)
    painter.end()
    image = QImage(width, int(used) + 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(24, 24)
    paint_report(painter, width - 48, 10**6, report, chart, subtitle, figures)
    painter.end()
    return image


def write_png(path: Path, report: Report, chart: ChartData, subtitle: str, figures: str) -> None:
    if not render_image(report, chart, subtitle, figures).save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
