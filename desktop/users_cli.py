"""``etap users add|passwd|list|disable|enable --db URL``: user administration without a window (for the
person who sets up a team server). The command line acts as an administrator; passwords are asked twice
on a terminal, or read as one line from standard input with ``--password-stdin`` (for scripts)."""

from __future__ import annotations

import argparse
import sys

from desktop.domain.errors import EtapError
from desktop.domain.roles import Role


def add_parser(sub) -> None:
    users = sub.add_parser("users", help="add users, set passwords, list and disable users (team administration)")
    actions = users.add_subparsers(dest="action", required=True)

    def action(name: str, text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=text)
        parser.add_argument("--db", required=True, help="database file or postgresql:// URL")
        return parser

    add = action("add", "add a user (asks for the password twice)")
    add.add_argument("username")
    add.add_argument("--name", help="full name shown in the app (default: the user name)")
    add.add_argument("--email", default="")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.AGENT.value)
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    passwd = action("passwd", "set a user's password (asks twice)")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    listing = action("list", "list the users")
    listing.add_argument("--all", action="store_true", help="include deactivated users")
    disable = action("disable", "deactivate a user (their deals stay)")
    disable.add_argument("username")
    disable.add_argument("--reassign-to", metavar="USERNAME", help="hand the user's deals to this user")
    enable = action("enable", "reactivate a user")
    enable.add_argument("username")


def _password(args) -> tuple[str, str]:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        return line, line
    import getpass  # on use: the window's start builds this parser and needs none of it

    return getpass.getpass("Password: "), getpass.getpass("Repeat the password: ")


def run(args) -> int:
    from desktop.services import wiring
    from desktop.services.admin import users
    from desktop.store import db as store_db

    store_db.open_database(args.db)
    wiring.wire()  # handing deals over publishes events (history, live changes) like the app
    try:
        if args.action == "list":
            for u in users.list_users(active_only=not args.all):
                state = "active" if u.active else "disabled"
                login = "password set" if u.can_sign_in else "no password"
                print(f"{u.username:<24} {u.role:<8} {state:<9} {login:<13} {u.display_name} <{u.email}>")
            return 0
        if args.action == "add":
            password, repeat = _password(args)
            if password != repeat:
                print("The two passwords differ.", file=sys.stderr)
                return 1
            row = users.create_user(
                users.CONSOLE, args.username, args.name or args.username, args.role, args.email, password
            )
            print(f"added {row.username} ({row.role})")
            return 0
        user = users.find_user(args.username)
        if args.action == "passwd":
            password, repeat = _password(args)
            users.reset_password(users.CONSOLE, user.id, password, repeat)
            print(f"password set for {user.username}")
        elif args.action == "disable":
            target = users.find_user(args.reassign_to).id if args.reassign_to else None
            users.set_active(users.CONSOLE, user.id, user.version, False, reassign_to=target)
            print(f"disabled {user.username}")
        elif args.action == "enable":
            users.set_active(users.CONSOLE, user.id, user.version, True)
            print(f"enabled {user.username}")
        return 0
    except EtapError as err:
        print(err.english(), file=sys.stderr)
        return 1
    finally:
        store_db.close_database()
