"""The trigger clock: a QTimer wakes a cheap check every minute (and on start); firing runs on a worker thread.

The check on the GUI thread is one probe of the ``next_due_at`` index; only when something is due does the
clock's background worker (``desktop.ui.background``) run the pass on its own connection, so a large
first-run backlog or e-mail actions never freeze the window. What the pass changed reaches the views through
the op helper's hub.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.errors import EtapError
from desktop.domain.timeutil import utcnow
from desktop.services.triggers import schedule
from desktop.ui.background import Worker


class TriggerClock(QObject):
    fired = Signal(object)  # PassReport
    failed = Signal(str)

    def __init__(self, parent=None, now_fn=utcnow, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.now_fn = now_fn
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.worker: Worker | None = None
        self.running = False

    def start(self) -> None:
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        """Stop the timer and join the worker (a running pass stops after the chunk it is in: one transaction)."""
        self.timer.stop()
        if self.worker is not None:
            self.worker.close()
            self.worker = None
        self.running = False

    def is_due(self) -> bool:
        now = self.now_fn()
        try:
            first = schedule.next_due(now)
        except EtapError:
            return False
        return first is not None and first <= now

    def tick(self) -> bool:
        """Wake-up: start a pass when something is due; True when one was started."""
        if self.running or not self.is_due():
            return False
        from desktop.services.triggers import firing  # (with the e-mail actions behind it) first needed here

        if self.worker is None:
            self.worker = Worker(self, "trigger-clock")
        self.running = True
        # with its cancel: closing the window stops a long backlog between two chunks (each one transaction)
        self.worker.submit(firing.run_due, self.now_fn(), on_done=self._done, on_error=self._failed, with_progress=True)
        return True

    def _done(self, report) -> None:
        self.running = False
        self.fired.emit(report)

    def _failed(self, err: Exception) -> None:
        self.running = False
        self.failed.emit(str(err))
