"""Other copies' changes, arriving while the window is open (SPEC F12).

PostgreSQL: a listening connection of its own (``services.live.Listener``) whose socket a
``QSocketNotifier`` watches on the GUI thread, so a NOTIFY wakes the window at once and nothing polls for
changes. A lost connection shows in the status bar and is retried with growing pauses (0.5 s … 30 s); once
back, a full refresh catches up with whatever was missed. SQLite shared by several copies: a timer compares
``PRAGMA data_version`` (cheap, in memory) and asks for a full refresh when another copy committed.

``changed`` carries the summary dict (``{"full": True}`` for "reload everything"); bursts are merged over a
few milliseconds so a bulk move repaints once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from desktop.domain.errors import EtapError
from desktop.services import live

MERGE_MS = 10
HEALTH_MS = 15_000
FIRST_RETRY_MS = 500
LAST_RETRY_MS = 30_000


class LiveChanges(QObject):
    changed = Signal(object)  # dict: the merged summary
    online_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, sqlite_interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.online = True
        self._listener: live.Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._watch: live.Watch | None = None
        self._retry_ms = FIRST_RETRY_MS
        self._pending: dict | None = None
        self._merge = QTimer(self)
        self._merge.setSingleShot(True)
        self._merge.setInterval(MERGE_MS)
        self._merge.timeout.connect(self._flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._health = QTimer(self)
        self._health.setInterval(HEALTH_MS)
        self._health.timeout.connect(self._check)
        self._sqlite = QTimer(self)
        self._sqlite.setInterval(sqlite_interval_ms)
        self._sqlite.timeout.connect(self._check_sqlite)

    # -- life cycle ---------------------------------------------------------------------------------------
    def start(self) -> None:
        if live.is_team():
            self._connect()
        else:
            self._watch = live.Watch()
            self._sqlite.start()

    def stop(self) -> None:
        for timer in (self._merge, self._retry, self._health, self._sqlite):
            timer.stop()
        self._drop_listener()

    # -- PostgreSQL -----------------------------------------------------------------------------------------
    def _connect(self) -> None:
        try:
            self._listener = live.Listener()
        except EtapError:
            self._went_offline()
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self._health.start()
        self._retry_ms = FIRST_RETRY_MS
        if not self.online:
            live.revive()
            self.online = True
            self.online_changed.emit(True)
            self._add(dict(live.FULL))  # catch up with what was said while we were away

    def _readable(self, *_args) -> None:
        if self._listener is None:
            return
        try:
            summaries = self._listener.poll()
        except EtapError:
            self._went_offline()
            return
        for summary in summaries:
            self._add(summary)

    def _check(self) -> None:
        if self._listener is None:
            return
        try:
            self._listener.check()
            self._readable()
        except EtapError:
            self._went_offline()

    def _went_offline(self) -> None:
        self._drop_listener()
        if self.online:
            self.online = False
            self.online_changed.emit(False)
        self._retry.start(self._retry_ms)
        self._retry_ms = min(self._retry_ms * 2, LAST_RETRY_MS)

    def _drop_listener(self) -> None:
        self._health.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    # -- SQLite ---------------------------------------------------------------------------------------------
    def _check_sqlite(self) -> None:
        if self._watch is not None and self._watch.changed():
            self._add(dict(live.FULL))

    # -- merging ----------------------------------------------------------------------------------------------
    def _add(self, summary: dict) -> None:
        pending = self._pending
        if pending is None:
            self._pending = {
                "full": bool(summary.get("full")),
                "d": set(summary.get("d", ())),
                "s": set(summary.get("s", ())),
                "k": {summary.get("k")},
                "n": summary.get("n", ""),
                "u": summary.get("u"),
            }
        else:
            pending["full"] = pending["full"] or bool(summary.get("full"))
            pending["d"].update(summary.get("d", ()))
            pending["s"].update(summary.get("s", ()))
            pending["k"].add(summary.get("k"))
            pending["n"] = summary.get("n", "") or pending["n"]
        if not self._merge.isActive():
            self._merge.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.changed.emit(pending)
