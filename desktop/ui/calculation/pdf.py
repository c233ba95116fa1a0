"""Offer HTML -> PDF with QTextDocument and QPdfWriter, in the bundled DejaVu Sans (embedded in the file), so
Polish and Romanian letters print the same on every machine without shipping a browser engine."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop import paths

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
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


def offer_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(offer_font_family())
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def html_to_pdf(html: str, title: str = "") -> bytes:
    """The offer as PDF bytes (A4, 15 mm margins)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Etap")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = offer_document(html)
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
