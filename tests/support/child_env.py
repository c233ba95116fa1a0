"""The environment of an Etap started as a child process by a test: offscreen, with its home, settings and data
under ``home`` (never the user's), plus ``extra``."""

from __future__ import annotations

import os
from pathlib import Path


def app_env(home: Path, **extra: str) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        **extra,
    )
