"""Advanced search: the form becomes criteria, bad input is refused in place, a segment can be saved."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop.domain.funnel import Criteria
from desktop.services.deals import deals
from desktop.services.pipeline import segments
from desktop.services.processes import processes
from desktop.ui.funnel.search_dialog import SearchDialog
from desktop.ui.funnel.view import FunnelView
from desktop.ui.main_window import MainWindow


def check_items(widget, texts):
    for i in range(widget.count()):
        if widget.item(i).text() in texts:
            widget.item(i).setCheckState(Qt.CheckState.Checked)


def test_form_values_become_criteria_and_a_segment(qtbot, admin_actor):
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    dialog = SearchDialog(admin_actor, Criteria(process_id=p.id))
    qtbot.addWidget(dialog)
    check_items(dialog.stages, {"Offered"})
    check_items(dialog.sources, {"Phone"})
    dialog.created.set(date(2026, 1, 1), date(2026, 1, 31))
    dialog.value_min.setText("1 000,50")
    dialog.text.setText("okna")
    dialog.segment_name.setText("Okna w styczniu")
    dialog.accept_search()
    c = dialog.result_criteria
    offered = processes.list_stages(p.id)[2].id
    assert c.stage_ids == [offered] and c.sources == ["Phone"] and c.value_min == Decimal("1000.50")
    assert (c.created_from, c.created_to) == (date(2026, 1, 1), date(2026, 1, 31)) and c.text == "okna"
    assert [s.name for s in segments.list_segments(admin_actor)] == ["Okna w styczniu"]


def test_bad_amount_or_inverted_range_is_refused_in_place(qtbot, admin_actor):
    p = processes.create_process(admin_actor, "P")
    dialog = SearchDialog(admin_actor, Criteria(process_id=p.id))
    qtbot.addWidget(dialog)
    dialog.value_min.setText("dużo")
    dialog.accept_search()
    assert dialog.result_criteria is None and "amount" in dialog.message.text()
    dialog.value_min.setText("500")
    dialog.value_max.setText("100")
    dialog.accept_search()
    assert dialog.result_criteria is None and dialog.message.text()


def test_search_from_the_funnel_filters_the_table(qtbot, admin_actor, fake_dialogs):
    p = processes.create_process(admin_actor, "P")
    deals.create_deal(admin_actor, p.id, "Duża", value=5000)
    deals.create_deal(admin_actor, p.id, "Mała", value=10)
    view = FunnelView(admin_actor)
    qtbot.addWidget(view)
    view.set_process(p.id)

    def drive(dialog):
        dialog.value_min.setText("1000")
        dialog.accept_search()
        return dialog.result_criteria is not None

    fake_dialogs.answers = [drive]
    view.advanced_search()
    view.wait_for_counts()
    assert view.model.rowCount() == 1 and view.model.row_at(0).title == "Duża"


def test_segments_menu_in_the_main_window_opens_the_funnel(qtbot, admin_actor):
    p = processes.create_process(admin_actor, "P")
    deals.create_deal(admin_actor, p.id, "Okna PCV")
    deals.create_deal(admin_actor, p.id, "Drzwi")
    saved = segments.save_segment(admin_actor, "Okna", Criteria(process_id=p.id, text="okna"))
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    window._fill_segments_menu()
    assert [a.text() for a in window.segments_menu.actions()][-1] == "Okna"
    window.open_segment(saved.id)
    window.funnel.wait_for_counts()
    assert window.centre.currentWidget() is window.funnel
    assert window.funnel.model.rowCount() == 1


def test_refining_a_reports_deals_keeps_the_filters_the_form_has_no_field_for(qtbot, admin_actor):
    p = processes.create_process(admin_actor, "Lejek", "sales_funnel")
    stages = [s.id for s in processes.list_stages(p.id)]
    opened = Criteria(
        process_id=p.id,
        closed_from=date(2026, 1, 1),
        closed_to=date(2026, 1, 31),
        lost_reasons=["cena"],
        product_ids=[None],
        through_stage_ids=stages[:2],
        through_in_order=True,
    )
    dialog = SearchDialog(admin_actor, opened)
    qtbot.addWidget(dialog)
    dialog.text.setText("okna")
    dialog.accept_search()
    c = dialog.result_criteria
    assert (c.closed_from, c.closed_to, c.lost_reasons, c.product_ids) == (
        date(2026, 1, 1),
        date(2026, 1, 31),
        ["cena"],
        [None],
    )
    assert (c.through_stage_ids, c.through_in_order, c.text) == (stages[:2], True, "okna")
