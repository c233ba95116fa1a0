"""Offer calculation totals, checked against figures worked out by hand."""

from decimal import Decimal as D  # noqa: N817 - short for hand-checked figures

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import calculation as calc
from desktop.domain.errors import ValidationError


def test_line_without_discount_at_23_percent_vat():
    t = calc.line_totals(calc.LineInput(D(3), D("100.00"), D(0), D("60.00"), D(23)), "PLN")
    assert (t.net, t.vat, t.gross, t.cost) == (D("300.00"), D("69.00"), D("369.00"), D("180.00"))
    assert t.margin == t.profit == D("120.00")
    assert t.margin_pct == D("40.00")  # 120 / 300
    assert t.markup_pct == D("66.67")  # 120 / 180 = 66.666…


def test_discount_is_applied_before_rounding_half_up():
    # 7 × 19.99 = 139.93; −12.5 % = 122.43875 -> 122.44; VAT 23 % = 28.1612 -> 28.16
    t = calc.line_totals(calc.LineInput(D(7), D("19.99"), D("12.5"), D("10"), D(23)), "PLN")
    assert (t.net, t.vat, t.gross, t.cost) == (D("122.44"), D("28.16"), D("150.60"), D("70.00"))


def test_half_up_rounding_of_a_half_cent():
    # 1 × 0.125 = 0.125 -> 0.13 (half-up, not banker's 0.12)
    t = calc.line_totals(calc.LineInput(D(1), D("0.125"), vat_pct=D(0)), "PLN")
    assert t.net == D("0.13")


def test_zero_cost_has_no_markup_and_full_margin():
    t = calc.line_totals(calc.LineInput(D(2), D("50"), D(0), D(0), D(0)), "EUR")
    assert (t.net, t.vat, t.gross, t.cost) == (D("100.00"), D("0.00"), D("100.00"), D("0.00"))
    assert t.margin_pct == D("100.00")
    assert t.markup_pct is None


def test_zero_net_has_no_margin_percent():
    t = calc.line_totals(calc.LineInput(D(1), D(0), D(0), D(5), D(23)), "PLN")
    assert t.margin == D("-5.00")
    assert t.margin_pct is None
    assert t.markup_pct == D("-100.00")


def test_full_discount_gives_zero_net():
    t = calc.line_totals(calc.LineInput(D(4), D("10"), D(100), D(1), D(23)), "PLN")
    assert (t.net, t.vat, t.gross) == (D("0.00"), D("0.00"), D("0.00"))


def test_variant_totals_mix_vat_rates():
    lines = [
        calc.LineInput(D(3), D("100.00"), D(0), D("60.00"), D(23)),  # 300 / 69 / 180
        calc.LineInput(D(1), D("250.00"), D(10), D(0), D(0)),  # 225 / 0 / 0
        calc.LineInput(D("2.5"), D("8.00"), D(0), D("3.00"), D(8)),  # 20 / 1.60 / 7.50
    ]
    t = calc.variant_totals(lines, "PLN")
    assert (t.net, t.vat, t.gross, t.cost) == (D("545.00"), D("70.60"), D("615.60"), D("187.50"))
    assert t.margin == D("357.50")
    assert t.margin_pct == D("65.60")  # 357.5 / 545 = 65.5963…
    assert t.markup_pct == D("190.67")  # 357.5 / 187.5 = 190.666…


def test_zero_decimal_currency_rounds_to_whole_units():
    t = calc.line_totals(calc.LineInput(D(3), D("333.5"), vat_pct=D(10)), "JPY")
    assert (t.net, t.vat, t.gross) == (D("1001"), D("100"), D("1101"))  # 1000.5 -> 1001; 100.1 -> 100


def test_conversion_to_the_deal_currency_uses_the_frozen_rate():
    t = calc.variant_totals([calc.LineInput(D(2), D("1234.56"), D(0), D("1000"), D(23))], "EUR")
    assert t.net == D("2469.12")
    assert calc.convert(t.net, D("4.3125"), "PLN") == D("10648.08")  # 10648.0800
    assert calc.convert(t.cost, D("4.3125"), "PLN") == D("8625.00")
    assert calc.convert(D("10.00"), D("0.233333"), "EUR") == D("2.33")


@pytest.mark.parametrize("text", ["-1", "abc", "NaN", "Infinity", "1e400", "", "1.2.3"])
def test_bad_quantities_are_refused(text):
    with pytest.raises(ValidationError):
        calc.check_quantity(text)


def test_percent_above_hundred_is_refused():
    with pytest.raises(ValidationError):
        calc.check_percent("100.01", "discount_pct")
    assert calc.check_percent("12,5", "discount_pct") == D("12.5")


def test_zero_exchange_rate_is_refused_and_rates_keep_six_places():
    with pytest.raises(ValidationError):
        calc.check_rate("0")
    assert calc.check_rate("4.31255555") == D("4.312556")


def test_floats_are_refused_so_binary_rounding_never_gets_in():
    with pytest.raises(ValidationError):
        calc.check_price(0.1)


money = st.decimals(min_value=0, max_value=D("99999.99"), places=2)
lines_strategy = st.lists(
    st.builds(
        calc.LineInput,
        st.decimals(min_value=0, max_value=1000, places=3),
        money,
        st.decimals(min_value=0, max_value=100, places=2),
        money,
        st.sampled_from([D(0), D(5), D(8), D(23)]),
    ),
    max_size=12,
)


@given(lines_strategy, st.sampled_from(["PLN", "EUR", "JPY", "KWD"]))
def test_variant_totals_are_the_sum_of_line_totals(lines, currency):
    total = calc.variant_totals(lines, currency)
    parts = [calc.line_totals(line, currency) for line in lines]
    assert total.net == sum((p.net for p in parts), D(0))
    assert total.vat == sum((p.vat for p in parts), D(0))
    assert total.cost == sum((p.cost for p in parts), D(0))
    assert total.gross == total.net + total.vat
    assert total.margin == total.net - total.cost
