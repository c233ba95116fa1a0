"""Saved segments: a named, re-evaluated search of deals (criteria as JSON)."""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from desktop.store.models.core import BaseModel, User


class Segment(BaseModel):
    name = CharField(max_length=120)
    owner = ForeignKeyField(User, null=True, on_delete="CASCADE")
    shared = BooleanField(default=False)
    criteria = TextField()
    created_at = DateTimeField()
