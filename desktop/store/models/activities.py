"""Stage activities and the activities each deal has done (migration 0070)."""

from peewee import BlobField, BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.core import BaseModel, Deal, Stage, User


class Activity(BaseModel):
    stage = ForeignKeyField(Stage, backref="activities", on_delete="CASCADE")
    name = CharField(max_length=120)
    position = IntegerField(default=0)
    weight = IntegerField(default=0)
    mandatory = BooleanField(default=False)
    performer = CharField(max_length=16, default="anyone")
    performer_users = TextField(default="[]")
    requires = CharField(max_length=16, default="nothing")
    notify = TextField(default="[]")
    follow_up_task = BooleanField(default=False)


class DealActivity(BaseModel):
    deal = ForeignKeyField(Deal, backref="done_activities", on_delete="CASCADE")
    activity = ForeignKeyField(Activity, backref="done", on_delete="CASCADE")
    done_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
    done_at = DateTimeField()
    note = TextField(default="")
    file_name = CharField(max_length=255, default="")
    file_data = BlobField(null=True)
    file_sha256 = CharField(max_length=64, default="")

    class Meta:
        indexes = ((("deal", "activity"), True),)
