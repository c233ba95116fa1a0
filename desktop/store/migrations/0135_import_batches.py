"""Import batches (Tools → Import…, ``etap import``): what one import created and the before-images of what
it updated, so Revert import can undo it and say which rows someone changed since.

Created rows are kept as id ranges per table (a 100,000-row import is a handful of ranges, not 100,000 rows);
updated rows, and created contacts and companies (which have no version column), get one item each with
the images needed to restore them or to notice a later change.
"""

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(Base):
        class Meta:
            table_name = "app_user"

    class ImportBatch(Base):
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        at = DateTimeField()
        file_name = CharField(max_length=255)
        kind = CharField(max_length=16)
        process_id = IntegerField(null=True)
        counts = TextField(default="{}")  # JSON: outcome → rows
        created = TextField(default="{}")  # JSON: table → [[first_id, last_id], ...]
        reverted_at = DateTimeField(null=True)

    class ImportItem(Base):
        batch = ForeignKeyField(ImportBatch, on_delete="CASCADE")
        table_name = CharField(max_length=32)
        row_id = IntegerField()
        action = CharField(max_length=8)  # created / updated
        before = TextField(null=True)  # JSON of the columns the import changed (updated rows)
        after = TextField(default="{}")  # JSON of the same columns as the import left them

    db.create_tables([ImportBatch, ImportItem])
    db.execute_sql("CREATE INDEX import_item_batch ON import_item (batch_id, table_name)")
