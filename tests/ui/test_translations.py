"""Every user-visible string is translated (one .ts per language), the runtime loads the catalogues, and a run
from the source tree compiles them outside the repository."""

import importlib.util
import os
import subprocess
import sys
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
def test_translation_is_complete(lang):
    missing = _build_module().missing_translations(lang)
    assert not missing, "untranslated (run build/translations.py update, then translate):\n" + "\n".join(
        f"{ts}: [{ctx}] {src}" for ts, ctx, src in missing
    )


def test_the_language_menu_offers_only_complete_languages():
    from desktop.ui.main_window import LANGUAGES

    complete = _build_module().COMPLETE_LANGUAGES
    assert {code for code, _name in LANGUAGES} <= set(complete)


def test_romanian_catalogue_translates_etap_and_the_qt_strings_etap_shows(qapp):
    assert install_translators(qapp, "ro") == "ro"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fișier"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anulează"
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Lipește"
    forms = [QCoreApplication.translate("CardDelegate", "%n day(s) in stage", "", n) for n in (1, 3, 25)]
    assert forms == ["1 zi în etapă", "3 zile în etapă", "25 de zile în etapă"]


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


def test_unknown_language_falls_back_to_a_supported_one_without_error(qapp):
    assert install_translators(qapp, "xx") in ("pl", "en", "ro")


def test_one_source_per_language_and_no_per_module_files():
    build = _build_module()
    found = sorted(p.name for p in build.TS_DIR.rglob("*.ts"))  # (an old checkout may still hold stale .qm)
    assert found == ["etap_en.ts", "etap_pl.ts", "etap_ro.ts", "qtbase_ro.ts"]


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file of the working tree (not git's, the venv's or the tools' caches) with its mtime and size. The
    benchmarks' database cache (tests/bench/.cache) is left out: the benchmark test fills it, maybe meanwhile on
    another pytest-xdist worker."""
    skip = {".git", ".venv", "venv", "__pycache__", ".hypothesis", ".pytest_cache", ".ruff_cache", ".mypy_cache"}
    skip |= {".import_linter_cache", "etap.egg-info", ".cache"}
    found = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in skip]
        for name in files:
            path = Path(folder, name)
            stat = path.stat()
            found[str(path.relative_to(root))] = (stat.st_mtime_ns, stat.st_size)
    return found


def test_installing_a_language_from_the_source_tree_writes_nothing_under_the_repository(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop.ui.i18n import cache_dir, install_translators\n"
        "app = QCoreApplication([])\n"
        "print(install_translators(app, 'ro'), QCoreApplication.translate('MainWindow', '&File'),\n"
        "      QCoreApplication.translate('QPlatformTheme', 'Cancel'), cache_dir(), sep='\\n')\n"
    )
    env = dict(os.environ, HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    before = _tree(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    lang, file_menu, cancel, cache = done.stdout.splitlines()
    assert (lang, file_menu, cancel) == ("ro", "&Fișier", "Anulează")  # compiled, with Qt's strings merged in
    assert Path(cache).is_relative_to(tmp_path / "cache")
    assert [p.name.split("-")[0] for p in Path(cache).glob("*.qm")] == ["etap_ro"]
    after = _tree(ROOT)
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert not changed, changed


def test_update_extracts_every_module_into_one_file_per_language_and_fill_carries_translations(tmp_path):
    build = _build_module()
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text('QCoreApplication.translate("Alpha", "Open the deal")\n', encoding="utf-8")
    (package / "b.py").write_text('QCoreApplication.translate("Beta", "%n day(s)", "", n)\n', encoding="utf-8")
    (ts,) = build.update(["pl"], tmp_path / "ts", package)
    assert ts.name == "etap_pl.ts"
    assert build.unfinished_messages(ts) == [("Alpha", "Open the deal"), ("Beta", "%n day(s)")]
    donor = tmp_path / "donor.ts"
    donor.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pl"><context><name>Alpha</name>'
        "<message><source>Open the deal</source><translation>Otwórz szansę</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert build.fill(ts, [donor]) == 1
    build.update(["pl"], tmp_path / "ts", package)
    assert build.unfinished_messages(ts) == [("Beta", "%n day(s)")]
    assert build.finished_count(ts) == 1


def _git(repo: Path, *args: str) -> str:
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    env = os.environ | who
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=False)
    return done.stdout + done.stderr


def _texts(build, ts: Path) -> dict[str, str]:
    return {msg.findtext("source"): msg.findtext("translation") for _context, msg in build._messages(ts)}


def _code(*sources: str) -> str:
    return "".join(f'QCoreApplication.translate("View", "{source}")\n' for source in sources)


def _translate(ts: Path, source: str, text: str) -> None:
    xml = ts.read_text(encoding="utf-8")
    old = f'<source>{source}</source>\n        <translation type="unfinished"></translation>'
    assert old in xml
    ts.write_text(xml.replace(old, f"<source>{source}</source>\n        <translation>{text}</translation>"), "utf-8")


def test_resolve_settles_a_merge_conflict_keeping_both_branches_translations(tmp_path):
    """Two branches add a string each to the same module: git conflicts in etap_pl.ts, resolve keeps both."""
    build = _build_module()
    repo, module = tmp_path / "repo", tmp_path / "repo" / "desktop" / "view.py"
    module.parent.mkdir(parents=True)
    module.write_text(_code("First"), encoding="utf-8")
    ts = build.ts_path("pl", repo / "resources" / "translations")
    build.update(["pl"], ts.parent, module.parent)
    _translate(ts, "First", "Pierwszy")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "base")
    for branch, source, text in (("a", "Alpha", "Alfa"), ("main", "Beta", "Beta po polsku")):
        _git(repo, "checkout", "-q", "-B", branch, "main")
        module.write_text(_code("First", source), encoding="utf-8")
        build.update(["pl"], ts.parent, module.parent)
        _translate(ts, source, text)
        _git(repo, "commit", "-qam", source)
    assert "CONFLICT" in _git(repo, "merge", "a")
    assert "<<<<<<<" in ts.read_text(encoding="utf-8")
    module.write_text(_code("First", "Beta", "Alpha"), encoding="utf-8")  # the code's conflict, settled

    assert build.resolve(["pl"], repo) == [ts]
    assert _texts(build, ts) == {"First": "Pierwszy", "Beta": "Beta po polsku", "Alpha": "Alfa"}
    assert build.unfinished_messages(ts) == []


def test_fold_moves_per_module_sources_of_an_older_branch_into_the_language_file(tmp_path):
    build = _build_module()
    package, ts_dir = tmp_path / "desktop", tmp_path / "translations"
    package.mkdir()
    (package / "view.py").write_text(_code("First", "Second"), encoding="utf-8")
    build.update(["pl"], ts_dir, package)
    _translate(build.ts_path("pl", ts_dir), "First", "Pierwszy")
    old = ts_dir / "pl" / "desktop.view.ts"  # the layout before one file per language
    old.parent.mkdir()
    old.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pl"><context><name>View</name>'
        "<message><source>Second</source><translation>Drugi</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert build.fold(["pl", "ro"], ts_dir, package) == {"pl": 1}
    assert sorted(p.name for p in ts_dir.rglob("*")) == ["etap_pl.ts"]
    assert _texts(build, build.ts_path("pl", ts_dir)) == {"First": "Pierwszy", "Second": "Drugi"}
