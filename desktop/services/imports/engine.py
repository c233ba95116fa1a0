"""Writing an import: all rows in ONE transaction, in chunks through the driver's bulk path, with progress and
cancel between chunks. Cancel, an error, or a dry run rolls everything back; rows with problems are left out
and listed. The batch (ids created, before-images of rows updated) is kept for Revert import."""

from __future__ import annotations

import json
import re
import tempfile
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain import money
from desktop.domain.errors import EtapError, PermissionDenied, RuleError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.imports.headers import Kind, Target, normalise
from desktop.domain.imports.mapping import Mapping, OnDuplicate
from desktop.domain.probability import effective_probability
from desktop.domain.roles import Role
from desktop.domain.stages import StageKind, StageSpec, check_order
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys, stage_paths
from desktop.services.actor import Actor, require_configure
from desktop.services.imports import linking
from desktop.services.imports.plan import Analysis, Converter, Record, iter_records, name_key, stage_choices, tax_key
from desktop.services.imports.reading import Table
from desktop.store import bulk, search
from desktop.store.db import atomic, database
from desktop.store.idranges import IdRanges, id_batches, reserve_ids
from desktop.store.models import (
    Company,
    Contact,
    Deal,
    DealSequence,
    ImportBatch,
    ImportItem,
    Process,
    Product,
    Stage,
    User,
)

CHUNK = 5000
DEAL_COLUMNS = (
    "id", "process_id", "stage_id", "number", "title", "value_minor", "currency", "cost_minor", "owner_id",
    "contact_id", "company_id", "source", "substage", "created_at", "expected_close", "next_contact",
    "lost_reason", "probability", "probability_manual", "board_rank", "stage_entered_at", "last_activity_at",
    "spam", "version",
)  # fmt: skip
STAY_COLUMNS = ("deal_id", "stage_id", "stage_name", "entered_at", "left_at", "user_id")
EVENT_COLUMNS = ("deal_id", "process_id", "user_id", "at", "kind", "payload")
# one encoder for every event's payload (``json.dumps`` with options builds an encoder per call)
_EVENT_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
MAX_LISTED = 10_000  # rows with problems kept whole (for the screen); the report reads them all from the spill
Progress = Callable[[int, int], None]  # rows done, rows in the file


class ImportCancelled(EtapError):
    """The user cancelled; nothing was imported."""


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


OUTCOMES = {
    "created": QT_TRANSLATE_NOOP("Import", "created"),
    "updated": QT_TRANSLATE_NOOP("Import", "updated"),
    "skipped": QT_TRANSLATE_NOOP("Import", "skipped (already there)"),
    "failed": QT_TRANSLATE_NOOP("Import", "not imported (errors)"),
    "warnings": QT_TRANSLATE_NOOP("Import", "imported with warnings"),
}


@dataclass
class ImportResult:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    problems: list[Record] = field(default_factory=list)  # rows with any problem, in file order
    batch_id: int | None = None
    process_id: int | None = None
    dry_run: bool = False
    linked: dict[str, int] = field(default_factory=dict)  # companies/contacts/users created along with deals
    unlisted: int = 0  # rows with problems beyond MAX_LISTED (still in the report)
    spill: object = None  # every problem, one JSON line each, in a temporary file: the report's source

    def keep(self, record: Record) -> None:
        """Write the row's problems to the spill file; keep the row itself (reduced to the cells its problems
        name) only while fewer than MAX_LISTED are kept, so memory stays bounded for any file."""
        if self.spill is None:
            self.spill = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")  # noqa: SIM115 - closed by close()
        cells = record.cells
        for problem in record.problems:
            column = problem.column
            value = cells[column] if column is not None and column < len(cells) else ""
            self.spill.write(
                json.dumps(
                    [
                        record.line,
                        column,
                        "" if value is None else str(value)[:200],
                        problem.error.template,
                        problem.error.params,
                        problem.blocking,
                        record.ok,
                    ],
                    ensure_ascii=False,
                    default=str,
                )
                + "\n"
            )
        if len(self.problems) >= MAX_LISTED:
            self.unlisted += 1
            return
        wanted = {p.column for p in record.problems if p.column is not None}
        record.cells = {c: cells[c] for c in wanted if c < len(cells)}
        record.values = {}
        self.problems.append(record)

    def problem_rows(self):
        """(line, column, value, template, params, blocking, row imported) for every problem, in file order."""
        if self.spill is None:
            return
        self.spill.seek(0)
        for text in self.spill:
            yield json.loads(text)
        self.spill.seek(0, 2)

    def close(self) -> None:
        if self.spill is not None:
            self.spill.close()
            self.spill = None

    def __del__(self) -> None:
        self.close()

    @property
    def imported(self) -> int:
        return self.counts["created"] + self.counts["updated"]


def run_import(
    actor: Actor,
    table: Table,
    mapping: Mapping,
    analysis: Analysis,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> ImportResult:
    """Import every row of ``table`` as ``mapping`` says; see the module docstring."""
    now = now or utcnow()
    _check_allowed(actor, mapping)
    ambiguous = analysis.ambiguous_dates(mapping)
    if ambiguous:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors", "Column “{column}” has dates whose day and month cannot be told apart. Choose the order."
            ),
            column=table.headers[ambiguous[0]],
        )
    result = ImportResult(dry_run=dry_run)
    try:
        # the search text of every new deal, company and contact indexed once, at the end (store.search)
        with atomic(), search.inserts_deferred("deal", "company", "contact"):
            writer = _Writer(actor, table, mapping, analysis, result, now)
            done = 0
            chunk: list[Record] = []
            for record in iter_records(table, writer.converter):
                chunk.append(record)
                if len(chunk) >= CHUNK:
                    writer.write(chunk)
                    done += len(chunk)
                    chunk = []
                    if progress:
                        progress(done, analysis.rows)
                    if cancelled and cancelled():
                        raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing changed."))
            if chunk:
                writer.write(chunk)
                done += len(chunk)
            if cancelled and cancelled():
                raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing changed."))
            writer.finish()
            if progress:
                progress(done, analysis.rows)
            if dry_run:
                raise _DryRun
    except _DryRun:
        result.batch_id = None
    return result


def _check_allowed(actor: Actor, mapping: Mapping) -> None:
    if mapping.kind in (Kind.USERS, Kind.PRODUCTS, Kind.DEALS) and not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers and administrators can import this."))


class SeenHashes:
    """The hashes of the keys met so far (a set of ``hash(key)``, as exact as one), in bounded memory: the
    latest in a set (as quick as one: an import of a hundred thousand rows never leaves it), the older ones 8
    bytes each in 65,536 arrays picked by the hash's low bits. A plain set of a million hashes is ~70 MB of
    int objects and table, most of what a million-row import added."""

    RECENT = 1 << 17  # hashes kept in the set before they move to the arrays
    BUCKETS = 1 << 16

    def __init__(self) -> None:
        self._recent: set[int] = set()
        self._older: list[array | None] | None = None

    def add(self, key: object) -> bool:
        """Remember ``key``; False when it was met before."""
        h = hash(key)
        if h in self._recent:
            return False
        if self._older is not None:
            bucket = self._older[h & (self.BUCKETS - 1)]
            if bucket is not None and h in bucket:
                return False
        self._recent.add(h)
        if len(self._recent) >= self.RECENT:
            self._move_recent()
        return True

    def _move_recent(self) -> None:
        if self._older is None:
            self._older = [None] * self.BUCKETS
        older, mask = self._older, self.BUCKETS - 1
        for h in self._recent:
            bucket = older[h & mask]
            if bucket is None:
                older[h & mask] = array("q", (h,))
            else:
                bucket.append(h)
        self._recent = set()


class _Writer:
    def __init__(self, actor: Actor, table: Table, mapping: Mapping, analysis: Analysis, result: ImportResult, now):
        self.actor, self.table, self.mapping, self.analysis, self.result, self.now = (
            actor,
            table,
            mapping,
            analysis,
            result,
            now,
        )
        self.kind = mapping.kind
        self.created: dict[str, IdRanges] = {}
        self.process_id = self._process() if self.kind is Kind.DEALS else None
        result.process_id = self.process_id
        self.converter = Converter(table, mapping, analysis, stage_choices(self.process_id, mapping, analysis))
        self.batch_id = ImportBatch.insert(
            user=actor.id,
            at=now,
            file_name=Path(table.path).name[:255],
            kind=str(self.kind),
            process_id=self.process_id,
        ).execute()
        result.batch_id = self.batch_id
        self.companies = linking.CompanyIndex() if self.kind in (Kind.DEALS, Kind.CONTACTS, Kind.COMPANIES) else None
        self.users = {normalise(k): v for k, v in _users().items()}
        self.new_users: dict[str, int] = {}
        self.seen_keys = SeenHashes()  # the rows' keys so far: a million in ~15 MB
        self.updated: dict[str, set[int]] = {}  # rows updated once already (a file may name a company twice)
        if self.kind is Kind.DEALS:
            from desktop.services.deals.probability import total_weight

            total = total_weight(self.process_id)  # a new deal has done none of the weighted activities
            self.stage_info = {
                i: effective_probability(StageKind(k), p, None, 0, total)
                for i, p, k in Stage.select(Stage.id, Stage.default_probability, Stage.kind)
                .where(Stage.process == self.process_id)
                .tuples()
            }
            low = Deal.select(Deal.board_rank).order_by(Deal.board_rank).limit(1).scalar()
            self.rank = (low if low is not None else 0.0) - 1.0

    # -- the process ------------------------------------------------------------------------------------
    def _process(self) -> int:
        name = self.mapping.process.strip()
        if not name:
            first = Process.select(Process.id).order_by(Process.position, Process.id).limit(1).scalar()
            if first is None:
                raise RuleError(QT_TRANSLATE_NOOP("Errors", "Choose the process the deals go to."))
            self.mapping.process = Process.get_by_id(first).name
            return first
        existing = Process.select(Process.id).where(Process.name == name).scalar()
        if existing is not None:
            return existing
        return _create_process(self.actor, name, self.analysis, self.now)

    # -- rows ---------------------------------------------------------------------------------------------
    def write(self, records: list[Record]) -> None:
        good = []
        for record in records:
            if record.ok:
                good.append(record)
            else:
                self.result.counts["failed"] += 1
                self.result.keep(record)
        if good:
            getattr(self, f"_write_{self.kind}")(good)
        for record in good:
            if record.problems:
                self.result.counts["warnings"] += 1
                self.result.keep(record)

    def _created(self, table: str, ids: Iterable[int]) -> None:
        ranges = self.created.setdefault(table, IdRanges())
        for row_id in ids:
            ranges.add(row_id)

    def _item(self, table: str, row_id: int, action: str, before: dict | None, after: dict) -> None:
        ImportItem.insert(
            batch=self.batch_id,
            table_name=table,
            row_id=row_id,
            action=action,
            before=_json(before) if before is not None else None,
            after=_json(after),
        ).execute()

    def _duplicate(self, key, record: Record) -> bool:
        """A second row with the same key in one file is skipped (the first one wins)."""
        if not self.seen_keys.add(key):
            self.result.counts["skipped"] += 1
            record.fail(None, QT_TRANSLATE_NOOP("Errors", "The same record appears earlier in the file."), False)
            return True
        return False

    # companies and contacts -------------------------------------------------------------------------------
    def _update_row(self, model, table: str, row_id: int, fields: dict) -> bool:
        """Fill the fields the file has; keep the before-image. Returns whether anything changed."""
        columns = [getattr(model, k) for k in fields]
        if linking.versioned(model):
            columns.append(model.version)
        current = model.select(*columns).where(model.id == row_id).dicts().first() or {}
        changes = {k: v for k, v in fields.items() if v not in (None, "") and current.get(k) != v}
        if not changes:
            return False
        before = {k: current.get(k) for k in changes}
        after = dict(changes)
        if linking.versioned(model):
            before["version"], after["version"] = current["version"], current["version"] + 1
            rows = (
                model.update(**changes, version=model.version + 1)
                .where((model.id == row_id) & (model.version == current["version"]))
                .execute()
            )
            if rows != 1:
                raise RuleError(QT_TRANSLATE_NOOP("Errors", "Someone else changed a record the import updates."))
        else:
            model.update(**changes).where(model.id == row_id).execute()
        searchkeys.record_changed(model, row_id, changes)  # deals sort and are found by the new name
        self._item(table, row_id, "updated", before, after)
        return True

    def created_rows(self, table: str, ids: list[int], rows: list[dict]) -> None:
        """Remember rows a chunk created: their ids, and an item each with the image the import left."""
        if not ids:
            return
        self._created(table, ids)
        searchkeys.rows_created(table, ids)
        bulk.insert_rows(
            "import_item",
            ("batch_id", "table_name", "row_id", "action", "before", "after"),
            [(self.batch_id, table, i, "created", None, _json(r)) for i, r in zip(ids, rows, strict=True)],
        )

    def made_here(self, table: str, row_id: int) -> bool:
        ranges = self.created.get(table)
        return bool(ranges) and any(a <= row_id <= b for a, b in ranges.runs)

    def _companies(self, values_list: list[dict]) -> list[tuple[int | None, str]]:
        policy = self.mapping.duplicate_policy(Kind.COMPANIES)
        linked = linking.link_companies(
            self, values_list, policy, lambda row_id, fields: self._update_row(Company, "company", row_id, fields)
        )
        if self.kind is not Kind.COMPANIES:
            self._count_linked("companies", linked)
        return linked

    def _contacts(self, values_list: list[dict], company_ids: list[int | None]) -> list[tuple[int | None, str]]:
        policy = self.mapping.duplicate_policy(Kind.CONTACTS)
        linked = linking.link_contacts(
            self,
            values_list,
            company_ids,
            policy,
            lambda row_id, fields: self._update_row(Contact, "contact", row_id, fields),
        )
        if self.kind is not Kind.CONTACTS:
            self._count_linked("contacts", linked)
        return linked

    def _count_linked(self, what: str, linked: list[tuple[int | None, str]]) -> None:
        created = sum(1 for _id, outcome in linked if outcome == "created")
        if created:
            self.result.linked[what] = self.result.linked.get(what, 0) + created

    def _write_companies(self, records: list[Record]) -> None:
        rows = []
        for record in records:
            key = "c:" + (tax_key(record.values.get(Target.TAX_ID, "")) or name_key(record.values[Target.COMPANY]))
            if not self._duplicate(key, record):
                rows.append(record.values)
        for _id, outcome in self._companies(rows):
            self.result.counts[outcome or "skipped"] += 1

    def _write_contacts(self, records: list[Record]) -> None:
        rows = []
        for record in records:
            values = record.values
            key = "p:" + (
                str(values.get(Target.EMAIL, "")).lower()
                or normalise(
                    f"{values.get(Target.FIRST_NAME, '')} "
                    f"{values.get(Target.LAST_NAME, '')} "
                    f"{values.get(Target.COMPANY, '')}"
                )
            )
            if not self._duplicate(key, record):
                rows.append(values)
        companies = self._companies(rows)
        for _id, outcome in self._contacts(rows, [c for c, _o in companies]):
            self.result.counts[outcome or "skipped"] += 1

    # users and products --------------------------------------------------------------------------------------
    def _new_user(self, name: str) -> int:
        key = normalise(name)
        if key in self.users:
            return self.users[key]
        base = re.sub(r"[^a-z0-9]+", ".", key).strip(".")[:70] or "user"
        username, n = base, 1
        while User.select().where(User.username == username).exists():
            n += 1
            username = f"{base}{n}"
        user_id = User.insert(
            username=username, display_name=name[:120], role=Role.AGENT, email="", created_at=self.now
        ).execute()
        self._created("app_user", [user_id])
        self._item("app_user", user_id, "created", None, {"username": username})
        self.users[key] = user_id
        self.result.linked["users"] = self.result.linked.get("users", 0) + 1
        return user_id

    def _write_users(self, records: list[Record]) -> None:
        for record in records:
            name = str(record.values[Target.USER_NAME])
            if self._duplicate("u:" + normalise(name), record):
                continue
            email = record.values.get(Target.EMAIL, "")
            if normalise(name) in self.users or (email and normalise(email) in self.users):
                self.result.counts["skipped"] += 1
                continue
            user_id = self._new_user(name)
            if email:
                User.update(email=email).where(User.id == user_id).execute()
            self.result.counts["created"] += 1

    def _write_products(self, records: list[Record]) -> None:
        policy = self.mapping.duplicate_policy(Kind.PRODUCTS)
        for record in records:
            values = record.values
            name = str(values[Target.PRODUCT])
            code = str(values.get(Target.CODE) or name)[:40]
            if self._duplicate("r:" + code.casefold(), record):
                continue
            currency = values.get(Target.CURRENCY) or self.mapping.default_currency
            fields = {"name": name, "currency": currency}
            if values.get(Target.PRICE) is not None:
                fields["net_price_minor"] = money.to_minor(values[Target.PRICE], currency)
            found = Product.select(Product.id).where(Product.code == code).scalar()
            if found is not None and policy is not OnDuplicate.CREATE:
                if policy is OnDuplicate.UPDATE:
                    changed = self._update_row(Product, "product", found, fields)
                    self.result.counts["updated" if changed else "skipped"] += 1
                else:
                    self.result.counts["skipped"] += 1
                continue
            if found is not None:
                code = f"{code[:30]}-{self.batch_id}-{record.line}"[:40]
            product_id = Product.insert(code=code, **fields).execute()
            self._created("product", [product_id])
            self._item("product", product_id, "created", None, {"code": code, **fields})
            self.result.counts["created"] += 1

    # deals -------------------------------------------------------------------------------------------------
    def _write_deals(self, records: list[Record]) -> None:
        policy = self.mapping.duplicate_policy(Kind.DEALS)
        numbers = [str(r.values[Target.NUMBER]) for r in records if r.values.get(Target.NUMBER)]
        existing: dict[str, tuple[int, int]] = {}
        for start in range(0, len(numbers), 900):
            part = numbers[start : start + 900]
            existing.update(
                {
                    n: (i, v)
                    for n, i, v in Deal.select(Deal.number, Deal.id, Deal.version).where(Deal.number.in_(part)).tuples()
                }
            )
        chosen: list[tuple[Record, tuple[int, int] | None]] = []  # (row, the deal it updates)
        for record in records:
            values = record.values
            number = values.get(Target.NUMBER)
            if number and self._duplicate("d:" + str(number), record):
                continue
            if number and str(number) in existing:
                if policy is OnDuplicate.SKIP:
                    self.result.counts["skipped"] += 1
                    continue
                if policy is OnDuplicate.UPDATE:
                    chosen.append((record, existing[str(number)]))
                    continue
                values[Target.NUMBER] = None  # CREATE: a new deal with a number of its own
            chosen.append((record, None))
        values_list = [r.values for r, _target in chosen]
        companies = self._companies(values_list)
        contacts = self._contacts(values_list, [c for c, _o in companies])
        new_rows = []
        for (record, target), (company_id, _co), (contact_id, _po) in zip(chosen, companies, contacts, strict=True):
            values = record.values
            owner = values.get("_owner")
            if isinstance(owner, tuple):
                owner = self._new_user(owner[1])
            values["_owner"] = owner
            values["_company"], values["_contact"] = company_id, contact_id
            if target is not None:
                changed = self._update_deal(target[0], target[1], values)
                self.result.counts["updated" if changed else "skipped"] += 1
            else:
                new_rows.append(record)
        if new_rows:
            self._insert_deals(new_rows)

    def _times(self, values: dict) -> tuple[datetime, datetime]:
        stage = values["_stage"]
        created = values.get(Target.CREATED)
        entered = values.get(Target.CLOSED) if stage.kind.is_closed else None
        entered = entered or values.get(Target.STAGE_ENTERED) or created or self.now
        created = created or min(entered, self.now)
        return created, entered

    def _insert_deals(self, records: list[Record]) -> None:
        ids = reserve_ids("deal", len(records))
        without_number = sum(1 for r in records if not r.values.get(Target.NUMBER))
        generated = iter(self._numbers(without_number))
        deal_rows, stay_rows, event_rows = [], [], []
        actor_id = self.actor.id
        for deal_id, record in zip(ids, records, strict=True):
            values = record.values
            stage = values["_stage"]
            probability = self.stage_info[stage.id]
            currency = values[Target.CURRENCY]
            number = str(values.get(Target.NUMBER) or next(generated))
            title = str(values[Target.TITLE])
            created, entered = self._times(values)
            value = values.get(Target.VALUE) or Decimal(0)
            self.rank -= 1.0
            deal_rows.append(
                (
                    deal_id,
                    self.process_id,
                    stage.id,
                    number,
                    title,
                    money.to_minor(value, currency),
                    currency,
                    0,
                    values["_owner"],
                    values["_contact"],
                    values["_company"],
                    values.get(Target.SOURCE, ""),
                    "",
                    created,
                    values.get(Target.EXPECTED_CLOSE),
                    None,
                    values.get(Target.LOST_REASON, "") if stage.kind is StageKind.LOST else "",
                    probability,
                    None,
                    self.rank,
                    entered,
                    entered,
                    False,
                    1,
                )
            )
            stay_rows.append((deal_id, stage.id, stage.name, entered, None, actor_id))
            payload = _EVENT_JSON(
                {"number": number, "title": title, "stage": stage.name, "import_batch": self.batch_id}
            )
            event_rows.append((deal_id, self.process_id, actor_id, created, "created", payload))
        keys = searchkeys.keys_for([(r[3], r[4], r[8], r[9], r[10]) for r in deal_rows])  # sort keys, search text
        deal_rows = [(*row, *k) for row, k in zip(deal_rows, keys, strict=True)]
        # the search index and the grouped totals in a few statements after the rows, not a row trigger each
        with search.set_based("deal", ids, inserted=True), bulk.totals_after("deal", id_batches(ids, "id")):
            bulk.insert_rows("deal", DEAL_COLUMNS + searchkeys.KEY_COLUMNS, deal_rows)
        with bulk.totals_after("stage_stay", id_batches(ids, "deal_id")):  # the new deals' stays: no others
            bulk.insert_rows("stage_stay", STAY_COLUMNS, stay_rows)
        bulk.insert_rows("event", EVENT_COLUMNS, event_rows)
        stage_paths.refresh(ids)  # stays written without events: the reports' per-deal paths follow them
        self._created("deal", ids)
        self.result.counts["created"] += len(records)

    def _numbers(self, count: int) -> list[str]:
        """``count`` new numbers in the process's format, reserved in its sequence (one upsert), skipping any
        number a deal already has."""
        if count == 0:
            return []
        process = Process.get_by_id(self.process_id)
        year = self.now.year if "{year" in process.number_format else 0
        out: list[str] = []
        from desktop.domain import numbering

        while len(out) < count:
            need = count - len(out)
            last = (
                DealSequence.insert(process=self.process_id, year=year, last_value=need)
                .on_conflict(
                    conflict_target=[DealSequence.process, DealSequence.year],
                    update={DealSequence.last_value: DealSequence.last_value + need},
                )
                .returning(DealSequence.last_value)
                .execute()
            )
            top = next(iter(last)).last_value
            batch = [
                numbering.render(process.number_format, self.now.year, self.now.month, value)
                for value in range(top - need + 1, top + 1)
            ]
            taken = set()
            for start in range(0, len(batch), 900):
                part = batch[start : start + 900]
                taken.update(n for (n,) in Deal.select(Deal.number).where(Deal.number.in_(part)).tuples())
            out.extend(n for n in batch if n not in taken)
        return out

    def _update_deal(self, deal_id: int, version: int, values: dict) -> bool:
        current = Deal.select().where(Deal.id == deal_id).dicts().first()
        currency = values[Target.CURRENCY]
        fields = {
            "title": values.get(Target.TITLE),
            "currency": currency,
            "owner": values.get("_owner"),
            "company": values.get("_company"),
            "contact": values.get("_contact"),
            "source": values.get(Target.SOURCE),
            "expected_close": values.get(Target.EXPECTED_CLOSE),
            "lost_reason": values.get(Target.LOST_REASON),
        }
        if values.get(Target.VALUE) is not None:
            fields["value_minor"] = money.to_minor(values[Target.VALUE], currency)
        stage = values["_stage"]
        if stage.id != current["stage"]:
            _created, entered = self._times(values)
            fields["stage"] = stage.id
            fields["stage_entered_at"] = entered
        changes = {k: v for k, v in fields.items() if v not in (None, "") and current.get(k) != v}
        if "stage" in changes:
            changes["stage_entered_at"] = fields["stage_entered_at"]
        if not changes:
            return False
        before = {k: _plain(current.get(k)) for k in changes}
        rows = (
            Deal.update(**changes, version=Deal.version + 1)
            .where((Deal.id == deal_id) & (Deal.version == version))
            .execute()
        )
        if rows != 1:
            raise RuleError(
                QT_TRANSLATE_NOOP("Errors", "Someone else changed deal {number} during the import."),
                number=current["number"],
            )
        if changes.keys() & {"title", "owner", "company", "contact"}:
            searchkeys.refresh_deal(deal_id)
        if "stage" in changes:
            from desktop.store.models import StageStay

            StageStay.update(left_at=changes["stage_entered_at"]).where(
                (StageStay.deal == deal_id) & StageStay.left_at.is_null()
            ).execute()
            StageStay.insert(
                deal=deal_id,
                stage=stage.id,
                stage_name=stage.name,
                entered_at=changes["stage_entered_at"],
                user=self.actor.id,
            ).execute()
            stage_paths.refresh([deal_id])
        if "stage" in changes:
            from desktop.services.deals.probability import refresh_deal

            refresh_deal(deal_id)  # the new stage's probability (activities done so far count)
        history.record(
            "imported",
            self.now,
            self.actor,
            deal_id=deal_id,
            process_id=self.process_id,
            import_batch=self.batch_id,
            fields=sorted(changes),
        )
        self._item(
            "deal",
            deal_id,
            "updated",
            {**before, "version": version},
            {**{k: _plain(v) for k, v in changes.items()}, "version": version + 1},
        )
        return True

    # -- the end ---------------------------------------------------------------------------------------------
    def finish(self) -> None:
        counts = {k: v for k, v in self.result.counts.items() if v}
        ImportBatch.update(
            counts=_json({**counts, **self.result.linked}),
            created=_json({t: r.runs for t, r in self.created.items()}),
        ).where(ImportBatch.id == self.batch_id).execute()
        history.record(
            "import",
            self.now,
            self.actor,
            process_id=self.process_id,
            import_batch=self.batch_id,
            file=Path(self.table.path).name,
            rows=str(self.kind),
            counts=counts,
        )


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _json(data: object) -> str:
    return json.dumps(data, default=_plain, ensure_ascii=False, sort_keys=True)


def _users() -> dict[str, int]:
    index: dict[str, int] = {}
    for user_id, username, display, email in User.select(
        User.id, User.username, User.display_name, User.email
    ).tuples():
        for key in (display, username, email):
            if key:
                index.setdefault(key, user_id)
    return index


def _create_process(actor: Actor, name: str, analysis: Analysis, now: datetime) -> int:
    """A process whose stages are the file's stage values (open ones in order of appearance, closed kinds
    recognised), with a Lost stage added when the file has none (every process can lose a deal)."""
    from desktop.domain.imports.stages import stages_from_values
    from desktop.services.processes.processes import _check_process_name, _write_stages

    require_configure(actor)
    planned = stages_from_values(analysis.stage_order)
    specs = [StageSpec(n[:80], k) for n, k in planned]
    if not any(s.kind is StageKind.OPEN for s in specs):
        specs.insert(0, StageSpec("New", StageKind.OPEN))
    if not any(s.kind is StageKind.WON for s in specs):
        specs.append(StageSpec("Won", StageKind.WON))
    if not any(s.kind is StageKind.LOST for s in specs):
        specs.append(StageSpec("Lost", StageKind.LOST))
    for spec in specs:
        if spec.kind is StageKind.WON:
            spec.default_probability = 100
    check_order(specs)
    name = _check_process_name(name)
    position = (database.execute_sql("SELECT MAX(position) FROM process").fetchone()[0] or 0) + 1
    process = Process.create(name=name, number_format="{year}/{seq:05}", position=position, created_at=now)
    _write_stages(process.id, specs)
    history.record("process_created", now, actor, process_id=process.id, name=name, template="import")
    return process.id
