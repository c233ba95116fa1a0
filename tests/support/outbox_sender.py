"""A sender process for the outbox kill test: sends what is due from the database at DB through the saved mail
settings (the password comes from ETAP_TEST_SMTP_PASSWORD into an in-memory keyring), printing ``sent <id>``
after each recorded message, until nothing is due. The test kills it with SIGKILL at chosen moments.

    python -m tests.support.outbox_sender DB
"""

from __future__ import annotations

import os
import sys

import keyring

from desktop.services import wiring
from desktop.services.mail import outbox
from desktop.store import db as store_db
from tests.support.mail_fixtures import MemoryKeyring


def main(path: str) -> None:
    store_db.open_database(path)
    wiring.wire()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    from desktop.services.mail import mail_settings

    settings = mail_settings.load()
    backend.set_password(mail_settings.KEYRING_SERVICE, settings.keyring_user(), os.environ["ETAP_TEST_SMTP_PASSWORD"])
    while True:
        report = outbox.send_pending(progress=lambda done, total: None)
        for mid in report.sent:
            print(f"sent {mid}", flush=True)
        if not report.sent and not report.requeued:
            break
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
