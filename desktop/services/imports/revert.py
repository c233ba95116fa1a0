"""Import batches as history, and Revert import (managers): remove what a batch created and restore what it
updated, except rows someone changed since (a deal whose version moved on, a contact or company that differs
from how the import left it or that another record now points to); those are kept and listed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from peewee import JOIN, fn

from desktop.domain.errors import NotFound, PermissionDenied, RuleError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history, searchkeys, stage_paths
from desktop.services.actor import Actor
from desktop.store.db import atomic, database
from desktop.store.idranges import IdRanges
from desktop.store.models import (
    CalculationLine,
    Company,
    Contact,
    Deal,
    ImportBatch,
    ImportItem,
    PriceListItem,
    Product,
    StageStay,
    User,
)

KEPT_REASONS = {
    "changed": QT_TRANSLATE_NOOP("Import", "changed since the import"),
    "used": QT_TRANSLATE_NOOP("Import", "used by other records since the import"),
}
_MODELS = {"deal": Deal, "contact": Contact, "company": Company, "app_user": User, "product": Product}


@dataclass(frozen=True)
class BatchRow:
    id: int
    at: datetime
    user: str
    file_name: str
    kind: str
    counts: dict
    reverted_at: datetime | None


@dataclass
class RevertResult:
    removed: dict[str, int] = field(default_factory=dict)
    restored: dict[str, int] = field(default_factory=dict)
    kept: list[tuple[str, int, str, str]] = field(default_factory=list)  # table, id, label, reason key


def _require_manager(actor: Actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers and administrators can revert an import."))


def list_batches(actor: Actor, limit: int = 200) -> list[BatchRow]:
    """The latest imports, newest first (managers see everyone's, others their own)."""
    query = (
        ImportBatch.select(
            ImportBatch.id,
            ImportBatch.at,
            fn.COALESCE(User.display_name, ""),
            ImportBatch.file_name,
            ImportBatch.kind,
            ImportBatch.counts,
            ImportBatch.reverted_at,
        )
        .join(User, JOIN.LEFT_OUTER, on=(ImportBatch.user == User.id))
        .order_by(ImportBatch.id.desc())
        .limit(limit)
    )
    if not actor.is_manager:
        query = query.where(ImportBatch.user == actor.id)
    return [BatchRow(i, at, u, f, k, json.loads(c or "{}"), r) for i, at, u, f, k, c, r in query.tuples()]


def revert_batch(actor: Actor, batch_id: int, now: datetime | None = None) -> RevertResult:
    _require_manager(actor)
    now = now or utcnow()
    result = RevertResult()
    with atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This import no longer exists."))
        if batch.reverted_at is not None:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "This import was already reverted."))
        created = {t: IdRanges(r) for t, r in json.loads(batch.created or "{}").items()}
        items = list(
            ImportItem.select(
                ImportItem.table_name, ImportItem.row_id, ImportItem.action, ImportItem.before, ImportItem.after
            )
            .where(ImportItem.batch == batch_id)
            .order_by(ImportItem.id.desc())
            .tuples()
        )
        _revert_deals(created.get("deal"), [i for i in items if i[0] == "deal"], result, now)
        for table in ("contact", "company", "product", "app_user"):
            _revert_rows(table, [i for i in items if i[0] == table], result)
        ImportBatch.update(reverted_at=now).where(ImportBatch.id == batch_id).execute()
        history.record(
            "import_reverted",
            now,
            actor,
            process_id=batch.process_id,
            import_batch=batch_id,
            removed=result.removed,
            restored=result.restored,
            kept=len(result.kept),
        )
    return result


def _revert_deals(created: IdRanges | None, items: list[tuple], result: RevertResult, now: datetime) -> None:
    if created is not None and len(created):
        where = created.condition("id")
        touched = _touched_deals(where)
        for deal_id, number in database.execute_sql(f"SELECT id, number FROM deal WHERE ({where}) AND ({touched})"):
            result.kept.append(("deal", deal_id, number, "changed"))
        cursor = database.execute_sql(f"DELETE FROM deal WHERE ({where}) AND NOT ({touched})")
        result.removed["deal"] = cursor.rowcount
    restored = 0
    for _table, deal_id, action, before, after in items:
        if action != "updated":
            continue
        before, after = json.loads(before or "{}"), json.loads(after or "{}")
        current = Deal.select(Deal.version, Deal.number).where(Deal.id == deal_id).tuples().first()
        if current is None:
            continue
        if current[0] != after.get("version"):
            result.kept.append(("deal", deal_id, current[1], "changed"))
            continue
        values = {k: v for k, v in before.items() if k != "version"}
        Deal.update(**values, version=Deal.version + 1).where(
            (Deal.id == deal_id) & (Deal.version == current[0])
        ).execute()
        searchkeys.refresh_deal(deal_id)
        if "stage" in values:  # the import's stay goes, the one it closed is open again
            StageStay.delete().where((StageStay.deal == deal_id) & StageStay.left_at.is_null()).execute()
            last = StageStay.select(fn.MAX(StageStay.id)).where(StageStay.deal == deal_id).scalar()
            if last is not None:
                StageStay.update(left_at=None).where(StageStay.id == last).execute()
            stage_paths.refresh([deal_id])
        restored += 1
    if restored:
        result.restored["deal"] = restored


def _touched_deals(where: str) -> str:
    """SQL: a deal someone worked on since the import: saved or moved (its version moved on), or given a note,
    file, task, done activity or calculation, or any history besides its import (deleting it would lose that)."""
    from desktop.store.models import Calculation, DealActivity, DealFile, DealNote, Event, Task

    parts = ["deal.version <> 1"]
    for model in (DealNote, DealFile, Task, DealActivity, Calculation):
        parts.append(f"EXISTS (SELECT 1 FROM {model._meta.table_name} x WHERE x.deal_id = deal.id)")
    parts.append(f"EXISTS (SELECT 1 FROM {Event._meta.table_name} e WHERE e.deal_id = deal.id AND e.kind <> 'created')")
    return " OR ".join(parts)


def _same(model, row_id: int, image: dict) -> bool | None:
    """Whether the row still holds ``image`` (None when it is gone)."""
    columns = [getattr(model, k) for k in image]
    current = model.select(*columns).where(model.id == row_id).dicts().first()
    if current is None:
        return None
    return all(current.get(k) == v or (current.get(k) in (None, "") and v in (None, "")) for k, v in image.items())


def _used(table: str, row_id: int) -> bool:
    if table == "company":
        return (
            Deal.select().where(Deal.company == row_id).exists()
            or Contact.select().where(Contact.company == row_id).exists()
        )
    if table == "contact":
        return Deal.select().where(Deal.contact == row_id).exists()
    if table == "app_user":
        return Deal.select().where(Deal.owner == row_id).exists()
    if table == "product":
        return (
            CalculationLine.select().where(CalculationLine.product == row_id).exists()
            or PriceListItem.select().where(PriceListItem.product == row_id).exists()
        )
    return False


def _label(table: str, row_id: int, after: dict) -> str:
    if table == "contact":
        return " ".join(p for p in (after.get("first_name"), after.get("last_name")) if p) or after.get("email", "")
    return str(after.get("name") or after.get("username") or after.get("code") or row_id)


def _revert_rows(table: str, items: list[tuple], result: RevertResult) -> None:
    model = _MODELS[table]
    # contacts before companies (a created contact points to a created company); each list newest first
    for _t, row_id, action, before, after in items:
        after_image = json.loads(after or "{}")
        same = _same(model, row_id, after_image) if after_image else True
        if same is None:
            continue
        if not same:
            result.kept.append((table, row_id, _label(table, row_id, after_image), "changed"))
            continue
        if action == "created":
            if _used(table, row_id):
                result.kept.append((table, row_id, _label(table, row_id, after_image), "used"))
                continue
            model.delete().where(model.id == row_id).execute()
            result.removed[table] = result.removed.get(table, 0) + 1
        else:
            restored = json.loads(before or "{}")
            if "version" in restored:  # a restore is a save too: the version moves on
                restored["version"] = after_image["version"] + 1
            model.update(**restored).where(model.id == row_id).execute()
            searchkeys.record_changed(model, row_id, restored)
            result.restored[table] = result.restored.get(table, 0) + 1


def revert_blockers(actor: Actor, batch_id: int) -> int:
    """How many rows Revert would keep because they changed since (for the confirmation question)."""
    _require_manager(actor)
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        return 0
    created = IdRanges(json.loads(batch.created or "{}").get("deal"))
    if not len(created):
        return 0
    where = created.condition("id")
    return database.execute_sql(f"SELECT COUNT(*) FROM deal WHERE ({where}) AND ({_touched_deals(where)})").fetchone()[
        0
    ]
