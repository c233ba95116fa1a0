"""Fixtures for the mail services: a real SMTP server and an in-memory keyring (no real secrets)."""

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
def mail_setup(admin, memory_keyring, smtp_server):
    """Mail settings pointing at the test server, saved by the admin, password in the memory keyring."""
    from desktop.services import mail_settings

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
    return mail_settings.save(admin, settings, PASSWORD)
