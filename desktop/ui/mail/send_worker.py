"""Sending the outbox off the GUI thread, through the background helper (``desktop.ui.background``): the
sender reports progress and stops between messages when cancelled.

``Background`` wraps one job on its own ``Worker`` for the mail screens (and the settings dialog's test
message): ``done`` carries the result, or the exception, to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.services.mail import outbox
from desktop.ui.background import Worker


class Background(QObject):
    """Runs ``func`` on its own worker thread; ``done`` carries the result (or the exception) to the GUI thread."""

    progress = Signal(int, int)
    done = Signal(object)

    def __init__(self, func: Callable[..., object], parent: QObject | None = None, with_progress: bool = False):
        super().__init__(parent)
        self._func = func
        self._with_progress = with_progress
        self._worker: Worker | None = None
        self.result: object = None
        self.running = False

    def start(self) -> None:
        self.running = True
        self._worker = Worker(self, "mail-sender")
        self._worker.progress.connect(self.progress)
        self._worker.submit(
            self._func, with_progress=self._with_progress, on_done=self._finished, on_error=self._finished
        )

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        """Join the thread (after ``cancel`` the sender stops after the current message)."""
        if self._worker is not None:
            self._worker.close()
            self._worker = None
        self.running = False

    def _finished(self, result: object) -> None:
        self.result = result
        self.wait()
        self.done.emit(result)


def send_in_background(ids: list[int] | None, parent: QObject | None = None) -> Background:
    """Start sending the given outbox messages (None: everything due); returns the running job."""
    job = Background(lambda **kw: outbox.send_pending(ids=ids, **kw), parent, with_progress=True)
    job.start()
    return job
