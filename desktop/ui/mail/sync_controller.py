"""Received mail in the background: one ``mail_sync.sync`` pass runs on its own worker thread
(``desktop.ui.background.Worker``), never two at once — every few minutes (the IMAP settings' interval) and,
where the server supports IMAP IDLE, within seconds of new mail arriving: a second worker keeps a connection
waiting in IDLE (``mail_sync.watch``) and asks for a pass when the server announces new mail. When the server
has no IDLE, or the connection drops, the interval's polling goes on alone (a dropped watcher is started again
at the next poll). The deals that got mail are announced as changed so an open deal sheet shows it.

``start()`` when the window is up, ``stop()`` on close (it ends both threads); ``restart()`` after the
settings changed. Nothing runs while no IMAP account is set up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.changes import Changes
from desktop.services.mail import imap_settings
from desktop.ui import ops
from desktop.ui.background import Worker


class MailSyncController(QObject):
    synced = Signal(object)  # the SyncReport of a finished pass (its ``error`` set when it failed)
    idling = Signal()  # the IDLE connection is listening: new mail from now on is fetched at once
    idle_ended = Signal(str)  # why the IDLE watcher stopped: cancelled / unsupported / lost

    def __init__(self, parent: QObject | None = None, by: str = "") -> None:
        super().__init__(parent)
        self.by = by  # whom the passes run for, in the status every copy sees
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._poll)
        self.worker: Worker | None = None
        self.idle_worker: Worker | None = None
        self.running = False
        self.again = False  # new mail was announced while a pass ran: run one more
        self.idle_supported = True  # until the server says otherwise
        self.watching = False
        self.last_report = None  # the SyncReport of the last pass

    def start(self) -> bool:
        """Sync now, then on new mail (IDLE) and every interval; False (nothing scheduled) without an account."""
        settings = imap_settings.load()
        if not settings.configured:
            return False
        self.timer.start(settings.interval_minutes * 60_000)
        self.idle_supported = True
        self.sync_now()
        self._watch()
        return True

    def restart(self) -> bool:
        self.timer.stop()
        self._stop_watching()
        return self.start()

    def sync_now(self) -> None:
        if self.running:
            self.again = True
            return
        if self.worker is None:
            self.worker = Worker(self, "mail-sync")
        self.running = True
        self.again = False
        from desktop.services.mail import mail_sync  # (with IMAP, parsing and filing) first needed here

        self.worker.submit(mail_sync.sync, with_progress=True, on_done=self._done, on_error=self._failed, by=self.by)

    def _poll(self) -> None:
        self.sync_now()
        self._watch()  # a watcher whose connection dropped starts again

    def _watch(self) -> None:
        if self.watching or not self.idle_supported:
            return
        if self.idle_worker is None:
            self.idle_worker = Worker(self, "mail-idle")
            self.idle_worker.progress.connect(self._idle_news)
        self.watching = True
        from desktop.services.mail import mail_sync

        self.idle_worker.submit(mail_sync.watch, with_progress=True, on_done=self._watch_ended)

    def _idle_news(self, done: int, total: int) -> None:
        if done:
            self.sync_now()
        else:
            self.idling.emit()

    def _watch_ended(self, reason: str) -> None:
        self.watching = False
        if reason == "unsupported":
            self.idle_supported = False  # the interval's polling alone
        self.idle_ended.emit(reason)

    def _done(self, report) -> None:
        self.running = False
        self.last_report = report
        if report.deals:
            ops.announce(Changes.of(report.deals))
        self.synced.emit(report)
        if self.again and self.worker is not None:
            self.sync_now()

    def _failed(self, error: Exception) -> None:
        self.running = False
        raise error  # a bug, not a server problem (those come back in the report)

    def wait_idle(self) -> None:
        if self.worker is not None:
            self.worker.wait_idle()

    def _stop_watching(self) -> None:
        if self.idle_worker is not None:
            self.idle_worker.close()  # the watcher sees cancelled() within mail_sync.IDLE_TICK and logs out
            self.idle_worker = None
        self.watching = False

    def stop(self) -> None:
        self.timer.stop()
        self._stop_watching()
        if self.worker is not None:
            self.worker.close()
            self.worker = None
        self.running = False
