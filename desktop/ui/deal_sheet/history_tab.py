"""The deal sheet's History tab: every event of the deal, newest first, filtered by kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import deal_fields
from desktop.services import history, users
from desktop.ui.errors import tr as translated
from desktop.ui.formatting import datetime_text

# filter groups: the prefix of the event kinds each one shows
GROUPS = (
    ("changes", ("created", "field_changed", "spam_", "deal_", "duplicated")),
    ("stages", ("moved", "reordered")),
    ("activities", ("activity_",)),
    ("tasks", ("task_",)),
    ("notes", ("note_", "file_")),
    ("mail", ("email_",)),
    ("offers", ("calculation_", "offer_")),
    ("triggers", ("trigger_",)),
)


def group_label(key: str) -> str:
    return {
        "changes": QCoreApplication.translate("History", "Field changes"),
        "stages": QCoreApplication.translate("History", "Stage moves"),
        "activities": QCoreApplication.translate("History", "Activities"),
        "tasks": QCoreApplication.translate("History", "Tasks"),
        "notes": QCoreApplication.translate("History", "Notes and files"),
        "mail": QCoreApplication.translate("History", "E-mails"),
        "offers": QCoreApplication.translate("History", "Calculations and offers"),
        "triggers": QCoreApplication.translate("History", "Triggers"),
    }[key]


def field_label(key: str) -> str:
    """A changed field's name, from the deal's field table (``desktop/domain/deal_fields.py``)."""
    return translated("DealField", deal_fields.label(key))


def describe(kind: str, p: dict, names: dict[int, str]) -> str:
    """One line saying what happened, in the user's language."""

    def show(value, key: str = "") -> str:
        if value in (None, ""):
            return "—"
        if key == "owner_id":
            return names.get(value, str(value))
        return str(value)

    texts = {
        "created": lambda: (
            QCoreApplication.translate("History", "Deal %1 created in “%2”").replace("%2", show(p.get("stage")))
            if p.get("stage")
            else QCoreApplication.translate("History", "Deal %1 created")
        ).replace("%1", show(p.get("number"))),
        "field_changed": lambda: (
            f"{field_label(p.get('field', ''))}: "
            f"{show(p.get('old'), p.get('field', ''))} → {show(p.get('new'), p.get('field', ''))}"
        ),
        "moved": lambda: (
            QCoreApplication.translate("History", "Moved from “%1” to “%2”")
            .replace("%1", show(p.get("from_stage")))
            .replace("%2", show(p.get("to_stage")))
        ),
        "reordered": lambda: QCoreApplication.translate("History", "Reordered in “%1”").replace(
            "%1", show(p.get("stage"))
        ),
        "task_created": lambda: QCoreApplication.translate("History", "Task added: %1").replace(
            "%1", show(p.get("title"))
        ),
        "task_done": lambda: QCoreApplication.translate("History", "Task done: %1").replace("%1", show(p.get("title"))),
        "task_reopened": lambda: QCoreApplication.translate("History", "Task reopened: %1").replace(
            "%1", show(p.get("title"))
        ),
        "note_added": lambda: QCoreApplication.translate("History", "Note: %1").replace("%1", show(p.get("text"))),
        "note_deleted": lambda: QCoreApplication.translate("History", "Note deleted: %1").replace(
            "%1", show(p.get("text"))
        ),
        "file_added": lambda: QCoreApplication.translate("History", "File attached: %1").replace(
            "%1", show(p.get("name"))
        ),
        "file_deleted": lambda: QCoreApplication.translate("History", "File deleted: %1").replace(
            "%1", show(p.get("name"))
        ),
        "spam_marked": lambda: QCoreApplication.translate("History", "Marked as spam"),
        "spam_restored": lambda: QCoreApplication.translate("History", "Restored from spam"),
        "deal_deleted": lambda: QCoreApplication.translate("History", "Moved to the trash"),
        "deal_restored": lambda: QCoreApplication.translate("History", "Restored from the trash"),
        "duplicated": lambda: QCoreApplication.translate("History", "Duplicated from %1").replace(
            "%1", show(p.get("source"))
        ),
        # offers' outcome, the user's word (issue 21)
        "offer_accepted": lambda: QCoreApplication.translate("History", "Offer accepted: %1").replace(
            "%1", show(p.get("name"))
        ),
        "offer_rejected": lambda: QCoreApplication.translate("History", "Offer rejected: %1").replace(
            "%1", show(p.get("name"))
        ),
        "offer_reopened": lambda: QCoreApplication.translate("History", "Offer not decided any more: %1").replace(
            "%1", show(p.get("name"))
        ),
        # received mail (issue 21)
        "email_received": lambda: (
            QCoreApplication.translate("History", "E-mail received from %1: %2")
            .replace("%1", show(p.get("sender")))
            .replace("%2", show(p.get("subject")))
        ),
        "email_sent_copy": lambda: (
            QCoreApplication.translate("History", "E-mail sent from another program to %1: %2")
            .replace("%1", show(p.get("to")))
            .replace("%2", show(p.get("subject")))
        ),
        "email_filed": lambda: (
            QCoreApplication.translate("History", "E-mail from %1 filed to this deal: %2")
            .replace("%1", show(p.get("sender")))
            .replace("%2", show(p.get("subject")))
        ),
        "email_receipt": lambda: (
            QCoreApplication.translate("History", "Read receipt from %1: %2")
            .replace("%1", show(p.get("sender")))
            .replace("%2", show(p.get("subject")))
        ),
        "email_found_sent": lambda: (
            QCoreApplication.translate("History", "E-mail to %1 found in the Sent folder, so it was sent: %2")
            .replace("%1", show(p.get("to")))
            .replace("%2", show(p.get("subject")))
        ),
    }
    if kind in texts:
        return texts[kind]()
    details = ", ".join(f"{k}: {v}" for k, v in sorted(p.items()) if not isinstance(v, dict | list))
    return f"{kind} — {details}" if details else kind


class HistoryTab(QWidget):
    def __init__(self, deal_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.deal_id = deal_id
        self.kind = QComboBox(self)
        self.kind.setObjectName("historyKind")
        self.kind.addItem(self.tr("Everything"), "")
        for key, _prefixes in GROUPS:
            self.kind.addItem(group_label(key), key)
        self.kind.currentIndexChanged.connect(self.reload)
        self.list = QTreeWidget(self)
        self.list.setObjectName("historyList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.reload()

    def reload(self) -> None:
        key = self.kind.currentData()
        prefixes = dict(GROUPS).get(key, ())
        names = {u.id: u.display_name for u in users.list_users(active_only=False)}
        self.list.clear()
        for event in reversed(history.deal_history(self.deal_id)):
            if prefixes and not event.kind.startswith(prefixes):
                continue
            text = describe(event.kind, event.payload, names)
            item = QTreeWidgetItem([datetime_text(event.at), names.get(event.user_id, ""), text])
            item.setToolTip(2, text)
            item.setData(0, Qt.ItemDataRole.UserRole, event.kind)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)

    def kinds_shown(self) -> list[str]:
        return [
            self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(self.list.topLevelItemCount())
        ]
