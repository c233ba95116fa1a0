"""Deal sheet services (F5): notes, files stored in the database, history completeness, conflicts, reminders."""

import hashlib
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from desktop.services import history, notifications
from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.deals import deals, notes_files
from desktop.services.processes import processes
from desktop.store.models import DealFile, DealNote, Event

NOW = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def deal(admin):
    p = processes.create_process(admin, "Sprzedaż")
    return deals.create_deal(admin, p.id, "Okna dla szkoły", value="1200", now=NOW)


def test_note_is_stored_listed_and_recorded_in_history(admin, deal):
    note = notes_files.add_note(admin, deal.id, "  Klient prosi o rabat  ", now=NOW)
    assert note.text == "Klient prosi o rabat" and notes_files.notes(users.local_admin(), deal.id) == [note]
    assert [e.kind for e in history.deal_history(users.local_admin(), deal.id)][-1] == "note_added"
    notes_files.delete_note(admin, note.id, now=NOW)
    assert notes_files.notes(users.local_admin(), deal.id) == []
    assert history.deal_history(users.local_admin(), deal.id)[-1].payload["text"] == "Klient prosi o rabat"


def test_empty_note_is_refused_and_changes_nothing(admin, deal):
    with pytest.raises(ValidationError):
        notes_files.add_note(admin, deal.id, "   ")
    assert DealNote.select().count() == 0


def test_attachment_round_trip_is_byte_identical_with_its_sha256(admin, deal, tmp_path):
    payload = bytes(range(256)) * 1000 + "zażółć gęślą jaźń".encode()
    source = tmp_path / "oferta-łódź.bin"
    source.write_bytes(payload)
    row = notes_files.add_file_from_path(admin, deal.id, source, now=NOW)
    assert row.name == "oferta-łódź.bin" and row.size == len(payload)
    assert row.sha256 == hashlib.sha256(payload).hexdigest()
    name, data = notes_files.file_bytes(admin, row.id)
    assert name == "oferta-łódź.bin" and data == payload
    assert history.deal_history(users.local_admin(), deal.id)[-1].payload["sha256"] == row.sha256


def test_too_large_file_is_refused_without_side_effects(admin, deal, tmp_path, monkeypatch):
    monkeypatch.setattr(notes_files, "MAX_FILE_BYTES", 1024)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 1025)
    events = Event.select().count()
    with pytest.raises(ValidationError) as err:
        notes_files.add_file_from_path(admin, deal.id, big)
    assert "big.pdf" in err.value.english()
    assert DealFile.select().count() == 0 and Event.select().count() == events


def test_agent_cannot_attach_to_someone_elses_deal(admin, deal):
    agent = users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)
    with pytest.raises(Exception) as err:
        notes_files.add_file(agent, deal.id, "a.txt", b"a")
    assert isinstance(err.value, PermissionDenied) or err.type.__name__ == "NotFound"
    assert DealFile.select().count() == 0


def test_save_from_a_stale_sheet_is_refused_when_another_connection_changed_the_deal(admin, deal, db):
    # another copy of the app on the same database: its own connection bumps the version
    other = type(db)(db.database, **db.connect_params)
    other.connect()
    other.execute_sql(f"UPDATE deal SET title = 'Okna PCV', version = version + 1 WHERE id = {deal.id}")
    other.close()
    with pytest.raises(ConflictError) as err:
        deals.edit_deal(admin, deal.id, deal.version, value="999")
    assert err.value.current.title == "Okna PCV"
    assert deals.get_deal(deal.id).value == Decimal("1200.00")


EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("title"), st.sampled_from(["Okna", "Drzwi", "Brama", "Łódź"])),
        st.tuples(st.just("value"), st.sampled_from(["0", "10.5", "1200", "99999.99"])),
        st.tuples(st.just("source"), st.sampled_from(["", "Telefon", "Partner"])),
        st.tuples(st.just("next_contact"), st.sampled_from([None, date(2026, 12, 1), date(2027, 1, 5)])),
        st.tuples(st.just("probability_manual"), st.sampled_from([None, 0, 35, 100])),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(edits=EDITS)
def test_history_has_one_event_per_change_and_rebuilds_the_deal(sqlite_db, edits):
    admin = users.local_admin()
    process = processes.list_processes()[0].id if processes.list_processes() else None
    if process is None:
        process = processes.create_process(admin, "P").id
    row = deals.create_deal(admin, process, "Start", value="1", now=NOW)
    expected_events = 0
    state = {
        "title": row.title,
        "value": str(row.value),
        "source": row.source,
        "next_contact": None,
        "probability_manual": None,
    }
    for key, value in edits:
        before = deals.get_deal(row.id)
        after = deals.edit_deal(admin, row.id, before.version, **{key: value})
        if getattr(before, key) != getattr(after, key):
            expected_events += 1
        state[key] = value
    changes = [e for e in history.deal_history(users.local_admin(), row.id) if e.kind == "field_changed"]
    assert len(changes) == expected_events
    rebuilt = {"title": "Start", "value": "1.00", "source": "", "next_contact": None, "probability_manual": None}
    for event in changes:  # replaying old → new from the start gives today's deal
        assert str(rebuilt[event.payload["field"]]) == str(event.payload["old"])
        rebuilt[event.payload["field"]] = event.payload["new"]
    final = deals.get_deal(row.id)
    assert rebuilt["title"] == final.title and Decimal(str(rebuilt["value"])) == final.value
    assert rebuilt["source"] == final.source and rebuilt["probability_manual"] == final.probability_manual
    assert (rebuilt["next_contact"] or None) == (final.next_contact.isoformat() if final.next_contact else None)


def test_task_reminder_fires_once_at_the_due_time(admin, deal):
    due = NOW + timedelta(hours=2)
    task = tasks.create_task(admin, "Zadzwonić", deal.id, due, now=NOW)
    assert tasks.send_reminders(due - timedelta(minutes=1)) == []
    assert [t.id for t in tasks.send_reminders(due)] == [task.id]
    assert tasks.send_reminders(due + timedelta(minutes=5)) == []
    rows = notifications.list_for(admin)
    assert [(n.kind, n.text, n.deal_id) for n in rows] == [("task_due", "Zadzwonić", deal.id)]


def test_two_saves_from_the_same_stale_row_let_only_the_first_through(admin, deal):
    first_window, second_window = deals.get_deal(deal.id), deals.get_deal(deal.id)
    deals.edit_deal(admin, first_window.id, first_window.version, title="Okna PCV")
    events = Event.select().count()
    with pytest.raises(ConflictError) as err:
        deals.edit_deal(admin, second_window.id, second_window.version, value="5")
    assert err.value.current.title == "Okna PCV" and err.value.current.value == Decimal("1200.00")
    assert Event.select().count() == events


def test_source_list_defaults_to_none_and_managers_can_replace_it(admin, deal):
    assert notes_files.deal_sources() is None  # the ui offers the eight translated defaults
    saved = notes_files.set_deal_sources(admin, [" Targi ", "", "Polecenie", "targi"], now=NOW)
    assert saved == ["Targi", "Polecenie"] and notes_files.deal_sources() == saved
    assert Event.select().where(Event.kind == "setting_changed").count() == 1


def test_agent_cannot_change_the_source_list(admin):
    agent = users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)
    with pytest.raises(PermissionDenied):
        notes_files.set_deal_sources(agent, ["Targi"])
    assert notes_files.deal_sources() is None
