"""Business identifiers and contact details: checksums, normalisation, validation.

Each ``normalise_*`` takes what a user typed (spaces, dashes, a country prefix) and returns the canonical form to
store, or raises ``ValidationError`` with a translatable message; an empty input stays empty (the fields are
optional). ``is_valid_*`` answer the same question without raising, for imports that collect problems.

- NIP (Polish tax id): 10 digits, weights 6,5,7,2,3,4,5,6,7, sum mod 11 is the last digit (10 never is).
- REGON (Polish statistical number): 9 digits (weights 8,9,2,3,4,5,6,7) or 14 digits (weights
  2,4,8,5,0,9,7,3,6,1,2,4,8); sum mod 11, 10 counts as 0.
- KRS (Polish court register number): 10 digits, no checksum.
- CUI/CIF (Romanian fiscal code): 2 to 10 digits, optionally prefixed "RO"; the number without its last digit,
  padded to 9 digits, times the key 753217532, sum * 10 mod 11 (10 counts as 0) is the last digit.
- Phone numbers go through Google's libphonenumber port (``phonenumbers``): Polish (+48, 9 digits) and
  Romanian (+40, 0 followed by 9 digits nationally) numbers are understood without a prefix; anything else
  needs its "+country" prefix. Stored in E.164 (``+48601234567``), shown grouped (``+48 601 234 567``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import phonenumbers

MAX_TEXT = 5000  # longest free text (notes, address) a field accepts
_SEPARATORS = re.compile(r"[\s\-./]+")

NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)
CUI_KEY = (7, 5, 3, 2, 1, 7, 5, 3, 2)


def _digits(text: str) -> str:
    return _SEPARATORS.sub("", text or "")


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


# --- NIP -------------------------------------------------------------------------------------------------------


def is_valid_nip(text: str) -> bool:
    digits = _digits(text)
    if digits.upper().startswith("PL"):
        digits = digits[2:]
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    check = _weighted(digits, NIP_WEIGHTS) % 11
    return check != 10 and check == int(digits[9])


def normalise_nip(text: str) -> str:
    """``"526-025-02-74"``, ``"PL 5260250274"`` → ``"5260250274"``; empty stays empty."""
    if not (text or "").strip():
        return ""
    if not is_valid_nip(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid NIP (10 digits with a correct check digit)."),
            field="nip",
            value=text.strip()[:40],
        )
    digits = _digits(text)
    return digits[-10:]


# --- REGON -----------------------------------------------------------------------------------------------------


def is_valid_regon(text: str) -> bool:
    digits = _digits(text)
    if not digits.isascii() or not digits.isdigit():
        return False
    if len(digits) == 9:
        weights = REGON9_WEIGHTS
    elif len(digits) == 14:
        if not is_valid_regon(digits[:9]):  # a local unit's number extends its parent's valid 9-digit one
            return False
        weights = REGON14_WEIGHTS
    else:
        return False
    check = _weighted(digits, weights) % 11 % 10
    return check == int(digits[-1])


def normalise_regon(text: str) -> str:
    if not (text or "").strip():
        return ""
    if not is_valid_regon(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid REGON (9 or 14 digits with a correct check digit)."),
            field="regon",
            value=text.strip()[:40],
        )
    return _digits(text)


# --- KRS -------------------------------------------------------------------------------------------------------


def is_valid_krs(text: str) -> bool:
    digits = _digits(text)
    return digits.isascii() and digits.isdigit() and len(digits) <= 10


def normalise_krs(text: str) -> str:
    """KRS numbers are 10 digits; leading zeros are often dropped when typed, so they are put back."""
    if not (text or "").strip():
        return ""
    if not is_valid_krs(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid KRS number (up to 10 digits)."),
            field="krs",
            value=text.strip()[:40],
        )
    return _digits(text).zfill(10)


# --- Romanian CUI / CIF ----------------------------------------------------------------------------------------


def _cui_digits(text: str) -> str:
    digits = _digits(text).upper()
    if digits.startswith("RO"):
        digits = digits[2:]
    return digits


def is_valid_cui(text: str) -> bool:
    digits = _cui_digits(text)
    if not (2 <= len(digits) <= 10) or not digits.isascii() or not digits.isdigit():
        return False
    body = digits[:-1].zfill(9)
    check = _weighted(body, CUI_KEY) * 10 % 11 % 10
    return check == int(digits[-1])


def normalise_cui(text: str) -> str:
    """``"RO 185 472 90"`` → ``"RO18547290"``, ``"18547290"`` → ``"18547290"`` (the VAT prefix is kept as typed)."""
    if not (text or "").strip():
        return ""
    if not is_valid_cui(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid CUI/CIF (2 to 10 digits with a correct check digit)."),
            field="cui",
            value=text.strip()[:40],
        )
    prefix = "RO" if _digits(text).upper().startswith("RO") else ""
    return prefix + _cui_digits(text)


def cui_number(text: str) -> str:
    """The CUI without its "RO" prefix, for comparing two records."""
    return _cui_digits(text)


# --- e-mail ----------------------------------------------------------------------------------------------------

_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+)*$")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9\-]{0,61}[A-Za-z0-9])?$")


def is_valid_email(text: str) -> bool:
    """A sensible syntax check: one ``@``, a dot-atom local part, a domain of at least two labels with a
    letter top-level domain. Internationalised domains are accepted (checked in their IDNA form)."""
    text = (text or "").strip()
    if len(text) > 254 or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        return False
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return False
    tld = labels[-1]
    return tld.isalpha() or tld.lower().startswith("xn--")


def normalise_email(text: str) -> str:
    """Trimmed, domain in lower case (the local part is kept: it may be case-sensitive); empty stays empty."""
    text = (text or "").strip()
    if not text:
        return ""
    if not is_valid_email(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid e-mail address."), field="email", value=text[:80]
        )
    local, domain = text.split("@")
    return f"{local}@{domain.lower()}"


def email_key(text: str) -> str:
    """What makes two addresses the same for duplicate checks: the whole address in lower case."""
    return (text or "").strip().lower()


# --- phone numbers ---------------------------------------------------------------------------------------------


def _parse_phone(text: str) -> phonenumbers.PhoneNumber | None:
    import phonenumbers  # libphonenumber's tables load on first use, not at start-up

    raw = (text or "").strip()
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+"):
        regions = [None]
    elif len(digits) == 10 and digits.startswith("0"):
        regions = ["RO", "PL"]  # Romanian national format: 0 + 9 digits
    else:
        regions = ["PL", "RO"]
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def is_valid_phone(text: str) -> bool:
    return _parse_phone(text) is not None


def normalise_phone(text: str) -> str:
    """``"601 234 567"``, ``"+48 601-234-567"``, ``"0048601234567"`` → ``"+48601234567"``;
    ``"0721 234 567"`` → ``"+40721234567"``; empty stays empty."""
    import phonenumbers

    if not (text or "").strip():
        return ""
    number = _parse_phone(text)
    if number is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{value} is not a valid phone number (give the country prefix, e.g. +48, for foreign ones)."
            ),
            field="phone",
            value=text.strip()[:40],
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@functools.lru_cache(maxsize=4096)  # lists repaint their visible rows often; parsing costs 0.1 ms a number
def format_phone(stored: str) -> str:
    """A stored E.164 number grouped for reading (``+48 601 234 567``); anything else unchanged."""
    import phonenumbers

    if not stored or not stored.startswith("+"):
        return stored or ""
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# --- names -----------------------------------------------------------------------------------------------------

_LEGAL_FORMS = re.compile(
    r"\b(sp\s*z\s*o\s*o|spolka z ograniczona odpowiedzialnoscia|sp\s*k|sp\s*j|s\s*a|s\s*r\s*l|srl|s\s*c|"
    r"p\s*p\s*h\s*u|sa|pfa|ltd|gmbh|inc|llc)\b"
)


def company_name_key(name: str) -> str:
    """A company name reduced for duplicate checks: no accents, case, punctuation or legal form.

    "ACME Sp. z o.o." and "Acme sp z oo" give the same key "acme"; "Łódzka Fabryka S.A." gives "lodzka fabryka"."""
    text = (name or "").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _LEGAL_FORMS.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()[:200]
