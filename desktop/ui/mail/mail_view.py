"""Showing one e-mail's text: plain text as it came, or its HTML after ``services.mail_html.sanitise``.

The browser loads nothing by itself (``loadResource`` answers only inline ``data:`` images) and follows no link
(a click is handed to the system browser only for http(s) and mailto links, never run inside Etap).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from desktop.services.mail.mail_html import sanitise
from desktop.ui.formatting import datetime_text


class MailView(QTextBrowser):
    """``attachment_action(action, attachment id)`` when a received file's "Save…" or "Add to the deal's files"
    link is clicked (``show_item(item, actions=True)``)."""

    attachment_action = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mailView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.setPlaceholderText(self.tr("Choose a message to read it."))

    def show_item(self, item, actions: bool = False) -> None:
        """``item``: a ``received_mail.MailItem``, or None to clear; ``actions`` adds links for its stored files."""
        if item is None:
            self.clear()
            return
        subject = item.subject or self.tr("(no subject)")
        sender, to, attached = self.tr("From:"), self.tr("To:"), self.tr("Attachments:")
        header = (
            f"<p><b>{html.escape(subject)}</b><br>"
            f"{html.escape(sender)} {html.escape(item.from_addr)}<br>"
            f"{html.escape(to)} {html.escape(item.to_addrs)}<br>"
            f"{html.escape(datetime_text(item.at))}</p>"
        )
        save, keep = self.tr("Save…"), self.tr("Add to the deal's files")
        parts = []
        for a in item.attachments:
            text = html.escape(a.name)
            if actions and item.source == "received" and a.stored:
                text += f" (<a href='etap-file:save/{a.id}'>{html.escape(save)}</a>"
                text += f" · <a href='etap-file:keep/{a.id}'>{html.escape(keep)}</a>)"
            parts.append(text)
        if parts:
            header += f"<p>{html.escape(attached)} {', '.join(parts)}</p>"
        if item.body_html:
            body = sanitise(item.body_html)
        else:
            body = f"<div style='white-space: pre-wrap'>{html.escape(item.body_text)}</div>"
        self.setHtml(header + "<hr>" + body)

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() == "data" and kind == QTextDocument.ResourceType.ImageResource.value:
            data = url.toString().partition(",")[2]
            image = QImage()
            image.loadFromData(QByteArray.fromBase64(data.encode("ascii", "ignore")))
            return image
        return None  # nothing remote, nothing from disk

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == "etap-file":
            action, _, number = url.path().partition("/")
            if number.isdigit():
                self.attachment_action.emit(action, int(number))
            return
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
