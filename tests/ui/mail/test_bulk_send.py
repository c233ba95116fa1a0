"""The bulk follow-up dialog driven like a user: choose deals and template, step through personalised
previews, untick one, send in the background to a real SMTP server; deals without an address are listed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.deals import deals
from desktop.services.mail import email_templates
from desktop.ui.mail.bulk_send import BulkSendDialog, open_bulk_send
from tests.support.mail_fixtures import make_deals

PEOPLE = [("Ala", "ala@a.example"), ("Bez", "brak-adresu"), ("Ewa", "ewa@b.example"), ("Iza", "iza@c.example")]


def _template(actor):
    return email_templates.save_template(
        actor, "Po ofercie", "Oferta {{deal_number}}", "Dzień dobry {{contact_first_name}},\nczy oferta jest jasna?"
    )


def test_bulk_send_previews_each_message_skips_bad_addresses_and_sends_only_ticked(
    qtbot, admin_actor, mail_setup, smtp_server, fake_dialogs
):
    ids = make_deals(admin_actor, PEOPLE)
    _template(admin_actor)
    process_id = deals.get_deal(ids[0]).process_id
    dialog = BulkSendDialog(admin_actor, None, process_id)
    qtbot.addWidget(dialog)
    assert dialog.stage_combo.count() == 6  # all stages + the 5 stages
    qtbot.mouseClick(dialog.prepare_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 3
    assert deals.get_deal(ids[1]).number in dialog.skipped_label.text()
    assert "Dzień dobry Ala" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "Dzień dobry Ewa" in dialog.preview.toPlainText() and dialog.position_label.text().startswith("Message 2")
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # exclude Ewa
    dialog.receipt.setChecked(True)  # a read receipt asked of each
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert len(dialog.report.sent) == 2 and dialog.report.error is None
    assert sorted(r for _f, (r,) in smtp_server.handler.envelopes) == ["ala@a.example", "iza@c.example"]
    assert all(m["Disposition-Notification-To"] for m in smtp_server.handler.messages)
    assert "Sent: 2" in dialog.summary_label.text()
    assert fake_dialogs.messages == []


def test_board_hands_a_selection_to_the_bulk_dialog(qtbot, admin_actor, mail_setup, smtp_server):
    ids = make_deals(admin_actor, PEOPLE)
    _template(admin_actor)
    dialog = open_bulk_send(None, admin_actor, [ids[3], ids[0]])
    qtbot.addWidget(dialog)
    assert not dialog.stage_combo.isEnabled()
    dialog.prepare()
    assert [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())] == [ids[3], ids[0]]
    dialog.send()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert len(smtp_server.handler.messages) == 2
    dialog.close()


def test_bulk_send_skips_contacts_without_marketing_consent_and_says_how_many(
    qtbot, admin_actor, mail_setup, smtp_server, fake_dialogs
):
    ids = make_deals(admin_actor, [("Ala", "ala@a.example", True), ("Ola", "ola@b.example", False)])
    _template(admin_actor)
    dialog = open_bulk_send(None, admin_actor, ids)
    qtbot.addWidget(dialog)
    dialog.prepare()
    assert dialog.list.count() == 1
    assert "marketing consent" in dialog.skipped_label.text() and deals.get_deal(ids[1]).number in (
        dialog.skipped_label.text()
    )
    dialog.send()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert [r for _f, (r,) in smtp_server.handler.envelopes] == ["ala@a.example"]
    dialog.close()
