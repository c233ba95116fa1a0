"""Received mail in the window: the IMAP settings tab (keyring, or this session only without one, a verified
connection test), the background sync, and the Unfiled mail list filing a message in one click."""

from __future__ import annotations

from datetime import datetime

import keyring
from keyring.backends.fail import Keyring as NoKeyring

from desktop.services.mail import imap_settings, mail_sync, received_mail
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


def test_with_idle_new_mail_is_fetched_as_it_arrives_without_waiting_for_the_interval(
    qtbot, admin_actor, imap_setup, imap_server
):
    imap_settings.save(admin_actor, imap_settings.ImapSettings(**{**imap_setup.__dict__, "interval_minutes": 240}))
    controller = MailSyncController()
    try:
        with qtbot.waitSignals([controller.synced, controller.idling], timeout=30000):
            assert controller.start()
        assert controller.timer.interval() == 240 * 60_000  # the next poll is hours away
        with qtbot.waitSignal(controller.synced, timeout=60000) as caught:
            imap_server.append("INBOX", message("Pilne", sender="anna@klient.example"))
        assert caught.args[0].stored == 1
        assert ReceivedMessage.get().subject == "Pilne"
    finally:
        controller.stop()
    assert controller.idle_worker is None and not controller.watching  # the watcher's thread has ended


def test_when_the_idle_connection_drops_polling_goes_on_and_the_watcher_starts_again(
    qtbot, admin_actor, imap_setup, imap_server
):
    controller = MailSyncController()
    try:
        with qtbot.waitSignals([controller.synced, controller.idling], timeout=30000):
            controller.start()
        with qtbot.waitSignal(controller.idle_ended, timeout=30000) as ended:
            imap_server.kick()  # the server drops every connection of the user
        assert ended.args == ["lost"] and controller.timer.isActive()
        imap_server.append("INBOX", message("Po zerwaniu"))
        with qtbot.waitSignals([controller.synced, controller.idling], timeout=30000):
            controller._poll()  # the interval's tick
        assert ReceivedMessage.get().subject == "Po zerwaniu"
    finally:
        controller.stop()


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

    from desktop.services.mail.received_mail import MailItem

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


def test_the_follow_up_tab_shows_threads_of_sent_and_received_mail_with_files(
    qtbot, qtmodeltester, admin_actor, imap_setup, imap_server, fake_dialogs, tmp_path
):
    from desktop.services import history
    from desktop.services.deals import notes_files
    from desktop.store.models import OutboxMessage
    from desktop.ui.deal_sheet.history_tab import describe
    from desktop.ui.mail.followup_widget import FollowUpWidget

    (deal_id,) = make_deals(admin_actor, [("Anna", "anna@klient.example")])
    OutboxMessage.insert(
        deal=deal_id, from_addr="biuro@etap.example", to_addr="anna@klient.example", subject="Oferta na okna",
        body_text="W załączeniu oferta.", message_id="<oferta-ui@etap.example>", status="sent",
        queued_at=datetime(2026, 5, 4, 9, 0), sent_at=datetime(2026, 5, 4, 9, 1),
    ).execute()  # fmt: skip
    hostile = (
        "<p>Dziękuję, <b>akceptuję</b>.</p><script>alert(1)</script>"
        "<img src='https://tracker.example/p.gif'><form action='https://evil.example'><input name='x'></form>"
    )
    imap_server.append(
        "INBOX",
        message(
            "Re: Oferta na okna", sender="Anna <anna@klient.example>", in_reply_to="<oferta-ui@etap.example>",
            html=hostile, attachments=[("zamówienie.pdf", "application/pdf", b"%PDF-1.4 zamowienie")],
        ),
        message("Pytanie o montaż", sender="anna@klient.example", text="Kiedy montaż?\n"),
    )  # fmt: skip
    assert mail_sync.sync(imap_setup).filed == 2
    widget = FollowUpWidget(deal_id, admin_actor)
    qtbot.addWidget(widget)
    widget.resize(820, 620)
    widget.show()
    qtmodeltester.check(widget.threads_model)
    model = widget.threads_model
    titles = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert titles == ["Oferta na okna (2)", "Pytanie o montaż (1)"]
    assert widget.views.currentIndex() == 0 and widget.views.tabText(0) == "Conversations (2)"
    offer = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Oferta"))
    states = [model.index(r, 2, offer).data() for r in range(model.rowCount(offer))]
    assert states == ["Sent", "Received"]  # oldest first: Etap's offer, then the reply
    widget.threads_view.setCurrentIndex(model.index(1, 0, offer))
    text = widget.details.toPlainText()
    assert "Dziękuję, akceptuję." in text and "zamówienie.pdf" in text
    assert "alert" not in widget.details.toHtml() and "tracker.example" not in widget.details.toHtml()
    widget.grab().save("/tmp/etap-followup-threads.png")

    attachment = model.item_at(model.index(1, 0, offer)).attachments[0]
    target = tmp_path / "zapisane.pdf"
    fake_dialogs.answers = [str(target)]
    widget.details.attachment_action.emit("save", attachment.id)
    assert target.read_bytes() == b"%PDF-1.4 zamowienie"
    widget.details.attachment_action.emit("keep", attachment.id)
    assert [f.name for f in notes_files.files(admin_actor, deal_id)] == ["zamówienie.pdf"]
    assert fake_dialogs.messages[-1] == ("info", "“zamówienie.pdf” is now among the deal's files.")

    events = history.deal_history(admin_actor, deal_id)
    lines = [describe(e.kind, e.payload, {}) for e in events if e.kind == "email_received"]
    assert lines == [
        "E-mail received from anna@klient.example: “Re: Oferta na okna”",
        "E-mail received from anna@klient.example: “Pytanie o montaż”",
    ]


def test_offers_tab_shows_opened_and_takes_the_users_word_and_the_card_shows_the_mark(
    qtbot, qtmodeltester, admin_actor, fake_dialogs
):
    import hashlib

    from desktop.services.calculation import offer_tracking
    from desktop.store.models import OfferDocument, OutboxMessage
    from desktop.ui.board.model import ColumnModel, OfferOpenedRole
    from desktop.ui.mail.followup_widget import FollowUpWidget

    (deal_id,) = make_deals(admin_actor, [("Anna", "anna@klient.example")])
    pdf = b"%PDF-1.4 oferta"
    offer_id = OfferDocument.insert(
        deal=deal_id, created_at=datetime(2026, 5, 4, 9), file_name="Oferta-okna.pdf", pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
    ).execute()  # fmt: skip
    OutboxMessage.insert(
        deal=deal_id, from_addr="biuro@etap.example", to_addr="anna@klient.example", subject="Oferta",
        message_id="<o@etap.example>", status="sent", queued_at=datetime(2026, 5, 4, 9, 5),
        sent_at=datetime(2026, 5, 4, 9, 6), opened_at=datetime(2026, 5, 5, 8, 15), offer=offer_id,
        receipt_requested=True,
    ).execute()  # fmt: skip
    widget = FollowUpWidget(deal_id, admin_actor)
    qtbot.addWidget(widget)
    widget.resize(820, 520)
    widget.show()
    qtmodeltester.check(widget.offers_model)
    widget.views.setCurrentIndex(2)
    assert widget.views.tabText(2) == "Offers"
    assert widget.offers_model.index(0, 2).data() == "Opened"
    assert not widget.undecided_button.isEnabled()
    widget.grab().save("/tmp/etap-followup-offers.png")
    widget.accepted_button.click()
    assert widget.offers_model.index(0, 2).data() == "Accepted"
    assert offer_tracking.deal_offers(admin_actor, deal_id)[0].outcome == "accepted"
    assert widget.undecided_button.isEnabled() and not widget.accepted_button.isEnabled()

    from desktop.services.processes import processes

    stage = processes.list_stages(processes.list_processes()[0].id)[0]
    model = ColumnModel(admin_actor, stage)
    model.reload()
    assert model.index(0, 0).data(OfferOpenedRole) is True
