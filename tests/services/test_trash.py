"""The deal trash: delete keeps everything, managers restore, admins purge; every list leaves trashed deals
out; duplicate makes a new deal with the same fields. Each step is recorded."""

from datetime import datetime, timedelta

import pytest

from desktop.domain.errors import NotFound, PermissionDenied
from desktop.domain.funnel import Criteria
from desktop.services.activities import tasks
from desktop.services.admin import users
from desktop.services.deals import deals, notes_files, trash
from desktop.services.history import deal_history
from desktop.services.pipeline import board, funnel
from desktop.services.processes import processes
from desktop.store.models import Deal, Event


@pytest.fixture
def setup(admin):
    p = processes.create_process(admin, "Sprzedaż")
    keep = deals.create_deal(admin, p.id, "Zostaje", value="100")
    gone = deals.create_deal(admin, p.id, "Do kosza", value="250")
    tasks.create_task(admin, "Zadzwonić", gone.id, datetime(2020, 1, 1, 9))
    notes_files.add_note(admin, gone.id, "Notatka")
    notes_files.add_file(admin, gone.id, "umowa.pdf", b"%PDF")
    return p, keep, gone


def test_a_deleted_deal_leaves_every_list_and_a_manager_restores_it_with_everything(admin, setup):
    p, keep, gone = setup
    stage = gone.stage_id
    trash.delete_deals(admin, [gone.id])
    assert deals.stage_counts(p.id) == {stage: 1}
    assert board.totals(admin, [stage])[stage].count == 1
    assert [r.id for r in funnel.page(admin, Criteria(process_id=p.id))[0]] == [keep.id]
    assert funnel.page(admin, Criteria(process_id=p.id, spam=True))[0] == []
    assert tasks.my_tasks(admin) == [] and tasks.due_for_reminder(datetime.utcnow()) == []
    with pytest.raises(NotFound):
        deals.get_deal(gone.id, admin)
    assert [r.id for r in trash.trashed(admin)] == [gone.id]

    trash.restore_deals(admin, [gone.id])
    row = deals.get_deal(gone.id, admin)
    assert row.stage_id == stage and deals.stage_counts(p.id) == {stage: 2}
    assert [t.title for t in tasks.my_tasks(admin)] == ["Zadzwonić"]
    assert len(notes_files.notes(admin, gone.id)) == 1 and len(notes_files.files(admin, gone.id)) == 1
    kinds = [e.kind for e in deal_history(admin, gone.id)]
    assert kinds[-2:] == ["deal_deleted", "deal_restored"]
    assert trash.trashed(admin) == []


def test_a_spam_deal_returns_to_spam_when_restored(admin, setup):
    from desktop.services.deals import spam

    p, _keep, gone = setup
    spam.mark_spam(admin, [gone.id])
    trash.delete_deals(admin, [gone.id])
    trash.restore_deals(admin, [gone.id])
    assert [r.id for r in funnel.page(admin, Criteria(process_id=p.id, spam=True))[0]] == [gone.id]


def test_agents_delete_their_own_deals_only_managers_restore_and_only_admins_purge(admin, setup):
    p, keep, _gone = setup
    agent = users.actor_for(users.create_user(admin, "ola", "Ola").id)
    manager = users.actor_for(users.create_user(admin, "szef", "Szef", role="manager").id)
    with pytest.raises(NotFound):
        trash.delete_deals(agent, [keep.id])  # not hers
    mine = deals.create_deal(agent, p.id, "Moja")
    trash.delete_deals(agent, [mine.id])
    with pytest.raises(PermissionDenied):
        trash.restore_deals(agent, [mine.id])
    with pytest.raises(PermissionDenied):
        trash.purge_deals(manager, [mine.id])
    trash.restore_deals(manager, [mine.id])
    assert deals.get_deal(mine.id, agent).title == "Moja"


def test_purge_removes_the_deal_for_good_and_records_it(admin, setup):
    _p, keep, gone = setup
    with pytest.raises(NotFound):
        trash.purge_deals(admin, [keep.id])  # not in the trash
    trash.delete_deals(admin, [gone.id])
    trash.purge_deals(admin, [gone.id])
    assert not Deal.select().where(Deal.id == gone.id).exists()
    purged = Event.get(Event.kind == "deal_purged")
    assert purged.deal_id is None and gone.number in purged.payload


def test_duplicate_copies_the_fields_into_a_new_deal_and_records_where_from(admin, setup):
    _p, keep, _gone = setup
    deals.edit_deal(admin, keep.id, keep.version, source="Telefon", expected_close=datetime(2026, 5, 1).date())
    copy = trash.duplicate_deal(admin, keep.id, "Zostaje (kopia)", now=datetime.utcnow() + timedelta(seconds=1))
    original = deals.get_deal(keep.id)
    assert copy.id != keep.id and copy.number != original.number and copy.title == "Zostaje (kopia)"
    assert (copy.value, copy.source, copy.expected_close, copy.stage_id) == (
        original.value,
        original.source,
        original.expected_close,
        original.stage_id,
    )
    assert "duplicated" in [e.kind for e in deal_history(admin, copy.id)]
