"""Received mail in the window: the IMAP settings tab (keyring, or this session only without one, a verified
connection test), the background sync, and the Unfiled mail list filing a message in one click."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as NoKeyring

from desktop.services import imap_settings, mail_sync, received_mail
from desktop.store.models import Deal, ReceivedMessage
from desktop.ui.mail.mail_view import MailView
from desktop.ui.mail.settings_dialog import MailSettingsDialog
from desktop.ui.mail.sync_controller import MailSyncController
from desktop.ui.mail.unfiled_dialog import UnfiledMailDialog
from tests.support.imap_fixtures import message
from tests.support.mail_fixtures import make_deals


def _fill_imap(page, server):
    page.host.setText("localhost")
    page.security.setCurrentIndex(0)  # SSL/TLS
    page.port.setValue(server.ssl_port)
    page.username.setText(server.user)
    page.password.setText(server.password)
    page.ca_file.setText(server.ca_file)


def test_the_imap_tab_stores_the_account_and_its_password_and_tests_the_login(
    qtbot, admin_actor, memory_keyring, imap_server
):
    dialog = MailSettingsDialog(admin_actor)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.imap)
    _fill_imap(dialog.imap, imap_server)
    dialog.imap.test_connection()
    qtbot.waitUntil(lambda: dialog.imap.job is None, timeout=20000)
    assert dialog.imap.status.text() == "The incoming mail server accepted the login."
    saved = imap_settings.load()
    assert (saved.host, saved.port, saved.username) == ("localhost", imap_server.ssl_port, imap_server.user)
    assert list(memory_keyring.secrets.values()) == [imap_server.password]
    dialog.save()  # SMTP untouched: only the IMAP tab is written
    assert dialog.result() == MailSettingsDialog.DialogCode.Accepted


def test_without_a_keyring_the_user_may_keep_the_password_for_this_session(
    qtbot, admin_actor, memory_keyring, imap_server, fake_dialogs
):
    keyring.set_keyring(NoKeyring())
    dialog = MailSettingsDialog(admin_actor)
    qtbot.addWidget(dialog)
    _fill_imap(dialog.imap, imap_server)
    fake_dialogs.answers = [False]
    dialog.save()
    assert dialog.result() != MailSettingsDialog.DialogCode.Accepted  # declined: the dialog stays open
    fake_dialogs.answers = [True]
    dialog.save()
    try:
        assert dialog.result() == MailSettingsDialog.DialogCode.Accepted
        assert imap_settings.get_password(imap_settings.load()) == imap_server.password
    finally:
        imap_settings.forget_session_passwords()


def test_background_sync_fetches_mail_and_announces_the_deals(qtbot, admin_actor, imap_setup, imap_server):
    from desktop.ui import ops

    (deal_id,) = make_deals(admin_actor, [("Anna", "anna@klient.example")])
    imap_server.append("INBOX", message("Od Anny", sender="anna@klient.example"))
    controller = MailSyncController()
    announced = []
    ops.hub().changed.connect(announced.append)
    try:
        with qtbot.waitSignal(controller.synced, timeout=30000) as caught:
            assert controller.start()
        assert caught.args[0].error is None and caught.args[0].stored == 1
        assert any(deal_id in c.deals for c in announced)
        assert controller.timer.isActive() and controller.timer.interval() == 5 * 60_000
    finally:
        ops.hub().changed.disconnect(announced.append)
        controller.stop()
    assert not controller.timer.isActive()


def test_unfiled_mail_is_filed_in_one_click_to_a_suggested_deal(qtbot, admin_actor, imap_setup, imap_server):
    first, second = make_deals(admin_actor, [("Jan", "jan@klient.example"), ("Jan", "jan@klient.example")])
    imap_server.append(
        "INBOX",
        message("Pytanie od Jana", sender="Jan Nowak <jan@klient.example>", html="<p>Proszę o <b>ofertę</b></p>"),
        message("Reklama", sender="spam@obcy.example"),
    )
    assert mail_sync.sync(imap_setup).stored == 2
    dialog = UnfiledMailDialog(admin_actor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2 and dialog.count.text() == "2 message(s) wait to be filed."
    dialog.table.selectRow(1)  # newest first: the question is second
    assert "Proszę o ofertę" in dialog.view.toPlainText()
    buttons = [b for b in dialog.suggested.findChildren(type(dialog.file_button)) if b.objectName() == "suggestedDeal"]
    assert len(buttons) == 2  # Jan's two open deals
    dialog.remember.setChecked(True)
    wanted = next(b for b in buttons if b.text().startswith(Deal.get_by_id(second).number))
    wanted.click()
    row = ReceivedMessage.get(ReceivedMessage.subject == "Pytanie od Jana")
    assert (row.deal_id, row.matched_by) == (second, "manual")
    assert dialog.model.rowCount() == 1 and dialog.count.text() == "1 message(s) wait to be filed."
    assert [i.subject for i in received_mail.deal_mail(admin_actor, second)] == ["Pytanie od Jana"]
    dialog.grab().save("/tmp/etap-unfiled.png")
    # the other one, through the picker (any deal, found by number)
    dialog.picker.search(Deal.get_by_id(first).number)
    dialog.picker.choose(first)
    dialog.file_button.click()
    assert dialog.model.rowCount() == 0 and dialog.count.text() == "All mail is filed."
    assert ReceivedMessage.get(ReceivedMessage.subject == "Reklama").deal_id == first


def test_html_mail_is_shown_without_scripts_or_remote_images(qtbot):
    from datetime import datetime

    from desktop.services.received_mail import MailItem

    view = MailView()
    qtbot.addWidget(view)
    item = MailItem(
        "received", 1, "in", datetime(2026, 5, 5, 10), "anna@klient.example", "biuro@etap.example", "Oferta",
        "", '<p>Treść</p><script>alert(1)</script><img src="https://tracker.example/p.gif"><form><input></form>',
        "",
    )  # fmt: skip
    view.show_item(item)
    shown = view.toHtml()
    assert "Treść" in view.toPlainText()
    assert "tracker.example" not in shown and "alert" not in shown
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert (
        view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("https://tracker.example/p.gif")) is None
    )
