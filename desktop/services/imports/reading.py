"""Opening a file as a table: CSV/TSV text (encoding detected, delimiter sniffed, header row found), XLSX
(streamed, read-only) or vCard. Rows are streamed, never loaded whole, so a 2 GB file keeps memory bounded.

Bad files raise ``ImportFileError`` (an EtapError) with a message the user can act on."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

SAMPLE_BYTES = 1 << 20
DELIMITERS = (",", ";", "\t", "|")
FIELD_LIMIT = 64 * 1024 * 1024  # csv's default is 128 KiB; a notes column can be longer, a 2 GB one is broken
ENCODINGS = ("utf-8", "utf-8-sig", "cp1250", "iso8859-2", "iso8859-16", "cp1252", "utf-16")
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "cp1250": "Windows-1250",
    "iso8859-2": "ISO-8859-2",
    "iso8859-16": "ISO-8859-16",
    "cp1252": "Windows-1252",
    "utf-16": "UTF-16",
}


class ImportFileError(ValidationError):
    """The file cannot be read as a table; nothing was imported."""


@dataclass
class Table:
    """A file opened for import. ``rows()`` streams (line number, cells) after the header row."""

    path: Path
    format: str  # csv / xlsx / vcard
    headers: list[str]
    header_line: int = 1
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[int, list]]:
        if self.format == "xlsx":
            return _xlsx_rows(self)
        if self.format == "vcard":
            return _vcard_rows(self)
        return _csv_rows(self)


def open_table(
    path: str | Path, encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None
) -> Table:
    """Open ``path`` for import; ``encoding``/``delimiter``/``sheet`` override what is detected."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The file cannot be opened: {detail}"), detail=exc.strerror or str(exc)
        ) from None
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
    if head.startswith(b"PK\x03\x04"):
        return _open_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "This is an old Excel file (.xls). Save it as .xlsx or CSV and import that.")
        )
    encoding = encoding or detect_encoding(head)
    text = head.decode(encoding, errors="replace")
    if re.match(r"\s*BEGIN:VCARD", text, re.IGNORECASE):
        return Table(path, "vcard", list(VCARD_HEADERS), 0, encoding)
    delimiter = delimiter or sniff_delimiter(text)
    lines = list(_sample_rows(text, delimiter))
    header_index = find_header(lines)
    headers = _titles(lines[header_index] if lines else [])
    return Table(path, "csv", headers, header_index + 1, encoding, delimiter)


def detect_encoding(head: bytes) -> str:
    """UTF-8 (with or without BOM) when the bytes decode as such, else the best of the Central European
    code pages by charset-normalizer; a file that is not text raises ImportFileError."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.count(b"\x00") > max(8, len(head) // 100) or _looks_binary(head):
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "This is not a text or spreadsheet file Etap can import."))
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and len(head) == SAMPLE_BYTES:  # a character cut at the sample's end
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=["cp1250", "iso8859_2", "iso8859_16", "cp1252"]).best()
    if best is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "This is not a text or spreadsheet file Etap can import."))
    return {"iso8859_2": "iso8859-2", "iso8859_16": "iso8859-16"}.get(best.encoding, best.encoding)


def _looks_binary(head: bytes) -> bool:
    control = sum(1 for b in head[:65536] if b < 9 or 13 < b < 32)
    return control > max(8, min(len(head), 65536) // 50)


def sniff_delimiter(text: str) -> str:
    """The delimiter (``, ; tab |``) that splits the first lines into the most, consistently many columns."""
    lines = text.splitlines()[:60]
    if len(lines) > 1 and len(text) >= SAMPLE_BYTES - 1:
        lines = lines[:-1]  # the sample may end mid-line
    sample = "\n".join(lines)
    csv.field_size_limit(FIELD_LIMIT)  # a sample's long field (the limit is the process's: maybe never raised yet)
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in r)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (round(counts.count(mode) / len(counts), 1), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _sample_rows(text: str, delimiter: str) -> Iterator[list[str]]:
    csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for index, row in enumerate(reader):
            if index >= 30:
                return
            yield row
    except csv.Error:
        return


def find_header(rows: list[list]) -> int:
    """The header is the first of the first rows that fills most columns with text that is neither a number
    nor a date (a report title or a blank line above it is skipped)."""
    widths = [sum(1 for c in r if str(c or "").strip()) for r in rows]
    if not widths:
        return 0
    widest = max(widths)
    for index, row in enumerate(rows[:20]):
        cells = [str(c).strip() for c in row if c is not None and str(c).strip()]
        if len(cells) >= max(1, (widest + 1) // 2) and all(_is_title(c) for c in cells):
            return index
    return next((i for i, w in enumerate(widths) if w), 0)


def _is_title(text: str) -> bool:
    return not re.fullmatch(r"[-+]?[\d\s.,/:]+", text)


def _titles(row: list) -> list[str]:
    """Header cells as titles; an empty one (a merged or missing title) is named after its column."""
    titles = []
    for index, cell in enumerate(row):
        text = " ".join(str(cell).split()) if cell is not None else ""
        titles.append(text or column_letter(index))
    return titles


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _csv_rows(table: Table) -> Iterator[tuple[int, list]]:
    csv.field_size_limit(FIELD_LIMIT)
    with open(table.path, encoding=table.encoding, newline="", errors="strict") as handle:
        reader = csv.reader(handle, delimiter=table.delimiter or ",")
        try:
            for index, row in enumerate(reader):
                if index < table.header_line:
                    continue
                yield reader.line_num, row
        except UnicodeDecodeError:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line} is not valid {encoding} text. Choose the file's encoding and try again."
                ),
                line=reader.line_num + 1,
                encoding=ENCODING_LABELS.get(table.encoding or "", table.encoding),
            ) from None
        except csv.Error as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "Line {line} cannot be read: {detail}"),
                line=reader.line_num,
                detail=str(exc),
            ) from None


# -- XLSX ------------------------------------------------------------------------------------------------
def _open_xlsx(path: Path, sheet: str | None) -> Table:
    workbook = _workbook(path)
    try:
        names = list(workbook.sheetnames)
        name = sheet if sheet in names else names[0]
        rows = []
        for index, row in enumerate(workbook[name].iter_rows(values_only=True)):
            rows.append(list(row))
            if index >= 30:
                break
    finally:
        workbook.close()
    if not any(any(c not in (None, "") for c in r) for r in rows):
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "The sheet “{sheet}” is empty."), sheet=name)
    header_index = find_header(rows)
    headers = _titles(_trim(rows[header_index]))
    return Table(path, "xlsx", headers, header_index + 1, sheet=name, sheets=names)


def _workbook(path: Path):
    import zipfile

    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The spreadsheet cannot be read: {detail}"), detail=str(exc)
        ) from None


def _trim(row: list) -> list:
    while row and row[-1] in (None, ""):
        row = row[:-1]
    return row


def _xlsx_rows(table: Table) -> Iterator[tuple[int, list]]:
    workbook = _workbook(table.path)
    try:
        for index, row in enumerate(workbook[table.sheet].iter_rows(values_only=True), start=1):
            if index <= table.header_line:
                continue
            yield index, _trim(list(row))
    finally:
        workbook.close()


# -- vCard -----------------------------------------------------------------------------------------------
VCARD_HEADERS = ("Full name", "First name", "Last name", "E-mail", "Phone", "Company", "City")


def _vcard_rows(table: Table) -> Iterator[tuple[int, list]]:
    """One card at a time (BEGIN:VCARD … END:VCARD), so a huge address book streams like a CSV."""
    import vobject

    with open(table.path, encoding=table.encoding, newline="", errors="replace") as handle:
        lines: list[str] = []
        number = 0
        for line in handle:
            lines.append(line)
            if line.strip().upper() != "END:VCARD":
                continue
            number += 1
            text, lines = "".join(lines), []
            try:
                card = vobject.readOne(text, ignoreUnreadable=True)
            except Exception:  # vobject raises its own ParseError and plain ValueErrors on broken cards
                yield number, [""] * len(VCARD_HEADERS) + ["\x00broken"]
                continue
            cells = _card_cells(card)
            yield number, cells if any(cells) else [*cells, "\x00broken"]  # reported, not silently skipped


def _card_cells(card) -> list[str]:
    def first(key: str):
        items = card.contents.get(key) or []
        return items[0].value if items else None

    full = first("fn") or ""
    name = first("n")
    given = " ".join(x for x in (getattr(name, "given", ""), getattr(name, "additional", "")) if isinstance(x, str))
    family = getattr(name, "family", "") if name is not None else ""
    org = first("org")
    company = org[0] if isinstance(org, list) and org else (org or "")
    phone = str(first("tel") or "")
    phone = phone[4:] if phone.lower().startswith("tel:") else phone
    adr = first("adr")
    city = getattr(adr, "city", "") if adr is not None else ""
    return [
        str(full),
        " ".join(str(given).split()),
        str(family if isinstance(family, str) else " ".join(family)).strip(),
        str(first("email") or ""),
        phone,
        str(company),
        str(city or ""),
    ]
