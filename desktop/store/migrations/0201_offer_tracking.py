"""Offers' opening tracked (issue 21): an outbox message may ask for a read receipt (``receipt_requested``), and
records when a receipt said it was opened (``opened_at``) and when a reply arrived (``answered_at``); the offer it
carried (``offer_id``) links the offer to them. An offer's outcome (accepted / rejected) is the user's word.
``outbox_message (deal_id, opened_at)`` answers "has this deal an opened offer?" for the board's cards."""

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, Model


def up(migrator, db):
    class OfferDocument(Model):
        class Meta:
            database = db
            table_name = "offer_document"

    migrator.add_column("outbox_message", "receipt_requested", BooleanField(default=False)).run()
    migrator.add_column("outbox_message", "opened_at", DateTimeField(null=True)).run()
    migrator.add_column("outbox_message", "answered_at", DateTimeField(null=True)).run()
    migrator.add_column(
        "outbox_message",
        "offer_id",
        ForeignKeyField(OfferDocument, null=True, field=OfferDocument.id, on_delete="SET NULL"),
    ).run()
    migrator.add_column("offer_document", "outcome", CharField(max_length=8, default="")).run()
    migrator.add_column("offer_document", "outcome_at", DateTimeField(null=True)).run()
    db.execute_sql("CREATE INDEX outbox_message_deal_opened ON outbox_message (deal_id, opened_at)")
    db.execute_sql("CREATE INDEX outbox_message_offer ON outbox_message (offer_id)")


def down(migrator, db):
    db.execute_sql("DROP INDEX outbox_message_deal_opened")
    db.execute_sql("DROP INDEX outbox_message_offer")
    for column in ("receipt_requested", "opened_at", "answered_at", "offer_id"):
        migrator.drop_column("outbox_message", column).run()
    for column in ("outcome", "outcome_at"):
        migrator.drop_column("offer_document", column).run()
