"""Text search helpers shared by every "contains" filter."""

from __future__ import annotations


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
