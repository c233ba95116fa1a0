"""The sales-cycle report's stored numbers (migration 0220) give what counting the history gives.

``deal_path.cycle_days`` (days from creation to the deal's stage, in the business zone) and ``stage_time`` (per
stage: stays, open stays, Σ entry seconds, Σ closed seconds; kept by database triggers) must equal the history
after every kind of write: creation, moves forth and back, won and lost, spam, the trash and deleting for good,
a stage's deletion, moving to another process, an import and its revert, another business time zone. Each
check compares the report read from the summaries with the same report counted from the stays and dates (the
path agents and narrowed reports take), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from desktop.services import business_time
from desktop.services.admin import users
from desktop.services.deals import deals, spam, transfer, trash
from desktop.services.processes import processes
from desktop.services.reports import Filters, cycle
from desktop.services.reports.base import stages_of, zone
from desktop.store import db as store_db
from desktop.store import deal_paths
from desktop.store.models import Deal, StageTime
from tests.support import snapshot

START = datetime(2026, 1, 5, 8, 0)
NOW = datetime(2026, 6, 1, 12, 30)


def counted_from_history(monkeypatch, actor, f: Filters, now: datetime):
    """The cycle figures the slow way: the summaries switched off."""
    with monkeypatch.context() as m:
        m.setattr(cycle, "_stored_apply", lambda *_a, **_k: False)
        return _figures(actor, f, now)


def _figures(actor, f: Filters, now: datetime):
    open_ids = [s[0] for s in stages_of(f.process_id, ("open",))]
    return cycle.cycle_days(actor, f), cycle.time_in_stage(actor, f, open_ids, now) if open_ids else {}


def assert_summaries_match(monkeypatch, actor, process_ids, now=NOW):
    assert cycle._stored_apply(actor, Filters(), periods=True) and deal_paths.days_zone(fresh=True) == zone().key
    for process_id in process_ids:
        f = Filters(process_id=process_id)
        stored = _figures(actor, f, now)
        assert stored == counted_from_history(monkeypatch, actor, f, now), process_id
    assert _stage_time_rows() == _stage_time_recounted()
    assert_totals_match()


def assert_totals_match() -> None:
    """deal_total, path_total and cycle_total (kept by triggers) equal their sources counted afresh."""
    from desktop.store import summaries

    for s in summaries.definitions(store_db.is_postgres()):
        names = s.key_columns() + s.sum_columns()
        kept = store_db.database.execute_sql(f"SELECT {', '.join(names)} FROM {s.table}").fetchall()
        kept_rows = {tuple(row[: len(s.keys)]): tuple(int(n) for n in row[len(s.keys) :]) for row in kept}
        counted = store_db.database.execute_sql(summaries.grouped_sql(s, s.source)).fetchall()
        counted_rows = {tuple(row[: len(s.keys)]): tuple(int(n) for n in row[len(s.keys) :]) for row in counted}
        zero = tuple(0 for _ in s.sums)
        assert {k: v for k, v in kept_rows.items() if v != zero} == counted_rows, s.table


def _stage_time_rows() -> dict:
    rows = StageTime.select(
        StageTime.stage, StageTime.stays, StageTime.open_stays, StageTime.open_entered, StageTime.closed_seconds
    ).tuples()
    return {sid: tuple(int(n) for n in rest) for sid, *rest in rows if rest[0]}


def _stage_time_recounted() -> dict:
    seconds = (
        "CAST(FLOOR(EXTRACT(EPOCH FROM {c})) AS BIGINT)"
        if store_db.is_postgres()
        else "CAST(strftime('%s', {c}) AS INTEGER)"
    )
    entered, left = seconds.format(c="entered_at"), seconds.format(c="left_at")
    cursor = store_db.database.execute_sql(
        "SELECT stage_id, COUNT(*), SUM(CASE WHEN left_at IS NULL THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN left_at IS NULL THEN {entered} ELSE 0 END), "
        f"SUM(CASE WHEN left_at IS NULL THEN 0 ELSE {left} - {entered} END) "
        "FROM stage_stay WHERE stage_id IS NOT NULL GROUP BY stage_id"
    )
    return {sid: tuple(int(n) for n in rest) for sid, *rest in cursor.fetchall()}


def _fill_history():
    """Two processes and 40 deals with a random history (seeded): moves forth and back, won, lost, spam."""
    admin = users.local_admin()
    rng = random.Random(18)
    a = processes.create_process(admin, "Sprzedaż")
    b = processes.create_process(admin, "Serwis")
    stages = {p.id: processes.list_stages(p.id) for p in (a, b)}
    ids = []
    for n in range(40):
        process = a if n % 3 else b
        created = START + timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
        deal = deals.create_deal(admin, process.id, f"d{n}", now=created, value=str(rng.randint(1, 900)))
        when = created
        for _ in range(rng.randint(0, 5)):
            when += timedelta(days=rng.randint(0, 9), hours=rng.randint(0, 23), minutes=rng.randint(1, 59))
            target = rng.choice(stages[process.id])
            if target.id == deals.get_deal(deal.id).stage_id:
                continue
            extra = {"lost_reason": "price"} if target.kind.value == "lost" else {}
            deals.move_deal(admin, deal.id, target.id, now=when, **extra)
            if target.kind.value != "open":
                break
        ids.append(deal.id)
    spam.mark_spam(admin, ids[:3], now=NOW)
    return {"admin": admin, "a": a.id, "b": b.id, "stages": stages, "ids": ids}


# built once per module (issue 22); the module's tests without ``history`` start from the migrated template
_history_snapshots, db, history = snapshot.built_once(_fill_history, "history")


def test_stored_cycle_numbers_equal_the_history_after_moves_spam_and_deletions(monkeypatch, history):
    admin = history["admin"]
    processes_ = (history["a"], history["b"], None)
    assert_summaries_match(monkeypatch, admin, processes_)
    for now in (START, NOW + timedelta(days=400)):  # open stays are counted up to any moment
        assert_summaries_match(monkeypatch, admin, processes_, now)

    # the trash (flags the deals) and deleting for good (the stays go with the deal)
    trash.delete_deals(admin, history["ids"][3:6], now=NOW)
    trash.purge_deals(admin, history["ids"][3:5], now=NOW)
    assert_summaries_match(monkeypatch, admin, processes_)

    # another process: the deal's stay closes, a new one opens in the other process's stage
    target = history["stages"][history["b"]][0]
    moving = next(i for i in history["ids"][6:] if deals.get_deal(i).process_id == history["a"])
    transfer.move_to_process(admin, moving, target.id, now=NOW)
    assert_summaries_match(monkeypatch, admin, processes_)

    # a stage deleted: its deals move to another stage; the stays keep their history without a stage
    doomed, receiving = history["stages"][history["a"]][1], history["stages"][history["a"]][0]
    processes.delete_stage(admin, doomed.id, receiving.id)
    assert_summaries_match(monkeypatch, admin, processes_)


def test_another_business_zone_counts_the_days_to_close_again(monkeypatch, history):
    admin = history["admin"]
    for name in ("Pacific/Kiritimati", "America/Los_Angeles"):
        business_time.set_business_zone(admin, name)
        assert deal_paths.days_zone(fresh=True) == name
        assert_summaries_match(monkeypatch, admin, (history["a"], history["b"]))


def test_days_counted_in_another_zone_than_the_business_one_are_not_used(monkeypatch, history):
    """The computer's zone changed under a database without a chosen zone: the days are counted afresh."""
    admin = history["admin"]
    f = Filters(process_id=history["a"])
    expected = counted_from_history(monkeypatch, admin, f, NOW)
    store_db.database.execute_sql(
        f"UPDATE setting SET value = {store_db.database.param} WHERE key = 'report_days_zone'", ["Asia/Tokyo"]
    )
    store_db.database.execute_sql("UPDATE deal_path SET cycle_days = cycle_days + 1000")
    assert cycle.cycle_days(admin, f) == expected[0]


def test_an_import_and_its_revert_keep_the_stored_numbers(monkeypatch, admin, tmp_path):
    from tests.services.imports.conftest import do_import

    csv = tmp_path / "deals.csv"
    csv.write_text(
        "title,stage,created,closed\n"
        "A,Prospecting,2026-01-02,\n"
        "B,Won,2026-01-03,2026-02-10\n"
        "C,Lost,2026-01-04,2026-01-20\n"
        "D,Engaging,2026-01-05,\n",
        encoding="utf-8",
    )
    result = do_import(admin, csv, process="Z pliku")
    assert result.counts["created"] == 4
    assert_summaries_match(monkeypatch, admin, (result.process_id,))
    days = cycle.cycle_days(admin, Filters(process_id=result.process_id))
    assert (days["won"]["median"], days["lost"]["median"]) == (38, 16)

    from desktop.services.imports import revert

    revert.revert_batch(admin, result.batch_id)
    assert_summaries_match(monkeypatch, admin, (result.process_id,))
    assert cycle.cycle_days(admin, Filters(process_id=result.process_id))["all"]["count"] == 0


def test_a_second_import_into_the_same_stages_adds_to_their_kept_totals(monkeypatch, admin, tmp_path):
    # the import writes its deals and stays without the totals' row triggers and adds them per chunk after
    from desktop.store import search
    from tests.services.imports.conftest import do_import

    stages = ("Prospecting", "Engaging", "Won", "Lost")
    for batch in (1, 2):
        csv = tmp_path / f"deals{batch}.csv"
        lines = ["title,stage,value,created,closed"]
        for n in range(60):
            stage = stages[n % 4]
            closed = "2026-02-10" if stage in ("Won", "Lost") else ""
            lines.append(f"Dostawa {batch}-{n},{stage},{100 + n},2026-01-{1 + n % 28:02d},{closed}")
        csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = do_import(admin, csv, process="Z pliku")
        assert result.counts["created"] == 60
        assert_summaries_match(monkeypatch, admin, (result.process_id,))
    found = Deal.select(Deal.title).where(search.contains(Deal, "dostawa 2-17")).tuples()
    assert [t for (t,) in found] == ["Dostawa 2-17"]


def test_narrowed_reports_and_agents_count_from_the_history(history):
    from desktop.services.actor import Actor

    f = Filters(process_id=history["a"], start=date(2026, 2, 1), end=date(2026, 3, 31))
    assert not cycle._stored_apply(history["admin"], f, periods=True)
    assert not cycle._stored_apply(history["admin"], Filters(owner_ids=(None,)), periods=True)
    assert not cycle._stored_apply(Actor(99, "agent", "x"), Filters(), periods=True)


def test_the_summaries_are_what_the_report_reads(history):
    """Guard against a comparison of the slow way with itself: a wrong summary shows in the report."""
    f = Filters(process_id=history["a"])
    before = cycle.cycle_days(history["admin"], f)
    store_db.database.execute_sql("UPDATE deal_path SET cycle_days = cycle_days + 1000")
    assert cycle.cycle_days(history["admin"], f)["all"]["median"] == before["all"]["median"] + 1000
    open_ids = [s[0] for s in stages_of(f.process_id, ("open",))]
    spent = cycle.time_in_stage(history["admin"], f, open_ids, NOW)
    store_db.database.execute_sql("UPDATE stage_time SET closed_seconds = closed_seconds + stays * 864000")
    changed = cycle.time_in_stage(history["admin"], f, open_ids, NOW)
    assert all(changed[k][0] >= spent[k][0] + 10 for k in spent)  # ten days more per stay (spam's too)


def test_a_move_by_a_copy_that_missed_a_zone_change_leaves_the_days_unknown_and_the_report_right(monkeypatch, history):
    admin = history["admin"]
    old = deal_paths.days_zone(fresh=True)
    business_time.set_business_zone(admin, "Asia/Tokyo")  # another copy of Etap changed the zone ...
    deal_paths._zones[str(store_db.database.database)] = (old, 10**12)  # ... this one still knows the old one
    won = next(s for s in history["stages"][history["a"]] if s.kind.value == "won")
    moving = next(
        i
        for i in history["ids"][6:]
        if deals.get_deal(i).process_id == history["a"] and deals.get_deal(i).stage_id != won.id
    )
    deals.move_deal(admin, moving, won.id, now=NOW)
    assert deal_paths.unknown_days([won.id])
    f = Filters(process_id=history["a"])
    assert cycle.cycle_days(admin, f) == counted_from_history(monkeypatch, admin, f, NOW)[0]


def test_a_bulk_load_with_deferred_indexes_counts_stage_time_afresh_and_keeps_the_triggers(admin):
    from desktop.store import bulk

    p = processes.create_process(admin, "Hurt")
    stages = processes.list_stages(p.id)
    deal = deals.create_deal(admin, p.id, "x", now=START)
    rows = [
        (deal.id, stages[i % 3].id, "s", START + timedelta(hours=i), None if i % 4 else START + timedelta(days=i))
        for i in range(50)
    ]
    with bulk.deferred_indexes(["stage_stay"]):
        bulk.insert_rows("stage_stay", ("deal_id", "stage_id", "stage_name", "entered_at", "left_at"), rows)
    assert _stage_time_rows() == _stage_time_recounted()
    assert_totals_match()
    deals.move_deal(admin, deal.id, stages[1].id, now=NOW)  # the triggers are back
    assert _stage_time_rows() == _stage_time_recounted()
    assert_totals_match()


def test_concurrent_moves_on_two_connections_keep_stage_time_exact(admin):
    """Two connections move their own deals at once, in opposite directions between the same stages, several
    times over (on PostgreSQL every stay write takes stage_time's advisory lock first): neither fails nor
    deadlocks, and stage_time equals the stays counted afresh."""
    import threading

    p = processes.create_process(admin, "Wyścig")
    first, second, third = processes.list_stages(p.id)[:3]
    left = [deals.create_deal(admin, p.id, f"L{i}", stage_id=first.id, now=START).id for i in range(12)]
    right = [deals.create_deal(admin, p.id, f"R{i}", stage_id=third.id, now=START).id for i in range(12)]
    rounds = 6
    barrier = threading.Barrier(2)
    failures: list[str] = []

    def mover(ids: list[int], path: list[int]) -> None:
        try:
            for n in range(rounds):
                barrier.wait()
                at = START + timedelta(days=n + 1)
                deals.move_many(admin, ids, path[n % len(path)], now=at)
        except Exception as exc:  # reported by the assertion below, not lost in the thread
            failures.append(repr(exc))
            barrier.abort()
        finally:
            store_db.database.close()  # this thread's own connection

    threads = [
        threading.Thread(target=mover, args=(left, [second.id, third.id, first.id])),
        threading.Thread(target=mover, args=(right, [second.id, first.id, third.id])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert _stage_time_rows() == _stage_time_recounted()
    assert_totals_match()
    counted = _stage_time_rows()
    assert counted[first.id][0] == 12 + 2 * 12 + 2 * 12  # the left deals' creations, then two moves in per side
    assert sum(rows[1] for rows in counted.values()) == 24  # one open stay per deal


def test_one_statement_updating_many_deals_keeps_the_totals_whether_one_or_none_of_them_changes(history):
    """PostgreSQL's update trigger tells changed rows from the statement's old and new rows (a set difference):
    a statement over every deal that changes one deal's value, then one that changes no summed column."""
    from desktop.store.models import Deal

    ids = history["ids"]
    Deal.update(value_minor=Deal.value_minor + (Deal.id == ids[5]).cast("integer") * 100).execute()
    assert_totals_match()
    Deal.update(title=Deal.title).execute()  # nothing summed changes: the trigger returns early
    assert_totals_match()
    Deal.update(probability=Deal.probability, owner=None).where(Deal.id.in_(ids[:7])).execute()
    assert_totals_match()
