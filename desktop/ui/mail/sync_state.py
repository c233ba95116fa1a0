"""Where received mail stands, always visible in the main window's status bar (issue 21).

In a team every copy of Etap shares one mailbox, but only one copy syncs it at a time and only copies that have
the mailbox's password can: this label says when the mailbox was last checked, on which computer and for whom,
that another copy was checking it, that this computer has no password for it, or that the last check failed. It
stays hidden until a pass has reported (nothing is shown where no IMAP account is set up).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.errors import error_text
from desktop.ui.formatting import datetime_text


class MailStateLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailState")
        self.hide()

    def show_report(self, report) -> None:
        """Show what the pass ``report`` (a ``mail_sync.SyncReport``) tells."""
        last = report.last
        lines = []
        warn = False
        if report.state == "no_password":
            text = self.tr("Mail: no password on this computer")
            lines.append(
                self.tr(
                    "This computer has no password for the mailbox, so it does not fetch mail itself; copies of "
                    "Etap that have it do. Enter it in Tools → Mail settings to fetch mail here too."
                )
            )
            if report.error is not None:
                lines.append(error_text(report.error))
            warn = True
        elif report.state == "busy":
            text = self.tr("Mail: being checked on another computer")
            lines.append(self.tr("Another copy of Etap was checking the mailbox, so this one skipped its check."))
            if last is not None and last.error is None:
                text = self.tr("Mail: checked %1").replace("%1", datetime_text(last.at))
        elif report.error is not None:
            text = self.tr("Mail: the last check failed")
            lines.append(error_text(report.error))
            warn = True
        else:
            text = self.tr("Mail: checked %1").replace("%1", datetime_text(last.at) if last else "")
        if last is not None:
            lines.append(self.last_text(last))
        elif report.state in ("no_password", "busy"):
            lines.append(self.tr("No copy of Etap has checked the mailbox yet."))
        self.setText(text)
        self.setToolTip("\n".join(lines))
        self.setStyleSheet("color: #b00020" if warn else "")
        self.show()

    def last_text(self, last) -> str:
        line = (
            self.tr("Last check: %1 on %2 for %3")
            .replace("%1", datetime_text(last.at))
            .replace("%2", last.machine or "?")
            .replace("%3", last.user or "?")
        )
        if last.error is not None:
            line += "\n" + self.tr("It failed: %1").replace("%1", error_text(last.error))
        return line
