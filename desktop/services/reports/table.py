"""A report as a flat table for export (CSV, XLSX) and as JSON for the headless command.

``translate(text)`` turns the English labels into the user's language (the ui passes Qt's translate with the
"Reports" context; the command line keeps English). Money stays Decimal and percentages are numbers, so a
spreadsheet can sum them; text goes through ``exporting``'s formula guard when written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from desktop.services import exporting
from desktop.services.reports.base import NONE_LABEL, Column, Report

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def header(column: Column, translate: Translate = _same) -> str:
    label = translate(column.label)
    return f"{label} ({column.currency})" if column.currency else label


def flat(report: Report, translate: Translate = _same) -> tuple[list[str], list[list[object]]]:
    """Header and rows; an empty text cell (no owner, no source) reads "(none)"."""
    head = [header(c, translate) for c in report.columns]
    rows = [
        [
            translate(NONE_LABEL) if value is None and column.kind == "text" else value
            for column, value in zip(report.columns, row, strict=True)
        ]
        for row in report.rows
    ]
    return head, rows


def write(report: Report, path: Path, translate: Translate = _same, kind: str = "") -> int:
    """CSV or XLSX (``kind``, else by the file's extension); returns the number of rows written."""
    head, rows = flat(report, translate)
    if (kind or Path(path).suffix.lower().lstrip(".")) == "xlsx":
        return exporting.write_xlsx(Path(path), head, rows, title=translate(report.title))
    return exporting.write_csv(Path(path), head, rows)


def write_csv_stream(report: Report, stream, translate: Translate = _same) -> None:
    """The CSV of ``write`` on an open text stream (standard output): same separator, decimal comma and
    formula guard."""
    import csv

    head, rows = flat(report, translate)
    writer = csv.writer(stream, delimiter=";")
    writer.writerow([exporting.neutralise(h) for h in head])
    for row in rows:
        writer.writerow([_csv_cell(exporting.neutralise(v)) for v in row])


def _csv_cell(value: object) -> object:
    return str(value).replace(".", ",") if isinstance(value, Decimal) else value


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def as_json(report: Report) -> str:
    """Rows as objects keyed by column (money columns as "key_CUR"), the headline figures and extras."""
    keys = [f"{c.key}_{c.currency}" if c.currency else c.key for c in report.columns]
    data = {
        "report": report.name,
        "title": report.title,
        "columns": [{"key": k, "label": header(c), "kind": c.kind} for k, c in zip(keys, report.columns, strict=True)],
        "rows": [{k: _plain(v) for k, v in zip(keys, row, strict=True)} for row in report.rows],
        "summary": [
            {
                "label": f.label,
                "value": _plain(f.value),
                "kind": f.kind,
                **({"currency": f.currency} if f.currency else {}),
            }
            for f in report.summary
        ],
        **{k: _plain(v) for k, v in report.extra.items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
