"""``etap report NAME --db TARGET ...``: one report without a window, for a manager's scheduled job.

Writes CSV, XLSX or JSON to ``--out`` (JSON and CSV go to standard output without it). The report is run as
``--as USERNAME`` (default: the first administrator), with that user's visibility. Exit 0 on success, 2 on a
bad argument, with the reason on standard error.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

# the services' report names (a test keeps them equal); listed here so building the parser imports nothing
NAMES = ("pipeline", "won-lost", "conversion", "forecast", "cycle", "activity")


def add_parser(sub) -> None:
    report = sub.add_parser("report", help="write one report (CSV, XLSX or JSON) without opening a window")
    report.add_argument("name", choices=NAMES)
    report.add_argument("--db", required=True, help="database file or postgresql:// URL")
    report.add_argument("--process", help="process name (required by the conversion report)")
    report.add_argument("--from", dest="start", type=date.fromisoformat, help="period start, YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=date.fromisoformat, help="period end, YYYY-MM-DD (inclusive)")
    report.add_argument("--owner", action="append", default=[], help="owner's user name or display name (repeat)")
    report.add_argument("--source", action="append", default=[], help="deal source (repeat)")
    report.add_argument(
        "--by", default="", help="grouping: pipeline stage|owner|source|product; won-lost month|owner|reason"
    )
    report.add_argument("--as", dest="user", help="run as this user name (default: the first administrator)")
    report.add_argument("--format", choices=("csv", "xlsx", "json"), required=True)
    report.add_argument("--out", type=Path, help="output file (required for xlsx)")


class _Refused(Exception):
    pass


def _actor(username: str | None):
    from desktop.services.admin import users

    people = users.list_users(active_only=True)
    if username:
        match = [u for u in people if u.username.lower() == username.lower()]
        if not match:
            raise _Refused(f"no active user named {username!r}")
        return users.actor_for(match[0].id)
    admins = sorted((u for u in people if u.role == "admin"), key=lambda u: u.id)
    if not admins:
        raise _Refused("the database has no administrator; pass --as USERNAME")
    return users.actor_for(admins[0].id)


def _filters(args):
    from desktop.services.admin import users
    from desktop.services.processes import processes
    from desktop.services.reports import Filters

    process_id = None
    if args.process:
        found = [p for p in processes.list_processes() if p.name.lower() == args.process.lower()]
        if not found:
            names = ", ".join(p.name for p in processes.list_processes())
            raise _Refused(f"no process named {args.process!r} (there are: {names})")
        process_id = found[0].id
    owners = []
    people = users.list_users(active_only=False)
    for name in args.owner:
        match = [u.id for u in people if name.lower() in (u.username.lower(), u.display_name.lower())]
        if not match:
            raise _Refused(f"no user named {name!r}")
        owners.append(match[0])
    return Filters(process_id, args.start, args.end, tuple(owners), tuple(args.source), args.by)


def run(args) -> int:
    from desktop.domain.errors import EtapError
    from desktop.services import reports
    from desktop.services.reports import table
    from desktop.store import db as store_db

    if args.format == "xlsx" and args.out is None:
        print("--format xlsx needs --out FILE", file=sys.stderr)
        return 2
    store_db.open_database(args.db)
    try:
        result = reports.run(args.name, _actor(args.user), _filters(args))
        if args.format == "json":
            text = table.as_json(result)
            if args.out:
                args.out.write_text(text + "\n", encoding="utf-8")
            else:
                print(text)
        elif args.out:
            table.write(result, args.out, kind=args.format)
        else:
            table.write_csv_stream(result, sys.stdout)
        return 0
    except BrokenPipeError:  # the reader (e.g. ``| head``) stopped early; that is not our failure
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return 0
    except _Refused as exc:
        print(f"etap report: {exc}", file=sys.stderr)
        return 2
    except EtapError as exc:
        print(f"etap report: {exc.english()}", file=sys.stderr)
        return 2
    finally:
        store_db.close_database()
