"""Peewee models, one module per feature; import them from here."""

from desktop.store.models.core import (
    BaseModel,
    Company,
    Contact,
    Deal,
    DealSequence,
    Event,
    Process,
    Setting,
    Stage,
    StageStay,
    User,
)
from desktop.store.models.mail import EmailTemplate, OutboxAttachment, OutboxMessage

__all__ = [
    "BaseModel",
    "Company",
    "Contact",
    "Deal",
    "DealSequence",
    "EmailTemplate",
    "Event",
    "OutboxAttachment",
    "OutboxMessage",
    "Process",
    "Setting",
    "Stage",
    "StageStay",
    "User",
]
