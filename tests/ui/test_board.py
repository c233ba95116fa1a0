"""The stage board (F2): painted columns, drops through the model and the view, required fields, refusals,
undo / redo, keyboard, search, lazy loading and the stage actions menu."""

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import RuleError
from desktop.domain.stages import Field
from desktop.services import events
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Contact, Event
from desktop.ui.board.view import BoardView


@pytest.fixture
def setup(qtbot, admin_actor):
    p = processes.create_process(admin_actor, "Sprzedaż")
    stages = processes.list_stages(p.id)
    made = [deals.create_deal(admin_actor, p.id, f"Deal {i}", value=str(100 * (i + 1))).id for i in range(3)]
    view = BoardView(admin_actor)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.set_process(p.id)
    return view, stages, made


def ids(view, stage):
    return [c.id for c in view.models[stage.id].cards]


def count(view, stage):
    return int(view.columns[stage.id].count_label.text())


def test_every_column_model_passes_the_qt_model_tester(setup, qtmodeltester):
    view, _stages, _ = setup
    for model in view.models.values():
        qtmodeltester.check(model)


def test_cards_and_headers_show_the_database(setup):
    view, stages, made = setup
    assert ids(view, stages[0]) == list(reversed(made))
    assert count(view, stages[0]) == 3 and count(view, stages[1]) == 0
    assert "600,00 PLN" in view.columns[stages[0].id].totals_label.text().replace("\xa0", " ").replace(".", ",")


def test_drop_through_mime_data_moves_the_deal_and_updates_both_headers(setup, qtbot):
    view, stages, made = setup
    source, target = view.models[stages[0].id], view.models[stages[1].id]
    data = source.mimeData([source.index(0)])
    assert target.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: ids(view, stages[1]) == [made[2]])
    assert ids(view, stages[0]) == [made[1], made[0]]
    assert (count(view, stages[0]), count(view, stages[1])) == (2, 1)
    assert deals.get_deal(made[2]).stage_id == stages[1].id
    assert Event.select().where((Event.deal == made[2]) & (Event.kind == "moved")).count() == 1


def test_synthetic_drop_event_on_the_view_reorders_within_a_column(setup, qtbot):
    view, stages, made = setup
    view.show()
    qtbot.waitExposed(view)
    source_view = view.columns[stages[0].id].view
    model = view.models[stages[0].id]
    data = model.mimeData([model.index(0)])  # the top card ...
    last = source_view.visualRect(model.index(2))
    pos = QPointF(last.center().x(), last.bottom() - 2)  # ... dropped under the last one
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # a real drag enters the view first (Qt routes the drop to the widget that accepted the enter)
    assert QApplication.sendEvent(source_view.viewport(), QDragEnterEvent(pos.toPoint(), *args))
    assert QApplication.sendEvent(source_view.viewport(), QDragMoveEvent(pos.toPoint(), *args))
    drop = QDropEvent(pos, *args)
    QApplication.sendEvent(source_view.viewport(), drop)
    assert drop.dropAction() == Qt.DropAction.IgnoreAction  # the source view removes nothing itself
    qtbot.waitUntil(lambda: ids(view, stages[0]) == [made[1], made[0], made[2]])


def test_required_fields_dialog_asks_only_for_what_is_missing(setup, qtbot, fake_dialogs):
    view, stages, made = setup
    processes.update_stage(view.actor, stages[1].id, required=[Field.SOURCE, Field.NEXT_CONTACT])
    view.set_process(stages[0].process_id)
    asked = []

    def fill(dialog):
        asked.extend(dialog.inputs)
        dialog.inputs["source"].setEditText("Polecenie")
        dialog.accept()
        return dialog.result() == 1

    fake_dialogs.answers = [fill]
    assert view.move(made[0], stages[1].id, None, None)
    assert sorted(asked) == ["next_contact", "source"]
    row = deals.get_deal(made[0])
    assert row.stage_id == stages[1].id and row.source == "Polecenie" and row.next_contact is not None


def test_empty_required_field_is_explained_next_to_it_and_cancel_returns_the_card(setup, fake_dialogs):
    view, stages, made = setup
    processes.update_stage(view.actor, stages[1].id, required=[Field.SOURCE])
    view.set_process(stages[0].process_id)
    shown = []

    def try_empty_then_cancel(dialog):
        dialog.accept()  # source left empty: refused inside the dialog
        shown.append(dialog.error_label.text())
        dialog.reject()
        return False

    fake_dialogs.answers = [try_empty_then_cancel]
    assert not view.move(made[0], stages[1].id, None, None)
    assert "required" in shown[0]
    assert made[0] in ids(view, stages[0]) and deals.get_deal(made[0]).stage_id == stages[0].id
    assert view.undo_stack.count() == 0


def test_a_drop_a_rule_forbids_shows_why_and_the_card_stays(setup, fake_dialogs):
    view, stages, made = setup

    def no_entry(event):
        raise RuleError("Complete the mandatory activities first: {names}.", names="Oferta")

    events.subscribe(events.DealEntering, no_entry)
    try:
        assert not view.move(made[0], stages[1].id, None, None)
    finally:
        events.unsubscribe(events.DealEntering, no_entry)
    assert fake_dialogs.messages == [("error", "Complete the mandatory activities first: Oferta.")]
    assert made[0] in ids(view, stages[0])


def test_undo_and_redo_are_recorded_moves_that_restore_the_position(setup):
    view, stages, made = setup
    before = ids(view, stages[0])
    assert view.move(made[1], stages[2].id, None, None)
    view.undo_stack.undo()
    assert ids(view, stages[0]) == before and ids(view, stages[2]) == []
    view.undo_stack.redo()
    assert ids(view, stages[2]) == [made[1]]
    assert Event.select().where((Event.deal == made[1]) & (Event.kind == "moved")).count() == 3
    assert count(view, stages[2]) == 1


def test_undo_of_a_move_to_lost_restores_the_stage_and_clears_the_reason(setup, fake_dialogs):
    view, stages, made = setup
    lost = next(s for s in stages if s.kind.value == "lost")

    def reason(dialog):
        dialog.inputs["lost_reason"].setPlainText("Za drogo")
        dialog.accept()
        return True

    fake_dialogs.answers = [reason]
    assert view.move(made[0], lost.id, None, None)
    assert deals.get_deal(made[0]).lost_reason == "Za drogo"
    view.undo_stack.undo()
    row = deals.get_deal(made[0])
    assert row.stage_id == stages[0].id and row.lost_reason == ""


def test_arrow_keys_walk_between_columns_and_shortcut_moves_the_card(setup, qtbot):
    view, stages, _made = setup
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    first = view.columns[stages[0].id].view
    first.setFocus()
    first.setCurrentIndex(view.models[stages[0].id].index(0))
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert view.focusWidget() is view.columns[stages[1].id].view
    qtbot.keyClick(view.columns[stages[1].id].view, Qt.Key.Key_Left)
    assert view.focusWidget() is first
    focused_deal = view.models[stages[0].id].cards[first.currentIndex().row()].id
    qtbot.keyClick(first, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert deals.get_deal(focused_deal).stage_id == stages[1].id
    with qtbot.waitSignal(view.open_deal) as opened:
        qtbot.keyClick(view.columns[stages[1].id].view, Qt.Key.Key_Return)
    assert opened.args == [focused_deal]


def test_quick_search_filters_cards_and_headers(setup, qtbot):
    view, stages, made = setup
    view.search.setText("Deal 1")
    view.apply_search()
    assert ids(view, stages[0]) == [made[1]] and count(view, stages[0]) == 1
    assert "Deal 1" in view.filter_label.text()
    view.search.clear()
    view.apply_search()
    assert count(view, stages[0]) == 3


def test_a_long_column_loads_lazily_in_pages(qtbot, admin_actor):
    from desktop.services.pipeline import board

    p = processes.create_process(admin_actor, "Duży")
    for i in range(board.PAGE + 50):
        deals.create_deal(admin_actor, p.id, f"D{i}")
    view = BoardView(admin_actor)
    qtbot.addWidget(view)
    view.set_process(p.id)
    model = next(iter(view.models.values()))
    assert model.rowCount() == board.PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == board.PAGE + 50 and not model.canFetchMore()
    assert len({c.id for c in model.cards}) == board.PAGE + 50


def test_stage_menu_adds_clients_as_deals_in_that_stage(setup, fake_dialogs):
    from desktop.domain.timeutil import utcnow

    view, stages, _ = setup
    from desktop.services import searchkeys

    searchkeys.contact_changed(Contact.create(first_name="Zofia", last_name="Łęcka", created_at=utcnow()).id)
    column = view.columns[stages[1].id]
    column.menu.aboutToShow.emit()
    names = [a.objectName() for a in column.menu.actions()]
    assert names == ["addClientsAction", "sendMessageAction", "exportContactsAction"]

    def pick(dialog):
        dialog.search.setText("łęck")
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        return True

    fake_dialogs.answers = [pick]
    column.menu.actions()[0].trigger()
    assert count(view, stages[1]) == 1
    assert view.models[stages[1].id].cards[0].contact == "Zofia Łęcka"


def test_stage_menu_exports_the_stage_contacts_to_csv(setup, fake_dialogs, tmp_path):
    view, stages, _ = setup
    column = view.columns[stages[0].id]
    column.menu.aboutToShow.emit()
    fake_dialogs.answers = [str(tmp_path / "etap")]
    column.menu.actions()[2].trigger()
    lines = (tmp_path / "etap.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4 and fake_dialogs.messages[-1][0] == "info"


def test_empty_column_and_long_names_are_handled(qtbot, admin_actor):
    long_name = "Negocjacje z działem zakupów i zarządem spółki"
    p = processes.create_process(admin_actor, "Pusty")
    stage = processes.list_stages(p.id)[0]
    processes.rename_stage(admin_actor, stage.id, long_name)
    view = BoardView(admin_actor)
    qtbot.addWidget(view)
    view.set_process(p.id)
    view.show()
    qtbot.waitExposed(view)
    column = view.columns[stage.id]
    assert column.name_label.toolTip() == long_name
    assert column.name_label.text() != long_name and column.name_label.text().endswith("…")
    assert column.view.empty_text and column.totals_label.text()


def test_cards_selected_across_columns_go_to_bulk_follow_up(setup, qtbot, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel

    view, stages, made = setup
    assert view.move(made[0], stages[1].id, None, None)
    first = view.columns[stages[0].id].view
    first.selectionModel().select(view.models[stages[0].id].index(0), QItemSelectionModel.SelectionFlag.Select)
    second = view.columns[stages[1].id].view
    second.selectionModel().select(view.models[stages[1].id].index(0), QItemSelectionModel.SelectionFlag.Select)
    assert view.selected_ids() == [made[2], made[0]]


@pytest.mark.parametrize("values", [["100"], ["987654321987.65", "123456789123.45", "55555555555.55"]])
def test_the_headers_take_the_size_a_plain_label_would_take_for_their_totals(qtbot, admin_actor, monkeypatch, values):
    """The totals' size hints are answered without laying out their table (desktop.ui.board.column.TotalsLabel):
    the board looks exactly as with Qt's own answers, also for totals wider than the column."""
    from PySide6.QtWidgets import QLabel

    from desktop.ui.board import column

    p = processes.create_process(admin_actor, "Sprzedaż")
    for value, currency in zip(values, ["PLN", "EUR", "USD"], strict=False):
        deals.create_deal(admin_actor, p.id, f"Deal {currency}", value=value, currency=currency)

    def shown():
        view = BoardView(admin_actor)
        qtbot.addWidget(view)
        view.resize(1400, 700)
        view.set_process(p.id)
        view.show()
        qtbot.waitExposed(view)
        headers = [
            (type(c.totals_label), c.totals_label.geometry(), c.totals_label.text()) for c in view.columns.values()
        ]
        return headers, view.grab().toImage()

    totals_label = column.TotalsLabel
    fast_headers, fast_image = shown()
    monkeypatch.setattr(column, "TotalsLabel", QLabel)
    qt_headers, qt_image = shown()
    assert {kind for kind, *_ in fast_headers} == {totals_label} and {kind for kind, *_ in qt_headers} == {QLabel}
    assert [h[1:] for h in qt_headers] == [h[1:] for h in fast_headers] and qt_image == fast_image
