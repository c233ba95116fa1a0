"""Installs the interface language: Etap's own catalogue (``etap_<lang>.qm``) and Qt's (``qtbase_<lang>.qm``).

The language is the one asked for, else the operating system's. English is the source; its catalogue holds only
plural forms. Qt ships no Romanian catalogue, so Etap's Romanian one also carries the Qt strings it shows.

The frozen app ships the catalogues compiled (installer.spec). Run from the source tree, Etap compiles
``resources/translations/etap_<lang>.ts`` (build/translations.py) into the user's cache folder — never into the
source tree — under a name carrying a digest of the sources, so an edited .ts is picked up at the next start.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import time
from functools import cache
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from desktop import paths

SUPPORTED = ("pl", "en", "ro")
# Compiled catalogues of the source tree go here; None means the user's cache folder (tests point it elsewhere).
compiled_dir: Path | None = None
# A cached catalogue of an older version of the sources is deleted once unused for this long.
_KEEP_UNUSED = 7 * 24 * 3600
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_language: str | None = None


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED else "en"


def installed_language() -> str | None:
    """The language whose catalogues ``install_translators`` installed last; None before the first call."""
    return _language


def cache_dir() -> Path:
    if compiled_dir is not None:
        return Path(compiled_dir)
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(generic) / "etap" / "translations"


@cache
def _build_module() -> ModuleType:
    """build/translations.py, the one home of the compile step (present in the source tree only)."""
    script = paths.resources_dir().parent / "build" / "translations.py"
    spec = importlib.util.spec_from_file_location("etap_build_translations", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ensure_compiled(lang: str) -> Path | None:
    """The .qm for ``lang``: the bundled one when frozen, else compiled from the source tree into the cache."""
    if paths.is_frozen():
        qm = paths.translations_dir() / f"etap_{lang}.qm"
        return qm if qm.exists() else None
    build = _build_module()
    if not build.sources(lang):
        return None
    folder = cache_dir()
    qm = folder / f"etap_{lang}-{build.digest(lang)}.qm"
    if qm.exists():
        with contextlib.suppress(OSError):  # in use: keep it (a read-only cache still serves)
            os.utime(qm)
        return qm
    try:
        build.compile_language(lang, qm=qm)
    except (OSError, RuntimeError) as error:  # no lrelease, a read-only cache, ...: run untranslated
        log.warning("compiling the %s translation failed: %s", lang, error)
        return None
    for old in folder.glob(f"etap_{lang}-*.qm"):  # catalogues of older sources nobody used for a week
        with contextlib.suppress(OSError):  # another Etap may be pruning the same folder
            if old != qm and time.time() - old.stat().st_mtime > _KEEP_UNUSED:
                old.unlink()
    return qm


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the catalogues ``install_translators`` installed: the source text (English) shows again."""
    global _language
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = None


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the catalogues for ``lang`` (or the system's language); returns the language in use."""
    global _language
    lang = lang if lang in SUPPORTED else system_language()
    QLocale.setDefault(QLocale(lang))
    remove_translators(app)  # switching language replaces, never stacks, catalogues
    if lang != "en":  # Qt's own catalogue; Romanian has none, Etap's carries those strings (qtbase_ro.ts)
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
    _language = lang
    return lang
