"""Received mail in the background: every few minutes (the IMAP settings' interval) one ``mail_sync.sync`` pass
runs on its own worker thread (``desktop.ui.background.Worker``), never two at once; the deals that got mail are
announced as changed so an open deal sheet shows it. ``start()`` when the window is up, ``stop()`` on close;
``restart()`` after the settings changed. Nothing runs while no IMAP account is set up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services import imap_settings, mail_sync
from desktop.services.changes import Changes
from desktop.ui import ops
from desktop.ui.background import Worker


class MailSyncController(QObject):
    synced = Signal(object)  # the SyncReport of a finished pass (its ``error`` set when it failed)

    def __init__(self, parent: QObject | None = None, by: str = "") -> None:
        super().__init__(parent)
        self.by = by  # whom the passes run for, in the status every copy sees
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.worker: Worker | None = None
        self.running = False
        self.last_report: mail_sync.SyncReport | None = None

    def start(self) -> bool:
        """Sync now and then every interval; False (and nothing scheduled) when no account is set up."""
        settings = imap_settings.load()
        if not settings.configured:
            return False
        self.timer.start(settings.interval_minutes * 60_000)
        self.sync_now()
        return True

    def restart(self) -> bool:
        self.timer.stop()
        return self.start()

    def sync_now(self) -> None:
        if self.running:
            return
        if self.worker is None:
            self.worker = Worker(self, "mail-sync")
        self.running = True
        self.worker.submit(mail_sync.sync, with_progress=True, on_done=self._done, on_error=self._failed, by=self.by)

    def _done(self, report: mail_sync.SyncReport) -> None:
        self.running = False
        self.last_report = report
        if report.deals:
            ops.announce(Changes.of(report.deals))
        self.synced.emit(report)

    def _failed(self, error: Exception) -> None:
        self.running = False
        raise error  # a bug, not a server problem (those come back in the report)

    def wait_idle(self) -> None:
        if self.worker is not None:
            self.worker.wait_idle()

    def stop(self) -> None:
        self.timer.stop()
        if self.worker is not None:
            self.worker.close()
            self.worker = None
        self.running = False
