"""Stage activities (the configurator's checklist with weights and options) and what each deal has done.

deal_activity keeps who did an activity and when, with its note and file; the weights of done activities
over all of a process's activity weights give the deal's win probability (SPEC F4).
"""

from peewee import BlobField, BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(Base):
        class Meta:
            table_name = "app_user"

    class Stage(Base):
        class Meta:
            table_name = "stage"

    class Deal(Base):
        class Meta:
            table_name = "deal"

    class Activity(Base):
        stage = ForeignKeyField(Stage, on_delete="CASCADE")
        name = CharField(max_length=120)
        position = IntegerField(default=0)
        weight = IntegerField(default=0)
        mandatory = BooleanField(default=False)
        performer = CharField(max_length=16, default="anyone")  # anyone / managers / admins / users
        performer_users = TextField(default="[]")  # JSON user ids when performer == users
        requires = CharField(max_length=16, default="nothing")  # nothing / note / note_file
        notify = TextField(default="[]")  # JSON list of admins / managers / participants
        follow_up_task = BooleanField(default=False)

    class DealActivity(Base):
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        activity = ForeignKeyField(Activity, on_delete="CASCADE")
        done_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
        done_at = DateTimeField()
        note = TextField(default="")
        file_name = CharField(max_length=255, default="")
        file_data = BlobField(null=True)
        file_sha256 = CharField(max_length=64, default="")

        class Meta:
            indexes = ((("deal", "activity"), True),)

    db.create_tables([Activity, DealActivity])
    db.execute_sql("CREATE INDEX activity_stage_position ON activity (stage_id, position)")
