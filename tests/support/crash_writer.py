"""A writer for the crash test: creates, moves and edits deals through the services, forever, and prints one
line per ACKNOWLEDGED commit (after the service returned) so the test knows what must survive a SIGKILL.

    python -m tests.support.crash_writer DB SEED
Lines: ``create <id>``, ``edit <id> <n>`` (title is ``t<n>``, n grows per deal), ``move <id> <stage_id>``.
"""

from __future__ import annotations

import random
import sys

from desktop.services import wiring
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store import db as store_db


def main(path: str, seed: int) -> None:
    store_db.open_database(path)
    wiring.wire()  # as the app does: history, schedules and probability ride in the same transactions
    actor = users.local_admin()
    found = processes.list_processes() if hasattr(processes, "list_processes") else []
    process_id = found[0].id if found else processes.create_process(actor, "Crash", "default").id
    open_stages = [s.id for s in processes.list_stages(process_id) if not s.kind.is_closed]
    rng = random.Random(seed)
    mine: dict[int, int] = {}  # deal id -> last title number written by this run
    out = sys.stdout
    while True:
        roll = rng.random()
        if roll < 0.4 or not mine:
            row = deals.create_deal(actor, process_id, "t0", stage_id=rng.choice(open_stages))
            mine[row.id] = 0
            out.write(f"create {row.id}\n")
        elif roll < 0.7:
            deal_id = rng.choice(list(mine))
            mine[deal_id] += 1
            deals.edit_deal(actor, deal_id, deals.get_deal(deal_id).version, title=f"t{mine[deal_id]}")
            out.write(f"edit {deal_id} {mine[deal_id]}\n")
        else:
            deal_id = rng.choice(list(mine))
            stage_id = rng.choice(open_stages)
            deals.move_deal(actor, deal_id, stage_id)
            out.write(f"move {deal_id} {stage_id}\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
