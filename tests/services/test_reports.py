"""Reports (F11) against a small database built by hand, where every expected number is worked out below.

The story (default process: New 10 %, Presentation 30 %, Negotiation 60 %, Won, Lost; times at 10:00 UTC,
"now" is 2026-03-01 10:00):

    d1 Ala 1000 PLN phone  created 01-05  New -> Pres 01-10 -> Neg 01-20 -> Won 02-04   expected close 02-20
    d2 Ala  500 PLN email  created 01-06  New -> Pres 01-08 -> Lost 01-16 ("price")
    d3 Bob  200 EUR phone  created 01-07  New -> Neg 01-09 (skips Pres) -> Won 02-15    expected close 02-28
    d4 Bob  300 PLN        created 02-01  New -> Pres 02-03 -> New 02-05 -> Pres 02-06  expected close 04-10 (open)
    d5 Ala  700 PLN        created 02-10  New (open)                                     expected close 03-15
    d6 none 100 PLN        created 02-11  straight into Pres (open)
    d7 Bob  400 PLN        created 01-02  New -> Lost 01-12 ("no budget")
    d8 Bob   50 PLN        created 01-03  New -> Won 01-20
    d9 Ala  999 PLN        created 01-04  New, marked as spam (counted nowhere)
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import reports
from desktop.services.activities import tasks
from desktop.services.actor import Actor
from desktop.services.admin import users
from desktop.services.deals import deals, spam
from desktop.services.pipeline import board
from desktop.services.processes import processes
from desktop.services.reports import Filters
from desktop.store.models import Activity, OutboxMessage
from tests.support import snapshot

NOW = datetime(2026, 3, 1, 10, 0)


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, 0)


def _fill_story():
    admin = users.local_admin()
    ala = users.create_user(admin, "ala", "Ala Nowak")
    bob = users.create_user(admin, "bob", "Bob Żak")
    p = processes.create_process(admin, "Sprzedaż")
    new, pres, neg, won, lost = (s.id for s in processes.list_stages(p.id))
    processes.update_stage(admin, pres, rotting_days=20)

    def deal(title, owner, value, created, currency="PLN", source="", stage=None, **kw):
        return deals.create_deal(
            admin,
            p.id,
            title,
            stage_id=stage,
            now=created,
            owner_id=owner,
            value=value,
            currency=currency,
            source=source,
            **kw,
        ).id

    def move(deal_id, stage, when, **kw):
        deals.move_deal(admin, deal_id, stage, now=when, **kw)

    d = {}
    d[1] = deal("d1", ala.id, "1000", at(1, 5), source="phone", expected_close=date(2026, 2, 20))
    move(d[1], pres, at(1, 10))
    move(d[1], neg, at(1, 20))
    move(d[1], won, at(2, 4))
    d[2] = deal("d2", ala.id, "500", at(1, 6), source="email")
    move(d[2], pres, at(1, 8))
    move(d[2], lost, at(1, 16), lost_reason="price")
    d[3] = deal("d3", bob.id, "200", at(1, 7), currency="EUR", source="phone", expected_close=date(2026, 2, 28))
    move(d[3], neg, at(1, 9))
    move(d[3], won, at(2, 15))
    d[4] = deal("d4", bob.id, "300", at(2, 1), expected_close=date(2026, 4, 10))
    move(d[4], pres, at(2, 3))
    move(d[4], new, at(2, 5))
    move(d[4], pres, at(2, 6))
    d[5] = deal("d5", ala.id, "700", at(2, 10), expected_close=date(2026, 3, 15))
    d[6] = deal("d6", None, "100", at(2, 11), stage=pres)
    d[7] = deal("d7", bob.id, "400", at(1, 2))
    move(d[7], lost, at(1, 12), lost_reason="no budget")
    d[8] = deal("d8", bob.id, "50", at(1, 3))
    move(d[8], won, at(1, 20))
    d[9] = deal("d9", ala.id, "999", at(1, 4))
    spam.mark_spam(admin, [d[9]], now=at(1, 4))
    return {
        "admin": admin,
        "ala": Actor(ala.id, "agent", ala.display_name),
        "bob": Actor(bob.id, "agent", bob.display_name),
        "ala_id": ala.id,
        "bob_id": bob.id,
        "process": p.id,
        "stages": (new, pres, neg, won, lost),
        "deals": d,
    }


# built once per module (issue 22); the module's tests without ``story`` start from the migrated template
_story_snapshots, db, story = snapshot.built_once(_fill_story, "story")


def run(name, actor, now=NOW, **filters):
    return reports.run(name, actor, Filters(**filters), now=now)


def by_label(report):
    return {row[0]: row for row in report.rows}


# --- pipeline -----------------------------------------------------------------------------------------------


def test_pipeline_counts_values_and_weighted_values_of_open_deals_by_stage(story):
    r = run("pipeline", story["admin"], process_id=story["process"])
    assert [row[0] for row in r.rows] == ["New", "Presentation", "Negotiation"]
    assert [r.cell(i, "count") for i in range(3)] == [1, 2, 0]
    assert [r.cell(i, "value", "PLN") for i in range(3)] == [Decimal("700.00"), Decimal("400.00"), Decimal("0.00")]
    # d5 700 x 10 %; d4 300 x 30 % + d6 100 x 30 %
    assert [r.cell(i, "weighted", "PLN") for i in range(3)] == [Decimal("70.00"), Decimal("120.00"), Decimal("0.00")]
    assert r.chart.kind == "pie" and r.chart.views[0].series[0].values == [1.0, 2.0, 0.0]


def test_pipeline_equals_the_board_headers_for_the_same_filters(story):
    open_ids = list(story["stages"][:3])
    for actor in (story["admin"], story["ala"], story["bob"]):
        r = run("pipeline", actor, process_id=story["process"])
        headers = board.totals(actor, open_ids)
        for i, stage_id in enumerate(open_ids):
            assert r.cell(i, "count") == headers[stage_id].count
            for currency, total in headers[stage_id].sums.items():
                assert r.cell(i, "value", currency) == total
                assert r.cell(i, "weighted", currency) == headers[stage_id].weighted[currency]


def test_pipeline_split_by_owner_and_by_source(story):
    by_owner = by_label(run("pipeline", story["admin"], process_id=story["process"], by="owner"))
    assert by_owner["Ala Nowak"][1] == 1 and by_owner["Bob Żak"][1] == 1 and by_owner[None][1] == 1
    by_source = run("pipeline", story["admin"], process_id=story["process"], by="source")
    assert by_source.rows == [[None, 3, Decimal("1100.00"), Decimal("190.00")]]


def test_pipeline_split_by_product_of_the_chosen_variants_with_the_rest_under_none(admin):
    from desktop.services.calculation import calculations, catalogue

    p = processes.create_process(admin, "Okna")
    new, pres, _neg, won, _lost = (s.id for s in processes.list_stages(p.id))
    window = catalogue.save_product(admin, code="OK-1", name="Okno", net_price="100")
    door = catalogue.save_product(admin, code="DR-1", name="Drzwi", net_price="50")
    catalogue.save_rate(admin, "EUR", "PLN", "4")

    def variant(deal_id, *lines, currency=None):
        v = calculations.add_calculation(admin, deal_id, "A", currency=currency)
        for fields in lines:
            calculations.add_line(admin, v.id, **fields)
        return v.id

    # x (New 10 %): 2 windows at 100 less 10 % = 180 and a door at 50; a second, unchosen variant is ignored
    x = deals.create_deal(admin, p.id, "x", stage_id=new).id
    variant(
        x,
        {"product_id": window.id, "quantity": "2", "unit_price": "100", "discount_pct": "10"},
        {"product_id": door.id, "quantity": "1", "unit_price": "50"},
    )
    variant(x, {"product_id": door.id, "quantity": "100", "unit_price": "50"})
    # y (Presentation 30 %): one window at 10 EUR, at the frozen rate 4 = 40 PLN
    y = deals.create_deal(admin, p.id, "y", stage_id=pres).id
    variant(y, {"product_id": window.id, "quantity": "1", "unit_price": "10"}, currency="EUR")
    # z: no variant, 70 PLN; w: a variant of free text only, 25 PLN; v: won, not in the open pipeline
    deals.create_deal(admin, p.id, "z", stage_id=new, value="70")
    w = deals.create_deal(admin, p.id, "w", stage_id=new).id
    variant(w, {"description": "Montaż", "quantity": "1", "unit_price": "25"})
    v = deals.create_deal(admin, p.id, "v", stage_id=new).id
    variant(v, {"product_id": window.id, "quantity": "9", "unit_price": "100"})
    deals.move_deal(admin, v, won)

    r = reports.run("pipeline", admin, Filters(process_id=p.id, by="product"))

    assert r.rows == [
        ["Drzwi", 1, Decimal("50.00"), Decimal("5.00")],
        ["Okno", 2, Decimal("220.00"), Decimal("30.00")],  # 180 x 10 % + 40 x 30 %
        [None, 2, Decimal("95.00"), Decimal("9.50")],
    ]
    figures = {(f.label, f.currency): f.value for f in r.summary}
    assert figures == {
        ("Open deals", ""): 4,
        ("Value", "PLN"): Decimal("365.00"),
        ("Weighted value", "PLN"): Decimal("44.50"),
    }
    assert [d["product_ids"] for d in r.drill] == [[door.id], [window.id], [None]]
    # an agent sees only their own deals' products
    ala = users.create_user(admin, "ala", "Ala Nowak")
    mine = reports.run("pipeline", Actor(ala.id, "agent", "Ala Nowak"), Filters(process_id=p.id, by="product"))
    assert mine.rows == []


def test_sources_in_use_lists_each_source_once_and_an_agent_only_their_own(story):
    from desktop.services.reports.base import sources_in_use

    assert sources_in_use(story["admin"]) == ["email", "phone"]
    assert sources_in_use(story["bob"]) == ["phone"]
    assert sources_in_use(story["admin"], story["process"]) == ["email", "phone"]


def test_pipeline_of_an_agent_holds_only_their_deals(story):
    r = run("pipeline", story["ala"], process_id=story["process"])
    assert [r.cell(i, "count") for i in range(3)] == [1, 0, 0]
    assert r.summary[0].value == 1


# --- won and lost -------------------------------------------------------------------------------------------


def test_won_lost_per_month_with_win_rate(story):
    r = run("won-lost", story["admin"], process_id=story["process"])
    jan, feb = by_label(r)["2026-01"], by_label(r)["2026-02"]
    assert (r.cell(0, "won"), r.cell(0, "lost"), r.cell(0, "win_rate")) == (1, 2, Decimal("33.3"))
    assert r.cell(0, "won_value", "PLN") == Decimal("50.00") and r.cell(0, "lost_value", "PLN") == Decimal("900.00")
    assert jan[0] == "2026-01" and feb[1:3] == [2, 0]
    assert r.cell(1, "won_value", "PLN") == Decimal("1000.00") and r.cell(1, "won_value", "EUR") == Decimal("200.00")
    figures = {f.label: f.value for f in r.summary if not f.currency}
    assert figures == {"Won": 3, "Lost": 2, "Win rate": Decimal("60.0")}


def test_won_lost_per_owner_and_lost_reasons(story):
    owners = by_label(run("won-lost", story["admin"], by="owner"))
    assert owners["Ala Nowak"][1:5] == [1, 1, 0, Decimal("50.0")]
    assert owners["Bob Żak"][1:5] == [2, 1, 0, Decimal("66.7")]
    reasons = run("won-lost", story["admin"], by="reason")
    assert [(row[0], row[1]) for row in reasons.rows] == [("no budget", 1), ("price", 1)]
    assert reasons.cell(1, "lost_value", "PLN") == Decimal("500.00")


def test_won_lost_period_is_the_closing_date_and_agents_see_their_own(story):
    feb = run("won-lost", story["admin"], start=date(2026, 2, 1), end=date(2026, 2, 28))
    assert [row[0] for row in feb.rows] == ["2026-02"]
    mine = run("won-lost", story["ala"], by="owner")
    assert [row[0] for row in mine.rows] == ["Ala Nowak"]


# --- conversion ---------------------------------------------------------------------------------------------


def test_conversion_counts_reached_at_any_point_and_in_order(story):
    r = run("conversion", story["admin"], process_id=story["process"])
    assert [row[0] for row in r.rows] == ["New", "Presentation", "Negotiation", "Won"]
    assert [row[1] for row in r.rows] == [7, 4, 2, 3]
    assert [row[2] for row in r.rows] == [None, Decimal("57.1"), Decimal("50.0"), Decimal("150.0")]
    assert r.cell(1, "drop_off") == Decimal("42.9")
    assert r.cell(3, "drop_off") is None  # 3 won after 2 in Negotiation (d8 skipped it): no negative drop-off
    # in order: d1 runs the whole way; d2 and d4 reach Presentation; d3, d5, d7, d8 stop after New; d6 starts late
    assert [row[4] for row in r.rows] == [7, 3, 1, 1]
    assert [row[5] for row in r.rows] == [None, Decimal("42.9"), Decimal("33.3"), Decimal("100.0")]
    assert {f.label: f.value for f in r.summary}["Win rate"] == Decimal("60.0")


def test_conversion_cohort_and_visibility(story):
    feb = run("conversion", story["admin"], process_id=story["process"], start=date(2026, 2, 1))
    assert [row[1] for row in feb.rows] == [2, 2, 0, 0]  # d4, d5 reached New; d4, d6 Presentation
    bob = run("conversion", story["bob"], process_id=story["process"])
    assert [row[1] for row in bob.rows] == [4, 1, 1, 2]  # d3, d4, d7, d8


def test_conversion_needs_a_process(story):
    with pytest.raises(ValidationError):
        run("conversion", story["admin"])


# --- the business time zone -------------------------------------------------------------------------------


@pytest.fixture
def machine_in_tokyo(monkeypatch):
    """The machine's clock in Tokyo (UTC+9), so counting in its zone instead of the business one would show."""
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_months_days_and_periods_are_counted_in_the_business_time_zone_not_utc_nor_the_machines(
    admin, machine_in_tokyo
):
    from desktop.services import business_time

    business_time.set_business_zone(admin, "Europe/Warsaw")
    p = processes.create_process(admin, "Strefa")
    _new, _pres, _neg, won, lost = (s.id for s in processes.list_stages(p.id))
    # a: won at 23:30 on 31 January in Warsaw (22:30 UTC; already 1 February in Tokyo) -> January
    a = deals.create_deal(admin, p.id, "a", now=datetime(2026, 1, 10, 10, 0), value="100").id
    deals.move_deal(admin, a, won, now=datetime(2026, 1, 31, 22, 30))
    # b: created 23:30 on 31 January, won 00:30 on 1 February in Warsaw (23:30 UTC on 31 January) -> February,
    # one calendar day after it was created
    b = deals.create_deal(admin, p.id, "b", now=datetime(2026, 1, 31, 22, 30), value="200").id
    deals.move_deal(admin, b, won, now=datetime(2026, 1, 31, 23, 30))
    # c: lost at 00:30 on 1 August in Warsaw, summer time (22:30 UTC on 31 July) -> August, 31 days after 1 July
    c = deals.create_deal(admin, p.id, "c", now=datetime(2026, 7, 1, 10, 0), value="300").id
    deals.move_deal(admin, c, lost, now=datetime(2026, 7, 31, 22, 30), lost_reason="price")

    months = run("won-lost", admin, process_id=p.id)
    assert [(row[0], row[1], row[2]) for row in months.rows] == [
        ("2026-01", 1, 0),
        ("2026-02", 1, 0),
        ("2026-08", 0, 1),
    ]
    feb = run("won-lost", admin, process_id=p.id, start=date(2026, 2, 1), end=date(2026, 2, 28))
    assert [(row[0], row[1]) for row in feb.rows] == [("2026-02", 1)]
    jan = run("won-lost", admin, process_id=p.id, start=date(2026, 1, 1), end=date(2026, 1, 31))
    assert jan.cell(0, "won_value", "PLN") == Decimal("100.00")

    cycle = run("cycle", admin, process_id=p.id).extra["days_to_close"]
    assert cycle["won"]["median"] == Decimal("11.0")  # a: 10 -> 31 January = 21 days; b: 1 day
    assert cycle["lost"]["median"] == Decimal("31.0")

    forecast = run("forecast", admin, process_id=p.id, now=datetime(2026, 8, 31, 22, 30))
    won_in = {row[0]: row[forecast.column_index("won", "PLN")] for row in forecast.rows}
    assert (won_in["2026-01"], won_in["2026-02"]) == (Decimal("100.00"), Decimal("200.00"))


# --- forecast -----------------------------------------------------------------------------------------------


def test_forecast_by_expected_close_month_with_won_and_accuracy(story):
    r = run("forecast", story["admin"], process_id=story["process"], start=date(2026, 1, 1), end=date(2026, 4, 30))
    rows = by_label(r)
    assert list(rows) == ["2026-01", "2026-02", "2026-03", "2026-04"]
    month = {row[0]: i for i, row in enumerate(r.rows)}
    assert r.cell(month["2026-03"], "weighted", "PLN") == Decimal("70.00")  # d5 700 x 10 %
    assert r.cell(month["2026-04"], "weighted", "PLN") == Decimal("90.00")  # d4 300 x 30 %
    assert r.cell(month["2026-01"], "won", "PLN") == Decimal("50.00")
    assert r.cell(month["2026-02"], "won", "PLN") == Decimal("1000.00")
    # February began with d1 in Negotiation (60 % of 1000) and d3 in Negotiation (60 % of 200 EUR)
    assert r.cell(month["2026-02"], "forecast", "PLN") == Decimal("600.00")
    assert r.cell(month["2026-02"], "forecast", "EUR") == Decimal("120.00")
    assert r.cell(month["2026-02"], "accuracy", "PLN") == Decimal("166.7")
    assert r.cell(month["2026-03"], "forecast", "PLN") == Decimal("70.00")
    assert r.cell(month["2026-03"], "accuracy", "PLN") == Decimal("0.0")
    assert r.cell(month["2026-01"], "accuracy", "PLN") is None  # nothing was expected
    assert r.cell(month["2026-04"], "forecast", "PLN") is None  # not begun yet
    # a month's bar opens the open deals expected to close in it, in the funnel view
    from desktop.domain.funnel import Criteria
    from desktop.services.pipeline import funnel

    shown = [row.title for row in funnel.iter_rows(story["admin"], Criteria(**r.drill[month["2026-03"]]))]
    assert shown == ["d5"]


def test_forecast_at_month_start_weighs_each_deal_by_the_stage_it_was_in_then(admin):
    """Deals that stayed put since the month began count in their current stage; deals that moved since, in the
    stage they were in at its first moment; deals made later, or closed by then, not at all; agents their own."""
    ala = users.create_user(admin, "ala", "Ala Nowak")
    p = processes.create_process(admin, "Prognoza")
    _new, pres, neg, won, lost = (s.id for s in processes.list_stages(p.id))  # New 10 %, Pres 30 %, Neg 60 %

    def deal(title, value, created, close, owner=None):
        return deals.create_deal(admin, p.id, title, now=created, value=value, owner_id=owner, expected_close=close).id

    # a: in New on 1 February, moved to Negotiation on 3 February: 1000 x 10 %
    a = deal("a", "1000", datetime(2026, 1, 20, 10), date(2026, 2, 15), owner=ala.id)
    deals.move_deal(admin, a, neg, now=datetime(2026, 2, 3, 10))
    # b: in Presentation since 28 January, still there: 500 x 30 %
    b = deal("b", "500", datetime(2026, 1, 25, 10), date(2026, 2, 20))
    deals.move_deal(admin, b, pres, now=datetime(2026, 1, 28, 10))
    # c: created on 2 February: not in February's opening forecast
    deal("c", "300", datetime(2026, 2, 2, 10), date(2026, 2, 25))
    # d: lost on 30 January: closed when February began
    d = deal("d", "700", datetime(2026, 1, 10, 10), date(2026, 2, 10))
    deals.move_deal(admin, d, lost, now=datetime(2026, 1, 30, 10), lost_reason="price")
    # e: in Negotiation on 1 February, won on 5 February: 200 x 60 %
    e = deal("e", "200", datetime(2026, 1, 5, 10), date(2026, 2, 27), owner=ala.id)
    deals.move_deal(admin, e, neg, now=datetime(2026, 1, 6, 10))
    deals.move_deal(admin, e, won, now=datetime(2026, 2, 5, 10))

    def february(actor):
        r = run("forecast", actor, process_id=p.id, start=date(2026, 2, 1), end=date(2026, 2, 28))
        return r.cell(0, "forecast", "PLN")

    assert february(admin) == Decimal("370.00")  # 100 + 150 + 120
    assert february(Actor(ala.id, "agent", ala.display_name)) == Decimal("220.00")  # a and e


# --- cycle --------------------------------------------------------------------------------------------------


def test_cycle_days_to_close_median_and_average(story):
    r = run("cycle", story["admin"], process_id=story["process"])
    cycle = r.extra["days_to_close"]
    # closed: d1 30 (won), d2 10 (lost), d3 39 (won), d7 10 (lost), d8 17 (won)
    assert cycle["all"] == {"median": Decimal("17.0"), "average": Decimal("21.2"), "count": 5}
    assert cycle["won"] == {"median": Decimal("30.0"), "average": Decimal("28.7"), "count": 3}
    assert cycle["lost"]["median"] == Decimal("10.0")


def test_cycle_time_in_stage_counts_current_stays_and_stuck_deals(story):
    r = run("cycle", story["admin"], process_id=story["process"])
    rows = by_label(r)
    # New: 5, 2, 2, 2 + 1 (d4 twice), 19 (d5, still there), 10, 17 -> 58 / 8
    assert rows["New"][1:4] == [Decimal("7.3"), 8, 1]
    # Presentation: 10, 8, 2 + 23 (d4 now), 18 (d6 now) -> 61 / 5
    assert rows["Presentation"][1:4] == [Decimal("12.2"), 5, 2]
    assert rows["Negotiation"][1:4] == [Decimal("26.0"), 2, 0]
    assert rows["Presentation"][4:] == [20, 1]  # d4: 23 days > 20; d6: 18 days
    assert rows["New"][5] is None  # no rotting days set


def test_cycle_figures_of_days_met_in_several_stages_are_those_of_the_days_listed_one_by_one():
    from statistics import mean, median

    from desktop.services.reports.cycle import sorted_figures

    # (days, deals) of two closed stages of one kind, merged in order: a day may come twice
    pairs = sorted([(3, 2), (10, 1), (40, 3), (3, 1), (10, 2), (41, 1)])
    listed = [days for days, n in pairs for _ in range(n)]  # 3 3 3 10 10 10 40 40 40 41: even, two middles
    figures = sorted_figures(pairs)
    assert figures == {"median": Decimal("10.0"), "average": Decimal("20.0"), "count": 10}
    assert (figures["median"], figures["average"]) == (Decimal(str(median(listed))), Decimal(str(mean(listed))))
    more = sorted([*pairs, (41, 2)])  # 3 3 3 10 10 10 | 40 40 40 41 41 41: the middles in two entries
    assert sorted_figures(more) == {"median": Decimal("25.0"), "average": Decimal("23.5"), "count": 12}
    assert sorted_figures([]) == {"median": None, "average": None, "count": 0}


def test_cycle_of_an_agent(story):
    cycle = run("cycle", story["ala"], process_id=story["process"]).extra["days_to_close"]
    assert cycle["all"]["count"] == 2 and cycle["all"]["median"] == Decimal("20.0")  # d1 30, d2 10


# --- activity -----------------------------------------------------------------------------------------------


def test_activity_per_salesperson(story):
    admin, ala, bob = story["admin"], story["ala_id"], story["bob_id"]
    d = story["deals"]
    done = tasks.create_task(admin, "call", d[5], due_at=at(2, 20), owner_id=ala, now=at(2, 15))
    tasks.set_done(admin, done.id, now=at(2, 21))
    tasks.create_task(admin, "offer", d[5], due_at=datetime(2026, 3, 5, 10), owner_id=ala, now=at(2, 15))
    tasks.create_task(admin, "late", d[5], due_at=at(2, 25), owner_id=ala, now=at(2, 15))
    tasks.create_task(admin, "someday", None, owner_id=bob, now=at(2, 15))
    step = Activity.create(stage=story["stages"][0], name="Call", weight=0)
    from desktop.services.activities import activities

    activities.complete_activity(story["bob"], d[4], step.id, now=at(2, 2))
    for status in ("sent", "sent", "failed"):
        OutboxMessage.create(
            deal=d[5],
            user=ala,
            from_addr="a@x.pl",
            to_addr="k@y.pl",
            subject="s",
            status=status,
            message_id=f"<{status}{OutboxMessage.select().count()}@x>",
            queued_at=at(2, 1),
            sent_at=at(2, 1),
        )
    r = run("activity", admin)
    rows = by_label(r)
    #                       done planned overdue activities e-mails created won lost win rate
    assert rows["Ala Nowak"][1:] == [1, 1, 1, 0, 2, 3, 1, 1, Decimal("50.0")]
    assert rows["Bob Żak"][1:] == [0, 1, 0, 1, 0, 4, 2, 1, Decimal("66.7")]
    feb = by_label(run("activity", admin, start=date(2026, 2, 1), end=date(2026, 2, 28)))
    assert feb["Ala Nowak"][1:7] == [1, 0, 1, 0, 2, 1]  # planned task is due in March; created: d5
    assert [row[0] for row in run("activity", story["bob"]).rows] == ["Bob Żak"]


def test_activity_reads_a_periods_done_activities_from_their_date_index(sqlite_db, caplog):
    """Migration 0242: the activities done in the period come from the (done_at, ...) index, not from every
    activity in ``done_by_id`` order (200 ms of the report at a million deals)."""
    import logging

    from desktop.services.admin import users

    with caplog.at_level(logging.DEBUG, logger="peewee"):
        reports.run("activity", users.local_admin(), Filters(start=date(2026, 2, 1), end=date(2026, 2, 28)))
    caught = [r.msg for r in caplog.records if isinstance(r.msg, tuple) and '"deal_activity"' in r.msg[0]]
    ((sql, params),) = caught
    plan = " ".join(str(row[-1]) for row in sqlite_db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
    assert "deal_activity_done_at" in plan, plan


def test_unknown_report_and_grouping_are_refused(story):
    with pytest.raises(ValidationError):
        run("nope", story["admin"])
    with pytest.raises(ValidationError):
        run("pipeline", story["admin"], by="moon")
