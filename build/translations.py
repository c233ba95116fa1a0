"""Translation sources (.ts) and compiled catalogues (.qm) for Etap — the one home of this logic.

Each Python module under desktop/ with translatable text has its own source per language,
``resources/translations/<lang>/<dotted.module.name>.ts``, so engineers working on different modules never
edit the same .ts. ``compile`` merges all of a language's sources into ``etap_<lang>.qm``. The app imports
this file by path (desktop/ui/i18n.py) to rebuild a stale .qm when it runs from the source tree.

    python build/translations.py update  [--lang pl ro]             # extract text into the .ts files
    python build/translations.py compile [--lang pl ro] [--out DIR] # .ts -> DIR/etap_<lang>.qm
    python build/translations.py check   [--lang pl]                # list what is untranslated; exit 1 if any

Standard library only: it runs before (and without) the application's dependencies being importable.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = REPO_ROOT / "desktop"
TS_DIR = REPO_ROOT / "resources" / "translations"
LANGUAGES = ("pl", "ro", "en")
# Must always be fully translated (tests/ui/test_translations.py); the menu offers only these (and English).
COMPLETE_LANGUAGES = ("pl", "ro", "en")
# English is the source language: its catalogue holds only the plural forms ("1 day", "2 days").
PLURAL_ONLY = ("en",)
# Hand-written catalogues of Qt's own strings for languages Qt ships none for (qt.qtbase.ts in ro/); update
# keeps them, compile merges them into etap_<lang>.qm like the rest.
QT_SOURCES = "qt.*.ts"

# A cheap pre-filter; whether a module really has strings is decided by what lupdate extracts.
_MARKERS = re.compile(r"\b(?:tr|translate|QT_TR(?:ANSLATE)?(?:_N)?_NOOP)\s*\(")
_IGNORED_TYPES = {"obsolete", "vanished"}


def find_tool(name: str) -> str:
    """``pyside6-<name>`` beside the running interpreter (the venv need not be activated), else on PATH."""
    tool = f"pyside6-{name}"
    found = shutil.which(tool, path=str(Path(sys.executable).parent)) or shutil.which(tool)
    if not found:
        raise FileNotFoundError(f"{tool} not found next to {sys.executable} or on PATH")
    return found


def _run(cmd: list[str]) -> str:
    """Run a Qt tool; return its stderr (lupdate's warnings) or raise with it."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stderr.strip()


def _display(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


def modules_with_strings(package_dir: Path = PACKAGE_DIR) -> dict[str, Path]:
    """Dotted module name -> source file, for modules that call a translation function."""
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        if _MARKERS.search(path.read_text(encoding="utf-8")):
            parts = path.relative_to(package_dir.parent).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        # lupdate reads ui's tr(context, variable) helper (desktop/ui/errors.py) as a bare tr() call and files
        # it under an empty context; those are not messages, the real text is marked where it is defined.
        if not context.findtext("name", ""):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in _IGNORED_TYPES:
                found.append((context.findtext("name", ""), message))
    return found


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    if message.get("numerus") == "yes":  # every plural form (Polish has three) must be filled in
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def unfinished_messages(ts: Path) -> list[tuple[str, str]]:
    """(context, source text) of each message in ``ts`` without a finished translation."""
    return [(ctx, msg.findtext("source", "")) for ctx, msg in _messages(ts) if not _is_finished(msg)]


def _lupdate(source: Path, ts: Path, lang: str) -> str:
    ts.parent.mkdir(parents=True, exist_ok=True)
    # -target-language matters for new files: the name "<module>.ts" does not reveal the language, and
    # the language decides how many plural forms a numerus message gets. No locations: stable diffs.
    plural_only = ["-pluralonly"] if lang in PLURAL_ONLY else []
    return _run([
        find_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *plural_only,
        "-source-language", "en", "-target-language", lang, str(source), "-ts", str(ts),
    ])


def update(
    langs: tuple[str, ...] | list[str] = LANGUAGES, ts_dir: Path = TS_DIR, package_dir: Path = PACKAGE_DIR
) -> list[Path]:
    """Extract text into ``ts_dir/<lang>/<module>.ts`` (keeping translations); delete sources of no module."""
    modules = modules_with_strings(package_dir)
    jobs = [(src, ts_dir / lang / f"{name}.ts", lang) for lang in langs for name, src in modules.items()]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        warnings = list(pool.map(lambda job: _lupdate(*job), jobs))
    kept = []
    for (src, ts, _lang), warning in zip(jobs, warnings, strict=True):
        if warning:
            print(f"{_display(src)}: {warning}", file=sys.stderr)
        if _messages(ts):
            kept.append(ts)
        else:  # the pre-filter matched something lupdate does not treat as text (e.g. str.translate)
            ts.unlink()
    for lang in langs:
        for ts in (ts_dir / lang).glob("*.ts"):
            if ts not in kept and not ts.match(QT_SOURCES):
                ts.unlink()
    return kept


def missing_translations(
    lang: str, ts_dir: Path = TS_DIR, package_dir: Path = PACKAGE_DIR
) -> list[tuple[str, str, str]]:
    """(ts file, context, source) of each message of ``lang`` missing or unfinished; the tree is untouched."""
    with tempfile.TemporaryDirectory(prefix="etap-ts-") as tmp:
        scratch = Path(tmp)
        if (ts_dir / lang).is_dir():
            shutil.copytree(ts_dir / lang, scratch / lang)
        update([lang], scratch, package_dir)
        return [
            (_display(ts_dir / lang / ts.name), context, source)
            for ts in sorted((scratch / lang).glob("*.ts"))
            for context, source in unfinished_messages(ts)
        ]


def qm_path(lang: str, out_dir: Path = TS_DIR) -> Path:
    return Path(out_dir) / f"etap_{lang}.qm"


def qm_is_stale(lang: str, out_dir: Path = TS_DIR, ts_dir: Path = TS_DIR) -> bool:
    """True when ``etap_<lang>.qm`` is missing or older than one of the language's .ts files."""
    sources = list((ts_dir / lang).glob("*.ts"))
    qm = qm_path(lang, out_dir)
    if not sources:
        return False
    return not qm.exists() or max(ts.stat().st_mtime for ts in sources) > qm.stat().st_mtime


def compile_language(lang: str, out_dir: Path = TS_DIR, ts_dir: Path = TS_DIR) -> Path | None:
    """lrelease every .ts of ``lang`` into one ``out_dir/etap_<lang>.qm``; None when it has no sources."""
    sources = sorted((ts_dir / lang).glob("*.ts"))
    if not sources:
        return None
    qm = qm_path(lang, out_dir)
    qm.parent.mkdir(parents=True, exist_ok=True)
    # Write beside and rename: a running app (or a parallel test) never reads a half-written catalogue.
    partial = qm.with_name(f"{qm.stem}.{os.getpid()}.partial.qm")
    _run([find_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(partial)])
    os.replace(partial, qm)
    return qm


def compile_all(out_dir: Path = TS_DIR, langs: tuple[str, ...] | list[str] = LANGUAGES) -> list[Path]:
    """Compile each language's sources from the tree into ``out_dir``; returns the .qm files written."""
    return [qm for lang in langs if (qm := compile_language(lang, Path(out_dir))) is not None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Etap translations: update .ts, compile .qm, check them.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, default in (("update", LANGUAGES), ("compile", LANGUAGES), ("check", COMPLETE_LANGUAGES)):
        command = commands.add_parser(name)
        command.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(default))
        if name == "compile":
            command.add_argument("--out", type=Path, default=TS_DIR)
    args = parser.parse_args(argv)

    if args.command == "update":
        written = update(args.lang)
        print(f"{len(written)} .ts file(s) up to date for {', '.join(args.lang)}")
    elif args.command == "compile":
        for qm in compile_all(args.out, args.lang):
            print(_display(qm.resolve()))
    else:
        missing = [(lang, *row) for lang in args.lang for row in missing_translations(lang)]
        for lang, ts, context, source in missing:
            print(f"{ts}: [{lang}] {context}: {source!r}")
        if missing:
            print(f"{len(missing)} message(s) untranslated; run update, then translate them", file=sys.stderr)
            return 1
        print(f"complete: {', '.join(args.lang)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
