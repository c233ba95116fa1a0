"""Outbox exactly once: who holds a claim (``claim_owner``: host/pid/run token) and when it last showed life
(``heartbeat_at``), so a dead copy's claims are taken over at once; ``data_at`` marks that the message's DATA was
about to be handed to the server — after that point a dead sender's message is never resent blindly (status
``unknown`` until someone checks)."""

from peewee import CharField, DateTimeField


def up(migrator, db):
    migrator.add_column("outbox_message", "claim_owner", CharField(max_length=120, default="")).run()
    migrator.add_column("outbox_message", "heartbeat_at", DateTimeField(null=True)).run()
    migrator.add_column("outbox_message", "data_at", DateTimeField(null=True)).run()


def down(migrator, db):
    for column in ("claim_owner", "heartbeat_at", "data_at"):
        migrator.drop_column("outbox_message", column).run()
