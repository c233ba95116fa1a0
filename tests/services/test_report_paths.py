"""``deal_path`` (each deal's stages in time order, which the conversion funnel groups by) stays equal to the
stays whichever way they are written: created, moved back and forth, moved to another process, a stage deleted
with its deals moved, an import creating and updating deals, and that import reverted."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.imports.headers import Kind
from desktop.domain.imports.mapping import OnDuplicate
from desktop.services.deals import deals, transfer
from desktop.services.imports import revert
from desktop.services.processes import processes
from desktop.store import deal_paths
from desktop.store.models import Deal, DealPath
from tests.services.imports.conftest import do_import


def kept() -> dict[int, tuple[int, str]]:
    return {d: (p, path) for d, p, path in DealPath.select(DealPath.deal, DealPath.process_id, DealPath.path).tuples()}


def rebuilt() -> dict[int, tuple[int, str]]:
    deal_paths.rebuild()
    return kept()


def test_deal_paths_follow_the_stays_however_they_are_written(db, admin, tmp_path):
    p = processes.create_process(admin, "Sprzedaż")
    q = processes.create_process(admin, "Serwis")
    new, pres, neg, won, _lost = (s.id for s in processes.list_stages(p.id))
    q_first = processes.list_stages(q.id)[0].id

    a = deals.create_deal(admin, p.id, "a", now=datetime(2026, 1, 1, 10)).id
    deals.move_deal(admin, a, pres, now=datetime(2026, 1, 2, 10))
    deals.move_deal(admin, a, new, now=datetime(2026, 1, 3, 10))
    deals.move_deal(admin, a, won, now=datetime(2026, 1, 4, 10))
    b = deals.create_deal(admin, p.id, "b", stage_id=neg).id
    c = deals.create_deal(admin, p.id, "c", stage_id=pres).id
    transfer.move_to_process(admin, c, q_first)
    assert kept()[a] == (p.id, f",{new},{pres},{new},{won},")
    assert kept()[c] == (q.id, f",{pres},{q_first},")

    processes.delete_stage(admin, neg, receiving_stage_id=pres)  # b's stays: the deleted stage (0), then pres
    assert kept()[b] == (p.id, f",0,{pres},")

    path = tmp_path / "d.csv"
    path.write_text("Deal ID,Deal Name,Amount,Deal Stage\n7,Serwis,100,New\n8,Okna,50,Won\n", encoding="utf-8")
    do_import(admin, path, process="Sprzedaż")
    path.write_text("Deal ID,Deal Name,Amount,Deal Stage\n7,Serwis,250,Won\n", encoding="utf-8")
    second = do_import(admin, path, process="Sprzedaż", on_duplicate={Kind.DEALS: OnDuplicate.UPDATE})
    imported = Deal.get(Deal.number == "7").id
    assert kept()[imported] == (p.id, f",{new},{won},")
    assert kept() == rebuilt()

    revert.revert_batch(admin, second.batch_id)
    assert kept()[imported] == (p.id, f",{new},")
    assert kept() == rebuilt()
    assert set(kept()) == {d for (d,) in Deal.select(Deal.id).tuples()}
