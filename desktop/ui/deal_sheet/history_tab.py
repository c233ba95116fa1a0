"""The deal sheet's History tab: every event of the deal, newest first, filtered by kind."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
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
from desktop.domain.errors import EtapError
from desktop.domain.triggers import ACTION_LABELS
from desktop.services import history, pickers
from desktop.services.admin import users
from desktop.services.deals import deals
from desktop.ui.errors import tr as translated
from desktop.ui.formatting import date_text, datetime_text, money_text
from desktop.ui.triggers.detail_text import detail_text

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


translate = QCoreApplication.translate  # lupdate reads translate("History", "…") as a message


class History(QObject):
    """The "History" translation context for plural sentences (lupdate sees %n only in ``tr`` calls)."""


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, 1):
        template = template.replace(f"%{number}", str(value))
    return template


class Shown:
    """How stored values read in the user's language: names for ids, money and dates in the locale."""

    def __init__(self, names: dict[int, str], currency: str = "PLN", labels: dict[str, dict] | None = None) -> None:
        self.names = names
        self.currency = currency
        self.labels = labels or {}

    def value(self, value: object, key: str = "") -> str:
        if value in (None, ""):
            return "—"
        if key == "owner_id":
            return self.names.get(value, str(value))
        if key in ("contact_id", "company_id"):
            return self.labels.get(key, {}).get(value) or str(value)
        if key in ("value", "cost"):
            try:
                return money_text(Decimal(str(value)), self.currency)
            except InvalidOperation:
                return str(value)
        if key in ("expected_close", "next_contact"):
            try:
                return date_text(date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
        if key == "probability_manual":
            return f"{value}\u00a0%"
        if isinstance(value, bool):
            return translate("History", "yes") if value else translate("History", "no")
        return str(value)

    def when(self, value: object) -> str:
        try:
            return datetime_text(datetime.fromisoformat(str(value)))
        except ValueError:
            return str(value)


def _quoted(value: object) -> str:
    polish_or_romanian = QLocale().language() in (QLocale.Language.Polish, QLocale.Language.Romanian)
    return f"„{value}”" if polish_or_romanian else f"“{value}”"


def _activity(p: dict, shown: Shown) -> str:
    text = _fill(translate("History", "Completed the activity %1"), _quoted(shown.value(p.get("activity"))))
    extras = []
    if p.get("note"):
        extras.append(_fill(translate("History", "note: %1"), p["note"]))
    if p.get("file"):
        extras.append(_fill(translate("History", "file: %1"), p["file"]))
    return f"{text} ({'; '.join(extras)})" if extras else text


def _trigger(kind: str, p: dict) -> str:
    action = ACTION_LABELS.get(p.get("action"), "") if p.get("action") else ""
    what = translated("Trigger", action) if action else ""
    detail = detail_text(p.get("detail", ""))
    if kind == "trigger_fired":
        text = _fill(translate("History", "Trigger ran: %1"), what) if what else translate("History", "Trigger ran")
    else:
        text = (
            _fill(translate("History", "Trigger failed: %1"), what) if what else translate("History", "Trigger failed")
        )
    return f"{text} — {detail}" if detail else text


def _changes(p: dict, shown: Shown) -> str:
    key = p.get("field", "")
    return f"{field_label(key)}: {shown.value(p.get('old'), key)} → {shown.value(p.get('new'), key)}"


def _describers(p: dict, shown: Shown) -> dict:
    q = _quoted
    return {
        "created": lambda: (
            _fill(
                translate("History", "Created the deal %1 in the stage %2"),
                shown.value(p.get("number")),
                q(shown.value(p.get("stage"))),
            )
            if p.get("stage")
            else _fill(translate("History", "Created the deal %1"), shown.value(p.get("number")))
        ),
        "field_changed": lambda: _changes(p, shown),
        "moved": lambda: _fill(
            translate("History", "Moved from %1 to %2"),
            q(shown.value(p.get("from_stage"))),
            q(shown.value(p.get("to_stage"))),
        ),
        "reordered": lambda: _fill(
            translate("History", "Changed the order in the stage %1"), q(shown.value(p.get("stage")))
        ),
        "activity_done": lambda: _activity(p, shown),
        "activity_undone": lambda: _fill(
            translate("History", "Undid the activity %1"), q(shown.value(p.get("activity")))
        ),
        "calculation_added": lambda: _fill(
            translate("History", "Added the calculation %1"), q(shown.value(p.get("name")))
        ),
        "calculation_copied": lambda: _fill(
            translate("History", "Copied a calculation as %1"), q(shown.value(p.get("name")))
        ),
        "calculation_deleted": lambda: _fill(
            translate("History", "Deleted the calculation %1"), q(shown.value(p.get("name")))
        ),
        "offer_created": lambda: _fill(translate("History", "Created the offer %1"), shown.value(p.get("file"))),
        "task_created": lambda: (
            _fill(
                translate("History", "Added the task %1, due %2"),
                q(shown.value(p.get("title"))),
                shown.when(p["due_at"]),
            )
            if p.get("due_at")
            else _fill(translate("History", "Added the task %1"), q(shown.value(p.get("title"))))
        ),
        "task_done": lambda: _fill(translate("History", "Completed the task %1"), q(shown.value(p.get("title")))),
        "task_reopened": lambda: _fill(translate("History", "Reopened the task %1"), q(shown.value(p.get("title")))),
        "note_added": lambda: _fill(translate("History", "Added a note: %1"), shown.value(p.get("text"))),
        "note_deleted": lambda: _fill(translate("History", "Deleted a note: %1"), shown.value(p.get("text"))),
        "file_added": lambda: _fill(translate("History", "Attached the file %1"), shown.value(p.get("name"))),
        "file_deleted": lambda: _fill(translate("History", "Deleted the file %1"), shown.value(p.get("name"))),
        "email_queued": lambda: _fill(
            translate("History", "Queued an e-mail to %1: %2"), shown.value(p.get("to")), q(p.get("subject", ""))
        ),
        "email_sent": lambda: _fill(
            translate("History", "Sent an e-mail to %1: %2"), shown.value(p.get("to")), q(p.get("subject", ""))
        ),
        "email_failed": lambda: _fill(
            translate("History", "Could not send the e-mail to %1: %2"),
            shown.value(p.get("to")),
            shown.value(p.get("error")),
        ),
        "email_unknown": lambda: _fill(
            translate("History", "Unknown whether the e-mail to %1 was delivered (the connection broke): %2"),
            shown.value(p.get("to")),
            q(p.get("subject", "")),
        ),
        "email_marked_sent": lambda: _fill(
            translate("History", "Marked the e-mail to %1 as sent: %2"),
            shown.value(p.get("to")),
            q(p.get("subject", "")),
        ),
        "email_resent": lambda: _fill(
            translate("History", "Queued the e-mail to %1 again: %2"), shown.value(p.get("to")), q(p.get("subject", ""))
        ),
        "spam_marked": lambda: translate("History", "Marked as spam"),
        "spam_restored": lambda: translate("History", "Restored from spam"),
        "trigger_fired": lambda: _trigger("trigger_fired", p),
        "trigger_failed": lambda: _trigger("trigger_failed", p),
        "deal_deleted": lambda: translate("History", "Moved the deal to the trash"),
        "deal_restored": lambda: translate("History", "Restored the deal from the trash"),
        "duplicated": lambda: _fill(translate("History", "Duplicated from %1"), shown.value(p.get("source"))),
        "imported": lambda: _fill(
            translate("History", "Updated by an import: %1"),
            ", ".join(field_label("stage_id" if f == "stage" else f) for f in p.get("fields", [])),
        ),
        "process_changed": lambda: _fill(
            translate("History", "Moved from the process %1 to %2"),
            q(shown.value(p.get("from_process"))),
            q(shown.value(p.get("to_process"))),
        ),
        # offers' outcome, the user's word (issue 21)
        "offer_accepted": lambda: _fill(translate("History", "Offer accepted: %1"), shown.value(p.get("name"))),
        "offer_rejected": lambda: _fill(translate("History", "Offer rejected: %1"), shown.value(p.get("name"))),
        "offer_reopened": lambda: _fill(
            translate("History", "Offer not decided any more: %1"), shown.value(p.get("name"))
        ),
        # received mail (issue 21)
        "email_received": lambda: _fill(
            translate("History", "E-mail received from %1: %2"), shown.value(p.get("sender")), q(p.get("subject", ""))
        ),
        "email_sent_copy": lambda: _fill(
            translate("History", "E-mail sent from another program to %1: %2"),
            shown.value(p.get("to")),
            q(p.get("subject", "")),
        ),
        "email_filed": lambda: _fill(
            translate("History", "E-mail from %1 filed to this deal: %2"),
            shown.value(p.get("sender")),
            q(p.get("subject", "")),
        ),
        "email_receipt": lambda: _fill(
            translate("History", "Read receipt from %1: %2"), shown.value(p.get("sender")), q(p.get("subject", ""))
        ),
        "email_found_sent": lambda: _fill(
            translate("History", "E-mail to %1 found in the Sent folder, so it was sent: %2"),
            shown.value(p.get("to")),
            q(p.get("subject", "")),
        ),
    }


# Every kind of event a deal's history can hold (tests/ui/test_history_text.py renders each in pl and ro).
DEAL_EVENT_KINDS = tuple(_describers({}, Shown({})))


def describe(kind: str, p: dict, names: dict[int, str], shown: Shown | None = None) -> str:
    """One sentence saying what happened, in the user's language (ids, hashes and codes stay out of it)."""
    shown = shown or Shown(names)
    texts = _describers(p, shown)
    if kind in texts:
        return texts[kind]()
    return _fill(translate("History", "Other change (%1)"), kind)


def details_tooltip(kind: str, p: dict) -> str:
    """The technical record behind a row (file checksums, message numbers), for the curious."""
    lines = [kind]
    lines += [f"{key}: {value}" for key, value in sorted(p.items()) if not isinstance(value, dict | list)]
    return "\n".join(lines)


# Events by the same person, of a kind that comes in bursts, within this long, make one row.
GROUP_SECONDS = 120
GROUPED_KINDS = ("field_changed", "file_added", "task_created", "note_added", "email_queued", "activity_done")


def group_events(events: list) -> list[list]:
    """Consecutive related events (same person, same kind, close in time) as one group, newest first."""
    groups: list[list] = []
    for event in events:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and event.kind in GROUPED_KINDS
            and event.kind == last.kind
            and event.user_id == last.user_id
            and abs((last.at - event.at).total_seconds()) <= GROUP_SECONDS
        ):
            groups[-1].append(event)
        else:
            groups.append([event])
    return groups


def describe_group(group: list, shown: Shown) -> str:
    """A group's summary: field changes as first → last value per field; other bursts counted."""
    if len(group) == 1:
        return describe(group[0].kind, group[0].payload, shown.names, shown)
    kind = group[0].kind
    if kind == "field_changed":
        first: dict[str, object] = {}
        last: dict[str, object] = {}
        for event in reversed(group):  # oldest first
            key = event.payload.get("field", "")
            first.setdefault(key, event.payload.get("old"))
            last[key] = event.payload.get("new")
        return "; ".join(_changes({"field": k, "old": first[k], "new": last[k]}, shown) for k in first)
    count = len(group)
    summaries = {
        "file_added": History.tr("Attached %n file(s)", "", count),
        "task_created": History.tr("Added %n task(s)", "", count),
        "note_added": History.tr("Added %n note(s)", "", count),
        "email_queued": History.tr("Queued %n e-mail(s)", "", count),
        "activity_done": History.tr("Completed %n activities", "", count),
    }
    return summaries.get(kind, describe(kind, group[0].payload, shown.names, shown))


class HistoryTab(QWidget):
    def __init__(self, deal_id: int, actor, parent=None, currency: str | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("historyTab")
        self.deal_id = deal_id
        self.currency = currency  # the deal's currency, kept up to date by the sheet that shows the deal
        self._names: dict[int, str] = {}  # user names, read again only when an event names someone new
        self.kind = QComboBox(self)
        self.kind.setObjectName("historyKind")
        self.kind.addItem(self.tr("Everything"), "")
        for key, _prefixes in GROUPS:
            self.kind.addItem(group_label(key), key)
        self.kind.currentIndexChanged.connect(self.reload)
        self.list = QTreeWidget(self)
        self.list.setObjectName("historyList")
        self.list.setRootIsDecorated(True)  # grouped bursts ("added 3 files") open to show each event
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

    def _shown(self, events: list) -> Shown:
        if not self._names or any(e.user_id is not None and e.user_id not in self._names for e in events):
            self._names = {u.id: u.display_name for u in users.list_users(active_only=False)}
        names = self._names
        currency = self.currency
        if currency is None:
            try:
                currency = deals.get_deal(self.deal_id, self.actor).currency
            except EtapError:
                currency = "PLN"
        labels: dict[str, dict] = {"contact_id": {}, "company_id": {}}
        for event in events:
            if event.kind == "field_changed" and event.payload.get("field") in labels:
                key = event.payload["field"]
                for value in (event.payload.get("old"), event.payload.get("new")):
                    if isinstance(value, int) and value not in labels[key]:
                        label = pickers.contact_label(value) if key == "contact_id" else pickers.company_label(value)
                        labels[key][value] = label
        return Shown(names, currency, labels)

    def reload(self) -> None:
        key = self.kind.currentData()
        prefixes = dict(GROUPS).get(key, ())
        events = [
            e
            for e in reversed(history.deal_history(self.actor, self.deal_id))
            if not prefixes or e.kind.startswith(prefixes)
        ]
        shown = self._shown(events)
        self.list.clear()
        for group in group_events(events):
            newest = group[0]
            text = describe_group(group, shown)
            item = QTreeWidgetItem([datetime_text(newest.at), shown.names.get(newest.user_id, ""), text])
            item.setToolTip(2, "\n\n".join(details_tooltip(e.kind, e.payload) for e in group))
            item.setData(0, Qt.ItemDataRole.UserRole, newest.kind)
            if len(group) > 1:
                for event in group:
                    child = QTreeWidgetItem(
                        [datetime_text(event.at), "", describe(event.kind, event.payload, shown.names, shown)]
                    )
                    child.setToolTip(2, details_tooltip(event.kind, event.payload))
                    child.setData(0, Qt.ItemDataRole.UserRole, event.kind)
                    item.addChild(child)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)

    def kinds_shown(self) -> list[str]:
        return [
            self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(self.list.topLevelItemCount())
        ]
