"""Offer HTML from sandboxed, autoescaped templates; stored PDFs come back intact for e-mail attachments."""

import hashlib
from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.services.admin import users
from desktop.services.calculation import calculations, offers
from desktop.services.deals import deals
from desktop.services.processes import processes


@pytest.fixture
def variant(admin):
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    deal = deals.create_deal(admin, p.id, "Okna", source="Phone", expected_close=date(2026, 12, 31))
    v = calculations.add_calculation(admin, deal.id, "A")
    return calculations.add_line(admin, v.id, description="Okno", quantity="3", unit_price="1000", unit_cost="600")


def test_default_polish_offer_shows_lines_and_totals(admin, variant):
    html = offers.render_offer(admin, variant.id, "pl")
    assert "Oferta handlowa" in html
    assert "3\u00a0000,00\u00a0PLN" in html and "3\u00a0690,00\u00a0PLN" in html


def test_hostile_product_names_are_escaped(admin, variant):
    calculations.update_line(admin, variant.lines[0].id, description="<script>alert(1)</script> {{ ''.__class__ }}")
    html = offers.render_offer(admin, variant.id, "en")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ &#39;&#39;.__class__ }}" in html  # data is never evaluated as a template
    assert "<class" not in html


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ lines.__class__ }}{{ ''.__class__ }}",
        "{% for c in ''.__class__.__mro__ %}{{ c }}{% endfor %}",
        "{{ lines.append(1) }}",
    ],
)
def test_hostile_user_templates_are_refused_or_harmless(admin, variant, template):
    try:
        html = offers.render_offer(admin, variant.id, "en", template=template)
    except ValidationError:
        return
    assert "class" not in html and "subclasses" not in html


def test_broken_template_cannot_be_saved(admin):
    with pytest.raises(ValidationError):
        offers.save_template(admin, "pl", "{% for %}")


def test_saved_template_is_used_and_empty_restores_the_default(admin, variant):
    offers.save_template(admin, "en", "<p>{{ deal.title }} {{ totals.net }}</p>")
    assert offers.render_offer(admin, variant.id, "en") == "<p>Okna 3,000.00\u00a0PLN</p>"
    offers.save_template(admin, "en", None)
    assert "Commercial offer" in offers.render_offer(admin, variant.id, "en")


def test_latest_offer_pdf_returns_the_newest_stored_bytes(admin, variant):
    assert offers.latest_offer_pdf(users.local_admin(), variant.deal_id) is None
    offers.store_offer_pdf(admin, variant.id, "old.pdf", b"%PDF-1.4 old")
    row = offers.store_offer_pdf(admin, variant.id, "offer.pdf", b"%PDF-1.4 new")
    assert row.sha256 == hashlib.sha256(b"%PDF-1.4 new").hexdigest()
    assert offers.latest_offer_pdf(users.local_admin(), variant.deal_id) == ("offer.pdf", b"%PDF-1.4 new")


def test_non_pdf_bytes_are_refused(admin, variant):
    with pytest.raises(ValidationError):
        offers.store_offer_pdf(admin, variant.id, "x.pdf", b"<html>")


def test_the_follow_up_mail_attaches_the_latest_offer(admin, variant):
    from desktop.services.mail import mail_attachments

    offers.store_offer_pdf(admin, variant.id, "offer-SPR.pdf", b"%PDF-1.4 x")
    found = mail_attachments.attachments_for(users.local_admin(), variant.deal_id)
    assert [(a.filename, a.data) for a in found] == [("offer-SPR.pdf", b"%PDF-1.4 x")]
