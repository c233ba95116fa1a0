"""Sending the outbox off the GUI thread: a QThread runs ``outbox.send_pending_in_thread`` (which opens its
own database connection), reports progress through signals and stops between messages when cancelled.

``Background`` is the small generic variant used for one-off calls (the settings dialog's test message).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.services import outbox


class _Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the function's result, or the exception it raised

    def __init__(self, func: Callable[..., object], with_progress: bool) -> None:
        super().__init__()
        self._func = func
        self._with_progress = with_progress
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._func(progress=self.progress.emit, cancelled=self.cancel_event.is_set)
            else:
                result = self._func()
        except Exception as exc:  # handed to the GUI thread, which shows it
            result = exc
        self.finished.emit(result)


class Background(QObject):
    """Runs ``func`` on its own QThread; ``done`` carries the result (or the exception) to the GUI thread."""

    progress = Signal(int, int)
    done = Signal(object)

    def __init__(self, func: Callable[..., object], parent: QObject | None = None, with_progress: bool = False):
        super().__init__(parent)
        self._thread = QThread(self)
        self._job = _Job(func, with_progress)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.progress.connect(self.progress)
        self._job.finished.connect(self._finished)
        self.result: object = None
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        self._job.cancel_event.set()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _finished(self, result: object) -> None:
        self.result = result
        self._thread.quit()
        self._thread.wait()
        self.running = False
        self.done.emit(result)


def send_in_background(ids: list[int] | None, parent: QObject | None = None) -> Background:
    """Start sending the given outbox messages (None: everything due); returns the running job."""
    job = Background(lambda **kw: outbox.send_pending_in_thread(ids=ids, **kw), parent, with_progress=True)
    job.start()
    return job
