"""Settings table and the indexes the board and history need at a million deals.

- deal(stage, spam, currency, value, probability): per-column count and sums answered from the index alone.
- deal(stage, spam, board_rank): a column's first cards in manual order without sorting.
- stage_stay(deal, left_at) and event(deal, at): a deal's current stay and its history.
"""

from peewee import CharField, Model, TextField


def up(migrator, db):
    class Setting(Model):
        key = CharField(max_length=80, primary_key=True)
        value = TextField()

        class Meta:
            database = db
            table_name = "setting"

    db.create_tables([Setting])
    for sql in (
        "CREATE INDEX deal_stage_totals ON deal (stage_id, spam, currency, value_minor, probability)",
        "CREATE INDEX deal_stage_rank ON deal (stage_id, spam, board_rank, id)",
        "CREATE INDEX deal_process_created ON deal (process_id, created_at)",
        "CREATE INDEX stage_stay_deal_left ON stage_stay (deal_id, left_at)",
        "CREATE INDEX event_deal_at ON event (deal_id, at)",
    ):
        db.execute_sql(sql)
