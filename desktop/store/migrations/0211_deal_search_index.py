"""A trigram index over the deal's search text (migration 0210), so a contains search costs about the same for
a rare and a common text (issue 23).

SQLite: an FTS5 table with the ``trigram`` tokenizer (SQLite 3.34+) holding the deal's ``search_text`` as
external content, kept in step by triggers. PostgreSQL: ``pg_trgm`` (a trusted extension shipped with the
server since 13: a database owner may create it) and a GIN index on the column, which serves ``LIKE``.
The text is stored folded (``domain.text.search_fold``) and looked up folded, so the index compares exactly.
"""

from peewee import PostgresqlDatabase

from desktop.store.search import create_index


def up(migrator, db):
    create_index(db, isinstance(db, PostgresqlDatabase), "deal")
