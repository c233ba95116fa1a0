"""Mail fixtures for the service tests (on both database back ends)."""

import pytest

from tests.support.mail_fixtures import mail_setup, memory_keyring, smtp_server  # noqa: F401


@pytest.fixture
def mail_actor(admin):
    return admin


from tests.support.imap_fixtures import imap_setup  # noqa: E402, F401
