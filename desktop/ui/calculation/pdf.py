"""Offer HTML -> paginated pages, drawn the same way into a PDF (QPdfWriter) and into preview images.

The bundled DejaVu Sans is embedded in the file, so Polish and Romanian letters print the same on every
machine without shipping a browser engine. Text wraps at word boundaries only (a product name never breaks
mid-word; amounts carry non-breaking spaces, so they never break at all). A table's ``<thead>`` row is
repeated at the top of every page, and each page gets a footer such as "Strona 1 z 2".
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop import paths

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
MARGIN_MM = 15.0
FOOTER_MM = 8.0
PDF_DPI = 300
DEFAULT_PAGE_LABEL = "{page} / {pages}"
_family: str | None = None


def offer_font_family() -> str:
    """Register the bundled fonts once; returns their family name ("DejaVu Sans")."""
    global _family
    if _family is None:
        families: list[str] = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _family = families[0] if families else "DejaVu Sans"
    return _family


def _font(size: float = 10) -> QFont:
    font = QFont(offer_font_family())
    font.setPointSizeF(size)
    return font


def offer_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(_font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never "anywhere": no "dębow/e", no "2 450,0/0"
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    return doc


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


class OfferPages:
    """One offer laid out on A4 pages for a paint device (the PDF writer, or an image at screen resolution)."""

    def __init__(self, html: str, device: QPaintDevice, dpi: int, page_label: str = DEFAULT_PAGE_LABEL) -> None:
        self.doc = offer_document(html)
        self.doc.documentLayout().setPaintDevice(device)  # fonts and px lengths scale to the device
        body = page_layout().paintRectPixels(dpi)
        self.width = float(body.width())
        self.footer = FOOTER_MM / 25.4 * dpi
        self.height = float(body.height()) - self.footer
        self.doc.setPageSize(QSizeF(self.width, self.height))
        self.page_label = page_label

    @property
    def count(self) -> int:
        return self.doc.pageCount()

    def paint(self, painter: QPainter, index: int) -> None:
        """Draw page ``index`` with the painter's origin at the top-left of the printable area."""
        painter.save()
        painter.translate(0, -index * self.height)
        clip = QRectF(0, index * self.height, self.width, self.height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(context.palette.ColorRole.Text, QColor("black"))
        self.doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setFont(_font(8))
        painter.setPen(QColor("#555555"))
        label = self.page_label.replace("{page}", str(index + 1)).replace("{pages}", str(self.count))
        painter.drawText(
            QRectF(0, self.height, self.width, self.footer),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            label,
        )
        painter.restore()


def offer_pdf(html: str, title: str = "", page_label: str = DEFAULT_PAGE_LABEL) -> bytes:
    """The offer as PDF bytes (A4, 15 mm margins, page numbers in the footer)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Etap")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    pages = OfferPages(html, writer, PDF_DPI, page_label)
    painter = QPainter(writer)
    for index in range(pages.count):
        if index:
            writer.newPage()
        pages.paint(painter, index)
    painter.end()
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def offer_page_images(html: str, dpi: int = 96, page_label: str = DEFAULT_PAGE_LABEL) -> list[QImage]:
    """The same pages as images (the in-app preview), white paper with the page's margins."""
    layout = page_layout()
    full = layout.fullRectPixels(dpi)
    body = layout.paintRectPixels(dpi)
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    probe.setDotsPerMeterX(dots_per_metre)
    probe.setDotsPerMeterY(dots_per_metre)
    pages = OfferPages(html, probe, dpi, page_label)
    images = []
    for index in range(pages.count):
        image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(body.x(), body.y())
        pages.paint(painter, index)
        painter.end()
        images.append(image)
    return images
