"""Users, first administrator, passwords and sign-in (both back ends)."""

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from desktop.domain import passwords
from desktop.domain.errors import ConflictError, PermissionDenied, RuleError, ValidationError
from desktop.domain.roles import Role
from desktop.domain.timeutil import utcnow
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Deal, User

GOOD = "correct horse battery"


@pytest.fixture
def first_admin(db):
    return users.create_first_admin("Ala Admin", "ala@firma.pl", GOOD, GOOD)


def test_an_empty_database_asks_for_a_first_admin_who_can_then_sign_in(db):
    assert users.needs_first_admin()
    actor = users.create_first_admin("Ala  Admin", "ala@firma.pl", GOOD, GOOD)
    assert actor.role == Role.ADMIN and actor.name == "Ala Admin"
    assert not users.needs_first_admin()
    assert users.sign_in("ala", GOOD).id == actor.id
    assert users.sign_in("ALA@firma.pl", GOOD).id == actor.id  # the e-mail works too
    with pytest.raises(PermissionDenied):
        users.create_first_admin("Second", "b@firma.pl", GOOD, GOOD)


@pytest.mark.parametrize(
    ("password", "repeat"),
    [("short", "short"), (GOOD, GOOD + "x"), ("", "")],
)
def test_first_admin_with_a_bad_password_changes_nothing(db, password, repeat):
    with pytest.raises(ValidationError):
        users.create_first_admin("Ala", "ala@firma.pl", password, repeat)
    assert User.select().count() == 0


def test_unknown_user_runs_the_same_password_verification_as_a_known_one(first_admin, monkeypatch):
    calls = []
    real = passwords._verify_argon2
    monkeypatch.setattr(passwords, "_verify_argon2", lambda pw, stored: calls.append(stored) or real(pw, stored))
    with pytest.raises(PermissionDenied) as known:
        users.sign_in("ala", "wrong password!")
    known_calls = len(calls)
    with pytest.raises(PermissionDenied) as unknown:
        users.sign_in("nobody", "wrong password!")
    assert known_calls == 1 and len(calls) == 2
    assert known.value.english() == unknown.value.english()


def test_repeated_failures_make_one_name_wait_longer_and_longer(first_admin):
    now = utcnow()
    for i in range(3):
        with pytest.raises(PermissionDenied):
            users.sign_in("ala", "wrong password!", now=now + timedelta(seconds=i))
    with pytest.raises(RuleError) as waiting:
        users.sign_in("ala", GOOD, now=now + timedelta(seconds=2.5))  # even the right password waits
    assert waiting.value.params["seconds"] >= 1
    with pytest.raises(RuleError):
        users.sign_in("ala", GOOD, now=now + timedelta(seconds=2))
    later = now + timedelta(seconds=10)
    with pytest.raises(PermissionDenied):
        users.sign_in("ala", "wrong again!!", now=later)  # 4th failure: now 4 s
    with pytest.raises(RuleError):
        users.sign_in("ala", GOOD, now=later + timedelta(seconds=3))
    assert users.sign_in("ala", GOOD, now=later + timedelta(seconds=5)).id == first_admin.id
    # success clears the count
    with pytest.raises(PermissionDenied):
        users.sign_in("ala", "wrong password!", now=later + timedelta(seconds=6))
    assert users.sign_in("ala", GOOD, now=later + timedelta(seconds=6)).id == first_admin.id


def test_unknown_names_are_throttled_like_known_ones(first_admin):
    now = utcnow()
    for i in range(3):
        with pytest.raises(PermissionDenied):
            users.sign_in("nobody", "wrong password!", now=now + timedelta(seconds=i))
    with pytest.raises(RuleError):
        users.sign_in("nobody", "wrong password!", now=now + timedelta(seconds=2.5))
    assert users.sign_in("ala", GOOD, now=now + timedelta(seconds=2.5)).id == first_admin.id


def test_old_scrypt_and_weaker_argon2_hashes_verify_and_are_upgraded_on_sign_in(first_admin):
    old = passwords.legacy_scrypt_hash(GOOD, b"0123456789abcdef")
    User.update(password_hash=old).where(User.id == first_admin.id).execute()
    assert users.sign_in("ala", GOOD).id == first_admin.id
    upgraded = User.get_by_id(first_admin.id).password_hash
    assert upgraded.startswith("$argon2id$") and not passwords.needs_rehash(upgraded)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(GOOD)
    User.update(password_hash=weak).where(User.id == first_admin.id).execute()
    assert passwords.needs_rehash(weak)
    users.sign_in("ala", GOOD)
    assert f"m={passwords.MEMORY_KIB},t={passwords.TIME_COST},p=1" in User.get_by_id(first_admin.id).password_hash


def test_a_disabled_user_cannot_sign_in_and_their_deals_can_be_handed_over(first_admin):
    agent = users.create_user(first_admin, "jan", "Jan Kowalski", Role.AGENT, "jan@firma.pl", GOOD)
    other = users.create_user(first_admin, "ewa", "Ewa Nowak", Role.AGENT, "", GOOD)
    process = processes.create_process(first_admin, "Sprzedaż", "b2b", "S/{year}/{seq}")
    jan = users.actor_for(agent.id)
    deal = deals.create_deal(jan, process.id, "Okna")
    assert users.owned_deal_count(agent.id) == 1
    row = users.set_active(first_admin, agent.id, agent.version, False, reassign_to=other.id)
    assert not row.active
    assert Deal.get_by_id(deal.id).owner_id == other.id
    with pytest.raises(PermissionDenied) as err:
        users.sign_in("jan", GOOD)
    assert err.value.english() == "Wrong user name or password."
    users.set_active(first_admin, agent.id, row.version, True)
    assert users.sign_in("jan", GOOD).id == agent.id


def test_the_last_administrator_stays(first_admin):
    me = users.get_user(first_admin.id)
    with pytest.raises(RuleError):
        users.set_active(first_admin, me.id, me.version, False)
    with pytest.raises(RuleError):
        users.update_user(first_admin, me.id, me.version, role=Role.AGENT)
    assert users.get_user(me.id).role == Role.ADMIN


def test_two_admins_editing_the_same_user_the_second_save_is_refused(first_admin):
    agent = users.create_user(first_admin, "jan", "Jan", Role.AGENT, "", GOOD)
    users.update_user(first_admin, agent.id, agent.version, display_name="Jan K.")
    with pytest.raises(ConflictError):
        users.update_user(first_admin, agent.id, agent.version, signature="Pozdrawiam")
    assert users.get_user(agent.id).signature == ""


def test_agents_change_only_their_own_details_and_password(first_admin):
    agent = users.create_user(first_admin, "jan", "Jan", Role.AGENT, "", GOOD)
    jan = users.actor_for(agent.id)
    users.update_user(jan, agent.id, agent.version, signature="Jan\ntel. 600 000 000")
    with pytest.raises(PermissionDenied):
        users.update_user(jan, agent.id, agent.version + 1, role=Role.ADMIN)
    with pytest.raises(PermissionDenied):
        users.update_user(jan, first_admin.id, 1, display_name="Hacked")
    with pytest.raises(PermissionDenied):
        users.reset_password(jan, first_admin.id, "0123456789", "0123456789")
    with pytest.raises(PermissionDenied):
        users.change_own_password(jan, "wrong password", "new password 1", "new password 1")
    users.change_own_password(jan, GOOD, "new password 1", "new password 1")
    assert users.sign_in("jan", "new password 1").id == agent.id


def test_an_admin_resets_a_password(first_admin):
    agent = users.create_user(first_admin, "jan", "Jan", Role.AGENT)
    assert not users.get_user(agent.id).can_sign_in
    users.reset_password(first_admin, agent.id, "fresh password", "fresh password")
    assert users.sign_in("jan", "fresh password").id == agent.id
