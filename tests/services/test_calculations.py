"""Calculation variants and the catalogue: the chosen variant drives the deal, rates are frozen, the global
switch hides calculations without deleting them, and money survives the database round trip exactly."""

from datetime import date, datetime
from decimal import Decimal as D  # noqa: N817 - short for hand-checked figures

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import PermissionDenied, RuleError, ValidationError
from desktop.services import settings as app_settings
from desktop.services.admin import users
from desktop.services.calculation import calculations, catalogue
from desktop.services.deals import deals
from desktop.services.history import deal_history
from desktop.services.processes import processes


@pytest.fixture
def deal(admin):
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    return deals.create_deal(admin, p.id, "Okna dla Zakładu Łódź", source="Phone", expected_close=date(2026, 12, 31))


def test_first_variant_is_chosen_and_its_lines_set_the_deal_value_and_cost(admin, deal):
    v = calculations.add_calculation(admin, deal.id, "Wariant A")
    assert v.chosen
    calculations.add_line(admin, v.id, description="Okno PCV", quantity="3", unit_price="100", unit_cost="60")
    calculations.add_line(admin, v.id, description="Montaż", quantity="1", unit_price="250", discount_pct="10")
    row = deals.get_deal(deal.id)
    assert (row.value, row.cost) == (D("525.00"), D("180.00"))
    changes = [e.payload for e in deal_history(users.local_admin(), deal.id) if e.kind == "field_changed"]
    assert {"field": "value", "old": "300.00", "new": "525.00"} in changes


def test_choosing_another_variant_switches_the_deal_value(admin, deal):
    a = calculations.add_calculation(admin, deal.id, "A")
    calculations.add_line(admin, a.id, description="x", quantity="1", unit_price="100")
    b = calculations.copy_calculation(admin, a.id, "B")
    calculations.update_line(admin, b.lines[0].id, unit_price="80")
    assert deals.get_deal(deal.id).value == D("100.00")  # B is not chosen yet
    calculations.choose_calculation(admin, b.id)
    assert deals.get_deal(deal.id).value == D("80.00")
    chosen = [c.name for c in calculations.list_calculations(admin, deal.id) if c.chosen]
    assert chosen == ["B"]


def test_foreign_currency_variant_converts_at_the_rate_frozen_when_created(admin, deal):
    catalogue.save_rate(admin, "EUR", "PLN", "4.30")
    v = calculations.add_calculation(admin, deal.id, "EUR", currency="EUR")
    assert v.rate == D("4.300000")
    calculations.add_line(admin, v.id, description="Licencja", quantity="2", unit_price="1234.56", unit_cost="1000")
    catalogue.save_rate(admin, "EUR", "PLN", "5.00")  # later rate changes never alter the variant
    v = calculations.get_calculation(admin, v.id)
    assert v.rate == D("4.300000")
    assert (v.deal_value, v.deal_cost) == (D("10617.22"), D("8600.00"))  # 2469.12 × 4.3 = 10617.216
    assert deals.get_deal(deal.id).value == D("10617.22")


def test_inverse_rate_is_used_when_only_the_opposite_pair_is_known(admin):
    catalogue.save_rate(admin, "PLN", "EUR", "0.25")
    assert catalogue.find_rate("EUR", "PLN") == D("4.000000")


def test_line_from_a_price_list_takes_the_list_price(admin, deal):
    product = catalogue.save_product(admin, code="OK-1", name="Okno „Zażółć”", net_price="500", cost="300")
    list_id = catalogue.save_price_list(admin, "Hurt", "PLN")
    catalogue.set_price(admin, list_id, product.id, "450")
    v = calculations.add_calculation(admin, deal.id, "A")
    calculations.set_terms(admin, v.id, price_list_id=list_id, payment_terms="14 dni", valid_until="2026-12-31")
    v = calculations.add_line(admin, v.id, product_id=product.id, quantity="2")
    line = v.lines[0]
    assert (line.description, line.unit_price, line.unit_cost, line.vat_pct) == (
        "Okno „Zażółć”",
        D("450.00"),
        D("300.00"),
        D("23"),
    )
    assert v.payment_terms == "14 dni" and v.valid_until == date(2026, 12, 31)
    assert [p.code for p in catalogue.list_products("zaż")] == ["OK-1"]


@pytest.mark.parametrize(
    "field,value", [("quantity", "-1"), ("unit_price", "abc"), ("discount_pct", "101"), ("vat_pct", "-5")]
)
def test_bad_line_input_is_refused_and_changes_nothing(admin, deal, field, value):
    v = calculations.add_calculation(admin, deal.id, "A")
    v = calculations.add_line(admin, v.id, description="x", quantity="1", unit_price="10")
    with pytest.raises(ValidationError):
        calculations.update_line(admin, v.lines[0].id, **{field: value})
    assert calculations.get_calculation(admin, v.id).lines == v.lines


def test_duplicate_product_code_is_refused(admin):
    catalogue.save_product(admin, code="A", name="a")
    with pytest.raises(ValidationError):
        catalogue.save_product(admin, code="A", name="b")


def test_only_an_admin_may_switch_deals_without_calculation(admin):
    agent = users.create_user(admin, "jan", "Jan", "agent", password="secret-password-1")
    manager = users.create_user(admin, "ewa", "Ewa", "manager", password="secret-password-2")
    for who in (agent, manager):
        actor = users.actor_for(who.id)
        assert not app_settings.can_change_global(actor)
        with pytest.raises(PermissionDenied):
            app_settings.set_deals_without_calculation(actor, True)
    assert app_settings.calculations_enabled()
    app_settings.set_deals_without_calculation(admin, True)
    assert not app_settings.calculations_enabled()


def test_switch_hides_calculations_and_bringing_it_back_restores_them(admin, deal):
    v = calculations.add_calculation(admin, deal.id, "A")
    calculations.add_line(admin, v.id, description="x", quantity="1", unit_price="10")
    app_settings.set_deals_without_calculation(admin, True)
    assert calculations.list_calculations(admin, deal.id) == []
    with pytest.raises(RuleError):
        calculations.add_calculation(admin, deal.id, "B")
    assert deals.get_deal(deal.id).value == D("10.00")  # the deal keeps value and cost
    app_settings.set_deals_without_calculation(admin, False)
    assert [c.name for c in calculations.list_calculations(admin, deal.id)] == ["A"]


def test_an_agent_cannot_change_the_catalogue(admin):
    agent = users.actor_for(users.create_user(admin, "jan", "Jan", "agent", password="secret-password-1").id)
    with pytest.raises(PermissionDenied):
        catalogue.save_product(agent, code="A", name="a")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    price=st.decimals(min_value=0, max_value=D("9999999.99"), places=2),
    quantity=st.decimals(min_value=0, max_value=D("99999"), places=4),
    discount=st.decimals(min_value=0, max_value=100, places=2),
)
def test_decimals_round_trip_through_the_database_unchanged(admin, deal, price, quantity, discount):
    v = calculations.add_calculation(admin, deal.id, "P", now=datetime(2026, 1, 1))
    v = calculations.add_line(
        admin, v.id, description="x", quantity=str(quantity), unit_price=str(price), discount_pct=str(discount)
    )
    line = calculations.get_calculation(admin, v.id).lines[0]
    assert (line.unit_price, line.quantity, line.discount_pct) == (price, quantity, discount)
    calculations.delete_calculation(admin, v.id)
