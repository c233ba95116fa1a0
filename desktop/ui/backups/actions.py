"""The File menu's data-safety actions and the backup schedule of a running window.

A copy is made at start when the newest is older than a day, then whenever the newest is older than a few
hours (the timer only wakes the check; what is due is derived from the files, so several windows or restarts
never pile up copies). Copies and the weekly full integrity check run one at a time on a worker thread that
reads the file through its own connection; closing the window cancels and joins it.
On PostgreSQL the backup actions are absent: a team server is backed up with pg_dump (`etap backup`).
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.errors import EtapError
from desktop.services.actor import Actor
from desktop.services.admin import backups
from desktop.ui.backups.folder import DAMAGED_KEY, backup_folder
from desktop.ui.dialogs import dialogs

CHECK_EVERY_MS = 30 * 60 * 1000
FULL_CHECK_KEY = "backup/last_full_check"


class DataSafety(QObject):
    restored = Signal()  # a backup replaced the database's content
    failed = Signal(str)  # a scheduled backup could not be made (shown in the status bar)
    finished = Signal(str, object)  # (job, its result or the EtapError it raised) — on the GUI thread

    def __init__(self, window: QWidget, actor: Actor, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.actor = actor
        self.backup_now_action = QAction(self.tr("&Back up now"), self)
        self.backups_action = QAction(self.tr("Bac&kups…"), self)
        self.export_all_action = QAction(self.tr("E&xport all data…"), self)
        self.move_action = QAction(self.tr("&Move database…"), self)
        self.move_action.triggered.connect(self.move_database)
        self.backup_now_action.triggered.connect(self.back_up_now)
        self.backups_action.triggered.connect(self.open_backups)
        self.export_all_action.triggered.connect(self.export_everything)
        self.export_all_action.setEnabled(actor.role == "admin")
        first = file_menu.actions()[0] if file_menu.actions() else None
        if backup_folder() is not None:  # SQLite: the copies are this computer's job
            file_menu.insertAction(first, self.backup_now_action)
            file_menu.insertAction(first, self.backups_action)
            file_menu.insertAction(first, self.move_action)
        file_menu.insertAction(first, self.export_all_action)
        file_menu.insertSeparator(first)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.back_up_if_due(backups.WHILE_RUNNING_EVERY))
        self._job: threading.Thread | None = None
        self._job_name = ""
        self._cancel = threading.Event()
        self.finished.connect(self._job_finished)

    # -- one job at a time on a worker thread (a verified copy of 1M deals takes minutes) ------------------

    def busy(self) -> bool:
        return self._job is not None

    def _start(self, name: str, work) -> bool:
        if self._job is not None:
            return False
        self._cancel.clear()

        def run() -> None:
            try:
                result = work(self._cancel)
            except EtapError as err:
                result = err
            self.finished.emit(name, result)

        self._job_name = name
        self._job = threading.Thread(target=run, name=f"etap-{name}", daemon=True)
        self._job.start()
        return True

    def _job_finished(self, name: str, result) -> None:
        if self._job is not None:
            self._job.join()
        self._job = None
        if name == "full-check":
            self._full_check_done(result)
        elif isinstance(result, EtapError):
            if name == "backup-now":
                dialogs.error(self.window, result)
            else:  # a full disk must not stop the work; say so where it is seen
                from desktop.ui.errors import error_text

                self.failed.emit(error_text(result))
        elif name == "backup-now":
            dialogs.info(self.window, self.tr("Back up now"), self.tr("Backup saved: %1").replace("%1", str(result)))
        if name == "backup-start":
            self.start_full_check_if_due()

    def start(self) -> None:
        if backup_folder() is None:
            return
        self.timer.start()
        self.back_up_if_due(backups.AT_START_AFTER, name="backup-start")

    def stop(self) -> None:
        """Stop the schedule and any running job (cancelled, then joined: nothing outlives the window)."""
        self.timer.stop()
        if self._job is not None:
            self._cancel.set()
            self._job.join()
            self._job = None

    def back_up_if_due(self, older_than: timedelta, name: str = "backup-scheduled") -> bool:
        folder = backup_folder()
        if folder is None:
            return False
        return self._start(name, lambda cancel: backups.back_up_if_due(folder, older_than=older_than, cancelled=cancel))

    def back_up_now(self) -> bool:
        folder = backup_folder()
        if not self._start("backup-now", lambda cancel: backups.back_up(folder, cancelled=cancel)):
            dialogs.info(self.window, self.tr("Back up now"), self.tr("A backup or check is already running."))
            return False
        self.failed.emit(self.tr("Backing up…"))
        return True

    # -- the weekly full integrity check, on its own read-only connection --------------------------------

    def start_full_check_if_due(self, now: datetime | None = None) -> bool:
        path = backups.database_file()
        if path is None:
            return False
        now = now or datetime.now().astimezone()
        last = QSettings().value(FULL_CHECK_KEY, "")
        if last and now - datetime.fromisoformat(last) < backups.FULL_CHECK_EVERY:
            return False
        return self._start("full-check", lambda cancel: (backups.full_check(path, cancel), now.isoformat()))

    def _full_check_done(self, result) -> None:
        errors, when = result
        if errors is None:  # cancelled: not checked; the next start tries again
            return
        QSettings().setValue(FULL_CHECK_KEY, when)
        if not errors:
            return
        QSettings().setValue(DAMAGED_KEY, str(backups.database_file()))
        dialogs.warn(
            self.window,
            self.tr("Damaged database"),
            self.tr(
                "The weekly check found damage in the database:\n%1\n\nClose Etap and start it again to restore "
                "the newest good backup."
            ).replace("%1", "\n".join(errors[:5])),
        )

    # -- dialogs ---------------------------------------------------------------------------------------------

    def open_backups(self):
        from desktop.ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.actor, self.window)
        dialog.restored.connect(self.restored)
        dialogs.exec(dialog)
        return dialog

    def move_database(self) -> Path | None:
        """Copy the database to a folder the user picks (a local one, away from cloud-synced folders), make it
        the default for the next start, and close Etap so nothing more is written to the old file."""
        from PySide6.QtWidgets import QApplication

        from desktop.ui.backups.folder import set_moved_database
        from desktop.ui.backups.startup import location_warning

        chosen = dialogs.ask_save_path(
            self.window, self.tr("Move database"), "etap.db", self.tr("Etap database (*.db)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        warning = location_warning(target)
        if warning is not None and not dialogs.confirm(self.window, self.tr("Move database"), warning):
            return None
        try:
            backups.move_database(target)
        except EtapError as err:
            dialogs.error(self.window, err)
            return None
        set_moved_database(target)
        dialogs.info(
            self.window,
            self.tr("Move database"),
            self.tr(
                "The database was copied to %1 and Etap will use it from now on. Etap closes now; start it again. "
                "The old file stays where it was until you delete it."
            ).replace("%1", str(target)),
        )
        if self.window.isVisible():  # nothing more may be written to the old file
            QApplication.instance().closeAllWindows()
        return target

    def export_everything(self) -> Path | None:
        chosen = dialogs.ask_save_path(
            self.window, self.tr("Export all data"), self.tr("Etap data.zip"), self.tr("ZIP archive (*.zip)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        from desktop.services.admin.export_all import export_all

        try:
            counts = export_all(self.actor, path)
        except EtapError as err:
            dialogs.error(self.window, err)
            return None
        except OSError as exc:
            dialogs.warn(self.window, self.tr("Export all data"), str(exc))
            return None
        text = self.tr("Exported %1 tables to %2.").replace("%1", str(len(counts))).replace("%2", str(path))
        dialogs.info(self.window, self.tr("Export all data"), text)
        return path
