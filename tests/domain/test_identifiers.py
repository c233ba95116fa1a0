"""Checksums and normalisation of Polish and Romanian identifiers, e-mail addresses and phone numbers."""

import pytest

from desktop.domain import identifiers as ids
from desktop.domain.errors import ValidationError


@pytest.mark.parametrize("nip", ["7740001454", "5260250274", "526-025-02-74", "PL 774 000 14 54", "1234563218"])
def test_valid_nips_pass_and_are_stored_as_ten_digits(nip):
    assert ids.is_valid_nip(nip)
    assert len(ids.normalise_nip(nip)) == 10


@pytest.mark.parametrize("nip", ["7740001455", "774000145", "77400014540", "abcdefghij", "1234567890", "٧٧٤٠٠٠١٤٥٤"])
def test_invalid_nips_are_refused_with_a_message(nip):
    assert not ids.is_valid_nip(nip)
    with pytest.raises(ValidationError) as info:
        ids.normalise_nip(nip)
    assert info.value.field == "nip"


def test_a_nip_whose_checksum_is_ten_is_never_valid():
    # weights 6,5,7,2,3,4,5,6,7 over 000000002 give 14 → 3; over 000000005 give 35 → 2; find a body giving 10
    body = next(f"{n:09d}" for n in range(10**5) if ids._weighted(f"{n:09d}", ids.NIP_WEIGHTS) % 11 == 10)
    assert not any(ids.is_valid_nip(body + str(d)) for d in range(10))


@pytest.mark.parametrize("regon", ["610188201", "123456785", "12345678512347", "61018820100000"[:9]])
def test_valid_regons(regon):
    assert ids.is_valid_regon(regon)
    assert ids.normalise_regon(regon) == regon


@pytest.mark.parametrize("regon", ["610188200", "12345678", "1234567851234", "12345678512348", "123456786"])
def test_invalid_regons(regon):
    assert not ids.is_valid_regon(regon)
    with pytest.raises(ValidationError):
        ids.normalise_regon(regon)


def test_krs_is_padded_to_ten_digits_and_letters_are_refused():
    assert ids.normalise_krs("28860") == "0000028860"
    assert ids.normalise_krs("0000028860") == "0000028860"
    with pytest.raises(ValidationError):
        ids.normalise_krs("KRS28860")
    with pytest.raises(ValidationError):
        ids.normalise_krs("12345678901")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("18547290", "18547290"),
        ("RO18547290", "RO18547290"),
        ("ro 185 472 90", "RO18547290"),
        ("RO 1590082", "RO1590082"),
        ("14399840", "14399840"),
        ("RO13548146", "RO13548146"),
    ],
)
def test_valid_romanian_cuis_with_or_without_ro(typed, stored):
    assert ids.is_valid_cui(typed)
    assert ids.normalise_cui(typed) == stored
    assert ids.cui_number(stored) == stored.removeprefix("RO")


@pytest.mark.parametrize("cui", ["18547291", "RO18547291", "1", "12345678901", "RO", "ROABC"])
def test_invalid_romanian_cuis(cui):
    assert not ids.is_valid_cui(cui)
    with pytest.raises(ValidationError) as info:
        ids.normalise_cui(cui)
    assert info.value.field == "cui"


@pytest.mark.parametrize(
    "email", ["a@b.pl", "jan.kowalski@firma.com.pl", "x+tag@łódź.pl", "o'brien@example.ie", "Jan@Firma.PL"]
)
def test_sensible_emails_pass(email):
    assert ids.is_valid_email(email)


@pytest.mark.parametrize(
    "email", ["a@b", "a b@c.pl", "a..b@c.pl", "@c.pl", "a@-c.pl", "a@b@c.pl", "a@c.123", "x" * 65 + "@c.pl", "jan"]
)
def test_malformed_emails_are_refused(email):
    assert not ids.is_valid_email(email)
    with pytest.raises(ValidationError):
        ids.normalise_email(email)


def test_email_domain_is_lowered_local_part_kept():
    assert ids.normalise_email("  Jan.K@Firma.PL ") == "Jan.K@firma.pl"
    assert ids.email_key("Jan.K@Firma.PL") == "jan.k@firma.pl"


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("601 234 567", "+48601234567", "+48 601 234 567"),
        ("+48 601-234-567", "+48601234567", "+48 601 234 567"),
        ("0048601234567", "+48601234567", "+48 601 234 567"),
        ("(22) 123 45 67", "+48221234567", "+48 22 123 45 67"),
        ("0721 234 567", "+40721234567", "+40 721 234 567"),
        ("+40 721 234 567", "+40721234567", "+40 721 234 567"),
        ("0040721234567", "+40721234567", "+40 721 234 567"),
    ],
)
def test_polish_and_romanian_phones_are_normalised(typed, stored, shown):
    assert ids.normalise_phone(typed) == stored
    assert ids.format_phone(stored) == shown


@pytest.mark.parametrize("phone", ["12", "abc", "+48 123", "601 234 56"])
def test_impossible_phones_are_refused(phone):
    with pytest.raises(ValidationError):
        ids.normalise_phone(phone)


def test_empty_inputs_stay_empty():
    for normalise in (
        ids.normalise_nip,
        ids.normalise_regon,
        ids.normalise_krs,
        ids.normalise_cui,
        ids.normalise_email,
        ids.normalise_phone,
    ):
        assert normalise("  ") == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ACME Sp. z o.o.", "Acme sp z oo"),
        ("Łódzka Fabryka S.A.", "LODZKA FABRYKA SA"),
        ("Construcții SRL", "Constructii S.R.L."),
    ],
)
def test_company_name_key_ignores_case_accents_and_legal_form(a, b):
    assert ids.company_name_key(a) == ids.company_name_key(b)
    assert ids.company_name_key(a)


def test_different_companies_keep_different_keys():
    assert ids.company_name_key("Acme") != ids.company_name_key("Acme Polska")
