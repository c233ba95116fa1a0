"""Command line: ``etap`` (the window), ``etap demo`` (sample data), ``etap worker`` (headless trigger checks),
``etap import`` (a file into a database), ``etap report`` (one report as CSV, XLSX or JSON),
``etap backup`` (a verified copy), ``etap users …`` (user administration), ``etap mail sync`` (received
e-mail over IMAP), ``etap --version``,
``etap --self-test``."""

from __future__ import annotations

import argparse
import gc
import sys

from desktop import __version__


def _window_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``etap`` itself (the window), before any command."""
    parser.add_argument("--version", action="version", version=f"etap {__version__}")
    parser.add_argument("--db", help="database file, or a postgresql://user@host/db URL (default: your data folder)")
    parser.add_argument("--lang", choices=("pl", "en", "ro"), help="user interface language (default: system)")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with sample data first")
    parser.add_argument("--demo-deals", type=int, default=5000, help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    # with --exit-after-paint: stay idle a few seconds (or MS) after the first paint, print the resident memory, exit
    parser.add_argument("--idle-rss", nargs="?", type=int, const=3000, metavar="MS", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation without a screen; exit 0 if it works"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="etap", description="Etap — a desktop sales-pipeline CRM.")
    _window_options(parser)
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill a database with realistic Polish sample data")
    demo.add_argument("--db", required=True, help="database file or postgresql:// URL")
    demo.add_argument("--deals", type=int, default=10_000)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--append", action="store_true", help="add sample deals to a database that already has deals")
    worker = sub.add_parser("worker", help="run trigger checks and task reminders headless (for teams)")
    worker.add_argument("--db", required=True, help="database file or postgresql:// URL")
    worker.add_argument("--once", action="store_true", help="run one pass and exit")
    worker.add_argument("--interval", type=int, default=60, help="seconds between passes (default 60)")
    imp = sub.add_parser("import", help="import deals, contacts or companies from CSV, XLSX or vCard")
    imp.add_argument("file", help="the file to import (.csv, .tsv, .txt, .xlsx, .vcf)")
    imp.add_argument("--db", required=True, help="database file or postgresql:// URL")
    imp.add_argument("--kind", choices=("deals", "contacts", "companies", "users", "products"))
    imp.add_argument("--process", help="the process deals go to (created from the file's stages if missing)")
    imp.add_argument("--mapping", default="auto", help="auto (default) or a mapping saved as JSON")
    imp.add_argument("--dry-run", action="store_true", help="check and count everything, save nothing")
    imp.add_argument("--report", help="write every row with a problem to this CSV or XLSX file")
    imp.add_argument("--encoding", help="the file's encoding (default: detected)")
    imp.add_argument("--delimiter", help="the CSV delimiter (default: detected)")
    imp.add_argument("--sheet", help="the XLSX sheet (default: the first)")
    imp.add_argument("--user", help="import as this user (default: the first administrator)")
    backup = sub.add_parser("backup", help="write a verified copy of a database (SQLite file, or pg_dump of a server)")
    backup.add_argument("--db", required=True, help="database file or postgresql:// URL")
    backup.add_argument("--out", required=True, help="the copy to write (a .db file, or a pg_dump custom archive)")
    from desktop import cli_mail, cli_report

    cli_report.add_parser(sub)
    cli_mail.add_parser(sub)
    from desktop import users_cli

    users_cli.add_parser(sub)
    return parser


class _NotTheWindowAlone(Exception):
    """The command line is more than the window's options: the full parser reads it."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise _NotTheWindowAlone(message)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """What ``build_parser().parse_args(argv)`` returns, without building the commands' parsers when ``argv``
    holds only the window's options (a start of the window: building them all was 1.7 % of its instructions).
    Anything else (a command, ``--help``, a mistake) goes to the full parser, which answers as it always did."""
    window = _WindowParser(prog="etap", add_help=False, exit_on_error=False)
    _window_options(window)
    try:
        args, rest = window.parse_known_args(argv)
    except (_NotTheWindowAlone, argparse.ArgumentError):
        rest = True
    if rest:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    # Python's cyclic garbage collector is paused while a window starts: the start creates tens of thousands of
    # objects that all stay (modules, classes, Qt's enums, widgets), and the collector walked them some ninety
    # times before the first paint to free about a thousand (2.5 % of the start's instructions). A command
    # other than the window gets it back at once; the window when it has painted (desktop.app._run_window).
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    args = parse_args(argv)
    if args.command is not None or args.self_test:
        gc.enable()
    if args.command == "users":  # no Qt needed: keep the administration command light
        from desktop import users_cli

        return users_cli.run(args)
    from desktop import app

    if args.self_test:
        from desktop import selftest

        return selftest.run()
    if args.command == "demo":
        if args.deals < 0:
            print("--deals must be 0 or more", file=sys.stderr)
            return 2
        return app.run_demo(args)
    if args.command == "import":
        return app.run_import(args)
    if args.command == "worker":
        return app.run_worker(args)
    if args.command == "backup":
        return app.run_backup(args)
    if args.command == "report":
        from desktop import cli_report

        return cli_report.run(args)
    if args.command == "mail":
        from desktop import cli_mail

        return cli_mail.run(args)
    if app.display_missing():  # offscreen only when QT_QPA_PLATFORM asks for it, never silently
        print(app.NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    return app.run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
