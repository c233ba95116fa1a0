"""From a table and a mapping to rows as they will be stored: analysis of the whole file (distinct stage,
owner, currency and product values with proposed matches; the order of each date column), and conversion of
one row into typed values with every problem on its cell.

Nothing here writes; ``engine`` does."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.domain import money
from desktop.domain.errors import EtapError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.imports import values as parse
from desktop.domain.imports.headers import Kind, Target, auto_map, normalise
from desktop.domain.imports.mapping import NEW_USER, UNASSIGNED, Mapping
from desktop.domain.imports.stages import closed_kind, status_kind
from desktop.domain.imports.values import DateOrder
from desktop.domain.stages import StageKind
from desktop.services.imports.reading import Table
from desktop.store.models import Process, Product, Stage, User

VALUE_COLUMNS = (Target.STAGE, Target.STATUS, Target.OWNER, Target.CURRENCY, Target.PRODUCT)
DATE_TARGETS = (Target.CREATED, Target.STAGE_ENTERED, Target.CLOSED, Target.EXPECTED_CLOSE)
MAX_DISTINCT = 2000  # a column with more distinct values is not a list of stages or owners
PREVIEW_ROWS = 200
LIMITS = {
    Target.NUMBER: 64,
    Target.TITLE: 200,
    Target.SOURCE: 80,
    Target.LOST_REASON: 2000,
    Target.COMPANY: 200,
    Target.TAX_ID: 32,
    Target.CITY: 120,
    Target.CONTACT: 200,
    Target.FIRST_NAME: 100,
    Target.LAST_NAME: 100,
    Target.EMAIL: 254,
    Target.PHONE: 40,
    Target.COMPANY_PHONE: 40,
    Target.COMPANY_EMAIL: 254,
    Target.USER_NAME: 120,
    Target.CODE: 40,
    Target.PRODUCT: 200,
    Target.STAGE: 80,
    Target.OWNER: 254,
    Target.STATUS: 40,
    Target.CURRENCY: 8,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY_WORDS = {
    "zl": "PLN",
    "zł": "PLN",
    "pln": "PLN",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "$": "USD",
    "usd": "USD",
    "lei": "RON",
    "ron": "RON",
    "£": "GBP",
    "gbp": "GBP",
}


@dataclass(frozen=True)
class Problem:
    column: int | None  # the file's column (None: the whole row)
    error: EtapError
    blocking: bool = True  # a blocking problem keeps the row out; a warning is only reported


@dataclass
class Record:
    line: int
    cells: list
    values: dict[Target, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.blocking for p in self.problems)

    def fail(self, column: int | None, template: str, blocking: bool = True, **params: object) -> None:
        self.problems.append(Problem(column, ValidationError(template, **params), blocking))


@dataclass
class StageChoice:
    id: int | None  # None: the stage will be created (a new process)
    name: str
    kind: StageKind


@dataclass
class Analysis:
    """What the whole file holds, for the value-mapping step and the questions to ask."""

    rows: int = 0
    distinct: dict[Target, dict[str, int]] = field(default_factory=dict)  # value → rows
    too_many: set[Target] = field(default_factory=set)
    date_orders: dict[int, DateOrder | None] = field(default_factory=dict)  # None: ambiguous, ask
    mixed_dates: set[int] = field(default_factory=set)
    stage_order: list[str] = field(default_factory=list)  # stage values in order of first appearance

    def ambiguous_dates(self, mapping: Mapping) -> list[int]:
        return [c for c, order in self.date_orders.items() if order is None and c not in mapping.date_orders]


def default_mapping(table: Table, kind: Kind | None = None) -> Mapping:
    from desktop.domain.imports.headers import guess_kind

    kind = kind or guess_kind(table.headers)
    return Mapping(kind=kind, columns=auto_map(table.headers, kind))


def blank(cells: list) -> bool:
    """A row with nothing in it (stops at the first filled cell, usually the first)."""
    for cell in cells:  # noqa: SIM110 - a plain loop is the fastest way to stop at the first filled cell
        if cell is not None and cell != "" and (not isinstance(cell, str) or cell.strip()):
            return False
    return True


def analyse(table: Table, mapping: Mapping, rows: Iterable[tuple[int, list]] | None = None) -> Analysis:
    """One streamed pass over the file: counts, distinct values of the value-mapped columns, date orders.

    Raw cell texts are counted as they come (cheap) and tidied once at the end; a date text is looked at once."""
    result = Analysis()
    value_columns = [(i, t, {}) for i, t in mapping.columns.items() if t in VALUE_COLUMNS]
    date_columns = [(i, set()) for i, t in mapping.columns.items() if t in DATE_TARGETS]
    first_big = dict.fromkeys((i for i, _s in date_columns), False)
    second_big = dict.fromkeys(first_big, False)
    seen_dmy = dict.fromkeys(first_big, False)
    for _line, cells in rows if rows is not None else table.rows():
        if blank(cells):
            continue
        result.rows += 1
        width = len(cells)
        for index, _target, counts in value_columns:
            if index < width:
                cell = cells[index]
                if cell is not None and cell != "" and len(counts) <= 4 * MAX_DISTINCT:
                    counts[cell] = counts.get(cell, 0) + 1
        for index, seen in date_columns:
            if index < width:
                cell = cells[index]
                if isinstance(cell, str) and cell not in seen:
                    if len(seen) < 100_000:
                        seen.add(cell)
                    parts = parse.date_parts(cell)
                    if parts:
                        seen_dmy[index] = True
                        first_big[index] |= parts[0] > 12
                        second_big[index] |= parts[1] > 12
    stage_seen: set[str] = set()
    for _index, target, raw_counts in value_columns:
        counts = result.distinct.setdefault(target, {})
        for raw, count in raw_counts.items():
            text = " ".join(str(raw).split())
            if not text:
                continue
            counts[text] = counts.get(text, 0) + count
            if target is Target.STAGE and text.casefold() not in stage_seen:
                stage_seen.add(text.casefold())
                result.stage_order.append(text)
        if len(counts) > MAX_DISTINCT or len(raw_counts) > 4 * MAX_DISTINCT:
            result.too_many.add(target)
            counts.clear()
    for index in first_big:
        if not seen_dmy[index]:
            result.date_orders[index] = DateOrder.YMD
        elif first_big[index] and second_big[index]:
            result.mixed_dates.add(index)
            result.date_orders[index] = DateOrder.DMY
        elif first_big[index]:
            result.date_orders[index] = DateOrder.DMY
        elif second_big[index]:
            result.date_orders[index] = DateOrder.MDY
        else:
            result.date_orders[index] = None
    return result


# -- matching file values to Etap's ------------------------------------------------------------------------
def _squash(text: str) -> str:
    return re.sub(r"[\s\-_./]+", "", normalise(text))


def propose_stages(values: Iterable[str], process_id: int | None) -> dict[str, str]:
    """File stage value → the process's stage name: same name (any case), else the stage of the recognised
    closed kind (Wygrana → the Won stage); "" when nothing matches."""
    stages = (
        list(Stage.select(Stage.name, Stage.kind).where(Stage.process == process_id).order_by(Stage.position).tuples())
        if process_id
        else []
    )
    by_name = {normalise(n): n for n, _k in stages}
    by_kind: dict[str, str] = {}
    for name, kind in stages:
        by_kind.setdefault(kind, name)
    out = {}
    for value in values:
        match = by_name.get(normalise(value))
        if match is None:
            kind = closed_kind(value)
            match = by_kind.get(str(kind)) if kind else None
        out[value] = match or ""
    return out


def propose_owners(values: Iterable[str]) -> dict[str, str]:
    """File owner value → a user's user name, matched by display name, user name or e-mail (any case)."""
    users = list(User.select(User.username, User.display_name, User.email).tuples())
    index: dict[str, str] = {}
    for username, display, email in users:
        for key in (display, username, email):
            if key:
                index.setdefault(normalise(key), username)
    return {value: index.get(normalise(value), "") for value in values}


def propose_currencies(values: Iterable[str]) -> dict[str, str]:
    out = {}
    for value in values:
        key = value.strip().lower()
        code = _CURRENCY_WORDS.get(key) or (
            value.strip().upper() if re.fullmatch(r"[A-Za-z]{3}", value.strip()) else ""
        )
        out[value] = code
    return out


def propose_products(values: Iterable[str]) -> dict[str, str]:
    """File product → catalogue name when the same ignoring case, spaces and dashes (``GTXPro`` → ``GTX Pro``);
    "" when the catalogue has nothing like it."""
    names = [n for (n,) in Product.select(Product.name).tuples()]
    exact = {n.casefold(): n for n in names}
    loose = {_squash(n): n for n in names}
    return {v: exact.get(v.casefold()) or loose.get(_squash(v), "") for v in values}


def fill_value_mapping(mapping: Mapping, analysis: Analysis) -> None:
    """Proposals for the values the mapping does not name yet (the user or a JSON file may override)."""
    process_id = Process.select(Process.id).where(Process.name == mapping.process).scalar() if mapping.process else None
    distinct = analysis.distinct
    if Target.STAGE in distinct and process_id:
        for value, name in propose_stages(distinct[Target.STAGE], process_id).items():
            mapping.stages.setdefault(value, name)
    if Target.OWNER in distinct:
        for value, name in propose_owners(distinct[Target.OWNER]).items():
            mapping.owners.setdefault(value, name or mapping.unknown_owner)
    if Target.CURRENCY in distinct:
        for value, code in propose_currencies(distinct[Target.CURRENCY]).items():
            mapping.currencies.setdefault(value, code)


# -- converting rows -----------------------------------------------------------------------------------
class Converter:
    """Turns raw rows into Records for one mapping; built once per import (it reads stages, users and the
    catalogue up front, so converting a row touches no database)."""

    def __init__(self, table: Table, mapping: Mapping, analysis: Analysis, stages: dict[str, StageChoice]) -> None:
        self.table, self.mapping, self.analysis = table, mapping, analysis
        self.width = len(table.headers)
        self.columns = sorted(mapping.columns.items())
        self.stages = {k.casefold(): v for k, v in stages.items()}
        self.users = {normalise(k): v for k, v in _user_index().items()}
        self.owner_map = {k.casefold(): v for k, v in mapping.owners.items()}
        self.currency_map = {k.casefold(): v for k, v in mapping.currencies.items()}
        catalogue = [n for (n,) in Product.select(Product.name).tuples()]
        self.catalogue = {n.casefold() for n in catalogue}
        self.loose = {_squash(n): n for n in catalogue}
        self.product_map = {k.casefold(): v for k, v in mapping.products.items()}
        self.orders = {**{c: o for c, o in analysis.date_orders.items()}, **mapping.date_orders}
        self.skip_rows = mapping.skip_rows
        self.unchecked_mixed = {c for c in analysis.mixed_dates if c not in mapping.date_orders}
        amount, date, text = self._amount, self._date, self._text
        self.parsers = [
            (i, t, amount if t in (Target.VALUE, Target.PRICE) else date if t in DATE_TARGETS else text)
            for i, t in self.columns
        ]

    def convert(self, line: int, cells: list) -> Record:
        record = Record(line, cells)
        if len(cells) != self.width and self.table.format != "vcard":
            extra = not blank(cells[self.width :])
            if extra or (len(cells) < self.width and self.table.format == "csv"):
                record.fail(
                    None,
                    QT_TRANSLATE_NOOP("Errors", "The row has {count} cells; the header has {expected}."),
                    count=len(cells),
                    expected=self.width,
                )
                return record
        if self.skip_rows and line in self.skip_rows:
            record.fail(None, QT_TRANSLATE_NOOP("Errors", "Left out by the user."))
            return record
        values = record.values
        width = len(cells)
        for index, target, parser in self.parsers:
            if index >= width:
                continue
            raw = cells[index]
            if raw is None or raw == "" or (raw.__class__ is str and not raw.strip()):
                continue
            if target in values and values[target] not in (None, ""):
                continue  # two columns for one field: the first non-empty wins
            try:
                value = parser(index, target, raw, record)
            except EtapError as exc:
                record.problems.append(Problem(index, exc))
                continue
            if value not in (None, ""):
                values[target] = value
        self._finish(record)
        return record

    def _amount(self, _index: int, _target: Target, raw: object, _record: Record) -> object:
        amount = parse.parse_amount(raw)
        if amount is not None and amount < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative."))
        return amount

    def _date(self, index: int, target: Target, raw: object, _record: Record) -> object:
        order = self.orders.get(index, DateOrder.DMY)
        if index in self.unchecked_mixed:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The column mixes day-first and month-first dates."))
        moment = _date_text(raw, order) if isinstance(raw, str) else parse.parse_datetime(raw, order)
        return moment.date() if target is Target.EXPECTED_CLOSE and moment else moment

    def _text(self, index: int, target: Target, raw: object, record: Record) -> object:
        text = parse.clean_text(raw, LIMITS.get(target, 200))
        if target is not Target.LOST_REASON:
            text = parse.one_line(text)
        if target is Target.EMAIL or target is Target.COMPANY_EMAIL:
            text = text.lower()
            if text.startswith("mailto:"):
                text = text[7:]
            if not _EMAIL.match(text):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not an e-mail address."), text=text)
        elif target in (Target.PHONE, Target.COMPANY_PHONE):
            try:
                text = normalise_phone(text)
            except ValidationError as err:  # kept as written (never lose a number), with a warning on the row
                record.fail(index, err.template, blocking=False, **err.params)
        elif target is Target.TAX_ID:
            text = normalise_tax_id(text)
            if not tax_id_valid(text):
                record.fail(
                    index,
                    QT_TRANSLATE_NOOP("Errors", "“{text}” is not a valid NIP or CUI (its check digit does not match)."),
                    blocking=False,
                    text=text,
                )
        elif target is Target.CURRENCY:
            code = self.currency_map.get(text.casefold()) or propose_currencies([text])[text]
            return money.check_currency(code or text)
        elif target is Target.PRODUCT:
            mapped = self.product_map.get(text.casefold())
            if mapped:
                return mapped
            if self.catalogue and text.casefold() not in self.catalogue:
                near = self.loose.get(_squash(text))
                if near:
                    record.fail(
                        index,
                        QT_TRANSLATE_NOOP("Errors", "“{text}” is not in the catalogue; the catalogue has “{near}”."),
                        blocking=False,
                        text=text,
                        near=near,
                    )
                else:
                    record.fail(
                        index,
                        QT_TRANSLATE_NOOP("Errors", "“{text}” is not in the catalogue."),
                        blocking=False,
                        text=text,
                    )
        return text

    def _finish(self, record: Record) -> None:
        values, kind = record.values, self.mapping.kind
        if kind is Kind.DEALS:
            self._finish_deal(record)
        elif kind is Kind.CONTACTS and not (
            values.get(Target.CONTACT)
            or values.get(Target.LAST_NAME)
            or values.get(Target.FIRST_NAME)
            or values.get(Target.EMAIL)
        ):
            record.fail(None, QT_TRANSLATE_NOOP("Errors", "The row has no name and no e-mail."))
        elif kind is Kind.COMPANIES and not values.get(Target.COMPANY):
            record.fail(None, QT_TRANSLATE_NOOP("Errors", "The row has no company name."))
        elif kind is Kind.USERS and not values.get(Target.USER_NAME):
            record.fail(None, QT_TRANSLATE_NOOP("Errors", "The row has no name."))
        elif kind is Kind.PRODUCTS and not values.get(Target.PRODUCT):
            record.fail(None, QT_TRANSLATE_NOOP("Errors", "The row has no product name."))
        if Target.CONTACT in values and not (Target.FIRST_NAME in values or Target.LAST_NAME in values):
            first, _, last = str(values[Target.CONTACT]).rpartition(" ")
            values[Target.FIRST_NAME], values[Target.LAST_NAME] = first[:100], last[:100]

    def _finish_deal(self, record: Record) -> None:
        values = record.values
        stage_text = values.get(Target.STAGE)
        status = values.get(Target.STATUS)
        choice = None
        if stage_text:
            choice = self.stages.get(str(stage_text).casefold())
            if choice is None:
                record.fail(
                    self._column(Target.STAGE),
                    QT_TRANSLATE_NOOP("Errors", "“{text}” is not a stage of the process."),
                    text=stage_text,
                )
                return
        if status:
            status_is = status_kind(str(status))
            if status_is is None:
                record.fail(
                    self._column(Target.STATUS),
                    QT_TRANSLATE_NOOP("Errors", "“{text}” is not a status (open, won, lost)."),
                    text=status,
                )
                return
            if status_is.is_closed and (choice is None or not choice.kind.is_closed):
                choice = self.stages.get(f"\x00{status_is}") or choice  # the process's stage of that kind
        if choice is None:
            choice = self.stages.get("\x00first")
        if choice is None:
            record.fail(None, QT_TRANSLATE_NOOP("Errors", "The row has no stage."))
            return
        values["_stage"] = choice
        owner = values.get(Target.OWNER)
        if owner:
            mapped = self.owner_map.get(str(owner).casefold())
            if mapped is None:
                mapped = self.mapping.unknown_owner
            if mapped == NEW_USER:
                values["_owner"] = ("new", str(owner))
            elif mapped == UNASSIGNED:
                values["_owner"] = None
                if normalise(str(owner)) not in self.users:
                    record.fail(
                        self._column(Target.OWNER),
                        QT_TRANSLATE_NOOP("Errors", "No user “{text}”; the deal will have no owner."),
                        blocking=False,
                        text=owner,
                    )
            else:
                user_id = self.users.get(normalise(mapped))
                values["_owner"] = user_id
        currency = values.get(Target.CURRENCY) or self.mapping.default_currency
        values[Target.CURRENCY] = currency
        if Target.VALUE in values:
            values[Target.VALUE] = money.round_money(values[Target.VALUE], currency)
        if not values.get(Target.TITLE):
            parts = [values.get(Target.PRODUCT), values.get(Target.COMPANY) or values.get(Target.CONTACT)]
            title = " — ".join(str(p) for p in parts if p) or str(values.get(Target.NUMBER) or "")
            if not title:
                record.fail(None, QT_TRANSLATE_NOOP("Errors", "The row has no title, company or contact to name it."))
                return
            values[Target.TITLE] = title[:200]
        created = values.get(Target.CREATED)
        closed = values.get(Target.CLOSED)
        if choice.kind.is_closed and closed is None:
            closed = values.get(Target.STAGE_ENTERED) or created
        if created and closed and closed < created:
            record.fail(
                self._column(Target.CLOSED),
                QT_TRANSLATE_NOOP("Errors", "The closing date is before the creation date."),
            )

    def _column(self, target: Target) -> int | None:
        return next((i for i, t in self.columns if t is target), None)


@lru_cache(maxsize=8192)
def _date_text(text: str, order: DateOrder | None):
    """Dates repeat a lot in a file (a year has 365 of them): each text is parsed once."""
    return parse.parse_datetime(text, order)


def _user_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for user_id, username, display, email in User.select(
        User.id, User.username, User.display_name, User.email
    ).tuples():
        for key in (username, display, email):
            if key:
                index.setdefault(key, user_id)
    return index


def stage_choices(process_id: int | None, mapping: Mapping, analysis: Analysis) -> dict[str, StageChoice]:
    """File stage value → stage, plus "\\x00won"/"\\x00lost"/"\\x00first" for status columns and rows without a
    stage. For a process that does not exist yet the stages are the ones ``engine`` will create."""
    from desktop.domain.imports.stages import stages_from_values

    choices: dict[str, StageChoice] = {}
    if process_id is None:
        planned = stages_from_values(analysis.stage_order)
        by_kind: dict[StageKind, StageChoice] = {}
        for name, kind in planned:
            choices[name] = StageChoice(None, name, kind)
            by_kind.setdefault(kind, choices[name])
        for value in analysis.stage_order:
            kind = closed_kind(value)
            choices.setdefault(value, by_kind.get(kind) if kind else choices.get(value))  # "Wygrana" → the Won
        if not planned:
            choices["\x00first"] = StageChoice(None, "", StageKind.OPEN)
    else:
        stages = list(
            Stage.select(Stage.id, Stage.name, Stage.kind)
            .where(Stage.process == process_id)
            .order_by(Stage.position)
            .tuples()
        )
        by_name = {name: StageChoice(i, name, StageKind(kind)) for i, name, kind in stages}
        for name, choice in by_name.items():
            choices[name] = choice
        for value, target in mapping.stages.items():
            if target in by_name:
                choices[value] = by_name[target]
            elif target == "" and value in choices and value not in by_name:
                del choices[value]
        for value in analysis.stage_order:
            if value not in choices:
                kind = closed_kind(value)
                match = next((c for c in by_name.values() if kind and c.kind is kind), None)
                if match is not None:
                    choices[value] = match
        for _i, name, kind in stages:
            choices.setdefault(f"\x00{kind}", by_name[name])
        first_open = next((by_name[n] for _i, n, k in stages if k == StageKind.OPEN), None)
        if first_open is not None:
            choices["\x00first"] = first_open
    return {k: v for k, v in choices.items() if v is not None}


def normalise_phone(text: str) -> str:
    """Digits and a leading +, grouped as typed; the clients feature's normaliser replaces this when present."""
    try:
        from desktop.domain import identifiers  # landed by the contacts/companies feature

        return identifiers.normalise_phone(text)
    except (ImportError, AttributeError):
        pass
    except EtapError:
        raise
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a phone number."), text=text) from None
    cleaned = re.sub(r"[^\d+]", "", text)
    if len(re.sub(r"\D", "", cleaned)) < 5:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a phone number."), text=text)
    return text


def normalise_tax_id(text: str) -> str:
    """NIP/CUI/VAT id without spaces and dashes (the country prefix kept)."""
    return re.sub(r"[\s\-.]", "", text).upper()


@lru_cache(maxsize=65536)
def tax_id_valid(text: str) -> bool:
    """A Polish NIP or Romanian CUI whose check digit matches (by the contacts feature's validators); other
    countries' VAT ids and anything when the validators are not there pass."""
    try:
        from desktop.domain import identifiers
    except ImportError:
        return True
    digits = re.sub(r"\D", "", text)
    if text.startswith("PL") or (len(digits) == 10 and not text.startswith("RO")):
        return identifiers.is_valid_nip(digits) or identifiers.is_valid_cui(digits)
    if text.startswith("RO") or 2 <= len(digits) <= 10:
        return identifiers.is_valid_cui(digits)
    return True  # a longer foreign VAT id: not ours to check


@lru_cache(maxsize=65536)
def tax_key(text: str) -> str:
    """For matching: digits only (``PL 123-456-32-18`` and ``1234563218`` are one company)."""
    return re.sub(r"\D", "", text or "")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """For matching companies by name: normalised, legal forms dropped (``ACME sp. z o.o.`` = ``Acme``)."""
    key = normalise(text)
    key = re.sub(
        r"\b(sp z o o|spolka z ograniczona odpowiedzialnoscia|s a|sa|sp j|s c|srl|s r l|sa|ltd|inc|llc|gmbh)\b",
        " ",
        key,
    )
    return " ".join(key.split())


def preview(table: Table, converter: Converter, limit: int = PREVIEW_ROWS) -> list[Record]:
    out = []
    for line, cells in table.rows():
        if blank(cells):
            continue
        out.append(converter.convert(line, cells))
        if len(out) >= limit:
            break
    return out


def iter_records(table: Table, converter: Converter) -> Iterator[Record]:
    for line, cells in table.rows():
        if blank(cells):
            continue
        yield converter.convert(line, cells)
