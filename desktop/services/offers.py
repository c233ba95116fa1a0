"""Offer documents: HTML rendered from a user-editable Jinja2 template, and the PDFs stored with the deal.

Templates run in an ``ImmutableSandboxedEnvironment`` with autoescape on, so neither a product name nor a
user's template can run code or inject markup. (``select_autoescape`` would not cover ``.html.j2``.)
The PDF itself is drawn by the ui (Qt); this module only stores its bytes with a SHA-256.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from jinja2 import TemplateError

from desktop import paths
from desktop.domain import money
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services import calculations, deals, history, settings
from desktop.services.catalogue import require_catalogue
from desktop.services.context import Actor
from desktop.store.db import atomic
from desktop.store.models import Company, Contact, Deal, OfferDocument, User

LANGUAGES = ("pl", "en")
MAX_TEMPLATE = 200_000
# what a broken or hostile template may raise besides TemplateError; all become a message, never a crash
RENDER_ERRORS = (TemplateError, OverflowError, RecursionError, TypeError, MemoryError, ValueError, ArithmeticError)


@dataclass(frozen=True)
class OfferRow:
    id: int
    deal_id: int
    file_name: str
    created_at: datetime
    sha256: str
    size: int


def money_text(amount: Decimal, currency: str, language: str) -> str:
    """``12 345,50 PLN`` (pl) or ``12,345.50 PLN`` (en); a non-breaking space keeps it on one line."""
    text = f"{money.round_money(amount, currency):,f}"
    if language == "pl":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return f"{text}\u00a0{currency}"


def number_text(value: Decimal | None, language: str) -> str:
    if value is None:
        return "—"
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if language == "pl" else text


def _date_text(value, language: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if language == "pl" else value.isoformat()


def default_template(language: str) -> str:
    return (paths.templates_dir() / f"offer_{language}.html.j2").read_text(encoding="utf-8")


def template_text(language: str) -> str:
    """The user's edited template for ``language``, else the bundled default."""
    return settings.get_text(f"offer_template_{language}") or default_template(language)


def save_template(actor: Actor, language: str, text: str | None) -> None:
    """Managers edit the offer template; ``None`` or empty restores the default. Refuses broken templates."""
    require_catalogue(actor)
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
    from desktop.services.offer_sandbox import LimitedEnvironment

    env = LimitedEnvironment()
    try:
        env.check_allowed(text)
        return env, env.from_string(text)
    except RENDER_ERRORS as err:
        raise _invalid(err) from None


def _render(env, compiled, context: dict) -> str:
    try:
        return env.render_limited(compiled, context)
    except RENDER_ERRORS as err:  # SecurityError (sandbox, limits), UndefinedError, overflow, recursion ...
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

    t = c.totals
    return {
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
                "unit_price": m(line.unit_price),
                "discount": number_text(line.discount_pct, language),
                "vat_rate": number_text(line.vat_pct, language),
                "net": m(line.totals.net),
                "vat": m(line.totals.vat),
                "gross": m(line.totals.gross),
            }
            for i, line in enumerate(c.lines, 1)
        ],
        "totals": {"net": m(t.net), "vat": m(t.vat), "gross": m(t.gross)},
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


def offer_file_name(actor: Actor, calc_id: int) -> str:
    c = calculations.get_calculation(actor, calc_id)
    deal = deals.get_deal(c.deal_id, actor)
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in deal.number)
    return f"offer-{safe}.pdf"


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
