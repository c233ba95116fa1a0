"""What a trigger firing did, as a sentence in the user's language (the services store it as data)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QObject

from desktop.ui.errors import tr

# Every kind of detail the trigger services write (tests render each in pl and ro).
DETAIL_KINDS = (
    "campaign_added", "campaign_member", "campaign_no_consent", "task", "notified", "moved", "email", "error",
    "unexpected",
)  # fmt: skip


translate = QCoreApplication.translate  # lupdate reads translate("TriggerLog", "…") as a message


class TriggerLog(QObject):
    """The "TriggerLog" translation context for plural sentences (lupdate sees %n only in ``tr`` calls)."""


def detail_text(detail: str) -> str:
    """The stored detail (JSON from desktop/services/triggers/actions.py; older rows: plain text) as a sentence."""
    if not detail:
        return ""
    try:
        data = json.loads(detail)
    except ValueError:
        return detail  # written before details were data
    if not isinstance(data, dict):
        return detail
    what = data.get("what")
    if what == "campaign_added":
        return (
            translate("TriggerLog", "%1 added to the campaign “%2”")
            .replace("%1", str(data.get("contact", "")))
            .replace("%2", str(data.get("campaign", "")))
        )
    if what == "campaign_member":
        return (
            translate("TriggerLog", "%1 is already in the campaign “%2”")
            .replace("%1", str(data.get("contact", "")))
            .replace("%2", str(data.get("campaign", "")))
        )
    if what == "campaign_no_consent":
        return (
            translate("TriggerLog", "%1 was not added to the campaign “%2”: no marketing consent")
            .replace("%1", str(data.get("contact", "")))
            .replace("%2", str(data.get("campaign", "")))
        )
    if what == "task":
        return translate("TriggerLog", "Task created: %1").replace("%1", str(data.get("title", "")))
    if what == "notified":
        count = int(data.get("count", 0))
        return TriggerLog.tr("Notified %n person(s)", "", count)
    if what == "moved":
        return translate("TriggerLog", "Moved to the stage “%1”").replace("%1", str(data.get("stage", "")))
    if what == "email":
        return translate("TriggerLog", "E-mail queued: %1").replace("%1", str(data.get("subject", "")))
    if what == "error":
        template = tr("Errors", str(data.get("template", "")))
        params = data.get("params") or {}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return str(data.get("template", "")).format_map(params) if params else str(data.get("template", ""))
    if what == "unexpected":
        return translate("TriggerLog", "Unexpected error: %1").replace("%1", str(data.get("error", "")))
    return detail
