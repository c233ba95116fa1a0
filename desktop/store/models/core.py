"""Core tables: users, processes and stages, contacts and companies, deals, stays and history.

The schema itself is created by the numbered migrations; these classes must match them. Money is stored
as integer minor units next to a currency code; timestamps are naive UTC; dates are calendar dates.
"""

from __future__ import annotations

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

from desktop.store.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class User(BaseModel):
    username = CharField(max_length=80, unique=True)
    display_name = CharField(max_length=120)
    email = CharField(max_length=254, default="")
    role = CharField(max_length=16)  # agent / manager / admin
    password_hash = TextField(null=True)
    signature = TextField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField()
    version = IntegerField(default=1)

    class Meta:
        table_name = "app_user"


class SignInFailure(BaseModel):
    """Failed sign-ins per typed name (lower-cased), whether or not such a user exists."""

    name = CharField(max_length=254, primary_key=True)
    failures = IntegerField(default=0)
    last_failed_at = DateTimeField()

    class Meta:
        table_name = "sign_in_failure"


class Process(BaseModel):
    name = CharField(max_length=120, unique=True)
    number_format = CharField(max_length=40)
    position = IntegerField(default=0)
    created_at = DateTimeField()


class Stage(BaseModel):
    process = ForeignKeyField(Process, backref="stages", on_delete="CASCADE")
    name = CharField(max_length=80)
    kind = CharField(max_length=8)  # open / won / lost / closed
    position = IntegerField()
    substages = TextField(default="[]")  # JSON list of names
    required_fields = TextField(default="[]")  # JSON list of Field keys
    default_probability = IntegerField(default=0)
    rotting_days = IntegerField(null=True)


class Company(BaseModel):
    name = CharField(max_length=200)
    tax_id = CharField(max_length=32, default="")
    city = CharField(max_length=120, default="")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=254, default="")


class Contact(BaseModel):
    first_name = CharField(max_length=100, default="")
    last_name = CharField(max_length=100, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=40, default="")
    company = ForeignKeyField(Company, null=True, backref="contacts", on_delete="SET NULL")
    created_at = DateTimeField()


class Deal(BaseModel):
    process = ForeignKeyField(Process, backref="deals", on_delete="RESTRICT")
    stage = ForeignKeyField(Stage, backref="deals", on_delete="RESTRICT")
    number = CharField(max_length=64, unique=True)
    title = CharField(max_length=200)
    value_minor = BigIntegerField(default=0)
    currency = CharField(max_length=3, default="PLN")
    cost_minor = BigIntegerField(default=0)
    owner = ForeignKeyField(User, null=True, backref="deals", on_delete="SET NULL")
    contact = ForeignKeyField(Contact, null=True, backref="deals", on_delete="SET NULL")
    company = ForeignKeyField(Company, null=True, backref="deals", on_delete="SET NULL")
    source = CharField(max_length=80, default="")
    substage = CharField(max_length=80, default="")
    created_at = DateTimeField()
    expected_close = DateField(null=True)
    next_contact = DateField(null=True)
    lost_reason = TextField(default="")
    probability = IntegerField(default=0)  # effective probability, kept current by the services
    probability_manual = IntegerField(null=True)  # a user's override; never silently replaced
    board_rank = DoubleField(default=0)  # manual order inside a column
    stage_entered_at = DateTimeField()
    last_activity_at = DateTimeField()
    spam = BooleanField(default=False)
    version = IntegerField(default=1)  # optimistic locking


class DealSequence(BaseModel):
    process = ForeignKeyField(Process, on_delete="CASCADE")
    year = IntegerField()
    last_value = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("process", "year")


class StageStay(BaseModel):
    deal = ForeignKeyField(Deal, backref="stays", on_delete="CASCADE")
    stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL")  # kept when a stage is deleted
    stage_name = CharField(max_length=80, default="")
    entered_at = DateTimeField()
    left_at = DateTimeField(null=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")


class Event(BaseModel):
    """Append-only history: the services insert rows, nothing updates or deletes them."""

    deal = ForeignKeyField(Deal, null=True, backref="events", on_delete="CASCADE")
    process = ForeignKeyField(Process, null=True, on_delete="SET NULL")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    at = DateTimeField()
    kind = CharField(max_length=32)
    payload = TextField(default="{}")  # JSON


class Setting(BaseModel):
    key = CharField(max_length=80, primary_key=True)
    value = TextField()
