"""Mail settings dialog (password to the keyring, test message over verified STARTTLS) and the template
editor (placeholder list, preview with a deal, unknown placeholders refused)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from desktop.services.deals import deals
from desktop.services.mail import email_templates, mail_settings
from desktop.ui.mail.settings_dialog import MailSettingsDialog
from desktop.ui.mail.template_editor import TemplateEditorDialog
from tests.support.mail_fixtures import make_deals
from tests.support.smtp import PASSWORD, USER


def _fill(dialog, server, ca_file):
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.username.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.sender_addr.setText("handel@etap.example")
    dialog.sender_name.setText("Dział handlowy")
    dialog.ca_file.setText(str(ca_file))


def test_settings_keep_the_password_in_the_keyring_and_send_a_test_message(
    qtbot, admin_actor, memory_keyring, smtp_server
):
    dialog = MailSettingsDialog(admin_actor)
    qtbot.addWidget(dialog)
    _fill(dialog, smtp_server, smtp_server.ca_file)
    with qtbot.waitSignal(dialog.test_button.clicked):
        dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert dialog.status.text() == "The test message was accepted by the server."
    assert smtp_server.handler.envelopes == [("handel@etap.example", ["handel@etap.example"])]
    saved = mail_settings.load()
    assert saved.sender_name == "Dział handlowy" and mail_settings.get_password(saved) == PASSWORD
    assert list(memory_keyring.secrets.values()) == [PASSWORD]


def test_settings_report_a_certificate_from_an_unknown_ca(qtbot, admin_actor, memory_keyring, smtp_server):
    dialog = MailSettingsDialog(admin_actor)
    qtbot.addWidget(dialog)
    _fill(dialog, smtp_server, smtp_server.other_ca_file)
    dialog.send_test()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert "certificate could not be verified" in dialog.status.text()
    assert smtp_server.handler.envelopes == []


def test_a_sender_name_with_a_line_break_is_refused(qtbot, admin_actor, memory_keyring, smtp_server, fake_dialogs):
    dialog = MailSettingsDialog(admin_actor)
    qtbot.addWidget(dialog)
    _fill(dialog, smtp_server, smtp_server.ca_file)
    dialog.sender_name.setText("Biuro\r\nBcc: all@evil.example")
    dialog.save()
    assert fake_dialogs.messages == [("error", "A name must not contain line breaks.")]
    assert not mail_settings.load().configured


def test_template_editor_lists_placeholders_previews_a_deal_and_refuses_unknown_ones(qtbot, admin_actor, fake_dialogs):
    (deal_id,) = make_deals(admin_actor, [("Zofia", "z@k.example")])
    number = deals.get_deal(deal_id).number
    dialog = TemplateEditorDialog(admin_actor)
    qtbot.addWidget(dialog)
    assert dialog.placeholders.count() == 12
    dialog.name.setText("Po ofercie")
    dialog.subject.setText("Oferta {{deal_number}}")
    dialog.body_text.setPlainText("Dzień dobry {{contact_nmae}}")
    dialog.save()
    assert fake_dialogs.messages == [("error", "Unknown or malformed placeholders: {{contact_nmae}}.")]
    assert email_templates.list_templates() == []
    dialog.body_text.setPlainText("Dzień dobry ")
    dialog.body_text.moveCursor(QTextCursor.MoveOperation.End)
    dialog._insert(dialog.placeholders.item(0))
    dialog.deal_number.setText(number)
    dialog.bodies.setCurrentWidget(dialog.preview)
    assert (
        f"Oferta {number}" in dialog.preview.toPlainText() and "Dzień dobry Zofia Nowak" in dialog.preview.toPlainText()
    )
    dialog.save()
    (saved,) = email_templates.list_templates()
    assert saved.body_text == "Dzień dobry {{contact_name}}"


@pytest.mark.parametrize("subject", ["", "Oferta\nBcc: x@y.pl"])
def test_service_refuses_templates_with_bad_subjects(admin, subject):
    from desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        email_templates.save_template(admin, "T", subject, "Treść")
    assert email_templates.list_templates() == []
