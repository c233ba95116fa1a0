"""Which deal a received (or sent elsewhere) e-mail belongs to (issue 21), rule by rule, first answer wins:

1. ``reply``  — In-Reply-To / References name a message Etap sent from a deal (the outbox), or mail already
   filed to a deal (a thread continuing);
2. ``number`` — the subject contains exactly one existing deal's number (``[SPR/2026/0001]``, ``Re: SPR/…``);
3. ``sender`` — a user told Etap to remember the address for a deal when filing earlier mail from it;
4. ``contact`` — the address (the sender's, or for mail we sent, a recipient's) belongs to contacts with exactly
   one open deal.

No answer, or several candidates, leave the message unfiled (the Unfiled mail list). Each rule is one indexed
query (the outbox's unique Message-ID, the deal's unique number, the remembered address, ``lower(email)`` and
``deal.contact_id``), so matching stays cheap at a million deals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import fn

from desktop.domain.mail_parse import ParsedMail, number_candidates
from desktop.domain.stages import StageKind
from desktop.store import db as store_db
from desktop.store.models import Contact, Deal, MailSenderRule, OutboxMessage, ReceivedMessage, Stage


@dataclass(frozen=True)
class Match:
    deal_id: int | None
    rule: str = ""  # reply / number / sender / contact / outbox ("" when unfiled)
    outbox_id: int | None = None  # the Etap message this one is a copy of (Sent folder) or reports on (receipt)
    answers: int | None = None  # the Etap message this one replies to


def _stand_in(n: int) -> str:
    """A text no real value is: marks where parameter ``n`` goes in a query built once (a text, because a
    field may turn whatever it is given into text)."""
    return f"\x00etap-parameter-{n}\x00"


@dataclass(frozen=True)
class _Slot:
    n: int  # the position in ``values`` this parameter takes


_compiled: dict[tuple, tuple[str, list]] = {}


def _rows(key: str, build: Callable[..., object], values: list) -> list[tuple]:
    """Run the query ``build(*stand-ins)`` makes with ``values``; its SQL is built once per back end and shape
    (building a query's text costs several times more than running it on an index)."""
    shape = (key, len(values), store_db.is_postgres())
    found = _compiled.get(shape)
    if found is None:
        marks = {_stand_in(i): _Slot(i) for i in range(len(values))}
        sql, params = build(*marks).sql()
        template = [marks.get(p, p) if isinstance(p, str) else p for p in params]
        if sorted(p.n for p in template if isinstance(p, _Slot)) != list(range(len(values))):
            raise RuntimeError(f"query {key!r} does not take each of its {len(values)} values once")
        found = _compiled[shape] = (sql, template)
    sql, template = found
    bound = [values[p.n] if isinstance(p, _Slot) else p for p in template]
    return store_db.database.execute_sql(sql, bound).fetchall()


def _live(query):
    return query.where(Deal.deleted_at.is_null())


def by_reply(ids: list[str]) -> tuple[int, int | None] | None:
    """(deal, the Etap message replied to or None) of the nearest ancestor filed to a deal."""
    if not ids:
        return None
    ids = ids[:20]
    found = {
        mid: (deal, outbox)
        for mid, deal, outbox in _rows(
            "reply-outbox",
            lambda *p: _live(
                OutboxMessage.select(OutboxMessage.message_id, OutboxMessage.deal, OutboxMessage.id)
                .join(Deal, on=(OutboxMessage.deal == Deal.id))
                .where(OutboxMessage.message_id.in_(list(p)))
            ),
            ids,
        )
    }
    missing = [i for i in ids if i not in found]
    if missing:
        found.update(
            (mid, (deal, None))
            for mid, deal in _rows(
                "reply-received",
                lambda *p: _live(
                    ReceivedMessage.select(ReceivedMessage.message_id, ReceivedMessage.deal)
                    .join(Deal, on=(ReceivedMessage.deal == Deal.id))
                    .where(ReceivedMessage.message_id.in_(list(p)))
                ),
                missing,
            )
        )
    return next((found[i] for i in ids if i in found), None)  # the nearest ancestor decides


def by_number(subject: str) -> int | None:
    candidates = number_candidates(subject)
    if not candidates:
        return None
    rows = _rows("number", lambda *p: _live(Deal.select(Deal.id).where(Deal.number.in_(list(p)))), candidates)
    deals = {d for (d,) in rows}
    return deals.pop() if len(deals) == 1 else None


def by_sender_rule(addresses: list[str]) -> int | None:
    if not addresses:
        return None
    rows = dict(
        _rows(
            "sender",
            lambda *p: _live(
                MailSenderRule.select(MailSenderRule.address, MailSenderRule.deal)
                .join(Deal, on=(MailSenderRule.deal == Deal.id))
                .where(MailSenderRule.address.in_(list(p)))
            ),
            addresses,
        )
    )
    return next((rows[a] for a in addresses if a in rows), None)


def _deals_of(address):
    """The deals of the contacts with this address, with what decides whether they are open. Only the contact
    is in the WHERE clause, so the database goes contact → deal by index; SQLite otherwise prefers a scan of
    ``deal_spam`` (spam = 0 holds for nearly every deal)."""
    contacts = Contact.select(Contact.id).where(fn.LOWER(Contact.email) == address)
    return (
        Deal.select(Deal.id, Stage.kind, Deal.spam, Deal.deleted_at.is_null())
        .join(Stage, on=(Deal.stage == Stage.id))
        .where(Deal.contact.in_(contacts))
        .limit(500)
    )


def by_contact(addresses: list[str]) -> int | None:
    """The one open deal of the contacts with this address (the first address that has contacts decides)."""
    for address in addresses:
        rows = _rows("contact", _deals_of, [address])
        open_deals = [d for d, kind, spam, live in rows if kind == StageKind.OPEN.value and not spam and live]
        if open_deals:
            return open_deals[0] if len(open_deals) == 1 else None
    return None


def outbox_of(message_id: str) -> tuple[int, int | None] | None:
    """(outbox id, deal id) of the Etap message with this Message-ID, or None."""
    if not message_id:
        return None
    row = (
        OutboxMessage.select(OutboxMessage.id, OutboxMessage.deal)
        .where(OutboxMessage.message_id == message_id)
        .tuples()
        .first()
    )
    return tuple(row) if row else None


def match(parsed: ParsedMail, direction: str, own_addresses: frozenset[str] = frozenset()) -> Match:
    """The deal ``parsed`` belongs to; ``direction`` "in" (received) or "out" (the Sent folder)."""
    if parsed.is_receipt:
        found = outbox_of(parsed.receipt_for)
        return Match(found[1], "reply", found[0]) if found and found[1] else Match(None, "", found and found[0])
    if direction == "out":
        found = outbox_of(parsed.message_id)
        if found:  # a copy of a message Etap sent
            return Match(found[1], "outbox" if found[1] else "", found[0])
    replied = by_reply(parsed.thread_ids())
    if replied:
        return Match(replied[0], "reply", answers=replied[1] if direction == "in" else None)
    deal = by_number(parsed.subject)
    if deal:
        return Match(deal, "number")
    if direction == "out":
        people = [a for a in (*parsed.to_addrs, *parsed.cc_addrs) if a not in own_addresses]
    else:
        people = [parsed.from_addr] if parsed.from_addr else []
    deal = by_sender_rule(people)
    if deal:
        return Match(deal, "sender")
    deal = by_contact(people)
    if deal:
        return Match(deal, "contact")
    return Match(None)
