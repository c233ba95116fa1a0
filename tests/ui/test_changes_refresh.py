"""Each view reloads only what a ``Changes`` touches: the board its changed columns, the funnel its rows when
its process changed, an open deal sheet when its deal changed; a write elsewhere reloads nothing."""

import pytest

from desktop.services.changes import Changes
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui import ops
from desktop.ui.board.view import BoardView
from desktop.ui.deal_sheet.sheet import DealSheet
from desktop.ui.funnel.view import FunnelView


def _world(actor):
    p = processes.create_process(actor, "Sprzedaż")
    other = processes.create_process(actor, "Serwis")
    stages = processes.list_stages(p.id)
    made = [deals.create_deal(actor, p.id, f"Deal {i}").id for i in range(2)]
    return {"actor": actor, "process": p, "other": other, "stages": stages, "made": made}


@pytest.fixture
def world(admin_actor):
    return _world(admin_actor)


@pytest.fixture
def world_on_both(admin):
    """The same world on SQLite and on PostgreSQL (statement counts differ between the back ends)."""
    return _world(admin)


def _spy(monkeypatch, obj, name):
    calls = []
    original = getattr(obj, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(obj, name, spy)
    return calls


def test_board_reloads_only_the_columns_of_the_changed_stages(qtbot, world, monkeypatch):
    view = BoardView(world["actor"])
    qtbot.addWidget(view)
    view.set_process(world["process"].id)
    first, second, third = (view.models[s.id] for s in world["stages"][:3])
    calls = {m.stage.id: _spy(monkeypatch, m, "wanted") for m in (first, second, third)}
    ops.announce(Changes.of(deals=[world["made"][0]], stages=[world["stages"][0].id, world["stages"][1].id]))
    assert [len(calls[m.stage.id]) for m in (first, second, third)] == [1, 1, 0]


def test_board_ignores_changes_of_another_process(qtbot, world, monkeypatch):
    view = BoardView(world["actor"])
    qtbot.addWidget(view)
    view.set_process(world["process"].id)
    other_stage = processes.list_stages(world["other"].id)[0]
    calls = [_spy(monkeypatch, m, "wanted") for m in view.models.values()]
    totals = _spy(monkeypatch, view, "_reload_totals")
    ops.announce(Changes.of(deals=[999], stages=[other_stage.id], processes=[world["other"].id]))
    assert not any(calls) and not totals


def test_a_drag_through_the_op_helper_reloads_the_two_columns_only(qtbot, world, monkeypatch):
    view = BoardView(world["actor"])
    qtbot.addWidget(view)
    view.set_process(world["process"].id)
    stages = world["stages"]
    calls = {s.id: _spy(monkeypatch, view.models[s.id], "wanted") for s in stages}
    assert view.move(world["made"][1], stages[1].id, None, None)
    assert {s.id for s in stages if calls[s.id]} == {stages[0].id, stages[1].id}
    assert all(len(c) <= 1 for c in calls.values())


def test_funnel_reloads_for_its_process_only(qtbot, world, monkeypatch):
    view = FunnelView(world["actor"])
    qtbot.addWidget(view)
    view.set_process(world["process"].id)
    view.wait_for_counts()
    calls = _spy(monkeypatch, view, "apply_filters")
    ops.announce(Changes.of(deals=[999], processes=[world["other"].id]))
    assert calls == []
    ops.announce(Changes.of(deals=[world["made"][0]], processes=[world["process"].id]))
    assert len(calls) == 1
    view.wait_for_counts()


def test_deal_sheet_refreshes_for_its_own_deal_only(qtbot, world, monkeypatch):
    actor, made = world["actor"], world["made"]
    sheet = DealSheet(actor, made[0])
    qtbot.addWidget(sheet)
    calls = _spy(monkeypatch, sheet, "_show")
    ops.announce(Changes.of(deals=[made[1]]))
    assert calls == []
    ops.run(None, deals.edit_deal, actor, made[0], deals.get_deal(made[0]).version, title="Okna PCV")
    assert len(calls) == 1 and sheet.panel.title.text() == "Okna PCV"


def _open_board_and_sheet(qtbot, world):
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.ui.deal_sheet.sheet import DealSheet

    # views closed by earlier tests are deleted later; delete them now so only these two listen for changes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    view = BoardView(world["actor"])
    qtbot.addWidget(view)
    view.set_process(world["process"].id)
    sheet = DealSheet(world["actor"], world["made"][0])
    qtbot.addWidget(sheet)
    return view, sheet


def test_saving_a_title_from_the_sheet_takes_at_most_10_statements_end_to_end(qtbot, world_on_both):
    from playhouse.test_utils import count_queries

    world = world_on_both
    view, sheet = _open_board_and_sheet(qtbot, world)
    sheet.panel.title.setText("Okna PCV")
    sheet.panel.title.textEdited.emit("Okna PCV")
    with count_queries() as counted:
        assert sheet.save()
    # the use-case, then only the card on the board and the sheet's history: nothing is read twice
    data = [q.msg for q in counted.get_queries() if "pg_notify" not in str(q.msg[0])]
    assert len(data) <= 10, data
    column = view.models[world["stages"][0].id]
    assert column.cards[column.row_of(world["made"][0])].title == "Okna PCV"
    assert sheet.history_tab.list.topLevelItem(0).data(0, 256) == "field_changed"


def test_a_title_save_refreshes_the_card_only_and_a_value_save_the_column_and_its_totals(qtbot, world, monkeypatch):
    view, sheet = _open_board_and_sheet(qtbot, world)
    column = view.models[world["stages"][0].id]
    reloads = _spy(monkeypatch, column, "wanted")
    totals = _spy(monkeypatch, view, "_reload_totals")
    sheet.panel.title.setText("Okna PCV")
    sheet.panel.title.textEdited.emit("Okna PCV")
    assert sheet.save()
    assert (len(reloads), len(totals)) == (0, 0)
    sheet.panel.value.setText("2 500,00")
    sheet.panel.value.textEdited.emit("2 500,00")
    assert sheet.save()
    assert (len(reloads), len(totals)) == (1, 1)
    assert "2" in view.columns[world["stages"][0].id].totals_label.text()
