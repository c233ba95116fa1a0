"""The reports' charts as painted (desktop/ui/reports/chart.py), read back from the image."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.ui.reports.chart import ChartData, color, paint_chart


def _painted(data: ChartData) -> tuple[QImage, list]:
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f0f0f0"))
    painter = QPainter(image)
    try:
        regions = paint_chart(painter, QRectF(0, 0, 600, 300), data)
    finally:
        painter.end()
    return image, regions


def test_a_pie_of_one_category_is_a_whole_disc_with_no_white_radius(qapp):
    image, regions = _painted(ChartData("pie", ["Nowy lead"], [("Deals", [3.0])]))
    box = regions[0][0].boundingRect()  # the slice (the legend's entry follows)
    centre = box.center()
    # the slices start at twelve o'clock: a slice's separator would run straight up from the centre
    for k in range(4, 40, 3):
        pixel = image.pixelColor(int(centre.x()), int(centre.y() - box.height() / 2 * k / 45))
        assert pixel.name() == color(0).name(), f"{pixel.name()} at {k}/45 of the radius above the centre"


def test_a_pie_of_two_categories_still_separates_its_slices(qapp):
    image, regions = _painted(ChartData("pie", ["A", "B"], [("Deals", [1.0, 1.0])]))
    box = regions[0][0].boundingRect().united(regions[1][0].boundingRect())
    centre = box.center()
    above = [image.pixelColor(int(centre.x()), int(centre.y() - box.height() / 2 * k / 45)) for k in range(4, 40, 3)]
    assert all(p.lightness() > 240 for p in above)  # the white line between the halves, at twelve o'clock
