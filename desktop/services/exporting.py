"""CSV and XLSX export, safe to open in a spreadsheet.

A cell that starts with = + - @ tab or CR would be run as a formula by Excel or LibreOffice (CSV/formula
injection); such text is prefixed with an apostrophe. CSV is UTF-8 with a BOM so Excel shows Polish
letters; XLSX cells are written as strings, never formulas.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Make one cell value safe; numbers and dates stay typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | Decimal | date | datetime):
        return value
    text = str(value)
    return "'" + text if text.startswith(_TRIGGERS) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")  # Excel in PL/RO locales splits on semicolons
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow([_csv_text(neutralise(v)) for v in row])
            count += 1
    return count


def _csv_text(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return value


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], title: str = "Etap") -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Etap")
    sheet.append([str(neutralise(h)) for h in header])
    count = 0
    for row in rows:
        cells = []
        for value in row:
            value = neutralise(value)
            cell = WriteOnlyCell(sheet, value=float(value) if isinstance(value, Decimal) else value)
            if isinstance(value, str):
                cell.data_type = "s"  # a string, even if it looks like a formula
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count


def write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """By file extension: .xlsx or CSV."""
    if Path(path).suffix.lower() == ".xlsx":
        return write_xlsx(Path(path), header, rows)
    return write_csv(Path(path), header, rows)
