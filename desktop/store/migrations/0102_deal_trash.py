"""The deal trash: a deleted deal keeps its row and everything hanging off it (history, tasks, files,
calculations, e-mails) with ``deleted_at`` set, until a manager restores it or an admin purges it.

While in the trash a deal is also flagged ``spam`` (off the board and out of every list that already
leaves spam out, through the same indexes); the Spam tab and the task lists leave trashed deals out by
``deleted_at``, served by the index below.
"""

from peewee import AutoField, DateTimeField, ForeignKeyField, Model


def up(migrator, db):
    class User(Model):
        id = AutoField()

        class Meta:
            database = db
            table_name = "app_user"

    migrator.migrate(
        migrator.add_column("deal", "deleted_at", DateTimeField(null=True)),
        migrator.add_column(
            "deal", "deleted_by_id", ForeignKeyField(User, field=User.id, null=True, on_delete="SET NULL")
        ),
    )
    db.execute_sql("CREATE INDEX deal_deleted_at ON deal (deleted_at)")
