"""The main window's mail entries: Process → Send follow-up opens the bulk dialog for the process."""

from desktop.ui.mail.bulk_send import BulkSendDialog
from desktop.ui.main_window import MainWindow
from tests.support.mail_fixtures import make_deals


def test_process_menu_opens_bulk_send_for_the_current_process(qtbot, admin_actor, memory_keyring):
    make_deals(admin_actor, [("Ala", "ala@a.example")])
    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    window.send_followup_action.trigger()
    (dialog,) = window.findChildren(BulkSendDialog)
    assert dialog.process_id == window.current_process_id() and dialog.stage_combo.count() == 6
    dialog.close()


def test_received_mail_reaches_the_window_menu_and_status_bar(qtbot, admin_actor, memory_keyring):
    from desktop.services.mail.mail_settings import MailError
    from desktop.services.mail.mail_sync import SyncReport
    from desktop.ui.mail.unfiled_dialog import UnfiledMailDialog

    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    assert not window.mail_sync.start()  # no IMAP account: nothing scheduled
    window.unfiled_action.trigger()
    (dialog,) = window.findChildren(UnfiledMailDialog)
    assert dialog.count.text() == "All mail is filed."
    dialog.close()
    window._mail_synced(SyncReport(fetched=3, stored=3, filed=1))
    assert window.statusBar().currentMessage() == "Mail: 3 new message(s) (2 unfiled)"
    window._mail_synced(SyncReport(error=MailError("Cannot connect to the mail server: {detail}", detail="refused")))
    assert window.statusBar().currentMessage() == "Mail: Cannot connect to the mail server: refused"


def test_the_status_bar_says_where_received_mail_stands(qtbot, admin_actor, memory_keyring):
    """Always visible: checked when and where, skipped because another copy checks, no password here, failed."""
    from datetime import datetime

    from desktop.services.mail.mail_settings import MailError
    from desktop.services.mail.mail_sync import SyncReport
    from desktop.services.mail.mail_sync_lock import SyncStatus
    from desktop.ui.formatting import datetime_text

    window = MainWindow(admin_actor)
    qtbot.addWidget(window)
    label = window.mail_state
    assert label.isHidden()  # no pass has reported (no IMAP account)
    at = datetime(2026, 5, 5, 12, 0)
    pc = SyncStatus(at, "PC-ANNA", "Anna", 2)
    window._mail_synced(SyncReport(stored=2, last=pc))
    assert not label.isHidden() and label.text() == f"Mail: checked {datetime_text(at)}"
    assert "Last check: " + datetime_text(at) + " on PC-ANNA for Anna" in label.toolTip()

    window._mail_synced(SyncReport(state="busy", last=pc))
    assert label.text() == f"Mail: checked {datetime_text(at)}"
    assert "Another copy of Etap was checking the mailbox" in label.toolTip()

    window._mail_synced(SyncReport(state="no_password", last=pc))
    assert label.text() == "Mail: no password on this computer"
    assert "Tools → Mail settings" in label.toolTip() and "PC-ANNA" in label.toolTip()
    window._mail_synced(SyncReport(state="no_password"))
    assert "No copy of Etap has checked the mailbox yet." in label.toolTip()

    failed = MailError("Cannot connect to the mail server: {detail}", detail="refused")
    window._mail_synced(SyncReport(error=failed, last=SyncStatus(at, "PC-ANNA", "Anna", 0, failed)))
    assert label.text() == "Mail: the last check failed"
    assert "Cannot connect to the mail server: refused" in label.toolTip()
    assert window.statusBar().currentMessage() == "Mail: Cannot connect to the mail server: refused"
