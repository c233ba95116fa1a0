"""Received e-mail (migration 0200): folder sync state, fetched messages, their files, remembered senders."""

from peewee import BigIntegerField, BlobField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.store.models.core import BaseModel, Deal, User
from desktop.store.models.mail import OutboxMessage


class MailFolderState(BaseModel):
    account = CharField(max_length=250)
    folder = CharField(max_length=250)
    uidvalidity = BigIntegerField()
    last_uid = BigIntegerField(default=0)
    synced_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("account", "folder"), True),)


class ReceivedMessage(BaseModel):
    message_key = CharField(max_length=250, unique=True)
    message_id = CharField(max_length=250, default="", index=True)
    in_reply_to = CharField(max_length=250, default="")
    references = TextField(default="")
    folder = CharField(max_length=250)
    direction = CharField(max_length=3)  # in / out
    kind = CharField(max_length=8, default="mail")  # mail / receipt
    uidvalidity = BigIntegerField()
    uid = BigIntegerField()
    from_addr = CharField(max_length=254, default="")
    from_name = CharField(max_length=200, default="")
    to_addrs = TextField(default="")
    cc_addrs = TextField(default="")
    subject = TextField(default="")
    sent_at = DateTimeField(null=True)
    received_at = DateTimeField()
    body_text = TextField(default="")
    body_html = TextField(default="")
    size = BigIntegerField(default=0)
    deal = ForeignKeyField(Deal, null=True, backref="received_mail", on_delete="SET NULL")
    matched_by = CharField(max_length=8, default="")
    filed_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    filed_at = DateTimeField(null=True)
    outbox_message = ForeignKeyField(OutboxMessage, null=True, backref="copies", on_delete="SET NULL")
    version = IntegerField(default=1)


class ReceivedAddress(BaseModel):
    """Each address a received message names, lower-cased (migration 0214): looked up by index."""

    message = ForeignKeyField(ReceivedMessage, backref="addresses", on_delete="CASCADE", index=False)
    address = CharField(max_length=254)
    role = CharField(max_length=4)  # from / to / cc


class ReceivedAttachment(BaseModel):
    message = ForeignKeyField(ReceivedMessage, backref="attachments", on_delete="CASCADE")
    name = CharField(max_length=255)
    content_type = CharField(max_length=100)
    size = BigIntegerField()
    sha256 = CharField(max_length=64)
    data = BlobField(null=True)


class MailSenderRule(BaseModel):
    address = CharField(max_length=254, unique=True)
    deal = ForeignKeyField(Deal, backref="+", on_delete="CASCADE")
    user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField()
