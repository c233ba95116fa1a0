"""Installs the interface language: Etap's own catalogue (``etap_<lang>.qm``) and Qt's (``qtbase_<lang>.qm``).

The language is the one asked for, else the operating system's. English is the source; its catalogue holds only
plural forms. Qt ships no Romanian catalogue, so Etap's Romanian one also carries the Qt strings it shows.
In the source tree the .qm files are compiled from ``resources/translations/<lang>/*.ts`` on first use (and
again when a .ts is newer); the frozen app ships them compiled.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

SUPPORTED = ("pl", "en", "ro")
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED else "en"


def _lrelease() -> str | None:
    local = Path(sys.executable).with_name("pyside6-lrelease")
    return str(local) if local.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_compiled(lang: str) -> Path | None:
    """The .qm for ``lang``, compiled from the .ts sources when missing or stale (source tree only)."""
    qm = paths.translations_dir() / f"etap_{lang}.qm"
    if paths.is_frozen():
        return qm if qm.exists() else None
    sources = sorted((paths.translations_dir() / lang).glob("*.ts"))
    if not sources:
        return qm if qm.exists() else None
    newest = max(p.stat().st_mtime for p in sources)
    if qm.exists() and qm.stat().st_mtime >= newest:
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("lrelease not found; cannot compile the %s translation", lang)
        return qm if qm.exists() else None
    result = subprocess.run([tool, "-silent", *map(str, sources), "-qm", str(qm)], capture_output=True, text=True)
    if result.returncode != 0:
        log.warning("compiling the %s translation failed: %s", lang, result.stderr.strip())
        return qm if qm.exists() else None
    return qm


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the catalogues for ``lang`` (or the system's language); returns the language in use."""
    lang = lang if lang in SUPPORTED else system_language()
    QLocale.setDefault(QLocale(lang))
    while _installed:  # switching language replaces, never stacks, catalogues
        app.removeTranslator(_installed.pop())
    if lang != "en":  # Qt's own catalogue; Romanian has none, Etap's carries those strings (ro/qt.qtbase.ts)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    qm = ensure_compiled(lang)
    own = QTranslator(app)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    elif lang != "en":  # English needs its catalogue only for plural forms ("1 day", "2 days")
        log.warning("no %s translation for Etap found; showing English", lang)
    return lang
