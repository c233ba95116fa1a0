"""Team mode: a version on users (two admins editing one user: the second save is refused) and the per-name
sign-in failure counter behind the growing delay (kept per typed name, so unknown names behave like known ones)."""

from peewee import CharField, DateTimeField, IntegerField, Model


def up(migrator, db):
    class SignInFailure(Model):
        name = CharField(max_length=254, primary_key=True)  # the typed user name, lower-cased
        failures = IntegerField(default=0)
        last_failed_at = DateTimeField()

        class Meta:
            database = db
            table_name = "sign_in_failure"

    db.execute_sql("ALTER TABLE app_user ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.create_tables([SignInFailure])
