"""Received e-mail (IMAP): where each folder's sync stands, the messages fetched, their files, and the senders a
user told Etap to remember.

``mail_folder_state`` holds per account and folder the UIDVALIDITY and the highest UID already stored, so a sync
fetches only what is newer; when the server's UIDVALIDITY changes the folder is read again and
``received_message.message_key`` (the Message-ID, or a digest of the message when it has none) keeps every
message once. Deleting on the server never deletes here: nothing in these tables follows the server.
``deal_id`` is NULL for unfiled mail (listed by (deal_id, received_at)); ``message_id`` finds replies to mail
already filed. ``contact_email_lower`` and ``deal_by_contact`` let matching by the sender's address use indexes.
"""

from peewee import (
    BigIntegerField,
    BlobField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Deal(Base):
        class Meta:
            table_name = "deal"

    class AppUser(Base):
        class Meta:
            table_name = "app_user"

    class OutboxMessage(Base):
        class Meta:
            table_name = "outbox_message"

    class MailFolderState(Base):
        account = CharField(max_length=250)
        folder = CharField(max_length=250)
        uidvalidity = BigIntegerField()
        last_uid = BigIntegerField(default=0)
        synced_at = DateTimeField(null=True)

        class Meta:
            indexes = ((("account", "folder"), True),)

    class ReceivedMessage(Base):
        message_key = CharField(max_length=250, unique=True)
        message_id = CharField(max_length=250, default="", index=True)
        in_reply_to = CharField(max_length=250, default="")
        references = TextField(default="")
        folder = CharField(max_length=250)
        direction = CharField(max_length=3)  # in / out (the Sent folder)
        kind = CharField(max_length=8, default="mail")  # mail / receipt (a read receipt, RFC 8098)
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
        deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL")
        matched_by = CharField(max_length=8, default="")  # reply / number / sender / contact / manual
        filed_by = ForeignKeyField(AppUser, null=True, on_delete="SET NULL")
        filed_at = DateTimeField(null=True)
        outbox_message = ForeignKeyField(OutboxMessage, null=True, on_delete="SET NULL")
        version = IntegerField(default=1)

        class Meta:
            table_name = "received_message"

    class ReceivedAttachment(Base):
        message = ForeignKeyField(ReceivedMessage, on_delete="CASCADE")
        name = CharField(max_length=255)
        content_type = CharField(max_length=100)
        size = BigIntegerField()
        sha256 = CharField(max_length=64)
        data = BlobField(null=True)  # NULL: larger than a deal's file may be (only the name and size are kept)

    class MailSenderRule(Base):
        address = CharField(max_length=254, unique=True)
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        user = ForeignKeyField(AppUser, null=True, on_delete="SET NULL")
        created_at = DateTimeField()

    db.create_tables([MailFolderState, ReceivedMessage, ReceivedAttachment, MailSenderRule])
    db.execute_sql("CREATE INDEX received_message_deal ON received_message (deal_id, received_at)")
    db.execute_sql("CREATE INDEX received_message_outbox ON received_message (outbox_message_id)")
    db.execute_sql("CREATE INDEX received_attachment_message ON received_attachment (message_id)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS contact_email_lower ON contact (lower(email))")
    db.execute_sql("CREATE INDEX IF NOT EXISTS deal_by_contact ON deal (contact_id)")
