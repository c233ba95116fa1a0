"""Unexpected errors reach someone (issue 19, item 8): logged to a rotating file in the data folder and shown
in the user's language with "Copy details", from the GUI thread or any other."""

import logging
import logging.handlers
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui import crash
from desktop.ui.crash_dialog import CrashDialog


@pytest.fixture
def handler(tmp_path):
    installed = crash.install(tmp_path / "data")
    yield installed
    crash.uninstall(installed)


def _raise_inside():
    try:
        {}["missing-key"]
    except KeyError:
        return sys.exc_info()


def test_an_unexpected_exception_is_logged_to_the_data_folder_and_shown(qtbot, handler, fake_dialogs, tmp_path):
    assert sys.excepthook == handler.handle
    sys.excepthook(*_raise_inside())
    ((kind, details),) = fake_dialogs.messages
    assert kind == "unexpected" and "KeyError: 'missing-key'" in details and "_raise_inside" in details
    logging.getLogger().handlers[-1].flush()
    text = (tmp_path / "data" / "etap.log").read_text(encoding="utf-8")
    assert "KeyError: 'missing-key'" in text and "Traceback" in text


def test_an_exception_in_another_thread_is_shown_on_the_gui_thread(qtbot, handler, fake_dialogs):
    def boom():
        raise ZeroDivisionError("worker thread failed")

    thread = threading.Thread(target=boom)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(fake_dialogs.messages))
    assert "worker thread failed" in fake_dialogs.messages[0][1]


def test_the_log_file_rotates(handler):
    (rotating,) = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert (rotating.maxBytes, rotating.backupCount) == (crash.LOG_BYTES, crash.LOG_FILES)


def test_the_message_copies_its_details_and_stays_open(qtbot, tmp_path):
    box = CrashDialog("Traceback: the details", tmp_path / "etap.log")
    qtbot.addWidget(box)
    box.show()
    box.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback: the details"
    assert box.isVisible()
    assert str(tmp_path / "etap.log") in box.informativeText()
