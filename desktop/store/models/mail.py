"""Tables for e-mail (SPEC F8): templates, the outbox and the files attached to queued messages.

Every message is written to the outbox, fully rendered, before anything talks to a server: the row (with
its Message-ID, fixed when queued) is what gets sent, so a restart resends exactly the same message.
``status`` moves queued -> sending (claimed by one sender) -> sent | failed; see services/mail/outbox.py.
"""

from __future__ import annotations

from peewee import BlobField, BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.calculation import OfferDocument
from desktop.store.models.core import BaseModel, Deal, User


class EmailTemplate(BaseModel):
    name = CharField(max_length=120, unique=True)
    subject = CharField(max_length=250)
    body_text = TextField(default="")
    body_html = TextField(default="")
    updated_at = DateTimeField()


class OutboxMessage(BaseModel):
    deal = ForeignKeyField(Deal, null=True, backref="emails", on_delete="SET NULL")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    from_addr = CharField(max_length=254)
    from_name = CharField(max_length=200, default="")
    to_addr = CharField(max_length=254)
    to_name = CharField(max_length=200, default="")
    subject = CharField(max_length=250)
    body_text = TextField(default="")
    body_html = TextField(default="")
    message_id = CharField(max_length=250, unique=True)
    status = CharField(max_length=8, default="queued")  # queued / sending / sent / failed / unknown
    attempts = IntegerField(default=0)
    last_error = TextField(default="")
    claim_token = CharField(max_length=40, default="")
    queued_at = DateTimeField()
    claimed_at = DateTimeField(null=True)
    sent_at = DateTimeField(null=True)
    claim_owner = CharField(max_length=120, default="")  # host/pid/run of the copy holding the claim
    heartbeat_at = DateTimeField(null=True)  # the claiming copy's last sign of life
    data_at = DateTimeField(null=True)  # DATA was about to go to the server: never resent blindly after this
    receipt_requested = BooleanField(default=False)  # Disposition-Notification-To asked (migration 0201)
    opened_at = DateTimeField(null=True)  # a read receipt said it was displayed
    answered_at = DateTimeField(null=True)  # a reply arrived
    offer = ForeignKeyField(OfferDocument, null=True, backref="emails", on_delete="SET NULL")  # the offer it carried


class OutboxAttachment(BaseModel):
    message = ForeignKeyField(OutboxMessage, backref="attachments", on_delete="CASCADE")
    filename = CharField(max_length=250)
    content_type = CharField(max_length=100)
    data = BlobField()
