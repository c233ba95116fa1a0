"""Deal use-cases: numbering, required fields on entry, moves with stays and history, optimistic locking."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.domain.errors import ConflictError, MissingFields, NotFound, PermissionDenied, ValidationError
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.history import deal_history
from desktop.services.processes import processes
from desktop.store.models import StageStay


@pytest.fixture
def funnel(admin):
    p = processes.create_process(admin, "Lejek", "sales_funnel")
    return p, processes.list_stages(p.id)


def new_lead(admin, funnel, **extra):
    p, _ = funnel
    return deals.create_deal(
        admin, p.id, "Okna dla Zakładu Łódź", source="Phone", expected_close=date(2026, 12, 31), **extra
    )


def test_numbers_follow_the_process_format_and_sequence(admin, funnel):
    now = datetime(2026, 3, 1, 12)
    p, _ = funnel
    a = deals.create_deal(admin, p.id, "A", source="Phone", expected_close=date(2026, 4, 1), now=now)
    b = deals.create_deal(admin, p.id, "B", source="Phone", expected_close=date(2026, 4, 1), now=now)
    c = deals.create_deal(admin, p.id, "C", source="Phone", expected_close=date(2027, 4, 1), now=datetime(2027, 1, 2))
    assert (a.number, b.number, c.number) == ("SPR/2026/0001", "SPR/2026/0002", "SPR/2027/0001")


def test_entering_a_stage_asks_for_its_required_fields(admin, funnel):
    p, _ = funnel
    with pytest.raises(MissingFields) as err:
        deals.create_deal(admin, p.id, "No source")
    assert err.value.fields == ["source", "expected_close"]
    assert deals.deal_count() == 0


def test_money_is_exact_decimal(admin, funnel):
    deal = new_lead(admin, funnel, value="1 234,56", currency="eur")
    assert deal.value == Decimal("1234.56") and deal.currency == "EUR"


def test_move_records_stay_and_history_in_one_step(admin, funnel):
    _, stages = funnel
    deal = new_lead(admin, funnel)
    with pytest.raises(MissingFields) as err:
        deals.move_deal(admin, deal.id, stages[2].id)
    assert set(err.value.fields) == {"substage", "next_contact"}
    assert deals.get_deal(deal.id).stage_id == stages[0].id
    moved = deals.move_deal(
        admin, deal.id, stages[2].id, substage=stages[2].substages[1], next_contact=date(2026, 12, 1)
    )
    assert moved.stage_id == stages[2].id and moved.probability == 60
    stays = list(StageStay.select().where(StageStay.deal == deal.id).order_by(StageStay.id))
    assert [s.stage_id for s in stays] == [stages[0].id, stages[2].id]
    assert stays[0].left_at is not None and stays[1].left_at is None
    kinds = [e.kind for e in deal_history(users.local_admin(), deal.id)]
    assert kinds[:2] == ["created", "moved"] and "field_changed" in kinds


def test_lost_needs_a_reason_and_won_is_certain(admin, funnel):
    _, stages = funnel
    deal = new_lead(admin, funnel)
    with pytest.raises(MissingFields):
        deals.move_deal(admin, deal.id, stages[4].id)
    lost = deals.move_deal(admin, deal.id, stages[4].id, lost_reason="Za wysoka cena")
    assert lost.probability == 0 and lost.lost_reason == "Za wysoka cena"
    won = deals.move_deal(admin, deal.id, stages[3].id)
    assert won.probability == 100 and won.lost_reason == ""


def test_stale_save_is_refused_and_shows_the_current_version(admin, funnel):
    deal = new_lead(admin, funnel)
    deals.edit_deal(admin, deal.id, deal.version, title="Nowy tytuł")
    with pytest.raises(ConflictError) as err:
        deals.edit_deal(admin, deal.id, deal.version, title="Mój tytuł")
    assert err.value.current.title == "Nowy tytuł"
    assert deals.get_deal(deal.id).title == "Nowy tytuł"


def test_each_changed_field_is_one_history_event(admin, funnel):
    deal = new_lead(admin, funnel)
    deals.edit_deal(admin, deal.id, deal.version, title="T2", value="10", source="Phone")
    changes = [
        (e.payload["field"], e.payload["old"], e.payload["new"])
        for e in deal_history(users.local_admin(), deal.id)
        if e.kind == "field_changed"
    ]
    assert changes == [("title", "Okna dla Zakładu Łódź", "T2"), ("value", "0.00", "10.00")]


@pytest.mark.parametrize(
    "field,value",
    [
        ("title", " "),
        ("value", "dużo"),
        ("expected_close", "31.02.2026"),
        ("currency", "złoty"),
        ("substage", "Nie ma takiego"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(admin, funnel, field, value):
    deal = new_lead(admin, funnel)
    with pytest.raises(ValidationError):
        deals.edit_deal(admin, deal.id, deal.version, **{field: value})
    assert deals.get_deal(deal.id) == deal


def test_agents_see_and_change_only_their_own_deals(admin, funnel):
    p, _ = funnel
    agent = users.actor_for(users.create_user(admin, "ola", "Ola").id)
    other = new_lead(admin, funnel)
    with pytest.raises(NotFound):
        deals.get_deal(other.id, agent)
    with pytest.raises(NotFound):
        deals.edit_deal(agent, other.id, other.version, title="Mine now")
    own = deals.create_deal(agent, p.id, "Moja", source="Chat", expected_close=date(2026, 5, 1))
    assert deals.get_deal(own.id, agent).owner_id == agent.id
    with pytest.raises(PermissionDenied):
        deals.edit_deal(agent, own.id, own.version, owner_id=admin.id)
    assert deals.stage_counts(p.id, agent) == {own.stage_id: 1}
