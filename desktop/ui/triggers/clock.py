"""The trigger clock: a QTimer wakes a cheap check every minute (and on start); firing runs on a pool thread.

The check on the GUI thread is one probe of the ``next_due_at`` index; only when something is due does a
worker thread run the pass (with its own connection), so a large first-run backlog or e-mail actions never
freeze the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.domain.errors import EtapError
from desktop.domain.timeutil import utcnow
from desktop.services import triggers


class _Signals(QObject):
    done = Signal(object)


class _PassJob(QRunnable):
    def __init__(self, now) -> None:
        super().__init__()
        self.now = now
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = triggers.run_due_in_thread(self.now)
        except Exception as exc:  # reported by the clock; a pool thread must not swallow it
            result = exc
        self.signals.done.emit(result)


class TriggerClock(QObject):
    fired = Signal(object)  # PassReport
    failed = Signal(str)

    def __init__(self, parent=None, now_fn=utcnow, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.now_fn = now_fn
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running = False

    def start(self) -> None:
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.pool.waitForDone()

    def is_due(self) -> bool:
        now = self.now_fn()
        try:
            first = triggers.next_due(now)
        except EtapError:
            return False
        return first is not None and first <= now

    def tick(self) -> bool:
        """Wake-up: start a pass when something is due; True when one was started."""
        if self.running or not self.is_due():
            return False
        self.running = True
        job = _PassJob(self.now_fn())
        job.signals.done.connect(self._done)
        self.pool.start(job)
        return True

    def _done(self, result) -> None:
        self.running = False
        if isinstance(result, Exception):
            self.failed.emit(str(result))
        else:
            self.fired.emit(result)
