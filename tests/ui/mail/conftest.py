"""Mail fixtures for the ui tests (SQLite only)."""

import pytest

from tests.support.mail_fixtures import mail_setup, memory_keyring, smtp_server  # noqa: F401


@pytest.fixture
def mail_actor(admin_actor):
    return admin_actor


from tests.support.imap_fixtures import imap_setup  # noqa: E402, F401
