"""The background helper: results and errors on the GUI thread, what a job changed announced, joined on close."""

import threading

from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.ui import ops
from desktop.ui.background import Worker, running_workers


def test_a_job_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    worker = Worker(None, "t")
    seen = []
    worker.submit(lambda: threading.get_ident(), on_done=lambda r: seen.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(seen))
    ((job_thread, report_thread),) = seen
    assert job_thread != report_thread == threading.get_ident()
    worker.close()
    assert worker not in running_workers()


def test_an_error_is_delivered_to_on_error(qtbot):
    worker = Worker(None, "t")
    errors = []

    def boom():
        raise ValueError("no")

    worker.submit(boom, on_error=errors.append)
    worker.wait_idle()
    assert isinstance(errors[0], ValueError)
    worker.close()


def test_what_a_background_write_changed_reaches_the_views(qtbot, admin_actor):
    p = processes.create_process(admin_actor, "Sprzedaż")
    heard = []
    ops.hub().changed.connect(heard.append)
    worker = Worker(None, "t")
    try:
        worker.submit(deals.create_deal, admin_actor, p.id, "Okna")
        worker.wait_idle()
    finally:
        ops.hub().changed.disconnect(heard.append)
        worker.close()
    assert heard and heard[0].processes == {p.id}


def test_close_cancels_and_joins_a_running_job(qtbot):
    worker = Worker(None, "t")
    started = threading.Event()

    def long_job(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    worker.submit(long_job, with_progress=True)
    assert started.wait(10)
    worker.close()
    assert not worker.is_running()


def test_a_closed_worker_runs_nothing(qtbot):
    worker = Worker(None, "t")
    worker.close()
    assert worker.submit(lambda: 1) == 0


def test_a_kept_connection_serves_every_job_until_a_job_fails_or_the_worker_closes(qtbot, admin_actor):
    from desktop.store import db as store_db

    worker = Worker(None, "kept", keep_connection=True)
    seen = []
    kept = []

    def connection():
        conn = store_db.database.connection()
        kept.append(conn)
        return id(conn)

    def boom():
        store_db.database.connection()
        raise ValueError("no")

    try:
        for job in (connection, connection, boom, connection):
            worker.submit(job, on_done=seen.append, on_error=seen.append)
            worker.wait_idle()
    finally:
        worker.close()
    first, second, error, after_error = seen
    assert first == second  # warm from one job to the next
    assert isinstance(error, ValueError) and after_error != first  # a failed job's connection is not reused
    assert store_db.database.connection() is not kept[-1]  # the GUI thread's own, untouched
    # closed on the worker's thread when it stopped
    with __import__("pytest").raises(Exception):
        kept[-1].execute("SELECT 1")
