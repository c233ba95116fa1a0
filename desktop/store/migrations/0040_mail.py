"""E-mail templates, the outbox and its attachments (SPEC F8).

outbox_message(status, queued_at) finds what is waiting to be sent; (deal, queued_at) lists a deal's mail.
"""

from peewee import BlobField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


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

    class EmailTemplate(Base):
        name = CharField(max_length=120, unique=True)
        subject = CharField(max_length=250)
        body_text = TextField(default="")
        body_html = TextField(default="")
        updated_at = DateTimeField()

    class OutboxMessage(Base):
        deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL")
        user = ForeignKeyField(AppUser, null=True, on_delete="SET NULL")
        from_addr = CharField(max_length=254)
        from_name = CharField(max_length=200, default="")
        to_addr = CharField(max_length=254)
        to_name = CharField(max_length=200, default="")
        subject = CharField(max_length=250)
        body_text = TextField(default="")
        body_html = TextField(default="")
        message_id = CharField(max_length=250, unique=True)
        status = CharField(max_length=8, default="queued")
        attempts = IntegerField(default=0)
        last_error = TextField(default="")
        claim_token = CharField(max_length=40, default="")
        queued_at = DateTimeField()
        claimed_at = DateTimeField(null=True)
        sent_at = DateTimeField(null=True)

        class Meta:
            table_name = "outbox_message"
            indexes = ((("status", "queued_at"), False), (("deal", "queued_at"), False))

    class OutboxAttachment(Base):
        message = ForeignKeyField(OutboxMessage, on_delete="CASCADE")
        filename = CharField(max_length=250)
        content_type = CharField(max_length=100)
        data = BlobField()

        class Meta:
            table_name = "outbox_attachment"

    db.create_tables([EmailTemplate, OutboxMessage, OutboxAttachment])
