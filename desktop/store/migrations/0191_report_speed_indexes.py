"""Indexes for the reports at a million deals (issue 18).

- deal(stage_id, spam, expected_close, currency, value_minor, probability): the open deals expected to close in
  the chosen months, and the deals of a process expected to close in a month, read from the index alone.
- stage_stay_deal_order gains left_at: the stays that covered a month's first moment, without the table.
- deal(source): the sources in use (the Reports view's source filter) by skipping from one to the next.
- deal(spam, created_at, owner_id): the deals created in a period per salesperson (activity), from the index.
"""


def up(migrator, db):
    for sql in (
        "CREATE INDEX deal_stage_forecast ON deal (stage_id, spam, expected_close, currency, value_minor, probability)",
        "DROP INDEX stage_stay_deal_order",
        "CREATE INDEX stage_stay_deal_order ON stage_stay (deal_id, entered_at, id, stage_id, left_at)",
        "CREATE INDEX deal_source ON deal (source)",
        "CREATE INDEX deal_spam_created ON deal (spam, created_at, owner_id)",
    ):
        db.execute_sql(sql)
