"""Peewee models, one module per feature; import them from here."""

from desktop.store.models.activities import Activity, DealActivity
from desktop.store.models.calculation import (
    Calculation,
    CalculationLine,
    ExchangeRate,
    OfferDocument,
    PriceList,
    PriceListItem,
    Product,
)
from desktop.store.models.core import (
    BaseModel,
    Company,
    Contact,
    Deal,
    DealSequence,
    Event,
    Process,
    Setting,
    SignInFailure,
    Stage,
    StageStay,
    User,
)
from desktop.store.models.dealsheet import DealFile, DealNote
from desktop.store.models.imports import ImportBatch, ImportItem
from desktop.store.models.inbox import (
    MailFolderState,
    MailSenderRule,
    ReceivedAddress,
    ReceivedAttachment,
    ReceivedMessage,
)
from desktop.store.models.mail import EmailTemplate, OutboxAttachment, OutboxMessage
from desktop.store.models.reports import CycleTotal, DealPath, DealTotal, PathTotal, StageTime
from desktop.store.models.segments import Segment
from desktop.store.models.tasks import Notification, Task
from desktop.store.models.triggers import Campaign, CampaignMember, Trigger, TriggerFiring, TriggerSchedule

__all__ = [
    "Activity",
    "BaseModel",
    "Calculation",
    "CalculationLine",
    "Campaign",
    "CampaignMember",
    "Company",
    "Contact",
    "CycleTotal",
    "Deal",
    "DealActivity",
    "DealFile",
    "DealNote",
    "DealPath",
    "DealSequence",
    "DealTotal",
    "EmailTemplate",
    "Event",
    "ExchangeRate",
    "ImportBatch",
    "ImportItem",
    "MailFolderState",
    "MailSenderRule",
    "Notification",
    "OfferDocument",
    "OutboxAttachment",
    "OutboxMessage",
    "PathTotal",
    "PriceList",
    "PriceListItem",
    "Process",
    "Product",
    "ReceivedAddress",
    "ReceivedAttachment",
    "ReceivedMessage",
    "Segment",
    "Setting",
    "SignInFailure",
    "Stage",
    "StageStay",
    "StageTime",
    "Task",
    "Trigger",
    "TriggerFiring",
    "TriggerSchedule",
    "User",
]
