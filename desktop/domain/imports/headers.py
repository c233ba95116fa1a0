"""What each column of a file means: the fields an import can fill, per kind of row, and the column titles
other programs and offices use for them (Etap's own export in every language, Pipedrive, HubSpot, Polish and
Romanian spreadsheets, the Maven CRM sample). Titles are compared normalised: lower case, no accents, no
punctuation, so ``Deal - Value``, ``deal value`` and ``DEAL_VALUE`` are one title."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Kind(StrEnum):
    DEALS = "deals"
    CONTACTS = "contacts"
    COMPANIES = "companies"
    USERS = "users"
    PRODUCTS = "products"


KIND_LABELS = {
    Kind.DEALS: QT_TRANSLATE_NOOP("Import", "Deals (with their contacts and companies)"),
    Kind.CONTACTS: QT_TRANSLATE_NOOP("Import", "Contacts"),
    Kind.COMPANIES: QT_TRANSLATE_NOOP("Import", "Companies"),
    Kind.USERS: QT_TRANSLATE_NOOP("Import", "Users (salespeople)"),
    Kind.PRODUCTS: QT_TRANSLATE_NOOP("Import", "Products"),
}


class Target(StrEnum):
    """An Etap field a column can fill."""

    NUMBER = "number"  # the deal's id in the file (kept as its number; finds duplicates)
    TITLE = "title"
    VALUE = "value"
    CURRENCY = "currency"
    STAGE = "stage"
    STATUS = "status"  # open / won / lost (Pipedrive), when the stage column does not say it
    OWNER = "owner"
    PRODUCT = "product"
    SOURCE = "source"
    CREATED = "created"
    STAGE_ENTERED = "stage_entered"
    CLOSED = "closed"
    EXPECTED_CLOSE = "expected_close"
    LOST_REASON = "lost_reason"
    COMPANY = "company"
    TAX_ID = "tax_id"
    CITY = "city"
    CONTACT = "contact"  # full name
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    COMPANY_PHONE = "company_phone"
    COMPANY_EMAIL = "company_email"
    USER_NAME = "user_name"
    CODE = "code"
    PRICE = "price"


TARGET_LABELS = {
    Target.NUMBER: QT_TRANSLATE_NOOP("Import", "Deal number (id)"),
    Target.TITLE: QT_TRANSLATE_NOOP("Import", "Deal title"),
    Target.VALUE: QT_TRANSLATE_NOOP("Import", "Value"),
    Target.CURRENCY: QT_TRANSLATE_NOOP("Import", "Currency"),
    Target.STAGE: QT_TRANSLATE_NOOP("Import", "Stage"),
    Target.STATUS: QT_TRANSLATE_NOOP("Import", "Status (open, won, lost)"),
    Target.OWNER: QT_TRANSLATE_NOOP("Import", "Owner"),
    Target.PRODUCT: QT_TRANSLATE_NOOP("Import", "Product"),
    Target.SOURCE: QT_TRANSLATE_NOOP("Import", "Source"),
    Target.CREATED: QT_TRANSLATE_NOOP("Import", "Created on"),
    Target.STAGE_ENTERED: QT_TRANSLATE_NOOP("Import", "In the stage since"),
    Target.CLOSED: QT_TRANSLATE_NOOP("Import", "Closed on (won or lost)"),
    Target.EXPECTED_CLOSE: QT_TRANSLATE_NOOP("Import", "Expected close date"),
    Target.LOST_REASON: QT_TRANSLATE_NOOP("Import", "Lost reason"),
    Target.COMPANY: QT_TRANSLATE_NOOP("Import", "Company name"),
    Target.TAX_ID: QT_TRANSLATE_NOOP("Import", "Tax id (NIP, CUI)"),
    Target.CITY: QT_TRANSLATE_NOOP("Import", "City"),
    Target.CONTACT: QT_TRANSLATE_NOOP("Import", "Contact (full name)"),
    Target.FIRST_NAME: QT_TRANSLATE_NOOP("Import", "First name"),
    Target.LAST_NAME: QT_TRANSLATE_NOOP("Import", "Last name"),
    Target.EMAIL: QT_TRANSLATE_NOOP("Import", "E-mail"),
    Target.PHONE: QT_TRANSLATE_NOOP("Import", "Phone"),
    Target.COMPANY_PHONE: QT_TRANSLATE_NOOP("Import", "Company phone"),
    Target.COMPANY_EMAIL: QT_TRANSLATE_NOOP("Import", "Company e-mail"),
    Target.USER_NAME: QT_TRANSLATE_NOOP("Import", "User's name"),
    Target.CODE: QT_TRANSLATE_NOOP("Import", "Product code"),
    Target.PRICE: QT_TRANSLATE_NOOP("Import", "Net price"),
}

_CONTACT_FIELDS = (Target.CONTACT, Target.FIRST_NAME, Target.LAST_NAME, Target.EMAIL, Target.PHONE)
_COMPANY_FIELDS = (Target.COMPANY, Target.TAX_ID, Target.CITY, Target.COMPANY_PHONE, Target.COMPANY_EMAIL)
TARGETS: dict[Kind, tuple[Target, ...]] = {
    Kind.DEALS: (
        Target.NUMBER,
        Target.TITLE,
        Target.VALUE,
        Target.CURRENCY,
        Target.STAGE,
        Target.STATUS,
        Target.OWNER,
        Target.PRODUCT,
        Target.SOURCE,
        Target.CREATED,
        Target.STAGE_ENTERED,
        Target.CLOSED,
        Target.EXPECTED_CLOSE,
        Target.LOST_REASON,
        *_CONTACT_FIELDS,
        *_COMPANY_FIELDS,
    ),
    Kind.CONTACTS: (*_CONTACT_FIELDS, *_COMPANY_FIELDS),
    Kind.COMPANIES: _COMPANY_FIELDS,
    Kind.USERS: (Target.USER_NAME, Target.EMAIL),
    Kind.PRODUCTS: (Target.CODE, Target.PRODUCT, Target.PRICE, Target.CURRENCY),
}

# Normalised titles per field. Etap's own exports are listed in English, Polish and Romanian.
SYNONYMS: dict[Target, tuple[str, ...]] = {
    Target.NUMBER: (
        "deal number",
        "number",
        "numer",
        "numer szansy",
        "nr",
        "numar",
        "numar oportunitate",
        "deal id",
        "id",
        "record id",
        "opportunity id",
        "opportunity_id",
        "id szansy",
        "id oportunitate",
    ),
    Target.TITLE: (
        "deal",
        "title",
        "deal title",
        "deal name",
        "name of deal",
        "tytul",
        "nazwa szansy",
        "szansa",
        "szansa sprzedazy",
        "subject",
        "przedmiot",
        "temat",
        "titlu",
        "oportunitate",
        "denumire oportunitate",
        "opportunity",
        "opportunity name",
    ),
    Target.VALUE: (
        "value",
        "deal value",
        "amount",
        "wartosc",
        "kwota",
        "valoare",
        "suma",
        "close value",
        "close_value",
        "deal amount",
    ),
    Target.CURRENCY: ("currency", "deal currency of value", "currency of value", "waluta", "moneda", "valuta"),
    Target.STAGE: (
        "stage",
        "deal stage",
        "etap",
        "etapa",
        "faza",
        "pipeline stage",
        "deal_stage",
        "dealstage",
        "status etapu",
    ),
    Target.STATUS: ("deal status", "status", "stan"),
    Target.OWNER: (
        "owner",
        "deal owner",
        "opiekun",
        "handlowiec",
        "responsabil",
        "agent",
        "sales agent",
        "sales_agent",
        "salesperson",
        "wlasciciel",
        "user",
        "assigned to",
        "przypisany",
    ),
    Target.PRODUCT: ("product", "produkt", "produs", "product name", "nazwa produktu", "denumire produs"),
    Target.SOURCE: ("source", "zrodlo", "sursa", "lead source", "deal source", "zrodlo pozyskania", "origine"),
    Target.CREATED: (
        "created",
        "created on",
        "create date",
        "deal created",
        "created at",
        "data utworzenia",
        "utworzono",
        "data dodania",
        "data creare",
        "data crearii",
        "creat la",
        "engage date",
        "engage_date",
        "date created",
    ),
    Target.STAGE_ENTERED: (
        "in the stage since",
        "stage entered",
        "stage change time",
        "last stage change",
        "w etapie od",
        "data zmiany etapu",
        "in etapa din",
    ),
    Target.CLOSED: (
        "closed on",
        "close date",
        "closed",
        "close_date",
        "deal close date",
        "data zamkniecia",
        "zamknieto",
        "data inchiderii",
        "data inchidere",
        "won time",
        "deal won time",
        "lost time",
        "deal lost time",
        "closed date",
        "date closed",
    ),
    Target.EXPECTED_CLOSE: (
        "expected close date",
        "deal expected close date",
        "expected close",
        "planowane zamkniecie",
        "przewidywana data zamkniecia",
        "planowana data zamkniecia",
        "data estimata de inchidere",
        "data estimata inchidere",
    ),
    Target.LOST_REASON: (
        "lost reason",
        "deal lost reason",
        "closed lost reason",
        "powod utraty",
        "przyczyna utraty",
        "powod przegranej",
        "motiv pierdere",
        "motivul pierderii",
    ),
    Target.COMPANY: (
        "company",
        "company name",
        "organization",
        "deal organization",
        "organization name",
        "associated company",
        "account",
        "account name",
        "firma",
        "nazwa firmy",
        "klient",
        "kontrahent",
        "companie",
        "nume companie",
        "denumire firma",
        "client",
        "organizatie",
        "name",
    ),
    Target.TAX_ID: (
        "tax id",
        "nip",
        "vat",
        "vat number",
        "vat id",
        "cui",
        "cif",
        "cod fiscal",
        "cod unic de inregistrare",
        "organization tax id",
        "nip firmy",
    ),
    Target.CITY: (
        "city",
        "miasto",
        "miejscowosc",
        "oras",
        "localitate",
        "organization city",
        "office location",
        "office_location",
    ),
    Target.CONTACT: (
        "contact",
        "contact person",
        "deal contact person",
        "person",
        "person name",
        "kontakt",
        "osoba kontaktowa",
        "imie i nazwisko",
        "persoana de contact",
        "nume complet",
        "full name",
        "associated contact",
        "contact name",
    ),
    Target.FIRST_NAME: ("first name", "firstname", "imie", "prenume", "given name", "person first name"),
    Target.LAST_NAME: ("last name", "lastname", "surname", "nazwisko", "nume", "family name", "person last name"),
    Target.EMAIL: (
        "e mail",
        "email",
        "email address",
        "person email",
        "person email work",
        "person email home",
        "person email other",
        "adres e mail",
        "adres email",
        "poczta",
        "adresa de email",
        "e mail address",
        "work email",
    ),
    Target.PHONE: (
        "phone",
        "phone number",
        "person phone",
        "person phone work",
        "person phone mobile",
        "telefon",
        "numer telefonu",
        "tel",
        "telefon komorkowy",
        "mobile",
        "mobile phone",
        "numar de telefon",
        "telefon mobil",
    ),
    Target.COMPANY_PHONE: ("company phone", "telefon firmy", "telefon companie", "organization phone"),
    Target.COMPANY_EMAIL: ("company e mail", "company email", "e mail firmy", "email firmy", "email companie"),
    Target.USER_NAME: ("user name", "display name", "salesperson name"),
    Target.CODE: ("code", "product code", "kod", "kod produktu", "sku", "cod", "cod produs", "symbol"),
    Target.PRICE: (
        "price",
        "net price",
        "cena",
        "cena netto",
        "pret",
        "pret net",
        "sales price",
        "sales_price",
        "unit price",
    ),
}

# Column titles that mean something else in one kind of file than in another.
_PER_KIND: dict[Kind, dict[str, Target]] = {
    Kind.USERS: {
        "sales agent": Target.USER_NAME,
        "sales_agent": Target.USER_NAME,
        "name": Target.USER_NAME,
        "imie i nazwisko": Target.USER_NAME,
        "opiekun": Target.USER_NAME,
        "handlowiec": Target.USER_NAME,
        "owner": Target.USER_NAME,
        "user": Target.USER_NAME,
        "nume": Target.USER_NAME,
    },
    Kind.PRODUCTS: {"name": Target.PRODUCT, "nazwa": Target.PRODUCT, "denumire": Target.PRODUCT},
    Kind.CONTACTS: {"name": Target.CONTACT, "nazwa": Target.CONTACT, "nume": Target.LAST_NAME},
    Kind.COMPANIES: {
        "nazwa": Target.COMPANY,
        "denumire": Target.COMPANY,
        "nume": Target.COMPANY,
        "phone": Target.COMPANY_PHONE,
        "telefon": Target.COMPANY_PHONE,
        "e mail": Target.COMPANY_EMAIL,
        "email": Target.COMPANY_EMAIL,
    },
}


@lru_cache(maxsize=65536)
def normalise(title: str) -> str:
    """``Deal - E-mail (Work)`` → ``deal e mail work``: lower case, accents and punctuation gone."""
    text = unicodedata.normalize("NFKD", str(title)).replace("ł", "l").replace("Ł", "L")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9_]+", " ", text).strip()


_INDEX: dict[str, Target] = {}
for _target, _titles in SYNONYMS.items():
    for _title in _titles:
        _INDEX.setdefault(normalise(_title), _target)


def guess(title: str, kind: Kind) -> Target | None:
    """The field a column title names for this kind of row, or None."""
    key = normalise(title)
    if not key:
        return None
    special = _PER_KIND.get(kind, {})
    target = special.get(key) or special.get(key.replace("_", " "))
    if target is None:
        target = _INDEX.get(key) or _INDEX.get(key.replace("_", " "))
    if target is None:
        for prefix in ("deal ", "person ", "organization ", "contact ", "company "):  # Pipedrive / HubSpot
            if key.startswith(prefix):
                target = _INDEX.get(key[len(prefix) :])
                if target is not None:
                    break
    if target is None or target not in TARGETS[kind]:
        return None
    return target


def auto_map(headers: Sequence[str], kind: Kind) -> dict[int, Target]:
    """Column index → field for the titles recognised. A field named by two columns keeps both (the first
    non-empty value wins: Pipedrive's "Won time" and "Lost time" both fill the closing date), except the
    ones that must be unique per row, where the first column wins."""
    mapping: dict[int, Target] = {}
    taken: set[Target] = set()
    for index, title in enumerate(headers):
        target = guess(title, kind)
        if target is None:
            continue
        if target in taken and target not in (Target.CLOSED, Target.EMAIL, Target.PHONE):
            continue
        taken.add(target)
        mapping[index] = target
    if Target.STAGE not in taken and Target.STATUS in taken:  # Etap's funnel export calls the stage "Status"
        for index, target in mapping.items():
            if target is Target.STATUS:
                mapping[index] = Target.STAGE
    return mapping


def guess_kind(headers: Sequence[str]) -> Kind:
    """Deals when a stage, value or deal title column is there; users for a list of salespeople; companies when
    there is a company name but no person; contacts otherwise."""
    deal = {guess(h, Kind.DEALS) for h in headers}
    if deal & {Target.STAGE, Target.VALUE, Target.NUMBER, Target.STATUS}:
        return Kind.DEALS
    keys = {normalise(h) for h in headers}
    if keys & {"sales agent", "sales_agent"}:
        return Kind.USERS
    if {guess(h, Kind.PRODUCTS) for h in headers} >= {Target.PRICE, Target.PRODUCT}:
        return Kind.PRODUCTS
    contact = {guess(h, Kind.CONTACTS) for h in headers}
    if contact & {Target.CONTACT, Target.FIRST_NAME, Target.LAST_NAME, Target.EMAIL}:
        return Kind.CONTACTS
    return Kind.COMPANIES
