"""E-mail rules (SPEC F8): placeholders in templates, recipient addresses, header safety.

Placeholders are written ``{{contact_name}}``. Rendering is a plain substitution of known names (no
expressions, no attribute access), so a user-edited template can never run code. A name that is not in
``PLACEHOLDERS`` or a malformed ``{{ ... }}`` is reported before anything is queued, never sent raw.
Values substituted into HTML are escaped; values substituted into a header lose their control characters.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")
ADDRESS_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
MAX_SUBJECT = 250

# name -> description shown in the template editor
PLACEHOLDERS: dict[str, str] = {
    "contact_name": QT_TRANSLATE_NOOP("Placeholder", "Contact's full name"),
    "contact_first_name": QT_TRANSLATE_NOOP("Placeholder", "Contact's first name"),
    "contact_last_name": QT_TRANSLATE_NOOP("Placeholder", "Contact's last name"),
    "contact_email": QT_TRANSLATE_NOOP("Placeholder", "Contact's e-mail address"),
    "company_name": QT_TRANSLATE_NOOP("Placeholder", "Company name"),
    "deal_number": QT_TRANSLATE_NOOP("Placeholder", "Deal number"),
    "deal_title": QT_TRANSLATE_NOOP("Placeholder", "Deal title"),
    "deal_value": QT_TRANSLATE_NOOP("Placeholder", "Deal value with currency"),
    "owner_name": QT_TRANSLATE_NOOP("Placeholder", "Owner's name"),
    "owner_email": QT_TRANSLATE_NOOP("Placeholder", "Owner's e-mail address"),
    "owner_signature": QT_TRANSLATE_NOOP("Placeholder", "Owner's signature"),
    "offer_valid_until": QT_TRANSLATE_NOOP("Placeholder", "Offer valid until"),
}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Rendered:
    subject: str
    body_text: str
    body_html: str
    empty: tuple[str, ...] = ()  # placeholders used whose value is empty (a warning, not an error)


def placeholders_in(text: str) -> set[str]:
    return set(PLACEHOLDER_RE.findall(text or ""))


def problems(*texts: str) -> list[str]:
    """Unknown placeholder names and malformed ``{{``/``}}`` fragments found in the texts, sorted."""
    found: set[str] = set()
    for text in texts:
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS:
                found.add("{{" + name + "}}")
        rest = PLACEHOLDER_RE.sub("", text or "")
        for match in re.finditer(r"\{\{[^}]*\}?\}?|\}\}", rest):
            found.add(match.group(0)[:40])
    return sorted(found)


def check_template(subject: str, body_text: str, body_html: str = "") -> None:
    bad = problems(subject, body_text, body_html)
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown or malformed placeholders: {names}."), "body", names=", ".join(bad)
        )
    if not subject.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The subject is empty."), "subject")
    if CONTROL_RE.search(subject):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The subject must be a single line."), "subject")
    if not body_text.strip() and not body_html.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The message has no text."), "body")


def header_value(value: str) -> str:
    """A value that can go into a header: control characters (CR, LF, ...) become spaces, and an RFC 2047
    encoded-word opener ``=?`` gets an invisible word joiner, so no text is ever decoded into header lines by
    the e-mail package's folding (CVE-2024-6923 on Python before 3.11.10) or by the receiving client."""
    return " ".join(CONTROL_RE.sub(" ", value or "").split()).replace("=?", "=\u2060?")


def _substitute(text: str, values: dict[str, str], escape) -> str:
    return PLACEHOLDER_RE.sub(lambda m: escape(values.get(m.group(1), "")), text or "")


def render(subject: str, body_text: str, body_html: str, values: dict[str, str]) -> Rendered:
    """Fill the placeholders; raises ValidationError for unknown ones or a subject that is not one line."""
    check_template(subject, body_text, body_html)
    used = placeholders_in(subject) | placeholders_in(body_text) | placeholders_in(body_html)
    empty = tuple(sorted(name for name in used if not str(values.get(name, "")).strip()))
    out_subject = header_value(_substitute(subject, values, header_value))[:MAX_SUBJECT]
    text = _substitute(body_text, values, str)
    # HTML: values are escaped and line breaks in a value (e.g. a signature) become <br>.
    rich = _substitute(body_html, values, lambda v: html.escape(v).replace("\n", "<br>\n"))
    return Rendered(out_subject, text, rich, empty)


def is_valid_address(address: str) -> bool:
    address = address or ""
    return len(address) <= 254 and bool(ADDRESS_RE.match(address))


def check_address(address: str) -> str:
    address = (address or "").strip()
    if not is_valid_address(address):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{address}” is not a valid e-mail address."), "email", address=address
        )
    return address


def check_display_name(name: str) -> str:
    """Refuse a display name that would break a header (CR/LF and other control characters)."""
    if CONTROL_RE.search(name or ""):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A name must not contain line breaks."), "name")
    return (name or "").strip()
