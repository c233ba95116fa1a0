"""The mail a contact's and a company's sheet list (sent by Etap and fetched over IMAP, in one list), and who sees
unfiled mail — on both database back ends. The messages are stored the way the sync stores them
(``received_message`` with its ``received_address`` rows); test_mail_sync.py covers the sync itself."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain.errors import NotFound
from desktop.services.admin import users
from desktop.services.clients import client_deals
from desktop.services.deals import deals
from desktop.services.mail import received_mail
from desktop.services.processes import processes
from desktop.store.models import (
    Company,
    Contact,
    OutboxMessage,
    ReceivedAddress,
    ReceivedAttachment,
    ReceivedMessage,
)

T0 = datetime(2026, 5, 4, 9, 0)
_keys = iter(range(1, 10_000))


def received(
    subject: str,
    sender: str,
    to: str = "biuro@etap.example",
    at: datetime = T0,
    deal_id: int | None = None,
    direction: str = "in",
    kind: str = "mail",
    cc: str = "",
    outbox_id: int | None = None,
) -> int:
    key = next(_keys)
    mid = ReceivedMessage.insert(
        message_key=f"<k{key}@test>", message_id=f"<k{key}@test>", folder="INBOX" if direction == "in" else "Sent",
        direction=direction, kind=kind, uidvalidity=1, uid=key, from_addr=sender, to_addrs=to, cc_addrs=cc,
        subject=subject, sent_at=at, received_at=at + timedelta(minutes=1), deal=deal_id,
        matched_by="contact" if deal_id else "", outbox_message=outbox_id,
    ).execute()  # fmt: skip
    rows, seen = [], set()
    for role, text in (("from", sender), ("to", to), ("cc", cc)):
        for address in (a.strip().lower() for a in text.split(",") if "@" in a):
            if address not in seen:
                seen.add(address)
                rows.append((mid, address, role))
    ReceivedAddress.insert_many(rows, fields=[ReceivedAddress.message, ReceivedAddress.address, ReceivedAddress.role]
                                ).execute()  # fmt: skip
    return mid


def sent(deal_id: int, subject: str, at: datetime, status: str = "sent", to: str = "anna@klient.example") -> int:
    return OutboxMessage.insert(
        deal=deal_id, from_addr="biuro@etap.example", to_addr=to, subject=subject, message_id=f"<{subject}@etap>",
        status=status, queued_at=at, sent_at=at if status == "sent" else None,
    ).execute()  # fmt: skip


@pytest.fixture
def team(db, admin):
    """Agents Ola (owns Anna's deal, address ola@etap.example) and Jan (owns Piotr's), manager Ewa; Anna and Piotr
    work at the same company."""
    ola = users.actor_for(users.create_user(admin, "ola", "Ola", "agent", email="Ola@Etap.example").id)
    jan = users.actor_for(users.create_user(admin, "jan", "Jan", "agent", email="jan@etap.example").id)
    ewa = users.actor_for(users.create_user(admin, "ewa", "Ewa", "manager").id)
    process = processes.create_process(admin, "Sprzedaż", "default")
    firm = Company.create(name="Klient sp. z o.o.", created_at=T0)
    anna = Contact.create(first_name="Anna", last_name="K", email="Anna@Klient.example", company=firm, created_at=T0)
    piotr = Contact.create(first_name="Piotr", last_name="K", email="piotr@klient.example", company=firm, created_at=T0)
    anna_deal = deals.create_deal(ola, process.id, "Okna", contact_id=anna.id, company_id=firm.id, now=T0)
    piotr_deal = deals.create_deal(jan, process.id, "Drzwi", contact_id=piotr.id, company_id=firm.id, now=T0)
    return {
        "ola": ola, "jan": jan, "ewa": ewa, "admin": admin, "firm": firm.id, "anna": anna.id, "piotr": piotr.id,
        "anna_deal": anna_deal.id, "piotr_deal": piotr_deal.id,
    }  # fmt: skip


def subjects(rows) -> list[tuple[str, str]]:
    return [(m.direction, m.subject) for m in rows]


def test_a_contacts_sheet_lists_sent_and_received_mail_in_one_list_newest_first(team):
    deal = team["anna_deal"]
    offer = sent(deal, "Oferta", T0)
    received("Re: Oferta", "anna@klient.example", at=T0 + timedelta(hours=3), deal_id=deal)
    received("Pytanie", "anna@klient.example", at=T0 + timedelta(hours=1))  # unfiled, from her address
    received("Od kogoś innego", "obcy@inny.example", at=T0 + timedelta(hours=2))
    received("Oferta", "biuro@etap.example", to="anna@klient.example", direction="out", outbox_id=offer,
             at=T0, deal_id=deal)  # fmt: skip  # the Sent-folder copy of Etap's own message: listed once
    received("Przeczytano: Oferta", "anna@klient.example", kind="receipt", deal_id=deal, at=T0 + timedelta(hours=4))
    received("Z Outlooka", "ola@etap.example", to="Anna@Klient.example", direction="out",
             at=T0 + timedelta(hours=2))  # fmt: skip  # sent from another mail program, found in Sent

    rows = client_deals.emails_of(team["ola"], contact_id=team["anna"])

    assert subjects(rows) == [("in", "Re: Oferta"), ("out", "Z Outlooka"), ("in", "Pytanie"), ("out", "Oferta")]
    assert [(m.source, m.status) for m in rows] == [("received", ""), ("received", ""), ("received", ""),
                                                    ("outbox", "sent")]  # fmt: skip
    assert rows[0].deal_number and rows[2].deal_id is None
    assert rows[0].from_addr == "anna@klient.example" and rows[3].to_addr == "anna@klient.example"


def test_the_company_sheet_lists_the_mail_of_all_its_contacts(team):
    received("Od Anny", "anna@klient.example", at=T0 + timedelta(hours=1), deal_id=team["anna_deal"])
    received("Od Piotra", "piotr@klient.example", at=T0 + timedelta(hours=2), deal_id=team["piotr_deal"])
    sent(team["piotr_deal"], "Do Piotra", T0, to="piotr@klient.example")

    assert subjects(client_deals.emails_of(team["ewa"], company_id=team["firm"])) == [
        ("in", "Od Piotra"), ("in", "Od Anny"), ("out", "Do Piotra"),
    ]  # fmt: skip
    assert subjects(client_deals.emails_of(team["ola"], company_id=team["firm"])) == [("in", "Od Anny")]
    assert subjects(client_deals.emails_of(team["jan"], company_id=team["firm"])) == [
        ("in", "Od Piotra"), ("out", "Do Piotra"),
    ]  # fmt: skip


def test_the_sheets_mail_follows_deal_visibility_for_each_message(team):
    """Mail from Anna filed to Jan's deal stays Jan's: Ola, who owns Anna's other deal, does not see it there."""
    received("Do Jana", "anna@klient.example", deal_id=team["piotr_deal"], at=T0 + timedelta(hours=1))
    received("Do Oli", "anna@klient.example", deal_id=team["anna_deal"])

    assert subjects(client_deals.emails_of(team["ola"], contact_id=team["anna"])) == [("in", "Do Oli")]
    assert subjects(client_deals.emails_of(team["jan"], contact_id=team["anna"])) == [("in", "Do Jana")]
    assert subjects(client_deals.emails_of(team["ewa"], contact_id=team["anna"])) == [
        ("in", "Do Jana"), ("in", "Do Oli"),
    ]  # fmt: skip


def test_the_sheet_shows_the_newest_messages_up_to_the_limit_from_both_sides(team):
    deal = team["anna_deal"]
    for i in range(4):
        sent(deal, f"Wysłana {i}", T0 + timedelta(hours=2 * i))
        received(f"Odebrana {i}", "anna@klient.example", deal_id=deal, at=T0 + timedelta(hours=2 * i + 1))
    rows = client_deals.emails_of(team["ola"], contact_id=team["anna"], limit=3)
    assert subjects(rows) == [("in", "Odebrana 3"), ("out", "Wysłana 3"), ("in", "Odebrana 2")]


def test_unfiled_mail_is_seen_by_managers_and_by_the_agents_it_concerns(team):
    to_ola = received("Do Oli", "ktos@nowy.example", to="ola@etap.example")
    from_annas = received("Od Anny", "anna@klient.example")  # Anna is a contact on Ola's deal
    cc_jan = received("Kopia dla Jana", "ktos@nowy.example", cc="Jan@etap.example")
    nobody = received("Do biura", "ktos@nowy.example")
    ReceivedAttachment.create(message=nobody, name="a.txt", content_type="text/plain", size=1, sha256="0", data=b"x")

    def seen(actor):
        return {r.subject for r in received_mail.unfiled(actor)}

    assert seen(team["ewa"]) == seen(team["admin"]) == {"Do Oli", "Od Anny", "Kopia dla Jana", "Do biura"}
    assert seen(team["ola"]) == {"Do Oli", "Od Anny"}
    assert seen(team["jan"]) == {"Kopia dla Jana"}
    assert [received_mail.unfiled_count(a) for a in (team["ewa"], team["ola"], team["jan"])] == [4, 2, 1]
    assert received_mail.message(team["ola"], to_ola).subject == "Do Oli"
    assert received_mail.message(team["ola"], from_annas).subject == "Od Anny"
    for received_id in (cc_jan, nobody):
        with pytest.raises(NotFound):
            received_mail.message(team["ola"], received_id)
        with pytest.raises(NotFound):
            received_mail.file_to_deal(team["ola"], received_id, team["anna_deal"], 1)
        assert received_mail.suggestions(team["ola"], received_id) == []
    with pytest.raises(NotFound):
        received_mail.attachment_bytes(team["jan"], ReceivedAttachment.get().id)
    assert received_mail.attachment_bytes(team["ewa"], ReceivedAttachment.get().id) == ("a.txt", b"x")


def test_an_agent_files_the_unfiled_mail_that_concerns_them(team):
    from_annas = received("Od Anny", "anna@klient.example")
    row = received_mail.file_to_deal(team["ola"], from_annas, team["anna_deal"], 1)
    assert row.deal_id == team["anna_deal"]
    assert received_mail.unfiled(team["ola"]) == []
    assert subjects(client_deals.emails_of(team["ola"], contact_id=team["anna"])) == [("in", "Od Anny")]
