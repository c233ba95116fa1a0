"""The funnel view in the window: lazy paging, database sort, filters, tabs, spam, layout memory, export."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.funnel import COLUMN_KEYS
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui.funnel.model import DEAL_ID_ROLE, FunnelModel
from desktop.ui.funnel.view import FunnelView
from tests.support import snapshot


def _fill():
    actor = users.local_admin()
    p = processes.create_process(actor, "Lejek", "sales_funnel")
    for i in range(450):
        deals.create_deal(
            actor,
            p.id,
            f"Oferta {i:03} okna" if i % 3 else f"Dostawa {i:03}",
            value=i,
            source="Phone",
            expected_close=date(2026, 12, 1),
        )
    return p.id


@pytest.fixture(scope="module")
def _funnel_snapshots(sqlite_template, tmp_path_factory):
    """The 450 deals, made once for the module; each test opens its own copy (tests/support/snapshot.py)."""
    return snapshot.Snapshots(_fill, sqlite_template, tmp_path_factory.mktemp("funnel"))


sqlite_db = snapshot.sqlite_db_fixture("_funnel_snapshots")


@pytest.fixture
def process(admin_actor, _funnel_snapshots):
    process_id = _funnel_snapshots.result()
    return processes.get_process(process_id), processes.list_stages(process_id)


def make_view(qtbot, actor, process_id):
    view = FunnelView(actor)
    qtbot.addWidget(view)
    view.set_process(process_id)
    view.wait_for_counts()
    return view


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, admin_actor, process):
    view = make_view(qtbot, admin_actor, process[0].id)
    qtmodeltester.check(view.model)


def test_rows_load_lazily_a_page_at_a_time(qtbot, admin_actor, process):
    view = make_view(qtbot, admin_actor, process[0].id)
    assert view.model.rowCount() == 200 and view.model.canFetchMore()
    view.model.fetchMore()
    view.model.fetchMore()
    assert view.model.rowCount() == 450 and not view.model.canFetchMore()


def test_clicking_a_header_sorts_in_the_database(qtbot, admin_actor, process):
    view = make_view(qtbot, admin_actor, process[0].id)
    view.table.horizontalHeader().setSortIndicator(COLUMN_KEYS.index("value"), Qt.SortOrder.DescendingOrder)
    assert view.model.row_at(0).title == "Oferta 449 okna"
    view.table.horizontalHeader().setSortIndicator(COLUMN_KEYS.index("value"), Qt.SortOrder.AscendingOrder)
    assert view.model.row_at(0).title == "Dostawa 000"


def test_search_filters_and_tab_counts_follow(qtbot, admin_actor, process):
    view = make_view(qtbot, admin_actor, process[0].id)
    view.search.setText("dostawa")
    view.apply_filters()
    assert view.model.rowCount() == 150
    qtbot.waitUntil(lambda: view.tabs.tabText(0).endswith("(150)"))
    assert view.tabs.tabText(0).endswith("(150)") and view.tabs.tabText(1).endswith("(150)")


def test_spam_and_restore_through_the_buttons(qtbot, admin_actor, process):
    p, stages = process
    view = make_view(qtbot, admin_actor, p.id)
    view.table.selectRow(0)
    deal_id = view.model.index(0, 0).data(DEAL_ID_ROLE)
    view.spam_button.click()
    assert deals.stage_counts(p.id)[stages[0].id] == 449
    view.tabs.setCurrentIndex(view.tabs.count() - 1)
    assert view.model.rowCount() == 1 and view.spam_button.text() in ("Restore", "Przywróć")
    view.table.selectRow(0)
    view.spam_button.click()
    assert deals.get_deal(deal_id).stage_id == stages[0].id and view.model.rowCount() == 0


def test_column_layout_and_row_height_survive_a_restart(qtbot, admin_actor, process):
    view = make_view(qtbot, admin_actor, process[0].id)
    view.set_column_visible(COLUMN_KEYS.index("phone"), False)
    view.table.horizontalHeader().moveSection(COLUMN_KEYS.index("title"), 0)
    view.row_height.setValue(40)
    again = make_view(qtbot, admin_actor, process[0].id)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(COLUMN_KEYS.index("phone"))
    assert header.logicalIndex(0) == COLUMN_KEYS.index("title")
    assert again.table.verticalHeader().defaultSectionSize() == 40
    again.reset_layout()
    assert not header.isSectionHidden(COLUMN_KEYS.index("phone"))


def test_export_of_a_selection_writes_an_xlsx(qtbot, admin_actor, process, fake_dialogs, tmp_path):
    from openpyxl import load_workbook

    view = make_view(qtbot, admin_actor, process[0].id)
    view.table.selectRow(0)
    target = tmp_path / "wybrane.xlsx"
    fake_dialogs.answers = [str(target)]
    view.export()
    rows = list(load_workbook(target).active.values)
    assert len(rows) == 2 and rows[1][0] == view.model.row_at(0).number


def test_segment_saved_from_the_view_reopens_with_its_filter(qtbot, admin_actor, process, fake_dialogs):
    view = make_view(qtbot, admin_actor, process[0].id)
    view.search.setText("dostawa")
    fake_dialogs.answers = ["Dostawy"]
    view.save_segment()
    view.search.setText("")
    view.apply_filters()
    assert view.model.rowCount() == 200
    view._fill_segment_menu()
    view.segment_menu.actions()[-1].trigger()
    assert view.model.rowCount() == 150


def test_agent_sees_only_own_deals_and_no_owner_tools(qtbot, admin_actor, process):
    agent = users.actor_for(users.create_user(admin_actor, "ola", "Ola Żak").id)
    deals.create_deal(agent, process[0].id, "Moja szansa", source="Chat", expected_close=date(2026, 12, 2))
    view = make_view(qtbot, agent, process[0].id)
    assert view.model.rowCount() == 1 and view.model.row_at(0).title == "Moja szansa"
    assert not view.owner_button.isVisible() and not view.owner.isVisibleTo(view)


def test_funnel_model_type_is_a_thin_adapter():
    assert FunnelModel.KEYS == COLUMN_KEYS


def test_column_filter_narrows_rows_and_clear_restores_them(qtbot, admin_actor, process, fake_dialogs):
    view = make_view(qtbot, admin_actor, process[0].id)
    assert not view.clear_button.isEnabled()
    fake_dialogs.answers = ["dostawa 01"]
    view.ask_column_filter("title")
    expected = [i for i in range(450) if i % 3 == 0 and f"{i:03}".startswith("01")]  # "Dostawa 012" ...
    assert view.model.rowCount() == len(expected) == 3
    assert all("Dostawa 01" in view.model.row_at(r).title for r in range(view.model.rowCount()))
    assert view.clear_button.isEnabled() and "dostawa 01" in view.summary.text()
    view.clear_filters()
    assert view.model.rowCount() == 200 and not view.clear_button.isEnabled()


def test_bulk_move_to_a_stage_with_required_fields_asks_once_for_all(qtbot, admin_actor, process, fake_dialogs):
    p, stages = process
    lost = next(s for s in stages if s.kind.value == "lost")
    view = make_view(qtbot, admin_actor, p.id)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
    )
    ids = view.selected_ids()
    asked = []

    def reason(dialog):
        asked.append(list(dialog.inputs))
        dialog.inputs["lost_reason"].setPlainText("Wybrali konkurencję")
        dialog.accept()
        return True

    fake_dialogs.answers = [[s.name for s in stages].index(lost.name), reason]
    view.move_selected()
    assert asked == [["lost_reason"]] and len(ids) == 2
    assert {deals.get_deal(i).lost_reason for i in ids} == {"Wybrali konkurencję"}
    assert {deals.get_deal(i).stage_id for i in ids} == {lost.id}


def test_bulk_move_cancelled_in_the_fields_dialog_moves_nothing(qtbot, admin_actor, process, fake_dialogs):
    p, stages = process
    lost = next(s for s in stages if s.kind.value == "lost")
    view = make_view(qtbot, admin_actor, p.id)
    view.table.selectRow(0)
    ids = view.selected_ids()
    fake_dialogs.answers = [[s.name for s in stages].index(lost.name), lambda dialog: False]
    view.move_selected()
    assert deals.get_deal(ids[0]).stage_id != lost.id
