"""Typed input at the services' boundary (issue 19, item 5): wrong types and shapes are ValidationErrors."""

from decimal import Decimal

import pytest

from desktop.domain import inputs
from desktop.domain.errors import ValidationError


@pytest.mark.parametrize("value", ["50.9", 50.9, Decimal("50.9"), "abc", None, True, [], "", Decimal("NaN"), "1e3"])
def test_not_a_whole_number_is_refused_not_truncated(value):
    with pytest.raises(ValidationError):
        inputs.whole_number(value, "probability", 0, 100)


@pytest.mark.parametrize(("value", "expected"), [(50, 50), ("50", 50), (" 7 ", 7), (Decimal("30"), 30), (12.0, 12)])
def test_whole_numbers_in_any_exact_shape_are_accepted(value, expected):
    assert inputs.whole_number(value, "n", 0, 100) == expected


@pytest.mark.parametrize("value", [10**20, -1, 0, "x", 1.5, "9" * 40])
def test_ids_out_of_range_or_of_the_wrong_type_are_refused(value):
    with pytest.raises(ValidationError):
        inputs.record_id(value, "contact_id")


@pytest.mark.parametrize("value", ["a\x00b", "a\ud800b", "a\nb", "a\x1bb", "a\u2028b", 12, b"bytes"])
def test_single_line_text_refuses_control_characters_surrogates_and_non_text(value):
    with pytest.raises(ValidationError):
        inputs.text(value, "title", 200)


def test_multi_line_text_keeps_line_breaks_but_not_nul():
    assert inputs.text("a\r\nb\tc", "note", 100, multiline=True) == "a\r\nb\tc"
    with pytest.raises(ValidationError):
        inputs.text("a\x00", "note", 100, multiline=True)


def test_text_of_only_invisible_characters_is_empty():
    assert inputs.text("\u200b\u200b\ufeff \u2060", "title", 200) == ""
    with pytest.raises(ValidationError):
        inputs.text("\u200b\u200b", "title", 200, required=True)
    assert inputs.text(" Okna\u200b ", "title", 200) == "Okna\u200b"
