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
    from desktop.services.mail_settings import MailError
    from desktop.services.mail_sync import SyncReport
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
