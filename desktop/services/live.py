"""Live changes: what one copy of the app changed, told to the others (SPEC F12: other users' changes appear
without a restart).

A write publishes its events (``desktop.services.events``); the subscribers here turn them into a compact
summary sent with NOTIFY on channel ``etap_changes`` inside the same transaction, so other copies hear it at
commit and never hear a rolled-back change. Writes that publish no event (tasks, notes, files,
notifications) call ``announce`` themselves. The summary, as JSON with short keys:

    {"k": kind, "u": user id, "n": user's name, "d": [deal ids], "s": [stage ids], "p": process id}

``"full": true`` (a change too big to list) means "reload everything". A copy ignores what its own
connection sent. SQLite has no NOTIFY: ``Watch`` compares ``PRAGMA data_version`` instead (a timer asks).
"""

from __future__ import annotations

import json

from desktop.domain.errors import EtapError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services import events
from desktop.services.actor import Actor
from desktop.store import notify
from desktop.store.db import is_postgres

CHANNEL = "etap_changes"
MAX_PAYLOAD = 7000  # PostgreSQL's limit is 8000 bytes
FULL = {"full": True}


class Disconnected(EtapError):
    """The live connection to the team database is lost; the app reconnects by itself."""


def is_team() -> bool:
    """True on a PostgreSQL (team) database, where changes arrive by NOTIFY."""
    return is_postgres()


def announce(
    kind: str,
    actor: Actor | None = None,
    deals: tuple[int, ...] | list[int] = (),
    stages: tuple[int, ...] | list[int] = (),
    process: int | None = None,
) -> None:
    """Queue a change summary for other copies (sent at commit; nothing on SQLite)."""
    if not is_postgres():
        return
    summary: dict[str, object] = {"k": kind}
    if actor is not None:
        summary["u"], summary["n"] = actor.id, actor.name
    if deals:
        summary["d"] = sorted({int(d) for d in deals if d is not None})
    if stages:
        summary["s"] = sorted({int(s) for s in stages if s is not None})
    if process is not None:
        summary["p"] = process
    text = json.dumps(summary, ensure_ascii=False, separators=(",", ":"))
    if len(text.encode()) > MAX_PAYLOAD:
        text = json.dumps({"k": kind, "full": True, "u": summary.get("u"), "n": summary.get("n")})
    notify.send(CHANNEL, text)


def decode(payload: str) -> dict:
    try:
        summary = json.loads(payload)
    except ValueError:
        return dict(FULL)
    return summary if isinstance(summary, dict) else dict(FULL)


def revive() -> None:
    """The server is reachable again: make sure this copy's own connection works too."""
    notify.revive()


class Listener:
    """Changes other copies made, from a LISTENing connection of its own (PostgreSQL)."""

    def __init__(self) -> None:
        try:
            self._listener = notify.Listener(CHANNEL)
        except notify.ListenerLost as exc:
            raise Disconnected(QT_TRANSLATE_NOOP("Errors", "The connection to the database is lost.")) from exc
        self._own_pid = notify.backend_pid()

    def fileno(self) -> int:
        return self._listener.fileno()

    def poll(self) -> list[dict]:
        """The summaries received since the last call (own changes left out)."""
        try:
            received = self._listener.poll()
        except notify.ListenerLost as exc:
            raise Disconnected(QT_TRANSLATE_NOOP("Errors", "The connection to the database is lost.")) from exc
        return [decode(payload) for pid, payload in received if pid != self._own_pid]

    def check(self) -> None:
        try:
            self._listener.check()
        except notify.ListenerLost as exc:
            raise Disconnected(QT_TRANSLATE_NOOP("Errors", "The connection to the database is lost.")) from exc

    def close(self) -> None:
        self._listener.close()


class Watch:
    """SQLite shared by several copies: ``changed()`` is True once after another connection committed."""

    def __init__(self) -> None:
        self._seen = notify.data_version()

    def changed(self) -> bool:
        now = notify.data_version()
        if now == self._seen:
            return False
        self._seen = now
        return True


# -- event subscribers (wired in desktop.services.wiring) --------------------------------------------------
def on_deal_created(e: events.DealCreated) -> None:
    announce("deal_created", e.actor, [e.deal_id], [e.stage.id], e.process_id)


def on_deal_moved(e: events.DealMoved) -> None:
    announce("deal_moved", e.actor, [e.deal_id], [e.from_stage.id, e.to_stage.id], e.process_id)


def on_deal_reordered(e: events.DealReordered) -> None:
    announce("deal_reordered", e.actor, [e.deal_id], [e.stage.id], e.process_id)


def on_deal_edited(e: events.DealEdited) -> None:
    announce("deal_edited", e.actor, [e.deal_id], (), e.process_id)


def on_deal_deleted(e: events.DealDeleted) -> None:
    announce("deal_deleted", e.actor, [e.deal_id], [e.stage_id], e.process_id)


def on_deal_restored(e: events.DealRestored) -> None:
    announce("deal_restored", e.actor, [e.deal_id], [e.stage_id], e.process_id)


def on_stage_emptied(e: events.StageEmptied) -> None:
    announce("stage_emptied", e.actor, (), [e.from_stage_id, e.to_stage_id], e.process_id)


def on_activity_changed(e: events.ActivityDone | events.ActivityUndone) -> None:
    announce("activity", e.actor, [e.deal_id], (), e.process_id)


def on_stage_settings_changed(e: events.StageSettingsChanged) -> None:
    announce("process_changed", None, (), [e.stage_id], e.process_id)
