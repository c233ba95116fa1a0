"""What every report shares: the filters, the result (a table, a chart, a few headline figures) and the SQL
pieces (visibility, period, calendar days, month buckets in the business time zone) that must read the same in
every report.

Reports are computed by the database: grouped queries over indexed columns and the stays table; Python only
reshapes the few grouped rows that come back. Labels are English source texts marked for translation in the
"Reports" context; the ui translates them, the headless command prints them as they are.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from peewee import SQL, Case, Cast, NodeList, Value, fn

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import exponent, from_minor
from desktop.domain.timeutil import utcnow
from desktop.services.actor import Actor
from desktop.store import db as store_db
from desktop.store import prepared
from desktop.store.localdays import day_shift
from desktop.store.localdays import offsets as _offsets
from desktop.store.models import Deal
from desktop.store.prepared import mark, param, params

# column kinds: how a cell is shown and exported
TEXT, COUNT, MONEY, PERCENT, DAYS, MONTH = "text", "count", "money", "percent", "days", "month"


@dataclass(frozen=True)
class Filters:
    """What narrows a report. Empty / None means "no condition". ``owner_ids`` may hold None (unassigned).

    ``start``/``end`` are inclusive local dates; each report says which date the period applies to.
    ``by`` picks the report's grouping (its ``GROUPINGS``), empty for its default."""

    process_id: int | None = None
    start: date | None = None
    end: date | None = None
    owner_ids: tuple[int | None, ...] = ()
    sources: tuple[str, ...] = ()
    by: str = ""

    def check(self) -> Filters:
        if self.start and self.end and self.start > self.end:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The start of a range is after its end."))
        return self


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # English, context "Reports"
    kind: str = TEXT
    currency: str = ""  # money columns (and percentages of money) come one per currency


@dataclass
class Series:
    label: str  # English, context "Reports"
    values: list[float]


@dataclass
class View:
    """One way to draw the chart (deals, value in PLN, ...): the series drawn together, of one kind."""

    label: str  # English, context "Reports"
    series: list[Series]
    kind: str = COUNT
    currency: str = ""


@dataclass
class Chart:
    kind: str  # "pie" (the first series of a view), "bar" (a view's series side by side), "funnel"
    categories: list[str | None]  # None = the "(none)" label
    views: list[View]


@dataclass(frozen=True)
class Figure:
    """A headline number above the chart (win rate, median days, ...)."""

    label: str  # English, context "Reports"
    value: object
    kind: str = COUNT
    currency: str = ""


@dataclass
class Report:
    name: str
    title: str
    columns: list[Column]
    rows: list[list[object]]  # a None text cell is "(none)" (no owner, no source, ...)
    chart: Chart
    summary: list[Figure] = field(default_factory=list)
    # per row: the funnel criteria of its deals (process_id, stage_ids, owner_ids, ...), or None; under
    # "columns" what a count column's own deals change in them (won ones only, in order, ...)
    drill: list[dict | None] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # exact figures for the headless command's JSON

    def column_index(self, key: str, currency: str = "") -> int:
        for i, column in enumerate(self.columns):
            if column.key == key and column.currency == currency:
                return i
        raise KeyError((key, currency))

    def cell(self, row: int, key: str, currency: str = "") -> object:
        return self.rows[row][self.column_index(key, currency)]

    def drill_criteria(self, row: int, column_key: str = "") -> dict | None:
        """The funnel criteria (as keyword arguments) of the deals behind a row, or behind one of its count
        cells (``column_key``); None when the row has none."""
        if not 0 <= row < len(self.drill) or not self.drill[row]:
            return None
        spec = dict(self.drill[row])
        columns = spec.pop("columns", {})
        if column_key in columns and columns[column_key] is None:
            return None  # a count that is always nought (no stage of its kind)
        spec.update(columns.get(column_key, {}))
        return spec


NONE_LABEL = QT_TRANSLATE_NOOP("Reports", "(none)")


# --- conditions -------------------------------------------------------------------------------------------


def visible(actor: Actor, owner_column=Deal.owner) -> list:
    """Agents see their own numbers only; managers and admins everyone's (and unassigned deals)."""
    return [] if actor.is_manager else [owner_column == param(actor.id, "actor")]


def owners_condition(owner_ids: tuple[int | None, ...], owner_column=Deal.owner):
    ids = [i for i in owner_ids if i is not None]
    cond = owner_column.in_(params(ids, "owner")) if ids else None
    if None in owner_ids:
        mark("no owner")
        cond = owner_column.is_null() if cond is None else (cond | owner_column.is_null())
    return cond


def deal_conditions(actor: Actor, f: Filters, process: bool = True) -> list:
    """Visibility, spam, process, owners and sources: what every deal-based report filters on.

    ``process=False`` where the query already picks the process's stages by id: the redundant condition
    would tempt the planner into scanning the whole process through a (process, spam, ...) index."""
    conds = [Deal.spam == False, *visible(actor)]  # noqa: E712 - SQL comparison
    if process and f.process_id is not None:
        conds.append(Deal.process == param(f.process_id, "process"))
    if f.owner_ids:
        conds.append(owners_condition(f.owner_ids))
    if f.sources:
        conds.append(Deal.source.in_(params(f.sources, "source")))
    return conds


def period(column, f: Filters) -> list:
    """``column`` (a naive-UTC timestamp) inside the filters' period of dates in the business time zone."""
    conds = []
    if f.start:
        conds.append(column >= param(day_start_utc(f.start), "from"))
    if f.end:
        conds.append(column < param(day_start_utc(f.end + timedelta(days=1)), "to"))
    return conds


def date_period(column, f: Filters) -> list:
    """``column`` (a calendar date) inside the period."""
    conds = []
    if f.start:
        conds.append(column >= param(f.start, "from"))
    if f.end:
        conds.append(column <= param(f.end, "to"))
    return conds


# --- the business time zone ----------------------------------------------------------------------------------


_CALL: ContextVar[dict | None] = ContextVar("report_call", default=None)


def remembered(key: object, read):
    """``read()``, once per report run (inside ``one_reading``): what a run reads several times (the business
    time zone, the process's stages) does not change while it runs. Outside a run, ``read()`` each time."""
    call = _CALL.get()
    if call is None:
        return read()
    if key not in call:
        call[key] = read()
    return call[key]


class one_reading:  # noqa: N801 - used as ``with one_reading():``, as the function it was
    """One report's run (in this thread): see ``remembered``. (A class: a generator context manager cost a
    tenth of the quickest reports' own time.)"""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _CALL.set({}) if _CALL.get() is None else None

    def __exit__(self, *_exc) -> None:
        if self._token is not None:
            _CALL.reset(self._token)


def zone() -> ZoneInfo:
    """The business time zone (Settings; else the machine's): months, days and periods are counted in it."""
    from desktop.services.business_time import business_zone

    return remembered("zone", business_zone)


def day_start_utc(day: date, tz: ZoneInfo | None = None) -> datetime:
    """Midnight of ``day`` in the business time zone, as naive UTC (how timestamps are stored)."""
    local = datetime.combine(day, time()).replace(tzinfo=tz or zone())
    return local.astimezone(UTC).replace(tzinfo=None)


def local_today(now: datetime | None = None) -> date:
    """Today's date in the business time zone (``now``: naive UTC, default the clock)."""
    return (now or utcnow()).replace(tzinfo=UTC).astimezone(zone()).date()


def local_month_key(moment: datetime) -> str:
    """'YYYY-MM' of a naive-UTC moment in the business time zone."""
    return f"{moment.replace(tzinfo=UTC).astimezone(zone()):%Y-%m}"


def _offset_tree(column, offsets: tuple[tuple[datetime, int], ...], leaf):
    """``leaf(offset in minutes)`` for the offset in force at ``column``: a balanced tree of CASEs over the
    zone's changes (comparing the stored text), so each row costs a handful of comparisons."""
    if len(offsets) == 1:
        return leaf(offsets[0][1])
    middle = len(offsets) // 2
    boundary = SQL(f"'{offsets[middle][0]:%Y-%m-%d %H:%M:%S}'")
    return Case(
        None,
        [(column < boundary, _offset_tree(column, offsets[:middle], leaf))],
        _offset_tree(column, offsets[middle:], leaf),
    )


def _sqlite_modifier(column, offsets: tuple[tuple[datetime, int], ...]):
    """A SQLite date-time modifier ('+60 minutes') for the offset in force at ``column``."""
    return _offset_tree(column, offsets, lambda minutes: SQL(f"'{minutes:+d} minutes'"))


def local_time(column):
    """A naive-UTC timestamp column as the wall-clock time in the business time zone, computed by the database
    (PostgreSQL: AT TIME ZONE; SQLite, which has no zones: the zone's offsets, see ``_offsets``)."""
    key = zone().key
    if store_db.is_postgres():
        zone_name = param(key, "zone")  # a plain value is compiled as a parameter too
        return NodeList((SQL("(("), column, SQL(") AT TIME ZONE 'UTC') AT TIME ZONE"), zone_name), glue=" ")
    mark(("zone", key))  # its offsets are written into the SQL
    offsets = _offsets(key)
    if len(offsets) == 1 and offsets[0][1] == 0:
        return column
    return fn.datetime(column, _sqlite_modifier(column, offsets))


# --- SQL pieces that differ between SQLite and PostgreSQL ---------------------------------------------------


def days(start, end):
    """Whole calendar days in the business time zone from ``start`` to ``end`` (naive-UTC timestamps), computed
    by the database."""
    if store_db.is_postgres():
        return Cast(local_time(end), "DATE") - Cast(local_time(start), "DATE")
    return day_number(end) - day_number(start)


def day_number(column):
    """SQLite: the number of the calendar day (in the business time zone) a naive-UTC timestamp falls on, from
    one parse of the text: its Julian day (which starts at noon, hence + 0.5) shifted by the zone's offset, plus a
    tenth of a second so that a local midnight never rounds down to the day before (timestamps are whole
    seconds)."""
    key = zone().key
    mark(("zone", key))  # its offsets are written into the SQL
    offsets = _offsets(key)
    shift = _offset_tree(column, offsets, lambda minutes: SQL(day_shift(minutes)))
    return Cast(fn.julianday(column) + shift, "INTEGER")


def elapsed_days(start, end):
    """Fractional days between two timestamps (time spent in a stage)."""
    if store_db.is_postgres():
        return NodeList((SQL("EXTRACT(EPOCH FROM ("), end, SQL("-"), start, SQL("))")), glue=" ") / 86400.0
    return fn.julianday(end) - fn.julianday(start)


def month_of(column):
    """'YYYY-MM' of a calendar date (for a timestamp: ``local_month``)."""
    if store_db.is_postgres():
        return fn.to_char(column, "YYYY-MM")
    return fn.strftime("%Y-%m", column)


def local_month(column):
    """'YYYY-MM' of a naive-UTC timestamp in the business time zone: a deal won at 00:30 on 1 February in Warsaw
    (23:30 UTC on 31 January) counts in February."""
    return month_of(local_time(column))


# --- shaping ------------------------------------------------------------------------------------------------


def money(minor: object, currency: str) -> Decimal:
    return from_minor(int(minor or 0), currency)


def decimal_of(minor: int, currency: str) -> Decimal:
    """``from_minor(minor, currency)`` of an int (the same Decimal, exponent included: scaling a whole number
    by the currency's exponent is exact) at a third of its cost: the reports make one per cell."""
    return Decimal(minor).scaleb(_minus_exponent(currency))


@lru_cache(maxsize=256)
def _minus_exponent(currency: str) -> int:
    return -exponent(currency)


def weighted(minor_times_percent: object, currency: str) -> Decimal:
    """Σ value × probability / 100 rounded to the minor unit: exactly how the board's headers round it."""
    return from_minor(round(int(minor_times_percent or 0) / 100), currency)


def rate(part: int, whole: int) -> Decimal | None:
    """A percentage with one decimal (half up), or None when there is nothing to divide."""
    if not whole:
        return None
    if type(part) is int and type(whole) is int and part >= 0 and whole > 0:
        # counts: the tenths rounded half up in integers, exactly what the Decimal division below rounds to
        # (a count's percentage is never within 28 digits of a half), at a fraction of its cost
        return tenths_of((2000 * part + whole) // (2 * whole))
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_TENTH, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=4096)
def tenths_of(n: int) -> Decimal:
    """A whole number of tenths as a one-decimal Decimal (``rate``'s shape)."""
    return Decimal(n).scaleb(-1)


_TENTH = Decimal("0.1")


def currencies_of(*dicts: dict) -> list[str]:
    """Every currency met, most common first (by how many cells carry it), then alphabetically."""
    seen: dict[str, int] = {}
    for d in dicts:
        for inner in d.values():
            for currency in inner:
                seen[currency] = seen.get(currency, 0) + 1
    return sorted(seen, key=lambda c: (-seen[c], c))


def months_between(start: date, end: date) -> list[str]:
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_start(key: str) -> date:
    return date(int(key[:4]), int(key[5:7]), 1)


def next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def as_datetime(value: object) -> datetime:
    """SQLite returns timestamps computed in SQL as text."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def one_decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def fetch(query) -> list[tuple]:
    """A query's rows as the driver hands them over: the grouped ids, texts and numbers the reports read need
    no conversion through the models' fields, which cost more than the query itself on small results (callers
    take ``int()`` of sums: PostgreSQL sums big integers as numeric)."""
    sql, values = query.sql()
    return prepared.execute(sql, values).fetchall()


def owner_names(ids) -> dict[int, str]:
    from desktop.store.models import User

    ids = sorted(i for i in set(ids) if i is not None)
    if not ids:
        return {}
    return dict(
        prepared.rows(
            "owner names", lambda: User.select(User.id, User.display_name).where(User.id.in_(params(ids, "user")))
        )
    )


def stages_of(process_id: int | None, kinds: tuple[str, ...] | None = None) -> list[tuple[int, str, str, int]]:
    """(id, label, kind, rotting days) of a process's stages in board order; of every process (labels
    "Process: Stage") when no process is chosen. Read once per report run."""
    call = _CALL.get()
    key = ("stages", process_id)
    if call is None or key not in call:
        every = remembered(key, lambda: _read_stages(process_id))
    else:
        every = call[key]
    return [s for s in every if s[2] in kinds] if kinds else list(every)


def _read_stages(process_id: int | None) -> list[tuple[int, str, str, int]]:
    p = store_db.database.obj.param
    where = f"WHERE s.process_id = {p} " if process_id is not None else ""
    cursor = prepared.execute(
        "SELECT s.id, s.name, s.kind, s.rotting_days, p.name FROM stage s JOIN process p ON p.id = s.process_id "
        f"{where}ORDER BY p.position, p.id, s.position",
        [process_id] if process_id is not None else [],
    )
    if process_id is not None:
        return [row[:4] for row in cursor.fetchall()]
    return [(sid, f"{pname}: {name}", kind, rot) for sid, name, kind, rot, pname in cursor.fetchall()]


def require_process(f: Filters) -> int:
    if f.process_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a process for this report."), field="process")
    return f.process_id


def check_by(f: Filters, allowed: tuple[str, ...]) -> str:
    by = f.by or allowed[0]
    if by not in allowed:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), field="by", key=by)
    return by


class Money:
    """Count and per-currency sums of grouped rows (key, currency, count, Σ value, Σ value × probability)."""

    def __init__(self) -> None:
        self.count: dict[object, int] = {}
        # in minor units, as the rows bring them; Decimal only for what is shown (``sum``, ``sums``, ...)
        self._sums: dict[object, dict[str, int]] = {}
        self._weighted: dict[object, dict[str, int]] = {}
        self._shown: tuple[dict, dict] | None = None  # (sums, weighted) as Decimals, made once when first read

    def add(self, key, currency: str, count: int, total: object, wtotal: object = 0) -> None:
        self._shown = None
        self.count[key] = self.count.get(key, 0) + int(count)
        sums = self._sums.setdefault(key, {})
        sums[currency] = sums.get(currency, 0) + int(total or 0)
        w = self._weighted.setdefault(key, {})
        w[currency] = w.get(currency, 0) + round(int(wtotal or 0) / 100)  # each row rounded, as ``weighted``

    def _decimals(self) -> tuple[dict, dict]:
        if self._shown is None:
            self._shown = tuple(
                {k: {c: decimal_of(v, c) for c, v in d.items()} for k, d in minor.items()}
                for minor in (self._sums, self._weighted)
            )
        return self._shown

    def minor(self, key, currency: str) -> int:
        """Σ value of ``key`` in ``currency``, in minor units (0 when none)."""
        return self._sums.get(key, {}).get(currency, 0)

    def wminor(self, key, currency: str) -> int:
        """Σ weighted value of ``key`` in ``currency``, in minor units, rounded as ``weighted``."""
        return self._weighted.get(key, {}).get(currency, 0)

    @property
    def sums(self) -> dict[object, dict[str, Decimal]]:
        return self._decimals()[0]

    @property
    def weighted(self) -> dict[object, dict[str, Decimal]]:
        return self._decimals()[1]

    def currencies(self) -> list[str]:
        return currencies_of(self._sums)

    def sum(self, key, currency: str) -> Decimal:
        found = (self._shown or self._decimals())[0].get(key, {}).get(currency)
        return decimal_of(0, currency) if found is None else found

    def wsum(self, key, currency: str) -> Decimal:
        found = (self._shown or self._decimals())[1].get(key, {}).get(currency)
        return decimal_of(0, currency) if found is None else found


PERIODS = {
    "all": QT_TRANSLATE_NOOP("Reports", "All time"),
    "this_month": QT_TRANSLATE_NOOP("Reports", "This month"),
    "last_month": QT_TRANSLATE_NOOP("Reports", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("Reports", "This quarter"),
    "last_quarter": QT_TRANSLATE_NOOP("Reports", "Last quarter"),
    "this_year": QT_TRANSLATE_NOOP("Reports", "This year"),
    "last_year": QT_TRANSLATE_NOOP("Reports", "Last year"),
    "last_12_months": QT_TRANSLATE_NOOP("Reports", "Last 12 months"),
    "next_6_months": QT_TRANSLATE_NOOP("Reports", "Next 6 months"),
}


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    """Inclusive local dates of a quick period choice, relative to ``today``."""

    def month_end(day: date) -> date:
        return next_month(day) - timedelta(days=1)

    first = today.replace(day=1)
    quarter = first.replace(month=(today.month - 1) // 3 * 3 + 1)
    if key == "all":
        return None, None
    if key == "this_month":
        return first, month_end(first)
    if key == "last_month":
        start = (first - timedelta(days=1)).replace(day=1)
        return start, first - timedelta(days=1)
    if key == "this_quarter":
        return quarter, month_end(quarter.replace(month=quarter.month + 2))
    if key == "last_quarter":
        end = quarter - timedelta(days=1)
        return end.replace(day=1, month=(end.month - 1) // 3 * 3 + 1), end
    if key == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "last_12_months":
        month = first.month - 11  # this month and the 11 before it
        return date(first.year - (month <= 0), month + 12 * (month <= 0), 1), today
    if key == "next_6_months":
        end = first
        for _ in range(6):
            end = next_month(end)
        return first, end - timedelta(days=1)
    raise KeyError(key)


def sources_in_use(actor: Actor, process_id: int | None = None) -> list[str]:
    """The distinct non-empty sources of the deals the actor sees (for the source filter).

    A manager's list (every deal) skips through the ``deal_source`` index from one source to the next, a few
    probes per source instead of reading a million deals; an agent's reads their own deals."""
    if actor.is_manager and process_id is None:
        p = store_db.database.param
        cursor = prepared.execute(
            "WITH RECURSIVE found(source) AS ("
            f"SELECT MIN(source) FROM deal WHERE source > {p} "
            "UNION ALL "
            "SELECT (SELECT MIN(d.source) FROM deal d WHERE d.source > found.source) FROM found "
            "WHERE found.source IS NOT NULL) "
            "SELECT source FROM found WHERE source IS NOT NULL",
            [""],
        )
        return [source for (source,) in cursor.fetchall()]
    query = Deal.select(Deal.source).where(Deal.source != "", *visible(actor)).distinct().order_by(Deal.source)
    if process_id is not None:
        query = query.where(Deal.process == process_id)
    return [s for (s,) in query.tuples()]


def counted_stays(query, actor: Actor, f: Filters, created_period: bool = False):
    """Narrow a query on ``StageStay`` (whose stage ids already pick the process) to the stays of the deals a
    report counts. When only spam needs leaving out (a manager, no owner, source or created-period filter),
    the few spam deals are excluded through their own index, so the stays are read from
    ``stage_stay_stage_deal`` without visiting each deal; otherwise the deals are joined and filtered."""
    from desktop.store.models import StageStay

    if actor.is_manager and not f.owner_ids and not f.sources and not (created_period and (f.start or f.end)):
        spam = Deal.select(Deal.id).where(Deal.spam == True)  # noqa: E712 - SQL comparison
        return query.where(StageStay.deal.not_in(spam))
    query = query.join(Deal, on=(StageStay.deal == Deal.id)).where(*deal_conditions(actor, f, process=False))
    return query.where(*period(Deal.created_at, f)) if created_period else query


# --- sums per month without sorting the deals ----------------------------------------------------------------


def currencies_in(stage_ids: list[int]) -> list[str]:
    """The currencies of the non-spam deals in these stages: per stage a few probes of ``deal_stage_totals``
    (stage, spam, currency, ...) skipping from one currency to the next, instead of reading the deals."""
    if not stage_ids:
        return []
    p = store_db.database.param
    marks = ", ".join([p] * len(stage_ids))
    cursor = prepared.execute(
        "WITH RECURSIVE found(stage, currency) AS ("
        f"SELECT s.id, (SELECT MIN(d.currency) FROM deal d WHERE d.stage_id = s.id AND d.spam = {p}) "
        f"FROM stage s WHERE s.id IN ({marks}) "
        "UNION ALL "
        "SELECT found.stage, (SELECT MIN(d.currency) FROM deal d WHERE d.stage_id = found.stage "
        f"AND d.spam = {p} AND d.currency > found.currency) FROM found WHERE found.currency IS NOT NULL) "
        "SELECT DISTINCT currency FROM found WHERE currency IS NOT NULL",
        [False, *stage_ids, False],
    )
    return sorted(currency for (currency,) in cursor.fetchall())


def slot(name: str) -> Value:
    """A placeholder in a query given to ``union_of``, filled from each part's values."""
    return prepared.slot(name)


def union_of(key: object, build, parts: list[dict[str, object]], chunk: int = 200, fixed: bool = False) -> list[tuple]:
    """The rows of ``build()``'s query run once per entry of ``parts`` (its ``slot`` placeholders filled from
    that entry), as one UNION ALL of a few hundred parts at a time. The parts differ only in their parameters,
    so the query is compiled once (per shape, ``prepared``) and its text repeated: compiling each part through
    peewee cost more than reading it. ``fixed``: ``key`` says everything the query depends on (it binds no
    ``param``), so it is built only the first time (``prepared.fixed``)."""
    if fixed:
        sql, template = prepared.fixed(key, build)
        params = [prepared.fill(template, values) for values in parts]
    else:
        sql, template, bound = prepared.template(key, build)
        params = [prepared.fill(template, {**bound, **values}) for values in parts]
    out: list[tuple] = []
    for start in range(0, len(params), chunk):
        some = params[start : start + chunk]
        cursor = prepared.execute(_repeated(sql, len(some)), [p for ps in some for p in ps])
        out += cursor.fetchall()
    return out


@lru_cache(maxsize=64)
def _repeated(sql: str, count: int) -> str:
    return " UNION ALL ".join([sql] * count)


def month_sums(
    key: str,
    conds,
    stage_ids: list[int],
    column,
    months: list[tuple[str, object, object]],
    terms: list,
    entered_by: tuple[object, dict[str, object]] | None = None,
):
    """Per month and stage, the deals' count and sums of ``terms`` per currency, as rows (month, stage id,
    currency, count, *sums) of the months with deals. ``key`` names the caller's query (its ``column`` and
    ``terms``); ``conds()`` builds its conditions (inside ``prepared``'s binding). ``entered_by`` = (a column,
    {month key: moment}) adds "column <= that month's moment" to each month's parts.

    ``months`` are (key, first, end): ``column`` >= first and < end. Each (month, stage) is one range read of an
    index that starts (stage, spam, ``column``), summed per currency by conditions: nothing is grouped, so the
    database never sorts the deals (a GROUP BY on the month made SQLite sort every deal of the period). The
    parts go to the database as one UNION ALL (``union_of``)."""
    currencies = currencies_in(stage_ids)
    if not currencies or not months:
        return []

    def build():
        sums = []
        for currency in currencies:
            mine = Deal.currency == param(currency, "currency")
            sums.append(fn.SUM(Case(None, [(mine, 1)], 0)))
            sums += [fn.SUM(Case(None, [(mine, term)], 0)) for term in terms]
        where = [Deal.stage == slot("sid"), *conds(), column >= slot("first"), column < slot("end")]
        if entered_by is not None:
            where.append(entered_by[0] <= slot("moment"))
        return Deal.select(slot("key"), slot("sid"), *sums).where(*where)

    parts = [
        {
            "key": key,
            "sid": sid,
            "first": first,
            "end": end,
            **({"moment": entered_by[1][key]} if entered_by is not None else {}),
        }
        for key, first, end in months
        for sid in stage_ids
    ]
    out = []
    width = 1 + len(terms)
    for month, sid, *values in union_of(("month sums", key, entered_by is not None), build, parts):
        for i, currency in enumerate(currencies):
            count, *totals = values[i * width : (i + 1) * width]
            if count:
                out.append((month, int(sid), currency, int(count), *totals))
    return out


def local_months(f: Filters, bounds: tuple[object, object] | None) -> list[tuple[str, datetime, datetime]]:
    """The months (key, first moment, end moment: naive UTC, business time zone) of the filters' period, each
    clipped to it; where the period is open, from/to the month of ``bounds`` (the earliest and latest moment
    met, or None when there is none)."""
    first = f.start or (local_date(bounds[0]) if bounds else None)
    last = f.end or (local_date(bounds[1]) if bounds else None)
    if first is None or last is None or first > last:
        return []
    out = []
    lower, upper = day_start_utc(first), day_start_utc(last + timedelta(days=1))
    for key in months_between(first, last):
        start = month_start(key)
        out.append((key, max(day_start_utc(start), lower), min(day_start_utc(next_month(start)), upper)))
    return out


def date_months(f: Filters, bounds: tuple[object, object] | None) -> list[tuple[str, date, date]]:
    """As ``local_months`` for a calendar-date column: (key, first day, day after the last)."""
    first = f.start or (as_date(bounds[0]) if bounds else None)
    last = f.end or (as_date(bounds[1]) if bounds else None)
    if first is None or last is None or first > last:
        return []
    out = []
    for key in months_between(first, last):
        start = month_start(key)
        out.append((key, max(start, first), min(next_month(start), last + timedelta(days=1))))
    return out


def bounds_of(conds: list, stage_ids: list[int], column) -> tuple[object, object] | None:
    """The least and greatest ``column`` among the deals of these stages meeting ``conds``: per stage one
    probe at each end of an index that starts (stage, spam, ``column``)."""
    lows, highs = [], []
    for sid in stage_ids:
        where = [Deal.stage == sid, column.is_null(False), *conds]
        low = Deal.select(fn.MIN(column)).where(*where).scalar()
        if low is not None:
            lows.append(low)
            highs.append(Deal.select(fn.MAX(column)).where(*where).scalar())
    if not lows:
        return None
    return min(lows, key=str), max(highs, key=str)


def local_date(value: object) -> date:
    """The date in the business time zone of a naive-UTC moment (SQLite returns it as text)."""
    return as_datetime(value).replace(tzinfo=UTC).astimezone(zone()).date()


def as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- the totals kept by triggers (``desktop.store.summaries``) -------------------------------------------------


def totals_apply(f: Filters) -> bool:
    """Whether ``deal_total`` answers for these filters: it groups by stage, owner, currency and source, so any
    visibility, owner or source narrowing is a condition on it; a period (of creation) is not."""
    return not (f.start or f.end)


def totals_conditions(actor: Actor, f: Filters) -> list:
    """Visibility, owners and sources as conditions on ``deal_total`` (spam deals are not in it)."""
    from desktop.store.models import DealTotal

    conds = [DealTotal.deals > 0]
    if not actor.is_manager:
        conds.append(DealTotal.owner_id == param(actor.id, "actor"))
    if f.owner_ids:
        conds.append(DealTotal.owner_id.in_(params([i or 0 for i in f.owner_ids], "owner")))  # 0: no owner
    if f.sources:
        conds.append(DealTotal.source.in_(params(f.sources, "source")))
    return conds


def every_deal(actor: Actor, f: Filters) -> bool:
    """Whether a report counts every deal but spam, whatever its period: a manager's, narrowed by no owner and no
    source. Its queries then have one shape (per number of stages), built and compiled once
    (``prepared.run``); the summaries kept by triggers answer them."""
    return actor.is_manager and not f.owner_ids and not f.sources


def stage_totals(actor: Actor, f: Filters, stage_ids: list[int]) -> list[tuple]:
    """(stage id, deals) of the given stages from ``deal_total``, narrowed as ``totals_conditions`` says."""
    from desktop.store.models import DealTotal

    if every_deal(actor, f):  # no narrowing: one fixed shape per number of stages
        return prepared.run(
            ("stage totals of all", len(stage_ids)),
            lambda: (
                DealTotal.select(DealTotal.stage, fn.SUM(DealTotal.deals))
                .where(DealTotal.stage.in_(prepared.slots("stage", len(stage_ids))), *totals_conditions(actor, f))
                .group_by(DealTotal.stage)
            ),
            prepared.named("stage", stage_ids),
        )
    return prepared.rows(
        "stage totals",
        lambda: (
            DealTotal.select(DealTotal.stage, fn.SUM(DealTotal.deals))
            .where(DealTotal.stage.in_(params(stage_ids, "stage")), *totals_conditions(actor, f))
            .group_by(DealTotal.stage)
        ),
    )
