"""Wrong types and shapes at the public write services (issue 19, item 5), on SQLite and PostgreSQL: each call
either succeeds or raises an EtapError with the database unchanged; never anything else."""

from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import EtapError, ValidationError
from desktop.domain.triggers import Action
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.services.triggers import rules
from desktop.store.models import Deal, Process, Stage, Trigger

T0 = datetime(2026, 5, 4, 9, 0)

# values of every awkward type and shape a caller (or a broken form) may hand over
awkward = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        ["\x00", "\ud800", "=?utf-8?q?x?=", "\u200b\u200b", "50.9", "10e999", "NaN", "-1", "ZZZ", "{seq:099}"]
    ),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
FIELDS = list(deals.EDITABLE)


def _snapshot():
    return (
        sorted(Deal.select().tuples()),
        sorted(Stage.select().tuples()),
        sorted(Process.select().tuples()),
        sorted(Trigger.select().tuples()),
    )


@pytest.fixture
def world(db, admin):
    process = processes.create_process(admin, "Sprzedaż")
    stages = processes.list_stages(process.id)
    deal = deals.create_deal(admin, process.id, "Okna", stage_id=stages[0].id, value="100.50", now=T0)
    return admin, process, stages, deal


def _call(operation):
    before = _snapshot()
    try:
        operation()
    except EtapError:
        assert _snapshot() == before  # a refusal changes nothing
        return False
    return True


SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(field=st.sampled_from(FIELDS), value=awkward)
def test_editing_a_deal_with_any_value_succeeds_or_refuses_cleanly(world, field, value):
    admin, _process, _stages, deal = world
    current = deals.get_deal(deal.id)
    _call(lambda: deals.edit_deal(admin, deal.id, current.version, **{field: value}))


@SETTINGS
@given(title=awkward, field=st.sampled_from([f for f in FIELDS if f != "title"]), value=awkward, stage=awkward)
def test_creating_a_deal_with_any_value_succeeds_or_refuses_cleanly(world, title, field, value, stage):
    admin, process, _stages, _deal = world
    _call(lambda: deals.create_deal(admin, process.id, title, stage_id=stage, **{field: value}))


def test_a_stage_id_that_is_not_a_number_is_refused_cleanly(world):
    admin, process, _stages, _deal = world
    for stage in (":", "1; DROP TABLE deal", -1, 2**70, 1.5):
        with pytest.raises(ValidationError):
            deals.create_deal(admin, process.id, "Okna", stage_id=stage)


@SETTINGS
@given(period=awkward, action=st.one_of(st.sampled_from([str(a) for a in Action]), awkward), params=awkward)
def test_saving_a_trigger_with_any_value_succeeds_or_refuses_cleanly(world, period, action, params):
    admin, _process, stages, _deal = world
    _call(lambda: rules.save_trigger(admin, stages[0].id, period, action, params))


@SETTINGS
@given(name=awkward, number_format=awkward)
def test_process_names_and_number_formats_succeed_or_refuse_cleanly(world, name, number_format):
    admin, process, stages, _deal = world
    _call(lambda: processes.rename_stage(admin, stages[1].id, name))
    if _call(lambda: processes.set_number_format(admin, process.id, number_format)):
        deals.create_deal(admin, process.id, "Next", now=T0)  # a saved format always gives a number


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("value", Decimal("NaN")),
        ("value", Decimal("Infinity")),
        ("title", "Okna \ud800"),
        ("title", "Okna\x00"),
        ("title", "\u200b\u200b\u200b"),
        ("contact_id", 10**20),
        ("owner_id", "kowalski"),
        ("probability_manual", "abc"),
        ("probability_manual", 50.9),
        ("probability_manual", "50.9"),
        ("currency", "ZZZ"),
        ("source", "a\x00b"),
        ("lost_reason", "\x00"),
    ],
)
def test_the_attacks_found_are_refused(world, field, value):
    admin, _process, _stages, deal = world
    before = _snapshot()
    with pytest.raises(ValidationError):
        deals.edit_deal(admin, deal.id, deal.version, **{field: value})
    assert _snapshot() == before


def test_a_currency_change_never_rounds_an_amount(world):
    admin, _process, _stages, deal = world
    cheap = deals.edit_deal(admin, deal.id, deal.version, value="0.50")
    with pytest.raises(ValidationError) as err:
        deals.edit_deal(admin, deal.id, cheap.version, currency="JPY")
    assert "JPY" in err.value.english() and deals.get_deal(deal.id).value == Decimal("0.50")
    with pytest.raises(ValidationError):
        deals.edit_deal(admin, deal.id, cheap.version, currency="JPY", value="0.50")
    yen = deals.edit_deal(admin, deal.id, cheap.version, currency="JPY", value="1")
    assert (yen.currency, yen.value) == ("JPY", Decimal("1"))
    assert deals.edit_deal(admin, deal.id, yen.version, currency="KWD").value == Decimal("1.000")


def test_unknown_template_or_action_and_a_text_period_are_refused(world):
    admin, _process, stages, _deal = world
    for period, action, params in [
        ("seven", Action.NOTIFY, {}),
        (7, "explode", {}),
        (7, Action.EMAIL, {"template_id": 999}),
        (7, Action.CAMPAIGN, {"campaign_id": "x"}),
        (7, Action.MOVE, {"stage_id": 10**20}),
    ]:
        with pytest.raises(ValidationError):
            rules.save_trigger(admin, stages[0].id, period, action, params)
    assert Trigger.select().count() == 0


def test_a_number_format_that_breaks_new_deals_is_refused_at_save(world):
    admin, process, _stages, _deal = world
    with pytest.raises(ValidationError):
        processes.set_number_format(admin, process.id, "{seq:099}")
    assert deals.create_deal(admin, process.id, "Next", now=T0).number
