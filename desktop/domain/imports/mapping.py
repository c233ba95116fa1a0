"""The user's choices for one import, as a value that can be saved as JSON and reused for files of the same
shape (``etap import --mapping FILE.json``, and the wizard's memory per header row)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.imports.headers import TARGETS, Kind, Target, normalise
from desktop.domain.imports.values import DateOrder


class OnDuplicate(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


DUPLICATE_LABELS = {
    OnDuplicate.SKIP: QT_TRANSLATE_NOOP("Import", "Skip the row"),
    OnDuplicate.UPDATE: QT_TRANSLATE_NOOP("Import", "Update the existing record"),
    OnDuplicate.CREATE: QT_TRANSLATE_NOOP("Import", "Create another record"),
}

NEW_USER = "+new"  # an owner value mapped to this creates a user with that name
UNASSIGNED = ""  # ... mapped to this leaves the deal without an owner


@dataclass
class Mapping:
    kind: Kind
    columns: dict[int, Target] = field(default_factory=dict)
    date_orders: dict[int, DateOrder] = field(default_factory=dict)  # asked for ambiguous date columns
    process: str = ""  # the process's name (deals)
    stages: dict[str, str] = field(default_factory=dict)  # file value → stage name ("" = skip the row)
    owners: dict[str, str] = field(default_factory=dict)  # file value → user name, NEW_USER or UNASSIGNED
    currencies: dict[str, str] = field(default_factory=dict)  # file value → ISO code
    products: dict[str, str] = field(default_factory=dict)  # file value → catalogue name
    default_currency: str = "PLN"
    unknown_owner: str = UNASSIGNED  # for owners the value mapping does not name
    on_duplicate: dict[Kind, OnDuplicate] = field(default_factory=dict)
    skip_rows: set[int] = field(default_factory=set)  # line numbers the user chose to leave out

    def duplicate_policy(self, kind: Kind) -> OnDuplicate:
        return self.on_duplicate.get(kind, OnDuplicate.SKIP)

    def columns_of(self, target: Target) -> list[int]:
        return [index for index, t in self.columns.items() if t is target]

    def to_json(self) -> str:
        data = asdict(self)
        data["columns"] = {str(k): str(v) for k, v in self.columns.items()}
        data["date_orders"] = {str(k): str(v) for k, v in self.date_orders.items()}
        data["on_duplicate"] = {str(k): str(v) for k, v in self.on_duplicate.items()}
        data["skip_rows"] = sorted(self.skip_rows)
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, headers: list[str] | None = None) -> Mapping:
        """From a saved mapping. Columns may be given by index or by their title in ``headers``."""
        try:
            data = json.loads(text)
            kind = Kind(data.get("kind", "deals"))
            columns: dict[int, Target] = {}
            for key, value in (data.get("columns") or {}).items():
                columns[_column_index(key, headers)] = Target(value)
            orders = {_column_index(k, headers): DateOrder(v) for k, v in (data.get("date_orders") or {}).items()}
            mapping = cls(
                kind=kind,
                columns=columns,
                date_orders=orders,
                process=str(data.get("process", "")),
                stages={str(k): str(v) for k, v in (data.get("stages") or {}).items()},
                owners={str(k): str(v) for k, v in (data.get("owners") or {}).items()},
                currencies={str(k): str(v) for k, v in (data.get("currencies") or {}).items()},
                products={str(k): str(v) for k, v in (data.get("products") or {}).items()},
                default_currency=str(data.get("default_currency", "PLN")),
                unknown_owner=str(data.get("unknown_owner", UNASSIGNED)),
                on_duplicate={Kind(k): OnDuplicate(v) for k, v in (data.get("on_duplicate") or {}).items()},
                skip_rows={int(n) for n in data.get("skip_rows") or ()},
            )
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The mapping file cannot be used: {detail}"), detail=str(exc)
            ) from None
        for index, target in mapping.columns.items():
            if target not in TARGETS[mapping.kind]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The mapping file cannot be used: {detail}"),
                    detail=f"{target} ({index})",
                )
        return mapping


def _column_index(key: str, headers: list[str] | None) -> int:
    if str(key).isdigit():
        return int(key)
    if headers is not None:
        wanted = normalise(key)
        for index, title in enumerate(headers):
            if normalise(title) == wanted:
                return index
    raise ValueError(f"no column “{key}”")


def shape_key(headers: list[str], kind: Kind | None = None) -> str:
    """A short key for a file's header row, under which its mapping is remembered."""
    text = "\x1f".join(normalise(h) for h in headers) + (f"\x1e{kind}" if kind else "")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
