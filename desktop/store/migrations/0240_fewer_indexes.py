"""Fewer indexes to keep (issue 23, demo data at bulk speed): each index on a million-row table costs 2-10 s to
build after a bulk load and a b-tree update on every write.

- Gone as duplicates: ``deal_contact_id`` (= ``deal_by_contact``), ``contact_company_id`` (= ``contact_company``),
  ``trigger_schedule_deal`` (= ``trigger_schedule_deal_id``).
- Gone as the leading columns of another index, which serves the same lookups (and the foreign keys' checks):
  ``deal_process_id`` (``deal_process_created``), ``deal_stage_id`` (``deal_stage_rank`` and the other stage
  indexes), ``event_deal_id`` (``event_deal_at``), ``stage_stay_deal_id`` (``stage_stay_deal_left``),
  ``stage_stay_stage_id`` (``stage_stay_stage_deal``), ``trigger_schedule_trigger_id`` and
  ``trigger_firing_trigger_id`` (their unique indexes on (trigger_id, ...)). ``deal_owner_id`` stays: without
  statistics SQLite prefers it for "the owner's deals by id" (``deal_owner_created`` is not in id order, and
  the planner would walk ``deal_deleted_at`` over every deal instead).
- Partial: a history row names a contact or a company only when it is about one (none of a deal's events do),
  and a deal has ``deleted_by_id`` only in the trash, so ``event_contact``, ``event_company`` and
  ``deal_deleted_by_id`` hold only the rows that have a value (at a million deals, 3 million events with none).
  A lookup by value (``contact_id = ?``; the foreign key's ``ON DELETE SET NULL``) implies it is not null,
  which both back ends know: they use the partial index for it.
"""

DROPPED = (
    "deal_contact_id",
    "contact_company_id",
    "trigger_schedule_deal",
    "deal_process_id",
    "deal_stage_id",
    "event_deal_id",
    "stage_stay_deal_id",
    "stage_stay_stage_id",
    "trigger_schedule_trigger_id",
    "trigger_firing_trigger_id",
)
PARTIAL = (
    ("event_contact", "event (contact_id, at)", "contact_id"),
    ("event_company", "event (company_id, at)", "company_id"),
    ("deal_deleted_by_id", "deal (deleted_by_id)", "deleted_by_id"),
)


def up(migrator, db):
    for name in DROPPED:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
    for name, on, column in PARTIAL:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
        db.execute_sql(f"CREATE INDEX {name} ON {on} WHERE {column} IS NOT NULL")
