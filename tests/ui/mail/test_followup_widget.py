"""A deal's Follow-up tab: send a template to the deal, see it as sent with its text; a refused message
shows the server's answer and is retried; the messages model passes the Qt model tester."""

from __future__ import annotations

from desktop.services import history
from desktop.services.admin import users
from desktop.services.mail import email_templates
from desktop.ui.mail.followup_widget import FollowUpWidget
from tests.support.mail_fixtures import make_deals


def test_send_from_the_follow_up_tab_logs_the_message_and_history(
    qtbot, qtmodeltester, admin_actor, mail_setup, smtp_server
):
    (deal_id,) = make_deals(admin_actor, [("Zofia", "zofia@k.example")])
    email_templates.save_template(admin_actor, "Przypomnienie", "Oferta {{deal_number}}", "Witam {{contact_name}}")
    widget = FollowUpWidget(deal_id, admin_actor)
    qtbot.addWidget(widget)
    widget.preview()
    assert "Witam Zofia Nowak" in widget.details.toPlainText()
    with qtbot.waitSignal(widget.sending_finished, timeout=10000):
        widget.send()
    assert widget.model.rowCount() == 1 and widget.model.row_at(0).status == "sent"
    assert "Witam Zofia Nowak" in widget.details.toPlainText()
    qtmodeltester.check(widget.model)
    assert [e.kind for e in history.deal_history(users.local_admin(), deal_id)][-2:] == ["email_queued", "email_sent"]
    assert len(smtp_server.handler.messages) == 1


def test_refused_message_shows_the_answer_and_can_be_retried(qtbot, admin_actor, mail_setup, smtp_server):
    (deal_id,) = make_deals(admin_actor, [("Jan", "jan@k.example")])
    email_templates.save_template(admin_actor, "T", "Oferta", "Treść")
    smtp_server.handler.refuse["jan@k.example"] = "550 5.1.1 Mailbox unavailable"
    widget = FollowUpWidget(deal_id, admin_actor)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.sending_finished, timeout=10000):
        widget.send()
    assert widget.model.row_at(0).status == "failed" and widget.retry_button.isEnabled()
    assert "Mailbox unavailable" in widget.details.toPlainText()
    smtp_server.handler.refuse.clear()
    with qtbot.waitSignal(widget.sending_finished, timeout=10000):
        widget.retry()
    assert widget.model.row_at(0).status == "sent" and len(smtp_server.handler.messages) == 1


def test_a_deal_without_address_is_reported_not_sent(qtbot, admin_actor, mail_setup, fake_dialogs):
    (deal_id,) = make_deals(admin_actor, [("Jan", "")])
    email_templates.save_template(admin_actor, "T", "Oferta", "Treść")
    widget = FollowUpWidget(deal_id, admin_actor)
    qtbot.addWidget(widget)
    widget.send()
    assert fake_dialogs.messages and "no valid e-mail address" in fake_dialogs.messages[0][1]
    assert widget.model.rowCount() == 0


def _unknown_message(admin_actor, deal_id):
    import socket
    from datetime import datetime

    from desktop.services.mail import outbox
    from desktop.store.models import OutboxMessage

    (mid,) = outbox.queue_for_deals(admin_actor, [deal_id], "Oferta", "Treść").message_ids
    OutboxMessage.update(
        status="sending",
        claim_token="x",
        claim_owner=f"{socket.gethostname()[:60]}/{2**22 + 12345}/gone",  # a pid no system hands out
        heartbeat_at=datetime(2026, 1, 1),
        data_at=datetime(2026, 1, 1),
    ).where(OutboxMessage.id == mid).execute()
    outbox.recover()
    return mid


def test_a_message_of_unknown_outcome_is_explained_and_marked_sent_by_the_user(
    qtbot, admin_actor, mail_setup, smtp_server
):
    (deal_id,) = make_deals(admin_actor, [("Jan", "jan@k.example")])
    _unknown_message(admin_actor, deal_id)
    widget = FollowUpWidget(deal_id, admin_actor)
    qtbot.addWidget(widget)
    assert widget.model.row_at(0).status == "unknown"
    assert not widget.mark_sent_button.isHidden() and not widget.resend_button.isHidden()
    assert "may or may not have been sent" in widget.model.index(0, 4).data()
    widget.mark_unknown_sent()
    assert widget.model.row_at(0).status == "sent" and widget.mark_sent_button.isHidden()
    assert smtp_server.handler.messages == []


def test_resending_a_message_of_unknown_outcome_asks_first_then_sends_it_once(
    qtbot, admin_actor, mail_setup, smtp_server, fake_dialogs
):
    (deal_id,) = make_deals(admin_actor, [("Jan", "jan@k.example")])
    _unknown_message(admin_actor, deal_id)
    widget = FollowUpWidget(deal_id, admin_actor)
    qtbot.addWidget(widget)
    fake_dialogs.answers.append(False)
    widget.resend_unknown()
    assert widget.model.row_at(0).status == "unknown" and smtp_server.handler.messages == []
    fake_dialogs.answers.append(True)
    with qtbot.waitSignal(widget.sending_finished, timeout=10000):
        widget.resend_unknown()
    assert widget.model.row_at(0).status == "sent" and len(smtp_server.handler.messages) == 1
