"""Tasks as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird import.

Each open task with a due time becomes a VEVENT: a stable UID (so importing again updates instead of
duplicating), start at the due time in UTC, 30 minutes long, a reminder 15 minutes before, the deal's number
and title in the summary and description. Tasks without a due time or already done are left out (and counted).
Written with the maintained ``icalendar`` library, which also folds long lines and escapes text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from desktop import __version__
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.timeutil import utcnow
from desktop.services.activities import tasks
from desktop.services.actor import Actor
from desktop.store.models import Deal, Task

DURATION = timedelta(minutes=30)
REMINDER = timedelta(minutes=15)
PRODID = f"-//Etap//Etap CRM {__version__}//PL"


@dataclass(frozen=True)
class CalendarFile:
    data: bytes
    events: int
    without_due: int  # open tasks left out because they have no due time


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _event(task: tasks.TaskRow, deal: tuple[str, str] | None, created_at: datetime, now: datetime) -> Event:
    event = Event()
    event.add("uid", f"etap-task-{task.id}-{created_at:%Y%m%d%H%M%S}@etap")
    event.add("dtstamp", _utc(now))
    event.add("dtstart", _utc(task.due_at))
    event.add("dtend", _utc(task.due_at + DURATION))
    summary = f"{task.title} ({deal[0]})" if deal else task.title
    event.add("summary", summary)
    description = "\n\n".join(part for part in (task.note, f"{deal[0]} — {deal[1]}" if deal else "") if part)
    if description:
        event.add("description", description)
    event.add("categories", ["Etap"])
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -REMINDER)
    event.add_component(alarm)
    return event


def _build(rows: list[tasks.TaskRow], name: str, now: datetime) -> CalendarFile:
    open_rows = [t for t in rows if t.done_at is None]
    dated = [t for t in open_rows if t.due_at is not None]
    deal_ids = sorted({t.deal_id for t in dated if t.deal_id})
    deals = (
        {
            i: (n, title)
            for i, n, title in Deal.select(Deal.id, Deal.number, Deal.title).where(Deal.id.in_(deal_ids)).tuples()
        }
        if deal_ids
        else {}
    )
    created = dict(Task.select(Task.id, Task.created_at).where(Task.id.in_([t.id for t in dated])).tuples())
    cal = _calendar(name)
    for task in dated:
        cal.add_component(_event(task, deals.get(task.deal_id), created[task.id], now))
    return CalendarFile(cal.to_ical(), len(dated), len(open_rows) - len(dated))


def my_tasks_calendar(actor: Actor, now: datetime | None = None) -> CalendarFile:
    """The actor's open tasks with a due time."""
    return _build(tasks.my_tasks(actor), f"Etap — {actor.name}".strip(" —"), now or utcnow())


def task_calendar(actor: Actor, task_id: int, now: datetime | None = None) -> CalendarFile:
    """One task, for "Add to calendar" (any task the actor can see on a deal or owns)."""
    task = tasks.get_task(actor, task_id)
    if task.owner_id != actor.id and not actor.is_manager and task.deal_id is not None:
        owner = Deal.select(Deal.owner).where(Deal.id == task.deal_id).scalar()
        if owner != actor.id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This task no longer exists or is not visible to you."))
    return _build([task], "Etap", now or utcnow())


def write(calendar: CalendarFile, path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".ics":
        path = path.with_suffix(".ics")
    path.write_bytes(calendar.data)
    return path
