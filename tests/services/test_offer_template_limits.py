"""Offer templates cannot take the machine or un-escape text (issue 19, item 4): huge values, endless loops,
deep recursion and overflowing numbers are refused at save and at render with a message; ``safe`` and
``{% autoescape false %}`` do not exist."""

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import settings
from desktop.services.calculation import calculations, offers
from desktop.services.deals import deals
from desktop.services.processes import processes


@pytest.fixture
def variant(admin):
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    deal = deals.create_deal(admin, p.id, "<b>Okna</b>", source="Phone", expected_close=date(2026, 12, 31))
    v = calculations.add_calculation(admin, deal.id, "A")
    return calculations.add_line(admin, v.id, description="Okno", quantity="3", unit_price="1000", unit_cost="600")


HOSTILE = [
    "{{ 'x' * 10**9 }}",
    "{{ 'x' * 1000000000 }}",
    "{% set s = 'x' * 1000 %}{{ s * 1000000 }}",
    "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    "{{ range(10**8)|list }}",
    "{{ 10**10**10 }}",
    "{{ 2**100000 }}",
    "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}",
    "{{ 'x'|center(1000000000) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ 1 / 0 }}",
    "{{ 'a' + 1 }}",
    "{{ deal.title|safe }}",
    "{% autoescape false %}{{ deal.title }}{% endautoescape %}",
    "{{ ('x' * 100000) * 100 }}",
    "{{ lines * 10000000 }}",
]


@pytest.mark.parametrize("template", HOSTILE)
def test_a_template_that_blows_up_is_refused_at_save_and_at_render(admin, variant, template):
    with pytest.raises(ValidationError):
        offers.save_template(admin, "en", template)
    assert settings.get_text("offer_template_en") == ""
    with pytest.raises(ValidationError):
        offers.render_offer(admin, variant.id, "en", template=template)


def test_the_deal_title_stays_escaped(admin, variant):
    html = offers.render_offer(admin, variant.id, "en", template="{{ deal.title }}")
    assert html == "&lt;b&gt;Okna&lt;/b&gt;"


def test_ordinary_templates_still_work(admin, variant):
    template = "{% for l in lines %}{{ l.no }}. {{ l.description }}{% endfor %} {{ '-' * 20 }} {{ range(3)|list }}"
    offers.save_template(admin, "en", template)
    assert offers.render_offer(admin, variant.id, "en") == "1. Okno " + "-" * 20 + " [0, 1, 2]"
    assert "Oferta" in offers.render_offer(admin, variant.id, "pl")  # the bundled default passes the limits
