"""Board queries and moves (F2): header totals agree with the cards, manual order, required fields, clients."""

import csv
import itertools
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ConflictError, MissingFields
from desktop.domain.stages import Field, StageKind
from desktop.services.admin import users
from desktop.services.clients import clients, companies, contacts
from desktop.services.deals import deals
from desktop.services.pipeline import board
from desktop.services.processes import processes
from desktop.store.db import is_postgres
from desktop.store.models import Company, Contact, Deal, Event, OutboxMessage


def _process(admin, name="Sprzedaż"):
    p = processes.create_process(admin, name)
    return p, processes.list_stages(p.id)


def _direct_totals(stage_id):
    rows = {}
    for d in Deal.select().where((Deal.stage == stage_id) & (Deal.spam == False)):  # noqa: E712
        count, total, weighted = rows.get(d.currency, (0, 0, 0))
        rows[d.currency] = (count + 1, total + d.value_minor, weighted + d.value_minor * d.probability)
    return rows


def _ids(admin, stage_id, **kw):
    return [c.id for c in board.page(admin, stage_id, **({"limit": 1000} | kw))]  # the whole column


def test_header_totals_are_per_currency_with_weighted_sum(admin):
    p, stages = _process(admin)
    first = stages[0].id
    processes.update_stage(admin, first, default_probability=25)
    deals.create_deal(admin, p.id, "A", value="1000.50", currency="PLN")
    deals.create_deal(admin, p.id, "B", value="99.50", currency="PLN")
    deals.create_deal(admin, p.id, "C", value="200", currency="EUR")
    totals = board.totals(admin, [s.id for s in stages])
    assert totals[first].count == 3
    assert totals[first].sums == {"PLN": Decimal("1100.00"), "EUR": Decimal("200.00")}
    assert totals[first].weighted == {"PLN": Decimal("275.00"), "EUR": Decimal("50.00")}
    assert totals[stages[1].id].count == 0 and totals[stages[1].id].sums == {}


def test_columns_page_in_manual_order_and_every_card_appears_once(admin):
    p, stages = _process(admin)
    made = [deals.create_deal(admin, p.id, f"Deal {i}").id for i in range(7)]
    seen, after = [], None
    while True:
        cards = board.page(admin, stages[0].id, after, limit=3)
        if not cards:
            break
        seen += [c.id for c in cards]
        after = (cards[-1].board_rank, cards[-1].id)
    assert seen == list(reversed(made))  # a new deal goes on top of its column


def test_place_between_two_cards_keeps_the_manual_order(admin):
    p, stages = _process(admin)
    a, b, c = (deals.create_deal(admin, p.id, t).id for t in "abc")  # column order: c, b, a
    board.place(admin, a, stages[0].id, above_id=c, below_id=b)
    assert _ids(admin, stages[0].id) == [c, a, b]
    board.place(admin, c, stages[0].id, above_id=b, below_id=None)
    assert _ids(admin, stages[0].id) == [a, b, c]
    kinds = [e.kind for e in Event.select().where(Event.deal == c)]
    assert "reordered" in kinds


def test_many_drops_into_one_gap_make_room_instead_of_colliding(admin):
    p, stages = _process(admin)
    top, bottom = deals.create_deal(admin, p.id, "bottom").id, deals.create_deal(admin, p.id, "top").id
    top, bottom = bottom, top
    moved = [deals.create_deal(admin, p.id, f"m{i}", stage_id=stages[1].id).id for i in range(60)]
    above = top
    for deal_id in moved:  # each lands right under the previous one: the gap halves every time
        board.place(admin, deal_id, stages[0].id, above_id=above, below_id=bottom)
        above = deal_id
    assert _ids(admin, stages[0].id) == [top, *moved, bottom]


def test_move_to_a_stage_with_required_fields_is_refused_until_given_and_changes_nothing(admin):
    p, stages = _process(admin)
    target = stages[1]
    processes.update_stage(admin, target.id, required=[Field.NEXT_CONTACT, Field.SOURCE])
    deal = deals.create_deal(admin, p.id, "Okna")
    with pytest.raises(MissingFields) as err:
        board.place(admin, deal.id, target.id)
    assert set(err.value.fields) == {"next_contact", "source"}
    assert deals.get_deal(deal.id).stage_id == stages[0].id
    moved = board.place(admin, deal.id, target.id, next_contact=date(2026, 12, 1), source="Telefon")
    assert moved.stage_id == target.id and moved.source == "Telefon"


def test_a_stale_drag_is_refused_when_the_deal_changed_meanwhile(admin):
    p, stages = _process(admin)
    deal = deals.create_deal(admin, p.id, "Okna")
    deals.edit_deal(admin, deal.id, deal.version, title="Okna PCV")
    with pytest.raises(ConflictError):
        board.place(admin, deal.id, stages[1].id, expected_version=deal.version)
    assert deals.get_deal(deal.id).stage_id == stages[0].id


def test_agent_sees_only_own_cards_and_totals(admin):
    p, stages = _process(admin)
    agent = users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)
    deals.create_deal(admin, p.id, "Admin's", value="100")
    mine = deals.create_deal(admin, p.id, "Ola's", value="50", owner_id=agent.id)
    assert _ids(agent, stages[0].id) == [mine.id]
    assert board.totals(agent, [stages[0].id])[stages[0].id].sums == {"PLN": Decimal("50.00")}


def test_each_agent_reads_only_own_cards_and_task_marks_from_the_once_compiled_page(admin):
    from datetime import datetime, timedelta

    from desktop.services.activities import tasks

    p, stages = _process(admin)
    ola = users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)
    jan = users.actor_for(users.create_user(admin, "jan", "Jan Ćwik").id)
    olas = deals.create_deal(admin, p.id, "Ola's", owner_id=ola.id)
    jans = deals.create_deal(admin, p.id, "Jan's", owner_id=jan.id)
    now = datetime(2026, 11, 22, 12, 0)
    for d in (olas, jans):
        tasks.create_task(admin, "Telefon", d.id, now - timedelta(hours=1), owner_id=d.owner_id, now=now)
    both = [olas.id, jans.id]
    for _ in range(2):  # the second round reads the compiled shapes
        assert _ids(ola, stages[0].id) == [olas.id] and _ids(jan, stages[0].id) == [jans.id]
        assert set(_ids(admin, stages[0].id)) == set(both)
        assert tasks.next_task_states(ola, both, now, now.replace(hour=0)) == {olas.id: tasks.OVERDUE}
        assert tasks.next_task_states(jan, both, now, now.replace(hour=0)) == {jans.id: tasks.OVERDUE}
    first = board.page(ola, stages[0].id)[0]
    assert isinstance(first.stage_entered_at, datetime)
    assert first == board.page(ola, stages[0].id, text="Ola")[0]  # the same card as the search's query reads


def test_all_columns_read_at_once_are_each_columns_own_page_with_its_marks_in_one_statement_on_a_team_server(admin):
    from datetime import datetime, timedelta

    from playhouse.test_utils import count_queries

    from desktop.services.activities import tasks
    from desktop.services.calculation import offer_tracking

    p, stages = _process(admin)
    ola = users.actor_for(users.create_user(admin, "ola", "Ola Żak").id)
    now = datetime(2026, 11, 22, 12, 0)
    day = now.replace(hour=0)
    made = []
    for i in range(9):
        made.append(deals.create_deal(admin, p.id, f"Deal {i}", owner_id=ola.id if i % 3 else None).id)
        if i % 2:
            deals.move_deal(admin, made[-1], stages[1].id)
    # an overdue, a today's, a planned and an undated task, one done; an opened offer e-mail
    for deal_id, due in ((made[0], now - timedelta(hours=1)), (made[1], now + timedelta(hours=1)), (made[2], None)):
        tasks.create_task(admin, "Telefon", deal_id, due, owner_id=admin.id, now=now)
    tasks.create_task(admin, "Spotkanie", made[3], now + timedelta(days=3), owner_id=admin.id, now=now)
    done = tasks.create_task(admin, "Mail", made[4], now, owner_id=admin.id, now=now)
    tasks.set_done(admin, done.id, now=now)
    for deal_id, opened in ((made[5], now), (made[6], None)):
        OutboxMessage.insert(
            deal=deal_id, from_addr="biuro@etap.example", to_addr="anna@klient.example", subject="Oferta",
            message_id=f"<o{deal_id}@etap.example>", status="sent", queued_at=now, opened_at=opened,
        ).execute()  # fmt: skip
    limits = {stages[0].id: 2, stages[1].id: 60, stages[2].id: 60}
    for actor in (admin, ola, admin):  # the last round reads the compiled shape
        with count_queries() as counted:
            read = board.columns(actor, limits, now, day)
        # PostgreSQL: one round trip; SQLite: a page per column, then the task marks and the offers of all cards
        assert counted.count == (1 if is_postgres() else len(limits) + 2), [q.msg for q in counted.get_queries()]
        assert read.cards == {stage_id: board.page(actor, stage_id, None, n) for stage_id, n in limits.items()}
        ids = [c.id for column in read.cards.values() for c in column]
        assert read.task_states == tasks.next_task_states(actor, ids, now, day)
        assert read.opened == offer_tracking.opened_deals(ids)
    assert [len(read.cards[s.id]) for s in stages[:3]] == [2, 4, 0]
    everything = board.columns(admin, {stages[0].id: 60, stages[1].id: 60}, now, day)
    assert everything.task_states == {
        made[0]: tasks.OVERDUE,
        made[1]: tasks.TODAY,
        made[2]: tasks.PLANNED,
        made[3]: tasks.PLANNED,
    }
    assert everything.opened == {made[5]}
    searched = board.columns(admin, limits, now, day, "Deal 1")
    assert searched.cards == {stage: board.page(admin, stage, None, n, "Deal 1") for stage, n in limits.items()}


def test_search_filters_cards_and_totals_alike(admin):
    p, stages = _process(admin)
    firm = Company.create(name="Łódzka Fabryka Okien")
    deals.create_deal(admin, p.id, "Drzwi", value="10")
    hit = deals.create_deal(admin, p.id, "Okna", value="30", company_id=firm.id)
    assert _ids(admin, stages[0].id, text="Fabryka") == [hit.id]
    assert board.totals(admin, [stages[0].id], "Fabryka")[stages[0].id].count == 1
    assert board.stage_deal_ids(admin, stages[0].id, "fabryka") == [hit.id]


def test_add_clients_creates_one_deal_per_contact_in_the_stage(admin):

    p, stages = _process(admin)
    firm = companies.create_company(admin, name="Żabka Sp. z o.o.")
    anna = contacts.create_contact(admin, first_name="Anna", last_name="Wiśniewska", company_id=firm.id)
    jan = contacts.create_contact(admin, first_name="Jan", last_name="Kowal")
    assert [c.name for c in clients.find_contacts("wiśn")] == ["Anna Wiśniewska"]
    created = clients.add_clients(admin, p.id, stages[1].id, [anna.id, jan.id])
    rows = [deals.get_deal(i) for i in created]
    assert [r.stage_id for r in rows] == [stages[1].id] * 2
    assert rows[0].title == "Żabka Sp. z o.o. — Anna Wiśniewska" and rows[0].contact_id == anna.id


def test_client_export_neutralises_formulas_and_keeps_polish_letters(admin, tmp_path):
    from openpyxl import load_workbook

    from desktop.domain.timeutil import utcnow

    p, stages = _process(admin)
    evil = Contact.create(first_name='=HYPERLINK("x")', last_name="Łącki", email="+48@x.pl", created_at=utcnow())
    deals.create_deal(admin, p.id, "@SUM(A1)", contact_id=evil.id)
    header = ["Kontakt", "Firma", "E-mail", "Telefon", "Numer", "Szansa", "Etap", "Wartość", "Waluta", "Opiekun"]
    csv_path, xlsx_path = tmp_path / "k.csv", tmp_path / "k.xlsx"
    assert clients.export_clients(admin, csv_path, header, p.id, stages[0].id) == 1
    assert clients.export_clients(admin, xlsx_path, header, p.id) == 1
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][0] == '\'=HYPERLINK("x") Łącki' and rows[1][2] == "'+48@x.pl" and rows[1][5] == "'@SUM(A1)"
    sheet = load_workbook(xlsx_path).active
    values = [c.value for c in sheet[2]]
    assert values[0] == '\'=HYPERLINK("x") Łącki' and values[5] == "'@SUM(A1)"
    assert sheet.cell(1, 8).value == "Wartość"


_EXAMPLES = itertools.count()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    moves=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 4), st.integers(0, 12)), min_size=1, max_size=25),
)
@pytest.mark.slow
def test_header_totals_equal_a_direct_query_after_any_moves(sqlite_db, moves):
    admin = users.local_admin()
    p, stages = _process(admin, f"P{next(_EXAMPLES)}")
    open_stages = [s for s in stages if s.kind in (StageKind.OPEN, StageKind.WON)]
    for i, s in enumerate(stages):
        if s.kind is StageKind.OPEN:
            processes.update_stage(admin, s.id, default_probability=10 * i + 5)
    made = [
        deals.create_deal(admin, p.id, f"D{i}", value=str(100 * i + 7), currency=("PLN", "EUR")[i % 2]).id
        for i in range(10)
    ]
    for deal_index, stage_index, row in moves:
        stage = open_stages[stage_index % len(open_stages)]
        ids = _ids(admin, stage.id)
        above = ids[row - 1] if 0 < row <= len(ids) else None
        below = ids[row] if row < len(ids) else None
        deal_id = made[deal_index]
        if deal_id in (above, below):
            continue
        board.place(admin, deal_id, stage.id, above, below)
    totals = board.totals(admin, [s.id for s in stages])
    for s in stages:
        direct = _direct_totals(s.id)
        assert totals[s.id].count == sum(v[0] for v in direct.values())
        assert {c: int(v * 100) for c, v in totals[s.id].sums.items()} == {c: v[1] for c, v in direct.items()}
        assert totals[s.id].count == len(_ids(admin, s.id, limit=100))
