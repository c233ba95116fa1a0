"""Mail test fixtures shared by tests/services and tests/ui: a real SMTP server (tests/support/smtp.py),
an in-memory keyring (no real secrets touched) and saved mail settings pointing at the server.

Imported by the conftest files that need them; ``mail_setup`` needs an ``mail_actor`` fixture there."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.support.smtp import PASSWORD, USER, SmtpServer


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    # read the private slot, not get_keyring(): that would initialise the real system backend
    previous = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous


@pytest.fixture
def smtp_server(tmp_path):
    server = SmtpServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail_setup(mail_actor, memory_keyring, smtp_server):
    """Mail settings pointing at the test server, saved by the admin, password in the memory keyring."""
    from desktop.services.mail import mail_settings

    settings = mail_settings.MailSettings(
        host="127.0.0.1",
        port=smtp_server.port,
        security="starttls",
        username=USER,
        sender_addr="biuro@etap.example",
        sender_name="Biuro Etap",
        ca_file=str(smtp_server.ca_file),
        timeout=10,
    )
    return mail_settings.save(mail_actor, settings, PASSWORD)


def make_deals(actor, people, now=None):
    """A process with one deal per (first name, e-mail[, marketing consent]) person, each with its contact and
    company; consent defaults to yes."""
    from datetime import datetime

    from desktop.services.deals import deals
    from desktop.services.processes import processes
    from desktop.store.models import Company, Contact

    now = now or datetime(2026, 5, 4, 9, 30)
    process = processes.create_process(actor, "Sprzedaż", "default")
    ids = []
    for i, (first, email, *consent) in enumerate(people):
        company = Company.create(name=f"Firma {i} & Syn")
        contact = Contact.create(
            first_name=first,
            last_name="Nowak",
            email=email,
            company=company,
            created_at=now,
            marketing_consent=consent[0] if consent else True,
        )
        deal = deals.create_deal(
            actor, process.id, f"Okna {i}", contact_id=contact.id, company_id=company.id, value="1234,5", now=now
        )
        ids.append(deal.id)
    return ids
