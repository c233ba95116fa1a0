"""The one handler for everything that is not an ``EtapError``: nothing fails silently.

``install`` (called once by app.run_gui) sends Python's unhandled exceptions (``sys.excepthook``, which PySide6
calls for an exception escaping a slot or a virtual method, and ``threading.excepthook``) and Qt's own critical
messages to a rotating log file in the data folder, and shows the user a message in their language with the
details behind "Copy details". A worker thread's exception is shown on the GUI thread.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import EtapError
from desktop.ui.errors import error_text

LOG_NAME = "etap.log"
LOG_BYTES = 1_000_000
LOG_FILES = 5
log = logging.getLogger("etap")


class _Relay(QObject):
    """Carries a report from any thread to the GUI thread (a queued signal)."""

    report = Signal(str)


class CrashHandler:
    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self.relay = _Relay()
        self.relay.report.connect(self._show)
        self.showing = False
        self.previous = None

    def handle(self, exc_type, exc, tb) -> None:
        """``sys.excepthook``: log it, then tell the user (an EtapError that escaped is shown as itself)."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if isinstance(exc, EtapError):
            details = error_text(exc) + "\n\n" + details
        self.relay.report.emit(details)  # direct on the GUI thread, queued from another one

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def qt_message(self, kind: QtMsgType, context, message: str) -> None:
        where = f"{context.file}:{context.line}" if context is not None and context.file else ""
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
        }.get(kind, logging.ERROR)
        log.log(level, "Qt: %s %s", message, where)
        if self.previous is not None:
            self.previous(kind, context, message)
        elif level >= logging.WARNING:
            print(message, file=sys.stderr)

    def _show(self, details: str) -> None:
        from desktop.ui.dialogs import dialogs

        if self.showing:  # an error while the box is open: logged, not stacked
            return
        self.showing = True
        try:
            dialogs.unexpected(QApplication.activeWindow(), details, self.log_path)
        except Exception:  # the handler must never raise; the log has the details
            log.exception("could not show the error message")
        finally:
            self.showing = False


def setup_log(folder: Path) -> Path | None:
    """A rotating ``etap.log`` in ``folder`` (five files of 1 MB); None when the folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


def install(folder: Path) -> CrashHandler:
    """Route every unexpected error to the log file and the user; returns the handler (for ``uninstall``)."""
    handler = CrashHandler(setup_log(folder))
    sys.excepthook = handler.handle
    threading.excepthook = handler.handle_thread
    handler.previous = qInstallMessageHandler(handler.qt_message)
    return handler


def uninstall(handler: CrashHandler) -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    qInstallMessageHandler(handler.previous)
    for h in list(logging.getLogger().handlers):
        if (
            isinstance(h, logging.handlers.RotatingFileHandler)
            and handler.log_path
            and (Path(h.baseFilename) == handler.log_path)
        ):
            logging.getLogger().removeHandler(h)
            h.close()
