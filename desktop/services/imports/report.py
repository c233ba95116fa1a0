"""The per-row error report: every row with a problem, one line per problem, as CSV (UTF-8 with BOM and ``;``
like Etap's other exports, formula-safe)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services import exporting
from desktop.services.imports.plan import Record
from desktop.services.imports.reading import Table

HEADER = (
    QT_TRANSLATE_NOOP("Import", "Line"),
    QT_TRANSLATE_NOOP("Import", "Column"),
    QT_TRANSLATE_NOOP("Import", "Value"),
    QT_TRANSLATE_NOOP("Import", "Problem"),
    QT_TRANSLATE_NOOP("Import", "Imported"),
)
Translate = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


def rows(table: Table, records, translate: Translate = _identity) -> Iterable[tuple]:
    """Report lines from rows with problems, or from an import result (every problem, from its spill file)."""
    if hasattr(records, "problem_rows"):
        yield from _result_rows(table, records, translate)
        return
    yield from _record_rows(table, records, translate)


def _result_rows(table: Table, result, translate: Translate) -> Iterable[tuple]:
    yes = translate("Import", QT_TRANSLATE_NOOP("Import", "yes"))
    no = translate("Import", QT_TRANSLATE_NOOP("Import", "no"))
    for line, column, value, template, params, blocking, row_ok in result.problem_rows():
        title = table.headers[column] if column is not None and column < len(table.headers) else ""
        try:
            message = translate("Errors", template).format(**params)
        except (KeyError, IndexError, ValueError):
            message = template.format(**params)
        yield line, title, value, message, no if blocking or not row_ok else yes


def _record_rows(table: Table, records: Iterable[Record], translate: Translate = _identity) -> Iterable[tuple]:
    yes = translate("Import", QT_TRANSLATE_NOOP("Import", "yes"))
    no = translate("Import", QT_TRANSLATE_NOOP("Import", "no"))
    for record in records:
        for problem in record.problems:
            column = table.headers[problem.column] if problem.column is not None else ""
            value = _cell(record.cells, problem.column)
            message = translate("Errors", problem.error.template).format(**problem.error.params)
            yield (
                record.line,
                column,
                "" if value is None else str(value)[:200],
                message,
                no if problem.blocking or not record.ok else yes,
            )


def _cell(cells, column: int | None) -> object:
    """A cell of a row: ``cells`` is the row's list, or the dict of the cells a kept problem row names."""
    if column is None:
        return ""
    if isinstance(cells, dict):
        return cells.get(column, "")
    return cells[column] if column < len(cells) else ""


def summary(table: Table, records, limit: int = 15) -> list[str]:
    """Problems grouped by column and message, most frequent first, with the first lines where they occur."""
    groups: dict[tuple[str, str], list[int]] = {}
    for line, column, _value, message, _imported in rows(table, records):
        groups.setdefault((column, message), []).append(line)
    out = []
    for (column, message), lines in sorted(groups.items(), key=lambda item: -len(item[1]))[:limit]:
        where = ", ".join(str(n) for n in lines[:5]) + (", …" if len(lines) > 5 else "")
        out.append(f"{len(lines)} × {column + ': ' if column else ''}{message} (lines {where})")
    if len(groups) > limit:
        out.append(f"… {len(groups) - limit} more kinds of problem")
    return out


def describe(table: Table, record: Record) -> list[str]:
    return [
        f"line {line}: {column + ': ' if column else ''}{message}"
        for line, column, _v, message, _i in rows(table, [record])
    ]


def write_report(path: Path, table: Table, records, translate: Translate = _identity) -> int:
    """``records``: rows with problems (the preview's) or an ImportResult (all of an import's problems)."""
    header = [translate("Import", h) for h in HEADER]
    return exporting.write(Path(path), header, rows(table, records, translate))
