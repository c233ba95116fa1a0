"""Triggers, their schedule and firing log, campaigns and members (migration 0090)."""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.core import BaseModel, Contact, Deal, Stage, StageStay


class Campaign(BaseModel):
    name = CharField(max_length=120, unique=True)
    created_at = DateTimeField()


class CampaignMember(BaseModel):
    campaign = ForeignKeyField(Campaign, backref="members", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL")
    added_at = DateTimeField()
    removed_at = DateTimeField(null=True)
    source = CharField(max_length=32, default="user")


class Trigger(BaseModel):
    stage = ForeignKeyField(Stage, backref="triggers", on_delete="CASCADE")
    period_days = IntegerField()
    action = CharField(max_length=16)
    params = TextField(default="{}")
    active = BooleanField(default=True)
    created_at = DateTimeField()


class TriggerSchedule(BaseModel):
    trigger = ForeignKeyField(Trigger, on_delete="CASCADE")
    deal = ForeignKeyField(Deal, on_delete="CASCADE")
    stay = ForeignKeyField(StageStay, on_delete="CASCADE")
    entered_at = DateTimeField()
    next_occurrence = IntegerField(default=1)
    next_due_at = DateTimeField()

    class Meta:
        indexes = ((("trigger", "stay"), True),)


class TriggerFiring(BaseModel):
    trigger = ForeignKeyField(Trigger, on_delete="CASCADE")
    deal = ForeignKeyField(Deal, on_delete="CASCADE")
    stay = IntegerField()
    occurrence = IntegerField()
    due_at = DateTimeField()
    at = DateTimeField()
    status = CharField(max_length=8)
    detail = TextField(default="")

    class Meta:
        indexes = ((("trigger", "deal", "stay", "occurrence"), True),)
