"""A report's number opens its deals: for every count a report shows (won-lost by month, owner and lost reason,
conversion reached and in order, the pipeline by stage, owner, source and product), the funnel criteria it
drills into list exactly that many deals, for managers and agents alike, on SQLite and PostgreSQL.

The deals are the hand-built story of test_reports (its docstring tells them)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.funnel import Criteria
from desktop.services import reports
from desktop.services.deals import deals
from desktop.services.pipeline import funnel
from desktop.services.reports import Filters
from tests.services.test_reports import NOW, _story_snapshots, db, story  # noqa: F401 - the fixtures (story built once)

COUNTS = {
    "won-lost": ("won", "lost", "other"),
    "conversion": ("reached", "in_order"),
    "pipeline": ("count",),
}


def opened(actor, spec: dict) -> tuple[int, int]:
    """The funnel's "All" count and the number of rows it lists for these criteria."""
    criteria = Criteria(**spec).check()
    return funnel.counts(actor, criteria)["all"], sum(1 for _ in funnel.iter_rows(actor, criteria))


def assert_every_count_opens_as_many_deals(report, actor, keys) -> int:
    checked = 0
    present = {c.key for c in report.columns}
    for row in range(len(report.rows)):
        for key in keys:
            if key not in present:
                continue
            spec = report.drill_criteria(row, key)
            shown = report.cell(row, key)
            if spec is None and shown == 0:
                continue  # e.g. "Other closed" of a process without such a stage: nothing to open
            assert spec is not None, (report.name, row, key)
            assert opened(actor, spec) == (shown, shown), (report.name, report.rows[row], key, spec)
            checked += 1
    return checked


def run(name, actor, **filters):
    return reports.run(name, actor, Filters(**filters), now=NOW)


@pytest.mark.parametrize("by", ["month", "owner", "reason"])
def test_won_lost_numbers_open_that_many_deals_in_the_funnel(story, by):  # noqa: F811 - the fixture
    for actor in (story["admin"], story["ala"], story["bob"]):
        for period in ({}, {"start": date(2026, 1, 12), "end": date(2026, 2, 10)}):
            report = run("won-lost", actor, process_id=story["process"], by=by, **period)
            assert assert_every_count_opens_as_many_deals(report, actor, COUNTS["won-lost"]) > 0


def test_won_lost_month_opens_the_deals_closed_in_that_month_of_the_period(story):  # noqa: F811
    report = run("won-lost", story["admin"], process_id=story["process"], start=date(2026, 1, 12))
    spec = report.drill_criteria(0, "won")
    assert (spec["closed_from"], spec["closed_to"]) == (date(2026, 1, 12), date(2026, 1, 31))
    titles = [row.title for row in funnel.iter_rows(story["admin"], Criteria(**spec))]
    assert titles == ["d8"]  # won on 01-20; d7 lost on 01-12 is in the row but not in the won column
    row_spec = report.drill_criteria(0)
    assert sorted(r.title for r in funnel.iter_rows(story["admin"], Criteria(**row_spec))) == ["d2", "d7", "d8"]


def test_lost_reason_opens_the_deals_lost_for_it(story):  # noqa: F811
    report = run("won-lost", story["admin"], process_id=story["process"], by="reason")
    specs = {row[0]: report.drill_criteria(i) for i, row in enumerate(report.rows)}
    assert [r.title for r in funnel.iter_rows(story["admin"], Criteria(**specs["price"]))] == ["d2"]
    assert [r.title for r in funnel.iter_rows(story["admin"], Criteria(**specs["no budget"]))] == ["d7"]


def test_conversion_numbers_open_the_deals_that_reached_the_stage_and_those_in_order(story):  # noqa: F811
    for actor in (story["admin"], story["ala"], story["bob"]):
        for period in ({}, {"start": date(2026, 2, 1)}):
            report = run("conversion", actor, process_id=story["process"], **period)
            assert assert_every_count_opens_as_many_deals(report, actor, COUNTS["conversion"]) > 0
    report = run("conversion", story["admin"], process_id=story["process"])
    presentation_in_order = report.drill_criteria(1, "in_order")
    titles = sorted(r.title for r in funnel.iter_rows(story["admin"], Criteria(**presentation_in_order)))
    assert titles == ["d1", "d2", "d4"]


@pytest.mark.parametrize("by", ["stage", "owner", "source"])
def test_pipeline_numbers_open_that_many_deals(story, by):  # noqa: F811
    for actor in (story["admin"], story["ala"], story["bob"]):
        report = run("pipeline", actor, process_id=story["process"], by=by)
        assert assert_every_count_opens_as_many_deals(report, actor, COUNTS["pipeline"]) > 0


def test_pipeline_product_rows_open_the_deals_of_that_product_and_the_rest(admin):
    from desktop.services.calculation import calculations, catalogue
    from desktop.services.processes import processes

    p = processes.create_process(admin, "Okna")
    new, pres, _neg, won, _lost = (s.id for s in processes.list_stages(p.id))
    window = catalogue.save_product(admin, code="OK-1", name="Okno", net_price="100")
    door = catalogue.save_product(admin, code="DR-1", name="Drzwi", net_price="50")

    def variant(deal_id, *products, chosen=True):
        v = calculations.add_calculation(admin, deal_id, "A")
        for product in products:
            calculations.add_line(admin, v.id, product_id=product, quantity="1", unit_price="10")
        return v.id

    x = deals.create_deal(admin, p.id, "x", stage_id=new).id
    variant(x, window.id, door.id)
    y = deals.create_deal(admin, p.id, "y", stage_id=pres).id
    variant(y, window.id)
    deals.create_deal(admin, p.id, "z", stage_id=new, value="70")  # no variant: under "(none)"
    v = deals.create_deal(admin, p.id, "v", stage_id=new).id
    variant(v, door.id)
    deals.move_deal(admin, v, won)  # not open: in no row

    report = reports.run("pipeline", admin, Filters(process_id=p.id, by="product"))

    assert [(row[0], row[1]) for row in report.rows] == [("Drzwi", 1), ("Okno", 2), (None, 1)]
    assert assert_every_count_opens_as_many_deals(report, admin, ("count",)) == 3
    none_row = report.drill_criteria(2)
    assert [r.title for r in funnel.iter_rows(admin, Criteria(**none_row))] == ["z"]


def test_new_filters_survive_a_saved_segment(story):  # noqa: F811
    criteria = Criteria(
        process_id=story["process"],
        closed_from=date(2026, 1, 1),
        closed_to=date(2026, 1, 31),
        lost_reasons=["price"],
        product_ids=[None, 3],
        through_stage_ids=[1, 2],
        through_in_order=True,
    )
    assert Criteria.from_json(criteria.to_json()) == criteria
