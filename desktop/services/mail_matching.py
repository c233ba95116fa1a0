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

from dataclasses import dataclass

from peewee import fn

from desktop.domain.mail_parse import ParsedMail, number_candidates
from desktop.domain.stages import StageKind
from desktop.store.models import Contact, Deal, MailSenderRule, OutboxMessage, ReceivedMessage, Stage


@dataclass(frozen=True)
class Match:
    deal_id: int | None
    rule: str = ""  # reply / number / sender / contact / outbox ("" when unfiled)
    outbox_id: int | None = None  # the Etap message this one is a copy of (Sent folder) or reports on (receipt)


def _live(query):
    return query.where(Deal.deleted_at.is_null())


def by_reply(ids: list[str]) -> int | None:
    if not ids:
        return None
    found = dict(
        _live(
            OutboxMessage.select(OutboxMessage.message_id, OutboxMessage.deal)
            .join(Deal, on=(OutboxMessage.deal == Deal.id))
            .where(OutboxMessage.message_id.in_(ids))
        ).tuples()
    )
    missing = [i for i in ids if i not in found]
    if missing:
        found.update(
            _live(
                ReceivedMessage.select(ReceivedMessage.message_id, ReceivedMessage.deal)
                .join(Deal, on=(ReceivedMessage.deal == Deal.id))
                .where(ReceivedMessage.message_id.in_(missing))
            ).tuples()
        )
    return next((found[i] for i in ids if i in found), None)  # the nearest ancestor decides


def by_number(subject: str) -> int | None:
    candidates = number_candidates(subject)
    if not candidates:
        return None
    deals = {d for (d,) in _live(Deal.select(Deal.id).where(Deal.number.in_(candidates))).tuples()}
    return deals.pop() if len(deals) == 1 else None


def by_sender_rule(addresses: list[str]) -> int | None:
    if not addresses:
        return None
    rows = dict(
        _live(
            MailSenderRule.select(MailSenderRule.address, MailSenderRule.deal)
            .join(Deal, on=(MailSenderRule.deal == Deal.id))
            .where(MailSenderRule.address.in_(addresses))
        ).tuples()
    )
    return next((rows[a] for a in addresses if a in rows), None)


def by_contact(addresses: list[str]) -> int | None:
    """The one open deal of the contacts with this address (the first address that has contacts decides)."""
    for address in addresses:
        contacts = Contact.select(Contact.id).where(fn.LOWER(Contact.email) == address)
        deals = list(
            _live(
                Deal.select(Deal.id)
                .join(Stage, on=(Deal.stage == Stage.id))
                .where(Deal.contact.in_(contacts) & (Stage.kind == StageKind.OPEN.value) & (Deal.spam == False))  # noqa: E712
                .limit(2)
            ).tuples()
        )
        if deals:
            return deals[0][0] if len(deals) == 1 else None
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
    deal = by_reply(parsed.thread_ids())
    if deal:
        return Match(deal, "reply")
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
