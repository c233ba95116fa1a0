"""Tasks exported as iCalendar: read back with the icalendar parser, shaped like real calendars' files."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from desktop.domain.errors import NotFound
from desktop.services.activities import calendar_export, tasks
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes

NOW = datetime(2026, 6, 1, 8, 0)
REAL = Path("/work/shared/data/ics/icalendar__alarm_google_future.ics")


@pytest.fixture
def my_tasks(admin):
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    deal = deals.create_deal(admin, p.id, "Okna dla Zakładu Łódź", source="Phone", expected_close="2026-12-01")
    due = datetime(2026, 6, 3, 12, 30)
    a = tasks.create_task(admin, "Zadzwoń; omówić ofertę, rabat", deal.id, due, admin.id, note="Linia 1\nLinia 2")
    b = tasks.create_task(admin, "Bez terminu", None, None, admin.id)
    c = tasks.create_task(admin, "Zrobione", None, due, admin.id)
    tasks.set_done(admin, c.id, True)
    return deal, a, b


def test_my_tasks_read_back_as_events_with_alarm(admin, my_tasks):
    deal, a, _b = my_tasks
    exported = calendar_export.my_tasks_calendar(admin, NOW)
    assert (exported.events, exported.without_due) == (1, 1)
    cal = icalendar.Calendar.from_ical(exported.data)
    assert cal["VERSION"] == "2.0" and cal["PRODID"].startswith("-//Etap//")
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == f"Zadzwoń; omówić ofertę, rabat ({deal.number})"
    assert event.decoded("DTSTART") == datetime(2026, 6, 3, 12, 30, tzinfo=UTC)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=30)
    assert "Linia 1\nLinia 2" in str(event["DESCRIPTION"]) and "Okna dla Zakładu Łódź" in str(event["DESCRIPTION"])
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15) and str(alarm["ACTION"]) == "DISPLAY"
    assert str(event["UID"]).startswith(f"etap-task-{a.id}-")
    # the same task exported again keeps its UID, so a calendar updates the event instead of duplicating it
    again = icalendar.Calendar.from_ical(calendar_export.my_tasks_calendar(admin, NOW + timedelta(days=1)).data)
    assert str(again.walk("VEVENT")[0]["UID"]) == str(event["UID"])


def test_the_file_has_the_shape_real_calendars_have(admin, my_tasks, tmp_path):
    path = calendar_export.write(calendar_export.my_tasks_calendar(admin, NOW), tmp_path / "zadania")
    assert path.suffix == ".ics"
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # RFC 5545 folding
    ours = icalendar.Calendar.from_ical(raw)
    if REAL.exists():  # a Google Calendar export: the same required properties on calendar and event
        real = icalendar.Calendar.from_ical(REAL.read_bytes())
        for key in ("PRODID", "VERSION", "CALSCALE", "METHOD"):
            assert key in real and key in ours
        real_event, our_event = real.walk("VEVENT")[0], ours.walk("VEVENT")[0]
        for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "TRANSP"):
            assert key in real_event and key in our_event


def test_one_task_for_add_to_calendar_and_visibility(admin, my_tasks):
    _deal, a, _b = my_tasks
    agent = users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)
    one = icalendar.Calendar.from_ical(calendar_export.task_calendar(admin, a.id, NOW).data)
    assert len(one.walk("VEVENT")) == 1
    with pytest.raises(NotFound):
        calendar_export.task_calendar(agent, a.id, NOW)  # the admin's deal: not visible to the agent
