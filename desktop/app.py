"""Composition root: opens the database, picks the user, builds the main window.

The only module besides ``__main__`` that knows every layer; the layers themselves never import upward.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.ui import pyside_hook  # noqa: F401  first after Qt: every module imported from here on is cheaper

# isort: split
from desktop.store import db as store_db

ORGANIZATION = "Etap"
APPLICATION = "Etap"


def resident_mb() -> float:
    """This process's resident memory in MB (Linux /proc; 0 where there is none)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def default_database_path() -> Path:
    """The file File → Move database… chose, else ``etap.db`` in the user's application data folder (never next
    to a read-only install)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    from desktop.ui.backups.folder import moved_database

    moved = moved_database()
    if moved is not None:
        return moved
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / "etap.db"


def data_folder() -> Path:
    """The per-user data folder (the default database and the log file live here)."""
    return default_database_path().parent


def open_store(target: str | None, before_migrating=None, migrate: bool = True):
    """Open (and, unless told not to, migrate) the database; returns a label for the status bar."""
    from desktop.services import wiring

    target = target or str(default_database_path())
    store_db.open_database(target, migrate=migrate, before_migrating=before_migrating)
    wiring.wire()
    return target if not store_db.is_url(target) else target.split("@")[-1]


def _back_up_before_upgrade() -> None:
    """An existing SQLite database gets a verified copy before a new version changes its schema."""
    from desktop.services.admin import backups
    from desktop.ui.backups.folder import backup_folder

    folder = backup_folder()
    if folder is not None:
        backups.back_up(folder)


def fill_demo(deals: int) -> bool:
    from desktop import demo
    from desktop.services.deals import deals as deal_service

    if deal_service.deal_count() == 0:
        demo.generate(deals)
        return True
    return False


RESTART = 3  # the file was replaced by its newest good backup after the window showed: start again on it


def run_gui(args) -> int:
    started = time.perf_counter()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    target = args.db or str(default_database_path())
    database_file = None if store_db.is_url(target) else Path(target)
    checked = _check_in_background(database_file)  # first: it runs while Etap loads and the window paints
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.ui.i18n import install_translators

    install_translators(app, args.lang or QSettings().value("ui/language") or None)
    from desktop.ui import crash

    crash.install(data_folder())
    from desktop.ui.main_window import MainWindow  # noqa: F401  most of Etap loads here, while the file is checked

    code = _run_window(app, args, target, database_file, checked, started)
    while code == RESTART:
        code = _run_window(app, args, target, database_file, _check_in_background(database_file), started=None)
    return code


def _run_window(app, args, target: str, database_file: Path | None, checked, started: float | None) -> int:
    """Open the database, show the main window and run until it closes; returns the exit code."""
    from desktop.services.admin import users
    from desktop.ui.main_window import MainWindow

    opened = _open_checked(target, database_file, checked, quick=not args.demo)
    if opened is None:  # damaged: never opened for writing
        return 1
    label, checking = opened
    if args.demo:
        gc.enable()  # paused for the start (desktop.__main__): not for the sample data it may generate first
        fill_demo(args.demo_deals)

    if store_db.is_postgres():
        from desktop.ui.team.login import team_actor

        gc.enable()  # paused for the start (desktop.__main__): not while the user signs in
        actor = team_actor(label)
        if actor is None:
            return 1
    else:
        actor = users.local_admin()
    window = MainWindow(actor, label)

    def start_work() -> None:  # once the window is painted: its first paint does not wait for, or share the CPU with,
        window.resume_outbox()  # the outbox, received mail, reminders, triggers, live changes and backups
        window.start_mail_sync()
        window.start_background()

    def check_done() -> None:
        """The board shows read-only while the start check finishes (within its bound): then writes are allowed
        and the background work starts; a damaged file is closed, never written, and a backup is offered."""
        from desktop.ui.backups.startup import check_before_opening

        errors = checking()
        if not errors:
            store_db.set_read_only(False)
            start_work()
            return
        app.setQuitOnLastWindowClosed(False)  # the window goes; the exit code says what follows
        window.close()
        store_db.close_database()
        restored = check_before_opening(database_file, checked=lambda: errors)
        app.setQuitOnLastWindowClosed(True)
        app.exit(RESTART if restored else 1)

    window.first_painted.connect(lambda: QTimer.singleShot(0, gc.enable))  # paused for the start (desktop.__main__)
    # after any other slot of the first paint (the benchmarks' "painted" line comes first)
    window.first_painted.connect(lambda: QTimer.singleShot(0, start_work if checking is None else check_done))
    if database_file is not None:
        from desktop.ui.backups.startup import warn_about_location

        QTimer.singleShot(0, lambda: warn_about_location(database_file, window))
    if args.exit_after_paint:

        def painted() -> None:
            if started is not None:
                # the main thread's CPU time too: the benchmarks' start-up figure that a busy machine barely moves
                wall, cpu = 1000 * (time.perf_counter() - started), 1000 * time.thread_time()
                print(f"painted {wall:.1f} ms, main thread cpu {cpu:.1f} ms", flush=True)
            QTimer.singleShot(args.idle_rss or 0, idle)

        def idle() -> None:
            if args.idle_rss is not None:  # app.idle_rss_mb: after start-up's background work has settled
                print(f"idle_rss {resident_mb():.1f} MB", flush=True)
            window.close()

        window.first_painted.connect(painted)
    window.show()
    code = app.exec()
    store_db.close_database()
    window.deleteLater()
    return code


def _open_checked(target: str, database_file: Path | None, checked, quick: bool):
    """Open the database; returns (status-bar label, the start check still running or None), or None when the
    file must not be opened. A file that needs no upgrade and has its administrator opens read-only (``PRAGMA
    query_only``) while the check runs, so the board paints meanwhile; anything else waits for the check."""
    if database_file is None or checked is None:  # PostgreSQL, or a new file
        return open_store(target, before_migrating=_back_up_before_upgrade), None
    from desktop.services.admin import users
    from desktop.ui.backups.startup import check_before_opening, may_read_before_check

    if quick and may_read_before_check(database_file):
        label = open_store(target, migrate=False)
        store_db.set_read_only(True)
        if not store_db.upgrade_due(store_db.database.obj) and users.has_local_admin():
            return label, checked
        store_db.close_database()
    gc.enable()  # paused for the start (desktop.__main__): the check may ask the user about a damaged file
    if not check_before_opening(database_file, checked=checked):
        return None
    return open_store(target, before_migrating=_back_up_before_upgrade), None


def _check_in_background(database_file: Path | None) -> Callable[[], list[str] | None] | None:
    """Start the quick check of the database file on a thread (SQLite lets go of the GIL while it reads), so
    the up to 0.8 s it takes at a million deals passes while Etap's modules load; returns what waits for its
    result (``backups.quick_check``'s, or its exception), or None when there is no file to check."""
    if database_file is None or not database_file.exists():
        return None
    from desktop.services.admin import backups

    outcome: list = []  # [(True, errors)] or [(False, the exception)] once the check ended

    def check() -> None:
        try:
            _yield_to_the_window()
            outcome.append((True, backups.quick_check(database_file)))
        except BaseException as exc:  # handed to whoever waits for the result, as a future would
            outcome.append((False, exc))

    thread = threading.Thread(target=check, name="etap-start-check")
    thread.start()

    def result() -> list[str] | None:
        thread.join()
        done, value = outcome[0]
        if not done:
            raise value
        return value

    return result


def _yield_to_the_window() -> None:
    """Lower the calling thread's scheduling priority where the system allows one per thread (Linux): on a busy
    machine the start check then takes the CPU the window's first paint does not need, instead of half of it."""
    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


def run_demo(args) -> int:
    label = open_store(args.db)
    started = time.perf_counter()
    from desktop import demo
    from desktop.services.deals import deals

    existing = deals.deal_count()
    if existing and not getattr(args, "append", False):
        print(
            f"{label} already has {existing} deals; sample data was not added. Use --append to add it anyway, "
            "or give a new file with --db to start clean.",
            file=sys.stderr,
        )
        store_db.close_database()
        return 1

    result = demo.generate(args.deals, seed=args.seed, progress=lambda m: print(m, flush=True))
    print(f"{result['deals']} deals in {label} in {time.perf_counter() - started:.1f} s")
    store_db.close_database()
    return 0


def run_import(args) -> int:
    """``etap import``: as the named user, or the first administrator (created on an empty database)."""
    open_store(args.db)
    from desktop.services.admin import users
    from desktop.services.imports import cli

    try:
        if args.user:
            actor = users.actor_by_username(args.user)
            if actor is None:
                print(f"etap import: no user {args.user!r}", file=sys.stderr)
                return 2
        else:
            actor = users.local_admin()
        return cli.run(actor, args)
    finally:
        store_db.close_database()


def run_backup(args) -> int:
    """``etap backup --db TARGET --out FILE``: SQLite through the backup API (verified); PostgreSQL with pg_dump."""
    import shutil
    import subprocess

    out = Path(args.out)
    if store_db.is_url(args.db):
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            print("pg_dump is not installed (Debian/Ubuntu: postgresql-client); nothing was written", file=sys.stderr)
            return 2
        done = subprocess.run([pg_dump, "--format=custom", "--file", str(out), args.db], check=False)
        if done.returncode == 0:
            print(f"pg_dump archive written to {out} (restore with pg_restore --clean --dbname URL {out})")
        return done.returncode
    source = Path(args.db)
    if not source.exists():
        print(f"no database at {source}", file=sys.stderr)
        return 2
    from desktop.services.admin import backups

    try:
        backups.copy_database(source, out)
    except Exception as exc:
        print(f"backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"verified copy written to {out}")
    return 0


WORKER_BACKOFF = (0.5, 60.0)  # first and longest wait (seconds) while the database is locked or unreachable


def run_worker(args) -> int:
    """The same checks the window's timer runs, without a window: triggers and task reminders.

    A locked SQLite file (another copy holds the write lock past the busy timeout) or a lost PostgreSQL
    connection is contention, not a failure: the pass is retried with a growing pause and the worker keeps
    running (with ``--once`` it exits after the first pass that got through)."""
    from desktop.store import bulk

    label = _with_backoff(lambda: open_store(args.db))
    from desktop.domain.timeutil import utcnow
    from desktop.services.activities import tasks
    from desktop.services.triggers import firing

    print(f"etap worker on {label}", flush=True)

    def one_pass():
        now = utcnow()  # taken again on a retry: what is due is judged when the pass gets through
        return now, firing.run_due(now), tasks.send_reminders(now)

    try:
        while True:
            now, report, reminded = _with_backoff(one_pass, bulk)
            print(
                f"{now:%Y-%m-%d %H:%M:%S} UTC fired {report.fired} skipped {report.skipped} failed {report.failed}"
                f" reminders {len(reminded)}",
                flush=True,
            )
            if args.once:
                return 0
            if len(reminded) < tasks.REMINDER_PASS:  # a full pass may have left more due: the next one at once
                time.sleep(max(1, args.interval))
    except KeyboardInterrupt:
        return 0
    finally:
        store_db.close_database()


NO_DISPLAY_MESSAGE = (
    "Etap needs a graphical desktop, and this session has none (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Start it from a desktop session (on a remote machine: ssh -X, or a remote desktop), or set\n"
    "QT_QPA_PLATFORM=offscreen to run it without a visible window (tests only). Without a window, use\n"
    "'etap demo', 'etap import', 'etap report', 'etap users', 'etap mail sync', 'etap worker' or 'etap backup'.\n"
    "A Linux desktop needs the X11/xcb libraries Qt uses "
    "(Debian/Ubuntu: libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libegl1)."
)


def display_missing() -> bool:
    """True on Linux with no display and no platform asked for: the window would be invisible."""
    return (
        sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def _with_backoff(call, bulk=None):
    """``call()`` until it gets through the database's contention errors, pausing longer each time."""
    if bulk is None:
        from desktop.store import bulk
    delay = WORKER_BACKOFF[0]
    while True:
        try:
            return call()
        except bulk.CONTENTION_ERRORS as exc:
            print(f"database busy or unreachable ({exc}); retrying in {delay:g} s", flush=True)
            if store_db.database.obj is not None and not store_db.database.in_transaction():
                store_db.database.close()  # a fresh connection next time (PostgreSQL may have dropped this one)
            time.sleep(delay)
            delay = min(delay * 2, WORKER_BACKOFF[1])


def ensure_offscreen_if_headless() -> None:
    """With no display (CI, a server), fall back to the offscreen platform instead of aborting."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
