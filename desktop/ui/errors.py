"""Shows domain errors in the user's language: the English template is translated in context "Errors"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import EtapError


def tr(context: str, text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP in a lower layer."""
    return QCoreApplication.translate(context, text)


def error_text(err: EtapError) -> str:
    template = QCoreApplication.translate("Errors", err.template)
    try:
        return template.format(**err.params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: show the English
        return err.english()
