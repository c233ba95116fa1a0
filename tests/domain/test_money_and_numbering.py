"""Exact money and deal-number formats."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import money, numbering
from desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    "text,expected", [("1234,56", "1234.56"), ("1 234.5", "1234.5"), ("0", "0"), ("\u00a012\u00a0000,00", "12000.00")]
)
def test_amounts_parse_from_polish_and_english_input(text, expected):
    assert money.parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["abc", "1,2,3", "NaN", "Infinity", "-5", "1e20"])
def test_bad_amounts_are_refused_with_a_message(text):
    with pytest.raises(ValidationError):
        money.parse_amount(text)


def test_rounding_is_half_up_to_the_minor_unit():
    assert money.round_money(Decimal("0.005"), "PLN") == Decimal("0.01")
    assert money.round_money(Decimal("2.675"), "EUR") == Decimal("2.68")
    assert money.round_money(Decimal("10.5"), "JPY") == Decimal("11")


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_minor_units_round_trip_exactly(amount):
    assert money.from_minor(money.to_minor(amount, "PLN"), "PLN") == amount


def test_currency_codes_are_three_letters():
    assert money.check_currency(" pln ") == "PLN"
    with pytest.raises(ValidationError):
        money.check_currency("ZŁOTY")


def test_number_format_renders_year_and_padded_sequence():
    assert numbering.render(numbering.check_format("SPR/{year}/{seq:04}"), 2026, 11, 7) == "SPR/2026/0007"
    assert numbering.render("{seq}", 2026, 1, 12345) == "12345"


@pytest.mark.parametrize("fmt", ["SPR/{year}", "{seq!r}", "{seq.__class__}", "{user}", "{seq", ""])
def test_unsafe_or_incomplete_number_formats_are_refused(fmt):
    with pytest.raises(ValidationError):
        numbering.check_format(fmt)
