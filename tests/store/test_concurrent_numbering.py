"""Two connections creating deals at the same moment never get the same number."""

import threading
from datetime import datetime

from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.db import database

PER_THREAD = 40


def test_two_connections_creating_deals_at_once_get_distinct_numbers(db, admin):
    process = processes.create_process(admin, "P")
    database.close()  # each thread opens its own connection (peewee connections are per thread)
    barrier = threading.Barrier(2)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            database.connect(reuse_if_open=True)
            barrier.wait()
            for i in range(PER_THREAD):
                row = deals.create_deal(admin, process.id, f"Deal {i}", now=datetime(2026, 5, 5))
                numbers.append(row.number)
        except BaseException as exc:  # reported below; a thread must not swallow it
            errors.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    database.connect(reuse_if_open=True)
    assert not errors, errors
    assert len(numbers) == 2 * PER_THREAD == len(set(numbers))
    assert sorted(numbers)[-1] == f"SPR/2026/{2 * PER_THREAD:04}"
