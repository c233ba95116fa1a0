"""Every address a received message names (From, To, Cc), one row each, lower-cased (issue 21).

The contact's and the company's sheet list the mail exchanged with the contact's address, and an agent sees the
unfiled mail that concerns them (sent to their own address, or from a client of theirs); both look an address up
here by index instead of searching the comma-separated ``to_addrs``/``cc_addrs`` texts. Filled for the mail
already stored."""

from peewee import CharField, ForeignKeyField, Model

CHUNK = 5_000


def _split(text: str) -> list[str]:
    return [a.strip().lower() for a in (text or "").split(",") if "@" in a]


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class ReceivedMessage(Base):
        class Meta:
            table_name = "received_message"

    class ReceivedAddress(Base):
        message = ForeignKeyField(ReceivedMessage, on_delete="CASCADE", index=False)
        address = CharField(max_length=254)
        role = CharField(max_length=4)  # from / to / cc

    db.create_tables([ReceivedAddress])
    db.execute_sql("CREATE INDEX received_address_address ON received_address (address, message_id)")
    db.execute_sql("CREATE INDEX received_address_message ON received_address (message_id)")
    p = db.param
    last = 0
    while True:
        rows = db.execute_sql(
            f"SELECT id, from_addr, to_addrs, cc_addrs FROM received_message WHERE id > {p} ORDER BY id LIMIT {CHUNK}",
            (last,),
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        values = []
        for mid, sender, to, cc in rows:
            values += address_rows(mid, sender, _split(to), _split(cc))
        if values:
            db.cursor().executemany(
                f"INSERT INTO received_address (message_id, address, role) VALUES ({p}, {p}, {p})", values
            )


def address_rows(message_id: int, sender: str, to: list[str], cc: list[str]) -> list[tuple[int, str, str]]:
    """(message, address, role) rows, each address once per message (the first role it appears in)."""
    seen: set[str] = set()
    rows = []
    for role, addresses in (("from", [sender] if sender else []), ("to", to), ("cc", cc)):
        for address in addresses:
            address = address.strip().lower()[:254]
            if "@" in address and address not in seen:
                seen.add(address)
                rows.append((message_id, address, role))
    return rows
