"""View → Reports: the chosen report's chart and table, its filters, drilling into the funnel, and exports."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt

from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui.main_window import MainWindow
from desktop.ui.reports.view import ReportsView


@pytest.fixture
def filled(sqlite_db, admin_actor):
    ala = users.create_user(admin_actor, "ala", "Ala Żółć")
    p = processes.create_process(admin_actor, "Sprzedaż")
    stages = processes.list_stages(p.id)
    deals.create_deal(admin_actor, p.id, "A", value="1000", owner_id=ala.id, source="telefon")
    deals.create_deal(admin_actor, p.id, "B", value="250.50", stage_id=stages[1].id)
    won = deals.create_deal(admin_actor, p.id, "C", value="99", now=datetime(2026, 1, 5, 10))
    deals.move_deal(admin_actor, won.id, stages[3].id, now=datetime(2026, 1, 20, 10))
    return {"admin": admin_actor, "ala": Actor(ala.id, "agent", ala.display_name), "process": p, "stages": stages}


def _view(qtbot, actor, process_id):
    view = ReportsView(actor)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.reload_choices(process_id)
    view.wait_for_report()
    return view


def test_pipeline_shows_a_pie_over_a_table_of_open_stages(qtbot, qtmodeltester, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    assert view.current_name() == "pipeline"
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 3
    assert [view.model.index(r, 1).data() for r in range(3)] == ["1", "1", "0"]
    assert view.chart.data.kind == "pie" and view.chart.data.series[0][1] == [1.0, 1.0, 0.0]
    assert "Open&nbsp;deals:&nbsp;<b>2</b>" in view.figures.text()  # a figure never wraps inside


def test_grouping_by_owner_and_the_source_filter(qtbot, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    view.by.setCurrentIndex(view.by.findData("owner"))
    view.wait_for_report()
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "Ala Żółć" in names
    view.source.setCurrentIndex(view.source.findData("telefon"))
    view.wait_for_report()
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == ["Ala Żółć"]


def test_an_agent_has_no_owner_filter_and_sees_own_numbers(qtbot, filled):
    view = _view(qtbot, filled["ala"], filled["process"].id)
    assert view.owners.isHidden()
    assert [view.model.index(r, 1).data() for r in range(3)] == ["1", "0", "0"]


def test_filter_buttons_fit_their_text_and_menu_arrow_and_the_view_fits_a_small_screen(qtbot, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    for button in (view.owners, view.export_button):
        text_width = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= text_width + 16, button.text()  # room for the text and the arrow beside it
    assert view.minimumSizeHint().width() <= 1024
    # the chart picker is hidden with its caption when there is one chart to show
    view.select_report("forecast")
    view.wait_for_report()
    assert view.view_choice.isHidden() == view.view_label.isHidden()


def test_the_pipeline_pie_can_be_shown_as_bars(qtbot, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    assert view.as_bars.isVisibleTo(view) and view.chart.data.kind == "pie"
    view.as_bars.setChecked(True)
    assert view.chart.data.kind == "bar" and view.chart.data.series[0][1] == [1.0, 1.0, 0.0]
    view.select_report("won-lost")
    view.wait_for_report()
    assert not view.as_bars.isVisibleTo(view)  # bars already


def test_an_all_zero_chart_says_so_instead_of_claiming_no_deals_match(qtbot, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    view.select_report("activity")
    view.wait_for_report()
    assert view.model.rowCount() > 0
    assert view.chart_data().empty_text == "Nothing to draw: every number in this chart is zero."


def test_clicking_a_slice_or_double_clicking_a_row_asks_for_those_deals(qtbot, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    view.show()
    qtbot.waitExposed(view)
    view.chart.update()
    qtbot.waitUntil(lambda: bool(view.chart._regions))  # painted: the regions a click is tested against
    with qtbot.waitSignal(view.open_deals) as signal:
        point = next(
            path.boundingRect().center()
            for path, index in view.chart._regions
            if index == 1 and path.contains(path.boundingRect().center())
        )
        qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y())))
    criteria = signal.args[0]
    assert criteria.stage_ids == [filled["stages"][1].id] and criteria.process_id == filled["process"].id
    assert view.chart.category_at(QPointF(-5, -5)) is None


def test_conversion_without_a_process_says_so_instead_of_failing(qtbot, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    view.select_report("conversion")
    view.wait_for_report()
    view.process.setCurrentIndex(0)  # all processes
    view.wait_for_report()
    assert view.report is None and "process" in view.chart.data.empty_text


def test_won_lost_months_read_by_name_in_the_table(qtbot, filled):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    view.select_report("won-lost")
    view.wait_for_report()
    view.period.setCurrentIndex(view.period.findData("all"))
    view.wait_for_report()
    assert view.model.index(0, 0).data() == "January 2026"
    assert view.chart.data.kind == "bar"


def test_exports_write_png_pdf_csv_and_xlsx(qtbot, filled, tmp_path, fake_dialogs):
    view = _view(qtbot, filled["admin"], filled["process"].id)
    view.by.setCurrentIndex(view.by.findData("owner"))
    view.wait_for_report()
    for kind in ("png", "pdf", "csv", "xlsx"):
        fake_dialogs.answers.append(str(tmp_path / f"r.{kind}"))
        view.export(kind)
    assert (tmp_path / "r.png").read_bytes()[:4] == b"\x89PNG"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "Open pipeline" in text and "Ala Żółć" in text
    assert "Ala Żółć" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet.cell(1, 1).value == "Owner"
    assert fake_dialogs.messages == []


def test_reports_action_shows_the_view_and_a_drill_opens_the_funnel(qtbot, filled):
    window = MainWindow(filled["admin"])
    qtbot.addWidget(window)
    window.reports_action.trigger()
    window.reports.wait_for_report()
    assert window.centre.currentWidget() is window.reports
    assert window.reports.model.rowCount() == 3
    window.reports.drill(1)
    assert window.centre.currentWidget() is window.funnel
    assert window.funnel.base.stage_ids == [filled["stages"][1].id]
    assert window.funnel.model.rowCount() == 1


def test_the_value_axis_steps_are_round_and_whole_for_counts():
    from desktop.ui.reports.chart import _axis

    assert _axis(34, whole=True) == (40, 10)  # not 0, 12.5, 25, 37.5, 50 deals
    assert _axis(50, whole=True) == (60, 20)
    assert _axis(3456.6) == (4000, 1000)
    assert _axis(1_134_672) == (1_500_000, 500_000)
    assert _axis(0.3, whole=True) == (1, 1)
    assert _axis(0, whole=True) == (4, 1)


def test_a_won_count_opens_its_deals_with_the_closing_month_shown_as_a_removable_filter(qtbot, filled):
    window = MainWindow(filled["admin"])
    qtbot.addWidget(window)
    window.reports_action.trigger()
    view = window.reports
    view.wait_for_report()
    view.select_report("won-lost")
    view.period.setCurrentIndex(view.period.findData("all"))
    view.wait_for_report()
    assert view.current_name() == "won-lost"
    column = view.report.column_index("won")
    assert view.model.index(0, 0).data() and view.report.cell(0, "won") == 1
    view.table.doubleClicked.emit(view.model.index(0, column))
    funnel = window.funnel
    assert window.centre.currentWidget() is funnel
    funnel.wait_for_counts()
    assert funnel.model.rowCount() == 1 and funnel.counts["all"] == 1
    assert funnel.tabs.tabText(0).endswith("(1)")
    chips = [label for label, _reset in funnel.base_filters()]
    assert chips[0] == "Stages: Won" and chips[1].startswith("Closed: ")
    assert funnel.chip_bar.isVisibleTo(funnel)
    funnel.remove_filter(funnel.base_filters()[1][1])  # the chip's ✕: the closing dates go
    assert funnel.base.closed_from is None and funnel.base.stage_ids == [filled["stages"][3].id]
    assert [label for label, _ in funnel.base_filters()] == ["Stages: Won"]
