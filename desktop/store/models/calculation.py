"""Catalogue, price lists, exchange rates, per-deal calculation variants and stored offer PDFs.

Prices are integer minor units of the row's currency; quantities, percentages and exchange rates are exact
decimal text (SQLite has no exact decimal type, and Peewee's DecimalField there is a float).
"""

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop.store.models.core import BaseModel, Deal, User


class Product(BaseModel):
    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=200)
    unit = CharField(max_length=16, default="szt.")
    currency = CharField(max_length=3, default="PLN")
    net_price_minor = BigIntegerField(default=0)
    cost_minor = BigIntegerField(default=0)
    vat_pct = CharField(max_length=12, default="23")
    active = BooleanField(default=True)


class PriceList(BaseModel):
    name = CharField(max_length=120, unique=True)
    currency = CharField(max_length=3)
    active = BooleanField(default=True)


class PriceListItem(BaseModel):
    price_list = ForeignKeyField(PriceList, backref="items", on_delete="CASCADE")
    product = ForeignKeyField(Product, on_delete="CASCADE")
    price_minor = BigIntegerField()

    class Meta:
        indexes = ((("price_list", "product"), True),)


class ExchangeRate(BaseModel):
    """How many units of ``quote`` one unit of ``base`` costs (e.g. EUR -> PLN 4.31)."""

    base = CharField(max_length=3)
    quote = CharField(max_length=3)
    rate = CharField(max_length=24)
    updated_at = DateTimeField()

    class Meta:
        indexes = ((("base", "quote"), True),)


class Calculation(BaseModel):
    deal = ForeignKeyField(Deal, backref="calculations", on_delete="CASCADE")
    name = CharField(max_length=120)
    chosen = BooleanField(default=False)
    currency = CharField(max_length=3)
    rate = CharField(max_length=24, default="1")  # frozen: calculation currency -> deal currency
    price_list = ForeignKeyField(PriceList, null=True, on_delete="SET NULL")
    payment_terms = TextField(default="")
    delivery_terms = TextField(default="")
    valid_until = DateField(null=True)
    created_at = DateTimeField()


class CalculationLine(BaseModel):
    calculation = ForeignKeyField(Calculation, backref="lines", on_delete="CASCADE")
    position = IntegerField()
    product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
    description = CharField(max_length=300)
    quantity = CharField(max_length=24, default="1")
    unit = CharField(max_length=16, default="")
    unit_price_minor = BigIntegerField(default=0)
    discount_pct = CharField(max_length=12, default="0")
    unit_cost_minor = BigIntegerField(default=0)
    vat_pct = CharField(max_length=12, default="23")


class OfferDocument(BaseModel):
    deal = ForeignKeyField(Deal, backref="offers", on_delete="CASCADE")
    calculation = ForeignKeyField(Calculation, null=True, on_delete="SET NULL")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = DateTimeField()
    file_name = CharField(max_length=200)
    language = CharField(max_length=8, default="pl")
    pdf = BlobField()
    sha256 = CharField(max_length=64)
    outcome = CharField(max_length=8, default="")  # "" / accepted / rejected: the user's word (migration 0201)
    outcome_at = DateTimeField(null=True)
