"""Translation sources (.ts) and compiled catalogues (.qm) for Etap — the one home of this logic.

One source per language, the Qt convention: ``resources/translations/etap_<lang>.ts`` (pl, ro; en holds only
the plural forms, "1 day" / "2 days"). Qt ships no Romanian catalogue of its own strings, so a hand-written one,
``qtbase_ro.ts``, sits beside it; ``update`` never touches it and ``compile`` merges it into ``etap_ro.qm``.

    python build/translations.py update  [--lang pl ro en]            # one lupdate call per language
    python build/translations.py compile [--lang pl ro en] [--out DIR] # sources -> DIR/etap_<lang>.qm
    python build/translations.py check   [--lang pl ro en]            # list what is untranslated; exit 1 if any
    python build/translations.py resolve [--lang pl ro en]            # settle a git conflict in etap_<lang>.ts
    python build/translations.py fold    [--lang pl ro en]            # per-module <lang>/*.ts -> etap_<lang>.ts

Translator workflow: after adding or changing text in desktop/, run ``update`` (it scans every .py file under
desktop/ in one ``pyside6-lupdate`` call per language, keeps every translation and drops what is no longer in
the code), translate the new messages (Qt Linguist: ``pyside6-linguist resources/translations/etap_pl.ts``, or
any editor: fill each ``<translation type="unfinished">`` and remove the ``type``), then ``check``.

Parallel branches: two branches that both add strings both change ``etap_<lang>.ts``, and ``git merge`` may
stop with a conflict there. Resolve the code first, then run ``resolve``: it takes our side's file, adds
every translation the other side has (ours wins where both translated the same message) and runs ``update``
over the merged code, so the messages of both sides are there. Translate whatever ``check`` still lists
(usually nothing), ``git add resources/translations`` and commit the merge. By hand it is the same: keep
either side's file whole (``git checkout --ours``), run ``update``, re-fill the other side's new messages.
A branch begun before one file per language still has per-module files (``<lang>/<module>.ts``): merging
main into it reports modify/delete conflicts on them; run ``fold`` (it moves their translations into
``etap_<lang>.ts`` and deletes them), then ``git add -A resources/translations``.

The .qm files are build output, never committed and never written into the source tree by the app: the
installer (installer.spec) compiles into its build folder and bundles them; a run from the source tree
(desktop/ui/i18n.py, which imports this file by path) compiles into the user's cache folder, under a name
carrying a digest of the sources, so it is rebuilt whenever a .ts changes and worktrees never share a stale one.

Standard library only: it runs before (and without) the application's dependencies being importable.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

# The app imports this file at every start from the source tree (digest, compile_language): the modules only
# updating and checking need (xml, subprocess, threads, ...) are imported where they are used.

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = REPO_ROOT / "desktop"
TS_DIR = REPO_ROOT / "resources" / "translations"
# Where ``compile`` writes by default: build output, ignored by git (installer.spec passes its own folder).
OUT_DIR = REPO_ROOT / "build" / "work" / "translations"
LANGUAGES = ("pl", "ro", "en")
# Must always be fully translated (tests/ui/test_translations.py); the menu offers only these (and English).
COMPLETE_LANGUAGES = ("pl", "ro", "en")
# English is the source language: its catalogue holds only the plural forms ("1 day", "2 days").
PLURAL_ONLY = ("en",)
# Hand-written catalogues of Qt's own strings for languages Qt ships none for (qtbase_ro.ts): update leaves
# them alone, compile merges them into etap_<lang>.qm.
QT_SOURCES = "qt*_{lang}.ts"

_IGNORED_TYPES = {"obsolete", "vanished"}


def find_tool(name: str) -> str:
    """``pyside6-<name>`` beside the running interpreter (the venv need not be activated), else on PATH."""
    import shutil

    tool = f"pyside6-{name}"
    found = shutil.which(tool, path=str(Path(sys.executable).parent)) or shutil.which(tool)
    if not found:
        raise FileNotFoundError(f"{tool} not found next to {sys.executable} or on PATH")
    return found


def _run(cmd: list[str]) -> str:
    """Run a Qt tool; return its stderr (lupdate's warnings) or raise with it."""
    import subprocess

    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stderr.strip()


def _display(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


def ts_path(lang: str, ts_dir: Path = TS_DIR) -> Path:
    """Etap's own source for ``lang``: ``etap_<lang>.ts``."""
    return Path(ts_dir) / f"etap_{lang}.ts"


def qt_sources(lang: str, ts_dir: Path = TS_DIR) -> list[Path]:
    """The hand-written catalogues of Qt's own strings for ``lang`` (``qtbase_ro.ts``), if any."""
    return sorted(Path(ts_dir).glob(QT_SOURCES.format(lang=lang)))


def sources(lang: str, ts_dir: Path = TS_DIR) -> list[Path]:
    """Every .ts compiled into ``etap_<lang>.qm``: Etap's own, then Qt's hand-written one."""
    own = ts_path(lang, ts_dir)
    return ([own] if own.exists() else []) + qt_sources(lang, ts_dir)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    import xml.etree.ElementTree as ET

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


def finished_count(ts: Path) -> int:
    """How many messages of ``ts`` are translated (the figure to compare before and after a big change)."""
    return sum(_is_finished(msg) for _ctx, msg in _messages(ts))


def _key(context: str, message: ET.Element) -> tuple[str, str, str, str]:
    return context, message.findtext("source", ""), message.findtext("comment", ""), message.get("numerus", "")


def fill(ts: Path, donors: list[Path]) -> int:
    """Give each unfinished message of ``ts`` the finished translation the first donor .ts has for the same
    context, source, comment and plural kind; returns how many were filled. Run ``update`` afterwards: this
    writes plain XML, lupdate rewrites it in its own layout."""
    import copy
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str, str, str], ET.Element] = {}
    for donor in donors:
        for context, message in _messages(donor):
            if _is_finished(message):
                found.setdefault(_key(context, message), message.find("translation"))
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if not name or _is_finished(message) or _key(name, message) not in found:
                continue
            if translation is not None and translation.get("type") in _IGNORED_TYPES:
                continue
            if translation is not None:
                message.remove(translation)
            message.append(copy.deepcopy(found[_key(name, message)]))
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def _lupdate(lang: str, ts: Path, package_dir: Path) -> str:
    """One lupdate call: every .py under ``package_dir`` into ``ts``, keeping its translations."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    # -target-language decides how many plural forms a numerus message gets (Polish and Romanian: three).
    # No source locations and no obsolete messages: the file changes only where the text does (stable diffs).
    plural_only = ["-pluralonly"] if lang in PLURAL_ONLY else []
    return _run(
        [
            find_tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *plural_only,
            "-extensions",
            "py",
            "-source-language",
            "en",
            "-target-language",
            lang,
            str(package_dir),
            "-ts",
            str(ts),
        ]
    )


def update(
    langs: tuple[str, ...] | list[str] = LANGUAGES, ts_dir: Path = TS_DIR, package_dir: Path = PACKAGE_DIR
) -> list[Path]:
    """Extract the text of ``package_dir`` into ``ts_dir/etap_<lang>.ts``, one lupdate call per language."""
    from concurrent.futures import ThreadPoolExecutor

    jobs = [(lang, ts_path(lang, ts_dir), package_dir) for lang in langs]
    with ThreadPoolExecutor(max_workers=len(jobs) or 1) as pool:
        warnings = list(pool.map(lambda job: _lupdate(*job), jobs))
    for (lang, _ts, _src), warning in zip(jobs, warnings, strict=True):
        if warning:
            print(f"[{lang}] {warning}", file=sys.stderr)
    return [ts for _lang, ts, _src in jobs]


def missing_translations(
    lang: str, ts_dir: Path = TS_DIR, package_dir: Path = PACKAGE_DIR
) -> list[tuple[str, str, str]]:
    """(ts file, context, source) of each message of ``lang`` missing or unfinished; the tree is untouched."""
    import shutil
    import tempfile

    own = ts_path(lang, ts_dir)
    with tempfile.TemporaryDirectory(prefix="etap-ts-") as tmp:
        scratch = Path(tmp)
        if own.exists():
            shutil.copy2(own, ts_path(lang, scratch))
        (scratch_ts,) = update([lang], scratch, package_dir)
        return [(_display(own), context, source) for context, source in unfinished_messages(scratch_ts)]


def digest(lang: str, ts_dir: Path = TS_DIR) -> str:
    """A short digest of ``lang``'s sources: the compiled catalogue is current when it carries this one."""
    sha = hashlib.sha256()
    for ts in sources(lang, ts_dir):
        sha.update(ts.name.encode() + b"\0" + ts.read_bytes() + b"\0")
    return sha.hexdigest()[:16]


def qm_path(lang: str, out_dir: Path = OUT_DIR) -> Path:
    return Path(out_dir) / f"etap_{lang}.qm"


def compile_language(lang: str, out_dir: Path = OUT_DIR, ts_dir: Path = TS_DIR, qm: Path | None = None) -> Path | None:
    """lrelease ``lang``'s sources into one catalogue (``out_dir/etap_<lang>.qm`` unless ``qm`` names it);
    None when the language has no sources."""
    inputs = sources(lang, ts_dir)
    if not inputs:
        return None
    qm = Path(qm) if qm is not None else qm_path(lang, out_dir)
    qm.parent.mkdir(parents=True, exist_ok=True)
    # Write beside and rename: a running app (or a parallel test) never reads a half-written catalogue.
    partial = qm.with_name(f"{qm.stem}.{os.getpid()}.partial.qm")
    try:
        _run([find_tool("lrelease"), "-silent", *map(str, inputs), "-qm", str(partial)])
        os.replace(partial, qm)
    finally:
        partial.unlink(missing_ok=True)
    return qm


def compile_all(out_dir: Path = OUT_DIR, langs: tuple[str, ...] | list[str] = LANGUAGES) -> list[Path]:
    """Compile each language's sources from the tree into ``out_dir``; returns the .qm files written."""
    return [qm for lang in langs if (qm := compile_language(lang, Path(out_dir))) is not None]


def resolve(langs: tuple[str, ...] | list[str] = LANGUAGES, repo_root: Path = REPO_ROOT) -> list[Path]:
    """Settle a git merge conflict in ``etap_<lang>.ts``: our side's file, ``update`` over the merged code (so
    the other side's new messages are there), every translation either side has (ours wins where both
    translated a message), ``update`` again for lupdate's layout. Returns the files resolved; ``git add`` them
    once ``check`` is clean."""
    import subprocess
    import tempfile

    ts_dir, package_dir = repo_root / TS_DIR.relative_to(REPO_ROOT), repo_root / PACKAGE_DIR.name
    theirs: dict[str, bytes] = {}
    for lang in langs:
        ts = ts_path(lang, ts_dir)
        name = ts.relative_to(repo_root).as_posix()
        sides = {}
        for stage in (2, 3):  # 2 = ours (the branch being merged into), 3 = theirs
            shown = subprocess.run(
                ["git", "-C", str(repo_root), "show", f":{stage}:{name}"], capture_output=True, check=False
            )
            if shown.returncode == 0:
                sides[stage] = shown.stdout
        if len(sides) == 2:  # in conflict
            ts.write_bytes(sides[2])
            theirs[lang] = sides[3]
    if not theirs:
        return []
    resolved = update(list(theirs), ts_dir, package_dir)
    with tempfile.TemporaryDirectory(prefix="etap-ts-") as tmp:
        for lang, ts in zip(theirs, resolved, strict=True):
            donor = Path(tmp) / f"theirs_{lang}.ts"
            donor.write_bytes(theirs[lang])
            fill(ts, [donor])
    return update(list(theirs), ts_dir, package_dir)


def fold(
    langs: tuple[str, ...] | list[str] = LANGUAGES, ts_dir: Path = TS_DIR, package_dir: Path = PACKAGE_DIR
) -> dict[str, int]:
    """Move the translations of per-module sources (``<lang>/<module>.ts``, the layout before one file per
    language, e.g. brought back by merging an older branch) into ``etap_<lang>.ts`` and delete them. Returns
    how many messages each language gained a translation for."""
    gained = {}
    for lang in langs:
        old = sorted((Path(ts_dir) / lang).glob("*.ts"))
        if not old:
            continue
        (ts,) = update([lang], ts_dir, package_dir)
        gained[lang] = fill(ts, [p for p in old if not p.match("qt.*.ts")])
        if (qt := Path(ts_dir) / lang / "qt.qtbase.ts").exists() and not qt_sources(lang, ts_dir):
            os.replace(qt, Path(ts_dir) / f"qtbase_{lang}.ts")
        update([lang], ts_dir, package_dir)
        for path in old:
            path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            (Path(ts_dir) / lang).rmdir()
    return gained


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Etap translations: update .ts, compile .qm, check them.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands_and_defaults = (
        ("update", LANGUAGES),
        ("compile", LANGUAGES),
        ("check", COMPLETE_LANGUAGES),
        ("resolve", LANGUAGES),
        ("fold", LANGUAGES),
    )
    for name, default in commands_and_defaults:
        command = commands.add_parser(name)
        command.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(default))
        if name == "compile":
            command.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)

    if args.command == "update":
        for ts in update(args.lang):
            print(f"{_display(ts)}: {finished_count(ts)} translated, {len(unfinished_messages(ts))} to translate")
    elif args.command == "resolve":
        resolved = resolve(args.lang)
        for ts in resolved:
            print(f"{_display(ts)}: merged, {len(unfinished_messages(ts))} to translate")
        if not resolved:
            print("no .ts file in conflict")
    elif args.command == "fold":
        gained = fold(args.lang)
        for lang, count in gained.items():
            print(f"{_display(ts_path(lang))}: {count} translation(s) folded in from per-module files")
        if not gained:
            print("no per-module .ts files")
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
