"""Tasks (linked to a deal, with an owner and a due time) and per-user notifications.

Shared by the deal sheet (Tasks tab, My tasks, reminders), activities (follow-up tasks, notifications)
and time-in-stage triggers (task and notify actions).
"""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, Model, TextField


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

    class Task(Base):
        deal = ForeignKeyField(Deal, null=True, on_delete="CASCADE")
        owner = ForeignKeyField(User, null=True, on_delete="SET NULL")
        title = CharField(max_length=200)
        note = TextField(default="")
        due_at = DateTimeField(null=True)
        done_at = DateTimeField(null=True)
        done_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
        reminded_at = DateTimeField(null=True)
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
        source = CharField(max_length=32, default="user")  # user / activity / trigger

    class Notification(Base):
        user = ForeignKeyField(User, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, null=True, on_delete="CASCADE")
        at = DateTimeField()
        kind = CharField(max_length=32)
        text = TextField()
        read_at = DateTimeField(null=True)
        popped = BooleanField(default=False)

    db.create_tables([Task, Notification])
    db.execute_sql("CREATE INDEX task_open_due ON task (done_at, due_at)")
    db.execute_sql("CREATE INDEX task_deal_open ON task (deal_id, done_at, due_at)")
    db.execute_sql("CREATE INDEX notification_user_unread ON notification (user_id, read_at, at)")
