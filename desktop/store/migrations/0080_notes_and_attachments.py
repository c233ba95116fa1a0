"""Deal notes and file attachments (the deal sheet's Notes & attachments tab).

Files are stored in the database, not beside it, so a deal's files travel with it when a team moves from
the SQLite file to PostgreSQL; the SHA-256 is kept to show and verify what was stored.
"""

from peewee import BigIntegerField, BlobField, CharField, DateTimeField, ForeignKeyField, Model, TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(Base):
        class Meta:
            table_name = "app_user"

    class Deal(Base):
        class Meta:
            table_name = "deal"

    class DealNote(Base):
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        at = DateTimeField()
        text = TextField()

    class DealFile(Base):
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        at = DateTimeField()
        name = CharField(max_length=255)
        size = BigIntegerField()
        sha256 = CharField(max_length=64)
        data = BlobField()

    db.create_tables([DealNote, DealFile])
    db.execute_sql("CREATE INDEX deal_note_deal_at ON deal_note (deal_id, at)")
    db.execute_sql("CREATE INDEX deal_file_deal_at ON deal_file (deal_id, at)")
