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
    tax_id = CharField(max_length=32, default="")  # free-form, from the first version; NIP/CUI are checked
    city = CharField(max_length=120, default="")
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=254, default="")
    nip = CharField(max_length=10, default="")
    regon = CharField(max_length=14, default="")
    krs = CharField(max_length=10, default="")
    cui = CharField(max_length=12, default="")
    address = TextField(default="")
    postcode = CharField(max_length=16, default="")
    country = CharField(max_length=80, default="")
    website = CharField(max_length=254, default="")
    notes = TextField(default="")
    name_key = CharField(max_length=200, default="")  # domain.identifiers.company_name_key(name)
    created_at = DateTimeField(null=True)
    version = IntegerField(default=1)
    search_text = TextField(default="")  # domain.text.company_text, kept by services.searchkeys (0212)


class Contact(BaseModel):
    first_name = CharField(max_length=100, default="")
    last_name = CharField(max_length=100, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=40, default="")
    company = ForeignKeyField(Company, null=True, backref="contacts", on_delete="SET NULL")
    created_at = DateTimeField()
    position = CharField(max_length=120, default="")
    extra_emails = TextField(default="")  # one per line; ``email`` is the primary address
    extra_phones = TextField(default="")  # one per line, E.164; ``phone`` is the primary number
    address = TextField(default="")
    notes = TextField(default="")
    marketing_consent = BooleanField(default=False)
    consent_date = DateField(null=True)
    consent_source = CharField(max_length=120, default="")
    anonymised_at = DateTimeField(null=True)
    version = IntegerField(default=1)
    search_text = TextField(default="")  # domain.text.contact_text, kept by services.searchkeys (0212)
    company_sort = CharField(max_length=200, default="")  # sort_key of its company's name (searchkeys, 0224)


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
    deleted_at = DateTimeField(null=True)  # in the trash since (migration 0102); flagged spam meanwhile
    deleted_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    # derived from the deal's contact, company and owner (migration 0210), kept current by the services
    # (``desktop.services.searchkeys``) so an index serves the funnel's sort and contains search
    contact_sort = CharField(max_length=200, default="")
    company_sort = CharField(max_length=200, default="")
    owner_sort = CharField(max_length=200, default="")
    search_text = TextField(default="")


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
    contact_id = IntegerField(null=True)  # history of a contact or a company (no foreign key: it outlives them)
    company_id = IntegerField(null=True)


class Setting(BaseModel):
    key = CharField(max_length=80, primary_key=True)
    value = TextField()
