"""Deal notes and stored files (migration 0080)."""

from peewee import BigIntegerField, BlobField, CharField, DateTimeField, ForeignKeyField, TextField

from desktop.store.models.core import BaseModel, Deal, User


class DealNote(BaseModel):
    deal = ForeignKeyField(Deal, backref="notes", on_delete="CASCADE")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    at = DateTimeField()
    text = TextField()


class DealFile(BaseModel):
    deal = ForeignKeyField(Deal, backref="files", on_delete="CASCADE")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    at = DateTimeField()
    name = CharField(max_length=255)
    size = BigIntegerField()
    sha256 = CharField(max_length=64)
    data = BlobField()
