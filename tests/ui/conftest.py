"""UI fixtures: a recording stand-in for the dialogs seam so no modal dialog ever blocks a test, and the
interface language put back after a test that switched it."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.ui import dialogs as dialogs_module
from desktop.ui import i18n


@pytest.fixture(autouse=True)
def _language_restored():
    """A test may install any language; the next test sees the catalogues (or none) and locale from before."""
    before, locale = i18n.installed_language(), QLocale()
    yield
    if i18n.installed_language() != before:
        app = QCoreApplication.instance()
        if before is None:
            i18n.remove_translators(app)
        else:
            i18n.install_translators(app, before)
    QLocale.setDefault(locale)


class RecordingDialogs:
    """Answers questions from a queue and records warnings; unexpected questions fail the test."""

    def __init__(self) -> None:
        self.answers: list[object] = []
        self.messages: list[tuple[str, str]] = []

    def _next(self, what: str):
        if not self.answers:
            raise AssertionError(f"unexpected dialog: {what}")
        return self.answers.pop(0)

    def warn(self, parent, title, text):
        self.messages.append(("warn", text))

    def info(self, parent, title, text):
        self.messages.append(("info", text))

    def error(self, parent, err):
        from desktop.ui.errors import error_text

        self.messages.append(("error", error_text(err)))

    def unexpected(self, parent, details, log_path):
        self.messages.append(("unexpected", details))

    def confirm(self, parent, title, text):
        return self._next(f"confirm {text}")

    def ask_text(self, parent, title, label, text=""):
        return self._next(f"ask_text {label}")

    def ask_item(self, parent, title, label, items, current=0):
        self.last_items = list(items)
        return self._next(f"ask_item {label}")

    def exec(self, dialog):
        """The next answer is a function that drives the dialog and returns True (accepted) or False."""
        return self._next(f"exec {type(dialog).__name__}")(dialog)

    def ask_save_path(self, parent, title, suggested, filters):
        return self._next(f"ask_save_path {title}")

    def ask_open_path(self, parent, title, filters=""):
        return self._next(f"ask_open_path {title}")


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch):
    """Automatic in tests/ui: a modal question nobody answers fails the test instead of hanging the suite."""
    fake = RecordingDialogs()
    for name in (
        "warn",
        "info",
        "error",
        "unexpected",
        "confirm",
        "ask_text",
        "ask_item",
        "ask_save_path",
        "ask_open_path",
        "exec",
    ):
        monkeypatch.setattr(dialogs_module.dialogs, name, getattr(fake, name))
    return fake


@pytest.fixture
def closed_db_with_backup(tmp_path):
    """A closed database file with one process and deal, and a verified backup of it: ``(path, backup)``."""
    from desktop.services.admin import backups, users
    from desktop.services.deals import deals
    from desktop.services.processes import processes
    from desktop.store import db as store_db

    path = tmp_path / "etap.db"
    store_db.open_database(path)
    actor = users.local_admin()
    process = processes.create_process(actor, "Sprzedaż", "b2b")
    deals.create_deal(actor, process.id, "Okna")
    copy = backups.back_up(tmp_path / "backups")
    store_db.close_database()
    return path, copy
