"""No lost update (issue 19, item 3): a manual probability set on one connection and a drag of the same deal
on another, started together, never both succeed; the loser gets a ConflictError and the row stays whole."""

import threading
from datetime import datetime

from desktop.domain.errors import ConflictError
from desktop.services.deals import deals
from desktop.services.pipeline import board
from desktop.services.processes import processes
from desktop.store import db as store_db

T0 = datetime(2026, 5, 4, 9, 0)
ROUNDS = 100


def _race(actor, deal_id, version, stage_id):
    barrier = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def run(name, call):
        try:
            barrier.wait()
            call()
            outcome[name] = "won"
        except ConflictError:
            outcome[name] = "conflict"
        except Exception as exc:  # reported by the assertion below, not lost in the thread
            outcome[name] = repr(exc)
        finally:
            store_db.database.close()  # this thread's own connection

    threads = [
        threading.Thread(
            target=run, args=("manual", lambda: deals.edit_deal(actor, deal_id, version, probability_manual=80))
        ),
        threading.Thread(
            target=run, args=("drag", lambda: board.place(actor, deal_id, stage_id, expected_version=version))
        ),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcome


def test_manual_probability_and_a_stale_drag_never_both_win(db, admin):
    process = processes.create_process(admin, "Sprzedaż")
    first, second = processes.list_stages(process.id)[:2]
    deal = deals.create_deal(admin, process.id, "Okna", stage_id=first.id, now=T0)
    wins = {"manual": 0, "drag": 0}
    for _ in range(ROUNDS):
        current = deals.get_deal(deal.id)
        if current.stage_id != first.id:
            current = deals.move_deal(admin, deal.id, first.id)
        if current.probability_manual is not None:
            current = deals.edit_deal(admin, deal.id, current.version, probability_manual=None)
        outcome = _race(admin, deal.id, current.version, second.id)
        assert sorted(outcome.values()) == ["conflict", "won"], outcome
        winner = next(name for name, result in outcome.items() if result == "won")
        wins[winner] += 1
        after = deals.get_deal(deal.id)
        assert after.version == current.version + 1
        if winner == "manual":
            assert (after.stage_id, after.probability_manual, after.probability) == (first.id, 80, 80)
        else:
            assert (after.stage_id, after.probability_manual) == (second.id, None)
            assert after.probability == second.default_probability
    assert sum(wins.values()) == ROUNDS
