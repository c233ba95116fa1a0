"""File → Export all data: one ZIP another tool can read — a CSV per table, stored files as real files.

Files kept in the database (attachments, offer PDFs, activity files, e-mail attachments) are written under
``files/<table>/<id>/<name>`` and the CSV cell holds that path instead of the bytes. Password hashes stay out.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain.timeutil import utcnow
from desktop.services import history
from desktop.services.actor import Actor, require_admin
from desktop.store import dump
from desktop.store.db import atomic

NAME_COLUMNS = ("file_name", "filename", "name")
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def _safe_name(name: str, fallback: str) -> str:
    cleaned = UNSAFE.sub("_", name).strip(" .")
    return cleaned[:150] or fallback


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _file_path(table: str, columns: list[str], row: tuple, column: str, index: int) -> str:
    row_id = row[columns.index("id")] if "id" in columns else index
    name_column = next((c for c in NAME_COLUMNS if c in columns), None)
    label = str(row[columns.index(name_column)] or "") if name_column else ""
    return f"files/{table}/{row_id}/{_safe_name(label, column)}"


def export_all(actor: Actor, target: Path, now: datetime | None = None) -> dict[str, int]:
    """Write everything to the ZIP ``target`` (admins: it holds every user's deals); rows written per table."""
    require_admin(actor)
    counts: dict[str, int] = {}
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for table in dump.tables():
            columns, rows = dump.rows(table)
            with archive.open(f"{table}.csv", "w", force_zip64=True) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                writer = csv.writer(text)
                writer.writerow(columns)
                count, has_files = 0, False
                for row in rows:
                    cells = []
                    for column, value in zip(columns, row, strict=True):
                        if isinstance(value, bytes | memoryview):
                            has_files = True
                            cells.append(_file_path(table, columns, row, column, count))
                        else:
                            cells.append(_cell(value))
                    writer.writerow(cells)
                    count += 1
                text.flush()
                text.detach()
            counts[table] = count
            if has_files:  # a zip takes one open entry at a time: the files follow their table's CSV
                columns, rows = dump.rows(table)
                for index, row in enumerate(rows):
                    for column, value in zip(columns, row, strict=True):
                        if isinstance(value, bytes | memoryview):
                            archive.writestr(_file_path(table, columns, row, column, index), bytes(value))
    partial.replace(target)
    with atomic():
        history.record("data_exported", now or utcnow(), actor, file=target.name)
    return counts
