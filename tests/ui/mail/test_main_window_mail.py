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
