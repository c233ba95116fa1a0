"""Time-in-stage triggers, their schedule, the firing log (exactly once), and campaigns.

- trigger_schedule holds, per trigger and open stay, the next occurrence and its due time; the timer's check
  reads it through the (next_due_at) index, so a tick with nothing due costs one index probe.
- trigger_firing's unique (trigger, deal, stay, occurrence) is the claim: inserted in the same transaction as
  the action's effects, it makes every occurrence fire (or be logged as skipped) exactly once across copies.
"""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Stage(Base):
        class Meta:
            table_name = "stage"

    class Deal(Base):
        class Meta:
            table_name = "deal"

    class Contact(Base):
        class Meta:
            table_name = "contact"

    class StageStay(Base):
        class Meta:
            table_name = "stage_stay"

    class Campaign(Base):
        name = CharField(max_length=120, unique=True)
        created_at = DateTimeField()

    class CampaignMember(Base):
        campaign = ForeignKeyField(Campaign, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL")
        added_at = DateTimeField()
        removed_at = DateTimeField(null=True)
        source = CharField(max_length=32, default="user")  # user / trigger

    class Trigger(Base):
        stage = ForeignKeyField(Stage, on_delete="CASCADE")
        period_days = IntegerField()
        action = CharField(max_length=16)
        params = TextField(default="{}")
        active = BooleanField(default=True)
        created_at = DateTimeField()

    class TriggerSchedule(Base):
        trigger = ForeignKeyField(Trigger, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        stay = ForeignKeyField(StageStay, on_delete="CASCADE")
        entered_at = DateTimeField()
        next_occurrence = IntegerField(default=1)
        next_due_at = DateTimeField()

        class Meta:
            indexes = ((("trigger", "stay"), True),)

    class TriggerFiring(Base):
        trigger = ForeignKeyField(Trigger, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        stay = IntegerField()
        occurrence = IntegerField()
        due_at = DateTimeField()
        at = DateTimeField()
        status = CharField(max_length=8)  # fired / skipped / failed
        detail = TextField(default="")

        class Meta:
            indexes = ((("trigger", "deal", "stay", "occurrence"), True),)

    db.create_tables([Campaign, CampaignMember, Trigger, TriggerSchedule, TriggerFiring])
    db.execute_sql("CREATE INDEX trigger_schedule_due ON trigger_schedule (next_due_at)")
    db.execute_sql("CREATE INDEX trigger_schedule_deal ON trigger_schedule (deal_id)")
    db.execute_sql("CREATE INDEX trigger_firing_at ON trigger_firing (at)")
    db.execute_sql("CREATE INDEX campaign_member_campaign ON campaign_member (campaign_id, removed_at)")
