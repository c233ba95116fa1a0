"""Saved segments (named search criteria) and the indexes the funnel view sorts and pages on."""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, Model, TextField


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "app_user"

    class Segment(Model):
        name = CharField(max_length=120)
        owner = ForeignKeyField(User, null=True, on_delete="CASCADE")
        shared = BooleanField(default=False)
        criteria = TextField()
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "segment"

    db.create_tables([Segment])
    for column in ("number", "expected_close", "value_minor", "probability", "title"):
        db.execute_sql(f"CREATE INDEX deal_funnel_{column} ON deal (process_id, spam, {column}, id)")
    db.execute_sql("CREATE INDEX deal_owner_created ON deal (owner_id, process_id, created_at)")
    db.execute_sql("CREATE INDEX deal_spam ON deal (spam, id)")
