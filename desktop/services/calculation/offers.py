"""Offer documents: HTML rendered from a user-editable Jinja2 template, and the PDFs stored with the deal.

Templates run in an ``ImmutableSandboxedEnvironment`` with autoescape on, so neither a product name nor a
user's template can run code or inject markup. (``select_autoescape`` would not cover ``.html.j2``.)
The PDF itself is drawn by the ui (Qt); this module only stores its bytes with a SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from desktop import paths
from desktop.domain import money
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import history, settings
from desktop.services.actor import Actor
from desktop.services.calculation import calculations
from desktop.services.deals import deals
from desktop.store.db import atomic
from desktop.store.models import Company, Contact, Deal, OfferDocument, User

LANGUAGES = ("pl", "en", "ro")
MAX_TEMPLATE = 200_000
MAX_LOGO = 512 * 1024
# The letterhead printed at the top of every offer, kept in the shared settings (managers edit it).
LETTERHEAD_FIELDS = ("company_name", "company_address", "company_tax_id", "company_bank_account")
LOGO_KEY = "company_logo"
# The footer of each printed page, in the offer's language ({page} and {pages} are filled in).
PAGE_LABELS = {"pl": "Strona {page} z {pages}", "en": "Page {page} of {pages}", "ro": "Pagina {page} din {pages}"}
# Currencies num2words names correctly (with grammatical number) per language; the rest are spelt with their code.
_CURRENCY_WORDS = {"pl": ("PLN", "EUR", "USD"), "ro": ("RON",), "en": ("PLN", "EUR", "USD", "GBP")}
_SEPARATORS = {"pl": ("\u00a0", ","), "ro": (".", ","), "en": (",", ".")}  # (thousands, decimal)
# what a broken or hostile template may raise besides jinja2's TemplateError; all become a message, never a crash
# (jinja2 is imported on the first offer, not at start-up)
RENDER_ERRORS = (OverflowError, RecursionError, TypeError, MemoryError, ValueError, ArithmeticError)


def _render_errors() -> tuple[type[BaseException], ...]:
    from jinja2 import TemplateError

    return (TemplateError, *RENDER_ERRORS)


@dataclass(frozen=True)
class OfferRow:
    id: int
    deal_id: int
    file_name: str
    created_at: datetime
    sha256: str
    size: int


def amount_text(amount: Decimal, currency: str, language: str) -> str:
    """``12 345,50`` (pl), ``12.345,50`` (ro) or ``12,345.50`` (en), rounded to the currency; Polish groups
    with a non-breaking space, so an amount is one unbreakable word."""
    thousands, decimal = _SEPARATORS.get(language, _SEPARATORS["en"])
    text = f"{money.round_money(amount, currency):,f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def money_text(amount: Decimal, currency: str, language: str) -> str:
    """``12 345,50 PLN``: a non-breaking space before the currency keeps it on one line with the amount."""
    return f"{amount_text(amount, currency, language)}\u00a0{currency}"


def number_text(value: Decimal | None, language: str) -> str:
    if value is None:
        return "—"
    text = f"{value.normalize():f}"
    return text if language == "en" else text.replace(".", ",")


def _date_text(value, language: str) -> str:
    if value is None:
        return ""
    return value.isoformat() if language == "en" else value.strftime("%d.%m.%Y")


def amount_in_words(amount: Decimal, currency: str, language: str) -> str:
    """The amount spelt out in ``language`` as an office writes it on an offer ("dwanaście tysięcy trzysta
    czterdzieści pięć złotych, sześćdziesiąt siedem groszy"). Currencies whose names num2words does not know
    in that language keep their code: "douăsprezece mii ... EUR 67/100"."""
    from num2words import num2words  # on the first offer, not at start-up

    rounded = money.round_money(amount, currency)
    if currency in _CURRENCY_WORDS.get(language, ()):
        return num2words(rounded, lang=language, to="currency", currency=currency)
    whole = int(rounded)
    cents = int((rounded - whole) * 100)
    return f"{num2words(whole, lang=language)} {currency} {cents:02d}/100"


def letterhead() -> dict:
    """Company name, address, NIP, bank account and logo (a ``data:`` URL) for the top of every offer."""
    values = {key: settings.get_text(key) for key in LETTERHEAD_FIELDS}
    values["company_address_lines"] = [line for line in values["company_address"].splitlines() if line.strip()]
    values["logo"] = settings.get_text(LOGO_KEY)
    return values


def _logo_data_url(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "png"
    elif data.startswith(b"\xff\xd8\xff"):
        kind = "jpeg"
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The logo must be a PNG or JPEG image."), field="logo")
    if len(data) > MAX_LOGO:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The logo is too large (at most {limit} KB)."),
            field="logo",
            limit=MAX_LOGO // 1024,
        )
    return f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"


def save_letterhead(actor: Actor, logo: bytes | None = None, remove_logo: bool = False, **fields: str) -> dict:
    """Managers set the letterhead; only the given fields change. Refuses a logo that is not a small image."""
    _require_manager(actor)
    unknown = set(fields) - set(LETTERHEAD_FIELDS)
    if unknown:
        key = sorted(unknown)[0]
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field “{key}”."), field=key, key=key)
    cleaned = {key: str(value).strip()[:500] for key, value in fields.items()}
    url = _logo_data_url(logo) if logo is not None else None
    with atomic():
        for key, value in cleaned.items():
            settings.put_text(actor, key, value)
        if url is not None or remove_logo:
            settings.put_text(actor, LOGO_KEY, url or "")
    return letterhead()


def page_label(language: str) -> str:
    return PAGE_LABELS.get(language, PAGE_LABELS["en"])


def _require_manager(actor: Actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors", "Only managers and administrators can change offer templates and the letterhead."
            )
        )


def default_template(language: str) -> str:
    return (paths.templates_dir() / f"offer_{language}.html.j2").read_text(encoding="utf-8")


def template_text(language: str) -> str:
    """The user's edited template for ``language``, else the bundled default."""
    return settings.get_text(f"offer_template_{language}") or default_template(language)


def save_template(actor: Actor, language: str, text: str | None) -> None:
    """Managers edit the offer template; ``None`` or empty restores the default. Refuses broken templates."""
    _require_manager(actor)
    if text:
        if len(text) > MAX_TEMPLATE:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The template is too long."), field="template")
        env, compiled = _compile(text)
        _render(env, compiled, sample_context(language))  # a template that blows up is refused here already
    settings.put_text(actor, f"offer_template_{language}", text or "")


def _invalid(err: BaseException) -> ValidationError:
    reason = str(err) if not isinstance(err, RecursionError | MemoryError) else type(err).__name__
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The offer template is not valid: {reason}"), field="template", reason=reason[:300]
    )


def _compile(text: str):
    """A fresh limited environment (its budgets are per render) and the compiled template."""
    from desktop.services.calculation.offer_sandbox import LimitedEnvironment

    env = LimitedEnvironment()
    try:
        env.check_allowed(text)
        return env, env.from_string(text)
    except _render_errors() as err:
        raise _invalid(err) from None


def _render(env, compiled, context: dict) -> str:
    try:
        return env.render_limited(compiled, context)
    except _render_errors() as err:  # SecurityError (sandbox, limits), UndefinedError, overflow, recursion ...
        raise _invalid(err) from None


def sample_context(language: str) -> dict:
    """A made-up offer with every field a template may use (a saved template is tried on it)."""
    line = {
        "no": 1,
        "description": "Okno PCV",
        "quantity": "3",
        "unit": "szt.",
        "unit_price": "1 000,00 PLN",
        "discount": "0",
        "vat_rate": "23",
        "net": "3 000,00 PLN",
        "vat": "690,00 PLN",
        "gross": "3 690,00 PLN",
    }
    return {
        "deal": {"number": "SPR/2026/0001", "title": "Okna"},
        "company": {"name": "Firma", "tax_id": "1234567890", "city": "Łódź"},
        "contact": {"name": "Anna Nowak", "email": "anna@example.pl"},
        "owner": {"name": "Jan Kowalski", "email": "jan@example.pl", "signature": "Jan"},
        "variant": "A",
        "currency": "PLN",
        "payment_terms": "14 dni",
        "delivery_terms": "",
        "valid_until": "31.12.2026",
        "lines": [line, {**line, "no": 2}],
        "totals": {"net": "6 000,00 PLN", "vat": "1 380,00 PLN", "gross": "7 380,00 PLN"},
    }


def offer_context(actor: Actor, calc_id: int, language: str) -> dict:
    c = calculations.get_calculation(actor, calc_id)
    deal = deals.get_deal(c.deal_id, actor)
    company = Company.get_or_none(Company.id == deal.company_id) if deal.company_id else None
    contact = Contact.get_or_none(Contact.id == deal.contact_id) if deal.contact_id else None
    owner = User.get_or_none(User.id == deal.owner_id) if deal.owner_id else None

    def m(amount: Decimal) -> str:
        return money_text(amount, c.currency, language)

    def a(amount: Decimal) -> str:
        return amount_text(amount, c.currency, language)

    t = c.totals
    by_rate: dict[Decimal, list] = {}
    for line in c.lines:
        by_rate.setdefault(line.vat_pct, []).append(line.totals)
    vat_rates = [
        {
            "rate": number_text(rate, language),
            "net": m(sum((x.net for x in parts), Decimal(0))),
            "vat": m(sum((x.vat for x in parts), Decimal(0))),
            "gross": m(sum((x.gross for x in parts), Decimal(0))),
        }
        for rate, parts in sorted(by_rate.items(), reverse=True)
    ]
    return {
        "letterhead": letterhead(),
        "today": _date_text(utcnow().date(), language),
        "deal": {"number": deal.number, "title": deal.title},
        "company": {"name": company.name, "tax_id": company.tax_id, "city": company.city} if company else None,
        "contact": {"name": f"{contact.first_name} {contact.last_name}".strip(), "email": contact.email}
        if contact
        else None,
        "owner": {"name": owner.display_name, "email": owner.email, "signature": owner.signature} if owner else None,
        "variant": c.name,
        "currency": c.currency,
        "payment_terms": c.payment_terms,
        "delivery_terms": c.delivery_terms,
        "valid_until": _date_text(c.valid_until, language),
        "lines": [
            {
                "no": i,
                "description": line.description,
                "quantity": number_text(line.quantity, language),
                "unit": line.unit,
                "unit_price": a(line.unit_price),
                "discount": number_text(line.discount_pct, language),
                "vat_rate": number_text(line.vat_pct, language),
                "net": a(line.totals.net),
                "vat": a(line.totals.vat),
                "gross": a(line.totals.gross),
            }
            for i, line in enumerate(c.lines, 1)
        ],
        "vat_rates": vat_rates,
        "totals": {
            "net": m(t.net),
            "vat": m(t.vat),
            "gross": m(t.gross),
            "gross_in_words": amount_in_words(t.gross, c.currency, language),
        },
    }


def render_offer(actor: Actor, calc_id: int, language: str = "pl", template: str | None = None) -> str:
    """The offer as HTML; ``template`` overrides the stored one (used to preview an edit)."""
    if language not in LANGUAGES:
        language = "en"
    env, compiled = _compile(template if template is not None else template_text(language))
    return _render(env, compiled, offer_context(actor, calc_id, language))


def store_offer_pdf(
    actor: Actor, calc_id: int, file_name: str, pdf: bytes, language: str = "pl", now: datetime | None = None
) -> OfferRow:
    """Keep a produced PDF with the deal (so a follow-up e-mail can attach it later)."""
    c = calculations.get_calculation(actor, calc_id)
    deal = deals.get_deal(c.deal_id, actor)
    if not pdf.startswith(b"%PDF"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The offer document is not a PDF."), field="pdf")
    now = now or utcnow()
    digest = hashlib.sha256(pdf).hexdigest()
    with atomic():
        offer_id = OfferDocument.insert(
            deal=deal.id,
            calculation=calc_id,
            user=actor.id,
            created_at=now,
            file_name=file_name[:200],
            language=language,
            pdf=pdf,
            sha256=digest,
        ).execute()
        history.record(
            "offer_created", now, actor, deal_id=deal.id, process_id=deal.process_id, file=file_name, sha256=digest
        )
    return OfferRow(offer_id, deal.id, file_name, now, digest, len(pdf))


def offer_file_name(actor: Actor, calc_id: int, word: str = "Offer") -> str:
    """``<word> SPR-2026-0001 <variant>.pdf``; ``word`` is "Offer" in the user's language (the ui's "Oferta")."""
    c = calculations.get_calculation(actor, calc_id)
    deal = deals.get_deal(c.deal_id, actor)

    def safe(text: str) -> str:
        return "".join(ch if ch.isalnum() or ch in "-_ " else "-" for ch in text).strip()

    parts = [safe(word) or "Offer", safe(deal.number), safe(c.name)]
    return " ".join(part for part in parts if part)[:150] + ".pdf"


def list_offers(actor: Actor, deal_id: int) -> list[OfferRow]:
    query = (
        OfferDocument.select(
            OfferDocument.id,
            OfferDocument.deal,
            OfferDocument.file_name,
            OfferDocument.created_at,
            OfferDocument.sha256,
        )
        .join(Deal, on=(OfferDocument.deal == Deal.id))
        .where((OfferDocument.deal == deal_id) & deals.visible(actor))
        .order_by(OfferDocument.created_at.desc(), OfferDocument.id.desc())
    )
    return [OfferRow(o.id, o.deal_id, o.file_name, o.created_at, o.sha256, 0) for o in query]


def latest_offer_pdf(actor: Actor, deal_id: int) -> tuple[str, bytes] | None:
    """The newest stored offer PDF of a deal as (file name, bytes), for attaching to an e-mail; checked
    against its SHA-256 so a damaged file is never sent."""
    row = (
        OfferDocument.select(OfferDocument.file_name, OfferDocument.pdf, OfferDocument.sha256)
        .join(Deal, on=(OfferDocument.deal == Deal.id))
        .where((OfferDocument.deal == deal_id) & deals.visible(actor))
        .order_by(OfferDocument.created_at.desc(), OfferDocument.id.desc())
        .tuples()
        .first()
    )
    if row is None:
        return None
    name, pdf, digest = row
    data = bytes(pdf)
    if hashlib.sha256(data).hexdigest() != digest:
        return None
    return name, data
