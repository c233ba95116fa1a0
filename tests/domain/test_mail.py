"""Mail rules: placeholders are filled or reported (never sent raw), HTML values are escaped, headers
cannot be injected, addresses are checked."""

import pytest

from desktop.domain import mail
from desktop.domain.errors import ValidationError

VALUES = {name: "" for name in mail.PLACEHOLDERS} | {"contact_name": "Zofia Nowak", "deal_number": "SPR/2026/0001"}


def test_known_placeholders_are_filled_with_or_without_spaces():
    out = mail.render("Oferta {{ deal_number }}", "Dzień dobry {{contact_name}}!", "", VALUES)
    assert (out.subject, out.body_text) == ("Oferta SPR/2026/0001", "Dzień dobry Zofia Nowak!")


@pytest.mark.parametrize("text", ["{{contact_nam}}", "{{ contact name }}", "{{contact_name}", "Hi }}", "{{}}"])
def test_unknown_or_malformed_placeholders_are_reported_before_sending(text):
    assert mail.problems("Subject", text)
    with pytest.raises(ValidationError):
        mail.render("Subject", text, "", VALUES)


def test_values_in_html_are_escaped_but_not_in_plain_text():
    values = VALUES | {"company_name": "<b>Kowalski & Syn</b>"}
    out = mail.render("S", "{{company_name}}", "<p>{{company_name}}</p>", values)
    assert out.body_text == "<b>Kowalski & Syn</b>"
    assert out.body_html == "<p>&lt;b&gt;Kowalski &amp; Syn&lt;/b&gt;</p>"


def test_empty_values_are_listed_as_warnings():
    assert mail.render("S", "{{owner_signature}} {{contact_name}}", "", VALUES).empty == ("owner_signature",)


@pytest.mark.parametrize("evil", ["Nowak\r\nBcc: all@evil.example", "Nowak\nX-Header: 1", "Nowak\rBcc: x@y.z"])
def test_a_value_with_line_breaks_cannot_inject_headers_into_the_subject(evil):
    out = mail.render("Oferta dla {{contact_name}}", "x", "", VALUES | {"contact_name": evil})
    assert "\r" not in out.subject and "\n" not in out.subject


def test_a_subject_template_with_a_line_break_is_refused():
    with pytest.raises(ValidationError):
        mail.check_template("Oferta\r\nBcc: all@evil.example", "body")


def test_display_names_with_line_breaks_are_refused():
    with pytest.raises(ValidationError):
        mail.check_display_name("Biuro\r\nBcc: x@evil.example")


@pytest.mark.parametrize("address", ["jan@firma.pl", "a.b+c@sub.example.com"])
def test_valid_addresses(address):
    assert mail.is_valid_address(address)


@pytest.mark.parametrize(
    "address", ["", "jan", "jan@", "jan@firma", "a b@x.pl", "jan@x.pl\r\nBcc: y@z.pl", "a@x.pl, b@y.pl", "<a@x.pl>"]
)
def test_invalid_addresses(address):
    assert not mail.is_valid_address(address)
