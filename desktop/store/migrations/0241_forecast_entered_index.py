"""The forecast's "at month start" numbers without a stay per deal (issue 18, speed).

``deal_stage_forecast`` gains ``stage_entered_at`` after ``expected_close``: a deal that entered its current
stage before a month began was in that stage at the month's first moment, so only the deals that moved since
(a few per cent) need their stays looked up; the rest are summed from the index alone. The ranges on
(stage, spam, expected_close) that the index served before are served as they were.
"""


def up(migrator, db):
    db.execute_sql("DROP INDEX deal_stage_forecast")
    db.execute_sql(
        "CREATE INDEX deal_stage_forecast ON deal "
        "(stage_id, spam, expected_close, stage_entered_at, currency, value_minor, probability)"
    )
