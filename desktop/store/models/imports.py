"""Import batches and their items (see migration 0135): enough to revert an import."""

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.core import BaseModel, User


class ImportBatch(BaseModel):
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    at = DateTimeField()
    file_name = CharField(max_length=255)
    kind = CharField(max_length=16)
    process_id = IntegerField(null=True)
    counts = TextField(default="{}")
    created = TextField(default="{}")
    reverted_at = DateTimeField(null=True)


class ImportItem(BaseModel):
    batch = ForeignKeyField(ImportBatch, backref="items", on_delete="CASCADE")
    table_name = CharField(max_length=32)
    row_id = IntegerField()
    action = CharField(max_length=8)
    before = TextField(null=True)
    after = TextField(default="{}")
