"""Where the application's bundled resources live: the source tree, or the PyInstaller bundle when frozen.

Standard library only, so every layer may import it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside a PyInstaller bundle, which sets ``sys.frozen`` and unpacks data under ``sys._MEIPASS``."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """The frozen bundle's compiled ``etap_<lang>.qm``; in the source tree the ``etap_<lang>.ts`` sources (the app
    compiles those into the user's cache folder, desktop/ui/i18n.py)."""
    return resources_dir() / "translations"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"
