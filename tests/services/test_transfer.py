"""Moving a deal to another process: stages mapped by name, entry rules of the target stage, everything kept."""

from datetime import date

import pytest

from desktop.domain.errors import MissingFields, ValidationError
from desktop.services.activities import tasks
from desktop.services.deals import deals, notes_files, transfer
from desktop.services.history import deal_history
from desktop.services.processes import processes
from desktop.store.models import StageStay


def test_a_deal_moves_to_the_stage_of_the_same_name_keeping_its_number_and_everything(admin):
    a = processes.create_process(admin, "Okna")
    b = processes.create_process(admin, "Drzwi")
    deal = deals.create_deal(admin, a.id, "Biurowiec", value="500")
    tasks.create_task(admin, "Zadzwonić", deal.id)
    notes_files.add_note(admin, deal.id, "Ważne")
    stage = transfer.stage_for(deal, b.id)
    assert stage is not None and stage.name == processes.get_stage(deal.stage_id).name
    moved = transfer.move_to_process(admin, deal.id, stage.id)
    assert (moved.process_id, moved.stage_id, moved.number) == (b.id, stage.id, deal.number)
    assert len(tasks.deal_tasks(admin, deal.id)) == 1 and len(notes_files.notes(admin, deal.id)) == 1
    assert deals.stage_counts(a.id) == {} and deals.stage_counts(b.id) == {stage.id: 1}
    open_stays = StageStay.select().where((StageStay.deal == deal.id) & StageStay.left_at.is_null())
    assert [s.stage_id for s in open_stays] == [stage.id]
    assert "process_changed" in [e.kind for e in deal_history(admin, deal.id)]


def test_unclear_stage_gives_none_and_the_target_stage_rules_apply(admin):
    a = processes.create_process(admin, "Okna")
    funnel = processes.create_process(admin, "Lejek", "sales_funnel")
    deal = deals.create_deal(admin, a.id, "Biurowiec")
    assert transfer.stage_for(deal, funnel.id) is None
    first = processes.list_stages(funnel.id)[0]
    with pytest.raises(MissingFields) as err:
        transfer.move_to_process(admin, deal.id, first.id)
    assert set(err.value.fields) == {"source", "expected_close"}
    assert deals.get_deal(deal.id).process_id == a.id
    moved = transfer.move_to_process(admin, deal.id, first.id, source="Telefon", expected_close=date(2026, 12, 1))
    assert moved.process_id == funnel.id and moved.source == "Telefon"
    with pytest.raises(ValidationError):
        transfer.move_to_process(admin, deal.id, first.id)
