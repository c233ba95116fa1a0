"""Catalogue, price lists, exchange rates, calculation variants with lines, and stored offer PDFs (F6)."""

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
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
        class Meta:
            table_name = "app_user"

    class Deal(Base):
        class Meta:
            table_name = "deal"

    class Product(Base):
        code = CharField(max_length=40, unique=True)
        name = CharField(max_length=200)
        unit = CharField(max_length=16, default="szt.")
        currency = CharField(max_length=3, default="PLN")
        net_price_minor = BigIntegerField(default=0)
        cost_minor = BigIntegerField(default=0)
        vat_pct = CharField(max_length=12, default="23")
        active = BooleanField(default=True)

    class PriceList(Base):
        name = CharField(max_length=120, unique=True)
        currency = CharField(max_length=3)
        active = BooleanField(default=True)

    class PriceListItem(Base):
        price_list = ForeignKeyField(PriceList, on_delete="CASCADE")
        product = ForeignKeyField(Product, on_delete="CASCADE")
        price_minor = BigIntegerField()

        class Meta:
            indexes = ((("price_list", "product"), True),)

    class ExchangeRate(Base):
        base = CharField(max_length=3)
        quote = CharField(max_length=3)
        rate = CharField(max_length=24)
        updated_at = DateTimeField()

        class Meta:
            indexes = ((("base", "quote"), True),)

    class Calculation(Base):
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        name = CharField(max_length=120)
        chosen = BooleanField(default=False)
        currency = CharField(max_length=3)
        rate = CharField(max_length=24, default="1")
        price_list = ForeignKeyField(PriceList, null=True, on_delete="SET NULL")
        payment_terms = TextField(default="")
        delivery_terms = TextField(default="")
        valid_until = DateField(null=True)
        created_at = DateTimeField()

    class CalculationLine(Base):
        calculation = ForeignKeyField(Calculation, on_delete="CASCADE")
        position = IntegerField()
        product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
        description = CharField(max_length=300)
        quantity = CharField(max_length=24, default="1")
        unit = CharField(max_length=16, default="")
        unit_price_minor = BigIntegerField(default=0)
        discount_pct = CharField(max_length=12, default="0")
        unit_cost_minor = BigIntegerField(default=0)
        vat_pct = CharField(max_length=12, default="23")

    class OfferDocument(Base):
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        calculation = ForeignKeyField(Calculation, null=True, on_delete="SET NULL")
        user = ForeignKeyField(User, null=True, on_delete="SET NULL")
        created_at = DateTimeField()
        file_name = CharField(max_length=200)
        language = CharField(max_length=8, default="pl")
        pdf = BlobField()
        sha256 = CharField(max_length=64)

    db.create_tables([Product, PriceList, PriceListItem, ExchangeRate, Calculation, CalculationLine, OfferDocument])
