"""Every user-visible string has a Polish translation, and the runtime loads it."""

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]


def _build_module():
    spec = importlib.util.spec_from_file_location("etap_translations", ROOT / "build" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_polish_translation_is_complete_for_every_module():
    missing = _build_module().missing_translations("pl")
    assert not missing, "untranslated (run build/translations.py update, then translate):\n" + "\n".join(
        f"{ts}: [{ctx}] {src}" for ts, ctx, src in missing
    )


def test_polish_catalogues_load_and_translate_etap_and_qt_strings(qapp):
    assert install_translators(qapp, "pl") == "pl"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Plik"
    assert QCoreApplication.translate("Errors", "Wrong user name or password.").startswith("Błędna")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"
    assert QLocale().decimalPoint() == ","
    install_translators(qapp, "en")


def test_unknown_language_falls_back_to_a_supported_one_without_error(qapp):
    assert install_translators(qapp, "xx") in ("pl", "en", "ro")
    install_translators(qapp, "en")
