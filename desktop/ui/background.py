"""The one background-work helper: a worker thread owned by a widget or object, jobs run one at a time.

``Worker(owner)`` starts one QThread. ``submit(job, ...)`` runs ``job`` there through
``services.threads.in_worker`` (its own database connection, closed after each job, and what it changed
recorded); the result or the exception comes back on the GUI thread to ``on_done`` / ``on_error``, and the
job's ``Changes`` are announced through the op helper's hub, so the views refresh what it touched. A job that
takes ``progress`` and ``cancelled`` keyword arguments gets them (``with_progress=True``).

``Worker(owner, keep_connection=True)`` keeps its thread's connection open from one job to the next
(``services.threads.in_kept_worker``: the app's page cache stays warm, no connection is opened per job) and
closes it when the worker closes: for a view that reads the database again and again while it is open.

``close()`` cancels what is pending, asks a running job to stop (``cancelled()`` turns true) and joins the
thread; owners call it from ``closeEvent``, and the test suite fails any test that leaves a worker running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QMetaObject, QObject, Qt, QThread, Signal, Slot

from desktop.services.mail.threads import close_connection, in_kept_worker, in_worker
from desktop.ui import ops

_live: set[Worker] = set()  # strong: a QThread must never be destroyed while it runs


def running_workers() -> list[Worker]:
    """Workers whose thread is still running (the test suite checks this after every test)."""
    return [w for w in list(_live) if w.is_running()]


class _Thread(QThread):
    """A QThread whose event loop runs inside a Python call, so the thread keeps one Python thread state while
    it lives: its thread-locals (peewee's connection) last from one job to the next instead of going with the
    state Python would make and drop around each job."""

    def run(self) -> None:
        self.exec()


class _Runner(QObject):
    finished = Signal(int, object, object, object)  # token, result, error, changes
    progress = Signal(int, int)

    def __init__(self, cancel: threading.Event, keep_connection: bool = False) -> None:
        super().__init__()
        self.cancel = cancel
        self.call = in_kept_worker if keep_connection else in_worker

    @Slot(int, object)
    def run(self, token: int, call: tuple) -> None:
        job, args, kwargs, with_progress = call
        if with_progress:
            kwargs = {**kwargs, "progress": self.progress.emit, "cancelled": self.cancel.is_set}
        try:
            result, changes = self.call(job, *args, **kwargs)
        except Exception as exc:  # handed to the GUI thread: a worker must never swallow an error
            self.finished.emit(token, None, exc, None)
            return
        self.finished.emit(token, result, None, changes)

    @Slot()
    def close_connection(self) -> None:
        close_connection()


class Worker(QObject):
    """One worker thread for ``owner``; see the module docstring."""

    progress = Signal(int, int)
    idle = Signal()
    _start_job = Signal(int, object)

    def __init__(self, owner: QObject | None = None, name: str = "etap-worker", keep_connection: bool = False) -> None:
        super().__init__(owner)
        self.setObjectName(name)
        self._cancel = threading.Event()
        self._thread = _Thread()
        self._thread.setObjectName(name)
        self._keep_connection = keep_connection
        self._runner = _Runner(self._cancel, keep_connection)
        self._runner.moveToThread(self._thread)
        self._start_job.connect(self._runner.run)
        self._runner.finished.connect(self._finished)
        self._runner.progress.connect(self.progress)
        self._handlers: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._token = 0
        self._closed = False
        self._thread.start()
        _live.add(self)

    @property
    def busy(self) -> bool:
        return bool(self._handlers)

    def is_running(self) -> bool:
        return not self._closed and self._thread.isRunning()

    def submit(
        self,
        job: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> int:
        if self._closed:
            return 0  # the owner is closing: nothing runs any more
        self._token += 1
        self._cancel.clear()
        self._handlers[self._token] = (on_done, on_error)
        self._start_job.emit(self._token, (job, args, kwargs, with_progress))
        return self._token

    def cancel(self) -> None:
        """Ask the running job to stop at its next check; its result still arrives."""
        self._cancel.set()

    def wait_idle(self) -> None:
        """Block (running the event loop) until every submitted job has reported (tests, shutdown)."""
        if not self._handlers or self._closed:
            return
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)

    def close(self) -> None:
        """Cancel, finish the running job, stop and join the thread. Pending results are dropped."""
        if self._closed:
            return
        self._closed = True
        self._cancel.set()
        self._handlers.clear()
        if self._keep_connection:  # closed on its own thread, after the running job
            QMetaObject.invokeMethod(self._runner, "close_connection", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait()
        _live.discard(self)

    @Slot(int, object, object, object)
    def _finished(self, token: int, result: object, error: object, changes: object) -> None:
        handlers = self._handlers.pop(token, None)
        if handlers is not None:
            on_done, on_error = handlers
            if changes is not None:
                ops.announce(changes)
            if error is not None:
                if on_error is None:
                    raise error  # an unhandled background error is a bug: let it surface
                on_error(error)
            elif on_done is not None:
                on_done(result)
        if not self._handlers:
            self.idle.emit()
