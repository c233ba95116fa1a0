"""Plain read-only rows the services hand to the ui (never model objects)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desktop.domain.stages import StageKind, StageSpec


@dataclass(frozen=True)
class ProcessRow:
    id: int
    name: str
    number_format: str


@dataclass(frozen=True)
class StageRow:
    id: int
    process_id: int
    name: str
    kind: StageKind
    position: int
    substages: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    default_probability: int = 0
    rotting_days: int | None = None

    def spec(self) -> StageSpec:
        return StageSpec(
            self.name,
            self.kind,
            self.id,
            list(self.substages),
            list(self.required),
            self.default_probability,
            self.rotting_days,
        )

    @classmethod
    def from_model(cls, s) -> StageRow:
        return cls(
            s.id,
            s.process_id,
            s.name,
            StageKind(s.kind),
            s.position,
            tuple(json.loads(s.substages)),
            tuple(json.loads(s.required_fields)),
            s.default_probability,
            s.rotting_days,
        )


@dataclass(frozen=True)
class DealRow:
    id: int
    number: str
    title: str
    process_id: int
    stage_id: int
    value: Decimal
    currency: str
    cost: Decimal
    owner_id: int | None
    contact_id: int | None
    company_id: int | None
    source: str
    substage: str
    created_at: datetime
    expected_close: date | None
    next_contact: date | None
    lost_reason: str
    probability: int
    probability_manual: int | None
    stage_entered_at: datetime
    version: int
    extra: dict = field(default_factory=dict, compare=False)
    board_rank: float = field(default=0.0, compare=False)


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    email: str = ""
    signature: str = ""
    active: bool = True
    version: int = 1
    can_sign_in: bool = False  # has a password
