"""Text search helpers shared by every "contains" filter."""

from __future__ import annotations

import unicodedata


def case_variants(term: str) -> list[str]:
    """The usual casings of a search term.

    SQLite's LIKE folds ASCII letters only, so "łódź" would miss "Łódź"; searching for each casing keeps the
    database's own LIKE (and its speed) while finding Polish and Romanian names typed in any case."""
    term = term.strip()
    if not term:
        return []
    return sorted({term, term.lower(), term.upper(), term.capitalize(), term.title()})


def contains_any(columns, term: str):
    """A peewee condition: any of ``columns`` contains any casing of ``term`` (None when term is empty)."""
    condition = None
    for variant in case_variants(term):
        for column in columns:
            part = column.contains(variant)
            condition = part if condition is None else condition | part
    return condition


# Romanian s/t with a cedilla (the old keyboard layouts) are the same letters as the comma-below forms
_SAME_LETTER = str.maketrans({"ş": "ș", "ţ": "ț"})
# letters NFKD does not decompose into a base letter and a mark
_BASE_LETTER = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "ı": "i"})
SEARCH_SEPARATOR = "\n"  # between the fields of a search text: nobody types it, so no match spans two fields


def search_fold(text: str) -> str:
    """``text`` as stored in (and looked up in) a search text: lower case for every Polish and Romanian letter
    (Python's lower() knows them all, SQLite's LOWER and LIKE only ASCII), cedilla forms as comma-below."""
    return unicodedata.normalize("NFC", text or "").lower().translate(_SAME_LETTER)


def search_text(*fields: str | None) -> str:
    """One searchable text made of ``fields`` (each folded); a contains search looks into it alone."""
    return SEARCH_SEPARATOR.join(search_fold(" ".join(f.split())) for f in fields if f and f.strip())


def search_term(typed: str) -> str:
    """What a typed contains-search looks for in a search text (empty: no search)."""
    return search_fold(" ".join(typed.split()))


class _SortLetters(dict):
    """Each character's sort form, worked out the first time it is met: its compatibility decomposition
    without the combining marks, and the letters NFKD leaves whole replaced by their base letter. Decomposing
    and dropping marks work character by character, so a text mapped through this is the text decomposed as a
    whole (the reference in the tests), at ``str.translate``'s speed (a key per imported or generated deal)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        self[code] = value = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_BASE_LETTER)
        return value


_SORT_LETTERS = _SortLetters()
# the Latin letters (Polish, Romanian, the rest of Europe's) looked up in a plain table: translate is fastest so
_LATIN_END = "\u024f"
_LATIN = {code: _SORT_LETTERS[code] for code in range(0x80, ord(_LATIN_END) + 1)}


def sort_key(name: str | None) -> str:
    """A name as it sorts: lower case, accents off ("Łukasz" among the L's, as in a Polish phone book),
    spaces collapsed. Stored beside the deal so an index can serve a sort by contact, company or owner."""
    text = " ".join((name or "").split()).lower()
    if not text.isascii():
        text = text.translate(_LATIN if max(text) <= _LATIN_END else _SORT_LETTERS)
    return text[:200]


def deal_keys(
    number: str,
    title: str,
    first: str | None,
    last: str | None,
    email: str | None,
    company: str | None,
    owner: str | None,
) -> tuple[str, str, str, str]:
    """A deal's derived columns from its own and its contact's, company's and owner's values: the contact,
    company and owner sort keys, and the search text (number, title, contact, e-mail, company: what the
    funnel's quick search looks into)."""
    contact = f"{first or ''} {last or ''}".strip()
    return sort_key(contact), sort_key(company), sort_key(owner), search_text(number, title, contact, email, company)


def contact_text(
    first: str | None,
    last: str | None,
    company: str | None,
    position: str | None,
    email: str | None,
    extra_emails: str | None,
    phone: str | None,
    extra_phones: str | None,
) -> str:
    """A contact's search text: what the contact list's quick search and the contact picker look into."""
    name = f"{first or ''} {last or ''}".strip()
    return search_text(
        name, company, position, email, *(extra_emails or "").splitlines(), phone, *(extra_phones or "").splitlines()
    )


def company_text(
    name: str | None,
    tax_id: str | None,
    nip: str | None,
    cui: str | None,
    city: str | None,
    email: str | None,
    phone: str | None,
) -> str:
    """A company's search text: what the company list's quick search and the company picker look into."""
    return search_text(name, tax_id, nip if nip != tax_id else "", cui if cui != tax_id else "", city, email, phone)
