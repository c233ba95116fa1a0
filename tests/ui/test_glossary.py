"""One word per concept: the glossary (docs/glossary.md) holds in every language's .ts file, and the same English
source is never translated two ways in one language (apart from the listed homonyms)."""

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
# Same English, different meaning by context: the stage kind "Open" and the button "Open", and so on.
HOMONYMS = {"Open", "New", "Won", "Lost"}
# English patterns per glossary term (code such as {{ deal.number }} is not prose).
ENGLISH = {
    "deal": r"\bdeals?\b(?!\.)",
    "owner": r"\bowners?\b",
    "stage": r"(?<!sub-)\bstages?\b",
    "sub-stage": r"\bsub-stages?\b",
    "process": r"\bprocess(es)?\b",
    "contact": r"\bcontacts?\b",
    "company": r"\bcompan(y|ies)\b",
    "activity": r"\bactivit(y|ies)\b",
    "task": r"\btasks?\b",
}


def _glossary() -> dict[str, tuple[str, str]]:
    """term -> (Polish stem, Romanian stem) from the table rows that name stems."""
    stems = {}
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[3].count("`") == 4:
            pl, ro = re.findall(r"`([^`]+)`", cells[3])
            stems[cells[0]] = (pl, ro)
    return stems


def _messages(lang: str):
    """(file, context, source, translation text) of every live message of ``lang`` (Etap's own, not Qt's)."""
    ts = TS_DIR / f"etap_{lang}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        if not context.findtext("name", ""):  # lupdate's reading of ui's tr(context, variable) helper: no text
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            yield ts.name, context.findtext("name", ""), message.findtext("source", ""), " | ".join(forms)


def test_the_glossary_names_every_checked_term():
    assert set(_glossary()) == set(ENGLISH)


@pytest.mark.parametrize(("lang", "column"), [("pl", 0), ("ro", 1)])
def test_every_translation_uses_the_glossary_word(lang, column):
    stems = {term: pair[column] for term, pair in _glossary().items()}
    wrong = [
        f"{name} [{context}] {source!r} -> {text!r}: {term} = {stems[term]}…"
        for name, context, source, text in _messages(lang)
        for term, pattern in ENGLISH.items()
        if re.search(pattern, source, re.IGNORECASE) and not re.search(stems[term], text, re.IGNORECASE)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["pl", "ro"])
def test_the_same_source_has_one_translation(lang):
    seen = defaultdict(set)
    for name, context, source, text in _messages(lang):
        if source not in HOMONYMS:
            seen[source].add((text, f"{name} [{context}]"))
    clashes = {src: found for src, found in seen.items() if len({text for text, _where in found}) > 1}
    assert not clashes, "\n".join(f"{src!r}: {sorted(found)}" for src, found in clashes.items())


def test_romanian_uses_comma_below_letters():
    cedilla = [(name, text) for name, _c, _s, text in _messages("ro") if re.search("[şţŞŢ]", text)]
    assert not cedilla
