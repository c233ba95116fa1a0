"""Draws Etap's icon with QPainter and writes resources/icons/etap.png (256 px), etap.ico and etap.icns.

The icon is original: three rising bars (the stages of a sale) on a rounded blue square. Run it again only
when the design changes; the generated files are committed as source assets.

    python build/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    gradient = QLinearGradient(0, 0, 0, size)
    gradient.setColorAt(0.0, QColor("#2f6fde"))
    gradient.setColorAt(1.0, QColor("#1b3f8f"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # Three bars of a funnel turned into a staircase: each stage a step closer to the sale.
    colours = ("#ffffff", "#d7e6ff", "#8fd694")
    for i, colour in enumerate(colours):
        height = (70 + 50 * i) * s
        x = (44 + 60 * i) * s
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(x, 212 * s - height, 44 * s, height), 8 * s, 8 * s)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    ok = big.save(str(ICONS / "etap.png"), "PNG")
    # Qt's ico and icns writers take one image; 256 px is the largest size both formats carry.
    ok &= big.save(str(ICONS / "etap.ico"), "ICO")
    ok &= big.save(str(ICONS / "etap.icns"), "ICNS")
    del app
    for name in ("etap.png", "etap.ico", "etap.icns"):
        print(ICONS / name, (ICONS / name).stat().st_size, "bytes")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
