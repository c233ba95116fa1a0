"""First administrator, sign-in with “remember me”, the Users dialog and password dialogs."""

import pytest

from desktop.domain.roles import Role
from desktop.services import credentials
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.services.processes import processes
from desktop.store.models import Deal
from desktop.ui.team.first_admin import FirstAdminDialog
from desktop.ui.team.login import LoginDialog, team_actor
from desktop.ui.team.passwords import PasswordDialog
from desktop.ui.team.users_dialog import UsersDialog
from tests.support.mail_fixtures import memory_keyring  # noqa: F401

GOOD = "correct horse battery"


@pytest.mark.usefixtures("memory_keyring")
def test_first_start_asks_for_the_administrator_and_signs_them_in(qtbot, sqlite_db, fake_dialogs):
    def fill(dialog: FirstAdminDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.name.setText("Ala Admin")
        dialog.email.setText("ala@firma.pl")
        dialog.password.setText(GOOD)
        dialog.repeat.setText("something else")
        dialog.create()
        assert dialog.message.text() and dialog.actor is None  # refused, nothing written
        assert users.needs_first_admin()
        dialog.repeat.setText(GOOD)
        dialog.create()
        return dialog.result() == FirstAdminDialog.DialogCode.Accepted

    fake_dialogs.answers = [fill]
    actor = team_actor("server/etap")
    assert actor is not None and actor.role == Role.ADMIN
    assert not users.needs_first_admin()


@pytest.mark.usefixtures("memory_keyring")
def test_sign_in_remembers_the_credential_only_in_the_keyring(qtbot, sqlite_db, fake_dialogs):
    users.create_first_admin("Ala", "ala@firma.pl", GOOD, GOOD)

    def sign_in(dialog: LoginDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.username.setText("ala")
        dialog.password.setText("wrong password")
        dialog.try_sign_in()
        assert "Wrong user name or password." in dialog.message.text()
        dialog.password.setText(GOOD)
        dialog.remember.setChecked(True)
        dialog.try_sign_in()
        return dialog.actor is not None

    fake_dialogs.answers = [sign_in]
    assert team_actor("server/etap").name == "Ala"
    assert credentials.recall("server/etap") == ("ala", GOOD)
    # the next start signs in by itself; a changed password asks again and forgets the stale credential
    assert team_actor("server/etap").name == "Ala"
    me = users.sign_in("ala", GOOD)
    users.change_own_password(me, GOOD, "another password", "another password")

    def cancel(dialog: LoginDialog) -> bool:
        qtbot.addWidget(dialog)
        assert dialog.username.text() == "ala" and not dialog.password.text()
        return False

    fake_dialogs.answers = [cancel]
    assert team_actor("server/etap") is None
    assert credentials.recall("server/etap") is None


def test_admin_creates_edits_and_deactivates_a_user_handing_over_their_deals(qtbot, sqlite_db, fake_dialogs):
    admin = users.create_first_admin("Ala", "ala@firma.pl", GOOD, GOOD)
    ewa = users.create_user(admin, "ewa", "Ewa Nowak", Role.AGENT, "ewa@firma.pl", GOOD)
    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.new_user()
    dialog.name.setText("Jan Kowalski")
    dialog.email.setText("jan@firma.pl")
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.save()
    assert "10" in dialog.message.text() and dialog.list.count() == 2
    dialog.password.setText(GOOD)
    dialog.repeat.setText(GOOD)
    dialog.save()
    assert dialog.list.count() == 3
    jan = users.find_user("jan")
    assert jan.role == Role.MANAGER and jan.email == "jan@firma.pl" and jan.can_sign_in
    assert dialog.current.id == jan.id

    dialog.signature.setPlainText("Jan Kowalski\ntel. 600 100 200")
    dialog.save()
    assert users.get_user(jan.id).signature.endswith("200")

    process = processes.create_process(admin, "Sprzedaż")
    deal = deals.create_deal(users.actor_for(jan.id), process.id, "Okna")
    fake_dialogs.answers = [True, 1 + [u.id for u in users.list_users() if u.id != jan.id].index(ewa.id)]
    dialog.toggle_active()
    assert not users.get_user(jan.id).active
    assert Deal.get_by_id(deal.id).owner_id == ewa.id
    assert "Reactivate" in dialog.active_button.text().replace("&", "")


def test_a_second_admins_save_is_refused_and_shows_the_current_data(qtbot, sqlite_db, fake_dialogs):
    admin = users.create_first_admin("Ala", "ala@firma.pl", GOOD, GOOD)
    ewa = users.create_user(admin, "ewa", "Ewa Nowak", Role.AGENT)
    dialog = UsersDialog(admin)
    qtbot.addWidget(dialog)
    dialog.reload(select_id=ewa.id)
    users.update_user(admin, ewa.id, ewa.version, display_name="Ewa Kowalska")  # the other admin
    dialog.name.setText("Ewa N.")
    dialog.save()
    assert "meantime" in dialog.message.text()
    assert users.get_user(ewa.id).display_name == "Ewa Kowalska"
    assert dialog.name.text() == "Ewa Kowalska"


def test_an_agent_sees_only_their_profile_and_changes_their_password(qtbot, sqlite_db, fake_dialogs):
    admin = users.create_first_admin("Ala", "ala@firma.pl", GOOD, GOOD)
    agent = users.actor_for(users.create_user(admin, "ewa", "Ewa", Role.AGENT, "", GOOD).id)
    dialog = UsersDialog(agent)
    qtbot.addWidget(dialog)
    assert not dialog.list.isVisibleTo(dialog) and not dialog.role.isEnabled()
    assert not dialog.active_button.isVisibleTo(dialog)

    def change(pw: PasswordDialog) -> bool:
        qtbot.addWidget(pw)
        pw.current.setText("not my password")
        pw.new.setText("a new password")
        pw.repeat.setText("a new password")
        pw.save()
        assert pw.message.text()
        pw.current.setText(GOOD)
        pw.save()
        return pw.result() == PasswordDialog.DialogCode.Accepted

    fake_dialogs.answers = [change]
    dialog.set_password()
    assert users.sign_in("ewa", "a new password").id == agent.id


@pytest.mark.parametrize("cls", [FirstAdminDialog, LoginDialog])
def test_team_dialogs_render_in_polish(qtbot, qapp, sqlite_db, cls, tmp_path):
    from desktop.ui.i18n import install_translators

    install_translators(qapp, "pl")
    dialog = cls("serwer/etap")
    qtbot.addWidget(dialog)
    assert "Etap" in dialog.windowTitle() or "baz" in dialog.windowTitle()
    dialog.grab().save(str(tmp_path / f"{cls.__name__}.png"))
