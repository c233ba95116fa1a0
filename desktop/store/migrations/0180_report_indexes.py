"""Indexes the reports read (issue 18).

- deal(stage_id, spam, stage_entered_at, created_at, owner_id, currency, value_minor): closed deals by stage
  with their closing moment, creation, owner and value answered from the index alone (won/lost, cycle,
  forecast, activity).
- stage_stay(stage_id, deal_id, entered_at, left_at): stays of a stage (time in stage, "reached at any
  point") without touching the table.
- stage_stay(deal_id, entered_at, id, stage_id): a deal's stays in time order for the "in order" funnel,
  without sorting.
"""


def up(migrator, db):
    for sql in (
        "CREATE INDEX deal_stage_closing ON deal "
        "(stage_id, spam, stage_entered_at, created_at, owner_id, currency, value_minor)",
        "CREATE INDEX stage_stay_stage_deal ON stage_stay (stage_id, deal_id, entered_at, left_at)",
        "CREATE INDEX stage_stay_deal_order ON stage_stay (deal_id, entered_at, id, stage_id)",
    ):
        db.execute_sql(sql)
