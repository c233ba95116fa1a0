"""Initial schema: users, processes, stages, companies, contacts, deals, numbering, stays, history.

Frozen copies of the models as they were at this version (never import the application models in a
migration: they change, this file must not).
"""

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class User(Base):
        username = CharField(max_length=80, unique=True)
        display_name = CharField(max_length=120)
        email = CharField(max_length=254, default="")
        role = CharField(max_length=16)
        password_hash = TextField(null=True)
        signature = TextField(default="")
        active = BooleanField(default=True)
        created_at = DateTimeField()

        class Meta:
            table_name = "app_user"

    class Process(Base):
        name = CharField(max_length=120, unique=True)
        number_format = CharField(max_length=40)
        position = IntegerField(default=0)
        created_at = DateTimeField()

    class Stage(Base):
        process = ForeignKeyField(Process, on_delete="CASCADE")
        name = CharField(max_length=80)
        kind = CharField(max_length=8)
        position = IntegerField()
        substages = TextField(default="[]")
        required_fields = TextField(default="[]")
        default_probability = IntegerField(default=0)
        rotting_days = IntegerField(null=True)

    class Company(Base):
        name = CharField(max_length=200)
        tax_id = CharField(max_length=32, default="")
        city = CharField(max_length=120, default="")
        phone = CharField(max_length=40, default="")
        email = CharField(max_length=254, default="")

    class Contact(Base):
        first_name = CharField(max_length=100, default="")
        last_name = CharField(max_length=100, default="")
        email = CharField(max_length=254, default="")
        phone = CharField(max_length=40, default="")
        company = ForeignKeyField(Company, null=True, on_delete="SET NULL")
        created_at = DateTimeField()

    class Deal(Base):
        process = ForeignKeyField(Process, on_delete="RESTRICT")
        stage = ForeignKeyField(Stage, on_delete="RESTRICT")
        number = CharField(max_length=64, unique=True)
        title = CharField(max_length=200)
        value_minor = BigIntegerField(default=0)
        currency = CharField(max_length=3, default="PLN")
        cost_minor = BigIntegerField(default=0)
        owner = ForeignKeyField(User, null=True, on_delete="SET NULL")
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        company = ForeignKeyField(Company, null=True, on_delete="SET NULL")
        source = CharField(max_length=80, default="")
        substage = CharField(max_length=80, default="")
        created_at = DateTimeField()
        expected_close = DateField(null=True)
        next_contact = DateField(null=True)
        lost_reason = TextField(default="")
        probability = IntegerField(default=0)
        probability_manual = IntegerField(null=True)
        board_rank = DoubleField(default=0)
        stage_entered_at = DateTimeField()
        last_activity_at = DateTimeField()
        spam = BooleanField(default=False)
        version = IntegerField(default=1)

    class DealSequence(Base):
        process = ForeignKeyField(Process, on_delete="CASCADE")
        year = IntegerField()
        last_value = IntegerField(default=0)

        class Meta:
            primary_key = CompositeKey("process", "year")

    class StageStay(Base):
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL")
        stage_name = CharField(max_length=80, default="")
        entered_at = DateTimeField()
        left_at = DateTimeField(null=True)
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")

    class Event(Base):
        deal = ForeignKeyField(Deal, null=True, on_delete="CASCADE")
        process = ForeignKeyField(Process, null=True, on_delete="SET NULL")
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        at = DateTimeField()
        kind = CharField(max_length=32)
        payload = TextField(default="{}")

    db.create_tables([User, Process, Stage, Company, Contact, Deal, DealSequence, StageStay, Event])
