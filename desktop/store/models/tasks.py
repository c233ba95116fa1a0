"""Tasks and notifications (migration 0020)."""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from desktop.store.models.core import BaseModel, Deal, User


class Task(BaseModel):
    deal = ForeignKeyField(Deal, null=True, backref="tasks", on_delete="CASCADE")
    owner = ForeignKeyField(User, null=True, backref="tasks", on_delete="SET NULL")
    title = CharField(max_length=200)
    note = TextField(default="")
    due_at = DateTimeField(null=True)  # naive UTC
    done_at = DateTimeField(null=True)
    done_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    reminded_at = DateTimeField(null=True)
    created_at = DateTimeField()
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    source = CharField(max_length=32, default="user")


class Notification(BaseModel):
    user = ForeignKeyField(User, backref="notifications", on_delete="CASCADE")
    deal = ForeignKeyField(Deal, null=True, on_delete="CASCADE")
    at = DateTimeField()
    kind = CharField(max_length=32)
    text = TextField()
    read_at = DateTimeField(null=True)
    popped = BooleanField(default=False)
