"""``etap mail sync --db TARGET``: fetch new mail from the IMAP account in the database's mail settings and
file it to deals, without a window (a scheduled job, or a team's server).

The password comes from the system keyring, or with ``--password-stdin`` from standard input (kept for this
run only; for servers without a keyring). ``--loop MINUTES`` keeps syncing every so many minutes. Exit 0 when
the sync worked (or another copy was syncing the mailbox at that moment: one copy syncs at a time), 1 when the
server could not be read or no password is known (the reason on standard error), 2 on a bad argument.
"""

from __future__ import annotations

import sys
import time


def add_parser(sub) -> None:
    mail = sub.add_parser("mail", help="received e-mail: fetch it over IMAP and file it to deals")
    actions = mail.add_subparsers(dest="mail_command", required=True)
    sync = actions.add_parser("sync", help="fetch new mail from INBOX and the Sent folder once (or every N minutes)")
    sync.add_argument("--db", required=True, help="database file or postgresql:// URL")
    sync.add_argument("--password-stdin", action="store_true", help="read the IMAP password from standard input")
    sync.add_argument("--loop", type=int, metavar="MINUTES", help="keep syncing every MINUTES minutes")


def _os_user() -> str:
    import getpass  # on use: the window's start builds this parser and needs none of it

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in this environment (a bare container)
        return "?"


def run(args) -> int:
    from desktop.app import open_store
    from desktop.domain.errors import EtapError
    from desktop.services.mail import imap_settings, mail_sync
    from desktop.store import db as store_db

    if args.loop is not None and args.loop < 1:
        print("--loop must be 1 minute or more", file=sys.stderr)
        return 2
    label = open_store(args.db)
    try:
        settings = imap_settings.load()
        if not settings.configured:
            print("the incoming mail server is not set up (Tools → Mail settings in Etap)", file=sys.stderr)
            return 2
        if args.password_stdin:
            imap_settings.set_password(settings, sys.stdin.readline().rstrip("\r\n"), session_only=True)
        by = f"etap mail sync ({_os_user()})"
        while True:
            report = mail_sync.sync(settings, by=by)
            if report.state == "no_password":
                detail = report.error.english() if report.error is not None else "no password is stored"
                print(f"etap mail sync on {label}: {detail} (keyring, or --password-stdin)", file=sys.stderr)
                return 1
            if report.state == "busy":
                print(f"etap mail sync on {label}: another copy is syncing the mailbox now; skipped", flush=True)
            elif report.error is not None:
                print(f"etap mail sync on {label}: {report.error.english()}", file=sys.stderr, flush=True)
                if args.loop is None:
                    return 1
            else:
                folders = ", ".join(f"{name} {count}" for name, count in report.folders.items())
                print(
                    f"etap mail sync on {label}: new {report.stored} ({folders}), filed {report.filed},"
                    f" receipts {report.receipts}, found sent {len(report.settled)}",
                    flush=True,
                )
            if args.loop is None:
                return 0
            time.sleep(args.loop * 60)
    except EtapError as err:
        print(f"etap mail sync: {err.english()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        store_db.close_database()
