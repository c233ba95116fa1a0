"""Every user-visible string has a Polish translation, and the runtime loads it."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]


def _build_module():
    spec = importlib.util.spec_from_file_location("etap_translations", ROOT / "build" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["pl", "ro", "en"])
def test_translation_is_complete_for_every_module(lang):
    missing = _build_module().missing_translations(lang)
    assert not missing, "untranslated (run build/translations.py update, then translate):\n" + "\n".join(
        f"{ts}: [{ctx}] {src}" for ts, ctx, src in missing
    )


def test_the_language_menu_offers_only_complete_languages():
    from desktop.ui.main_window import LANGUAGES

    complete = _build_module().COMPLETE_LANGUAGES
    assert {code for code, _name in LANGUAGES} <= set(complete)


def test_romanian_catalogue_translates_etap_and_the_qt_strings_etap_shows(qapp):
    try:
        assert install_translators(qapp, "ro") == "ro"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fișier"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anulează"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Lipește"
        forms = [QCoreApplication.translate("CardDelegate", "%n day(s) in stage", "", n) for n in (1, 3, 25)]
        assert forms == ["1 zi în etapă", "3 zile în etapă", "25 de zile în etapă"]
    finally:
        install_translators(qapp, "en")


def test_english_plurals_read_naturally(qapp):
    install_translators(qapp, "en")
    assert QCoreApplication.translate("CardDelegate", "%n day(s) in stage", "", 1) == "1 day in stage"
    assert QCoreApplication.translate("CardDelegate", "%n day(s) in stage", "", 0) == "0 days in stage"


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
