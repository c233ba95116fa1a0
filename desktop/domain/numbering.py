"""Deal numbers from a per-process format such as ``SPR/{year}/{seq:04}``.

Allowed fields: ``{year}``, ``{month}``, ``{seq}`` (required; an optional zero-padded width like
``{seq:05}``). The sequence itself lives in the database (per process and year) so that it stays
unique with several users saving at once; this module only validates and renders the format.
"""

from __future__ import annotations

import re
import string

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

_ALLOWED = {"year", "month", "seq"}
_SPEC = re.compile(r"^0?\d{0,2}d?$")
MAX_WIDTH = 12  # {seq:012} at most: a wider padding is a typo that would break every new deal's number
MAX_NUMBER = 64  # the deal number column


def check_format(fmt: str) -> str:
    from desktop.domain.inputs import text

    fmt = text(fmt, "number_format", 1000)
    if not fmt or len(fmt) > 40:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The number format must have 1 to 40 characters."), field="number_format"
        )
    try:
        parts = list(string.Formatter().parse(fmt))
    except ValueError:
        parts = None
    if parts is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The number format has an unbalanced brace."), field="number_format"
        )
    names = set()
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in _ALLOWED or conversion or not _SPEC.match(spec or ""):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{{{name}}}” is not allowed in a number format; use {{year}}, {{month}}, {{seq}}."
                ),
                field="number_format",
                name=name,
            )
        width = int(re.sub(r"\D", "", spec or "") or 0)
        if width > MAX_WIDTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A number in the format can be padded to at most {max} digits."),
                field="number_format",
                max=MAX_WIDTH,
            )
        names.add(name)
    if len(render(fmt, 9999, 12, 10**MAX_WIDTH - 1)) > MAX_NUMBER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The number format must have 1 to 40 characters."), field="number_format"
        )
    if "seq" not in names:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The number format must contain {{seq}}."), field="number_format"
        )
    return fmt


def render(fmt: str, year: int, month: int, seq: int) -> str:
    return fmt.format(year=year, month=month, seq=seq)
