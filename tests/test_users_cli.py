"""``etap users add|passwd|list|disable|enable`` on a fresh PostgreSQL database (and SQLite), in a subprocess."""

import subprocess
import sys

import pytest


def etap(*args, stdin: str = ""):
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "team.db")
    return request.getfixturevalue("pg_server").create_database("etap_users_cli")


def _give_jan_a_deal(target: str) -> None:
    from desktop.services.admin import users
    from desktop.services.deals import deals
    from desktop.services.processes import processes
    from desktop.store import db as store_db

    store_db.open_database(target)
    try:
        admin = users.actor_for(users.find_user("ala").id)
        jan = users.actor_for(users.find_user("jan").id)
        process = processes.create_process(admin, "Sprzedaż")
        deals.create_deal(jan, process.id, "Okna")
    finally:
        store_db.close_database()


@pytest.mark.slow
def test_users_commands_set_up_a_team_database(target):
    added = etap(
        "users",
        "add",
        "--db",
        target,
        "ala",
        "--name",
        "Ala Admin",
        "--role",
        "admin",
        "--email",
        "ala@firma.pl",
        "--password-stdin",
        stdin="correct horse battery\n",
    )
    assert added.returncode == 0, added.stderr
    assert (
        etap("users", "add", "--db", target, "jan", "--password-stdin", stdin="correct horse battery\n").returncode == 0
    )
    short = etap("users", "add", "--db", target, "ewa", "--password-stdin", stdin="short\n")
    assert short.returncode == 1 and "at least 10" in short.stderr
    taken = etap("users", "add", "--db", target, "JAN", "--password-stdin", stdin="correct horse battery\n")
    assert taken.returncode == 1 and "taken" in taken.stderr

    listing = etap("users", "list", "--db", target)
    assert listing.returncode == 0
    assert [line.split()[:3] for line in listing.stdout.splitlines()] == [
        ["ala", "admin", "active"],
        ["jan", "agent", "active"],
    ]
    assert etap("users", "passwd", "--db", target, "jan", "--password-stdin", stdin="a new password\n").returncode == 0
    _give_jan_a_deal(target)
    assert etap("users", "disable", "--db", target, "jan", "--reassign-to", "ala").returncode == 0
    last_admin = etap("users", "disable", "--db", target, "ala")
    assert last_admin.returncode == 1 and "at least one active administrator" in last_admin.stderr
    assert "jan" not in etap("users", "list", "--db", target).stdout
    assert "disabled" in etap("users", "list", "--db", target, "--all").stdout
    assert etap("users", "enable", "--db", target, "jan").returncode == 0
    unknown = etap("users", "passwd", "--db", target, "nobody", "--password-stdin", stdin="whatever12345\n")
    assert unknown.returncode == 1 and "no user" in unknown.stderr

    from desktop.services.admin import users
    from desktop.store import db as store_db
    from desktop.store.models import Deal, Event

    store_db.open_database(target)
    try:
        assert [d.owner_id for d in Deal.select()] == [users.find_user("ala").id]  # handed over on disable
        assert Event.select().where(Event.kind == "field_changed").count() >= 1
        assert not users.needs_first_admin()
        assert users.sign_in("jan", "a new password").name == "jan"
        assert users.sign_in("ala@firma.pl", "correct horse battery").name == "Ala Admin"
    finally:
        store_db.close_database()
