"""Tasks to the user's calendar: one task opened in the system's calendar application, or all my tasks saved as
an iCalendar file to import (Outlook, Google Calendar, Thunderbird)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from desktop.domain.errors import EtapError
from desktop.services.activities import calendar_export
from desktop.ui.dialogs import dialogs


def open_file(path: Path) -> bool:
    """Open a file with its default application (replaced in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def add_to_calendar(parent, actor, task_id: int) -> Path | None:
    """Write the task as an .ics file and hand it to the calendar application; None when there is nothing."""
    try:
        exported = calendar_export.task_calendar(actor, task_id)
    except EtapError as err:
        dialogs.error(parent, err)
        return None
    title = QCoreApplication.translate("Calendar", "Add to calendar")
    if not exported.events:
        dialogs.info(parent, title, QCoreApplication.translate("Calendar", "This task has no due time or is done."))
        return None
    folder = Path(tempfile.gettempdir()) / "etap-calendar"
    folder.mkdir(parents=True, exist_ok=True)
    path = calendar_export.write(exported, folder / f"etap-task-{task_id}.ics")
    if not open_file(path):
        text = QCoreApplication.translate("Calendar", "No calendar application opened the file; import it from %1.")
        dialogs.info(parent, title, text.replace("%1", str(path)))
    return path


def export_my_tasks(parent, actor) -> Path | None:
    title = QCoreApplication.translate("Calendar", "Export my tasks")
    path = dialogs.ask_save_path(
        parent, title, "etap-zadania.ics", QCoreApplication.translate("Calendar", "iCalendar (*.ics)")
    )
    if not path:
        return None
    exported = calendar_export.my_tasks_calendar(actor)
    try:
        written = calendar_export.write(exported, Path(path))
    except OSError as err:
        dialogs.warn(parent, title, str(err))
        return None
    text = QCoreApplication.translate("Calendar", "Tasks exported: %1. Without a due time, left out: %2.")
    dialogs.info(parent, title, text.replace("%1", str(exported.events)).replace("%2", str(exported.without_due)))
    return written
