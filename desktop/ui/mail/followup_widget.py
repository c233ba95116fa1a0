"""The deal sheet's Follow-up tab (SPEC F8, issue 21): pick a template, preview it with the deal's data, send it
through the outbox in the background; read the deal's conversations — mail received, sent by Etap and sent from
another program, grouped in threads, with the full text (HTML made inert) and the received files (save them, or
keep them among the deal's files); and see what Etap sent with its state and the server's answer (failed ones
can be retried, ones of unknown outcome resent or marked as sent)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services.actor import Actor
from desktop.services.calculation import offer_tracking
from desktop.services.changes import Changes
from desktop.services.mail import email_templates, outbox, received_mail
from desktop.services.mail.outbox import SendReport
from desktop.ui import ops
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.mail.mail_view import MailView
from desktop.ui.mail.messages_model import COL_ERROR, COL_SUBJECT, ROW_ROLE, MessagesModel, status_label
from desktop.ui.mail.offers_model import COL_FILE, OFFER_ROLE, OffersModel
from desktop.ui.mail.send_worker import Background, send_in_background
from desktop.ui.mail.threads_model import COL_WHO, ThreadsModel


def _plain(text: str) -> str:
    """Plain text shown in a QTextBrowser in the normal font, line breaks kept."""
    return f"<div style='white-space: pre-wrap'>{html.escape(text)}</div>"


class FollowUpWidget(QWidget):
    sending_finished = Signal(object)  # SendReport

    def __init__(self, deal_id: int, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deal_id = deal_id
        self.actor = actor
        self.job: Background | None = None
        self.setObjectName("followUpWidget")

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("followUpTemplate")
        self.template_combo.setMinimumContentsLength(20)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("followUpSend")
        self.send_button.clicked.connect(self.send)
        self.receipt = QCheckBox(self.tr("Ask for a read receipt"), self)
        self.receipt.setObjectName("followUpReceipt")
        self.receipt.setToolTip(
            self.tr("The recipient's mail program may confirm that the message was opened (it may also not).")
        )
        top = QHBoxLayout()
        label = QLabel(self.tr("Template:"), self)
        label.setBuddy(self.template_combo)
        top.addWidget(label)
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.preview_button)
        top.addWidget(self.receipt)
        top.addWidget(self.send_button)

        self.model = MessagesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("followUpMessages")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ERROR, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_ERROR, 220)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.threads_model = ThreadsModel(self)
        self.threads_view = QTreeView(self)
        self.threads_view.setObjectName("followUpThreads")
        self.threads_view.setModel(self.threads_model)
        self.threads_view.setUniformRowHeights(True)
        self.threads_view.header().setStretchLastSection(False)
        self.threads_view.header().setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Stretch)
        self.threads_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.threads_view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.threads_view.selectionModel().currentChanged.connect(self._show_mail)
        self.views = QTabWidget(self)
        self.views.setObjectName("followUpViews")
        self.views.addTab(self.threads_view, self.tr("Conversations"))
        self.views.addTab(self.table, self.tr("Sent by Etap"))
        self.offers_model = OffersModel(self)
        self.offers_table = QTableView(self)
        self.offers_table.setObjectName("followUpOffers")
        self.offers_table.setModel(self.offers_model)
        self.offers_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.offers_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.offers_table.verticalHeader().hide()
        self.offers_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.offers_table.horizontalHeader().setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.offers_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_offer_buttons())
        self.accepted_button = QPushButton(self.tr("Accepted"), self)
        self.accepted_button.setObjectName("offerAccepted")
        self.accepted_button.clicked.connect(lambda: self.set_outcome("accepted"))
        self.rejected_button = QPushButton(self.tr("Rejected"), self)
        self.rejected_button.setObjectName("offerRejected")
        self.rejected_button.clicked.connect(lambda: self.set_outcome("rejected"))
        self.undecided_button = QPushButton(self.tr("Not decided"), self)
        self.undecided_button.clicked.connect(lambda: self.set_outcome(""))
        offers_page = QWidget(self)
        offer_buttons = QHBoxLayout()
        offer_buttons.addStretch(1)
        for button in (self.accepted_button, self.rejected_button, self.undecided_button):
            offer_buttons.addWidget(button)
        offers_layout = QVBoxLayout(offers_page)
        offers_layout.setContentsMargins(0, 0, 0, 0)
        offers_layout.addWidget(self.offers_table, 1)
        offers_layout.addLayout(offer_buttons)
        self.views.addTab(offers_page, self.tr("Offers"))
        self.views.currentChanged.connect(self._view_changed)
        self.details = MailView(self)
        self.details.setObjectName("followUpDetails")
        self.details.setPlaceholderText(self.tr("No e-mail sent for this deal yet."))
        self.details.attachment_action.connect(self._attachment_action)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.views)
        split.addWidget(self.details)

        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel sending"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Retry failed"), self)
        self.retry_button.setObjectName("followUpRetry")
        self.retry_button.clicked.connect(self.retry)
        # a message whose outcome is unknown (Etap stopped mid-send) waits for the user's word, never resent blindly
        self.resend_button = QPushButton(self.tr("Resend"), self)
        self.resend_button.clicked.connect(self.resend_unknown)
        self.mark_sent_button = QPushButton(self.tr("Mark as sent"), self)
        self.mark_sent_button.clicked.connect(self.mark_unknown_sent)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.resend_button)
        bottom.addWidget(self.mark_sent_button)
        bottom.addWidget(self.retry_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._set_sending(False)
        self.reload()

    # -- data ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.template_combo.currentData()
        self.template_combo.clear()
        for t in email_templates.list_templates():
            self.template_combo.addItem(t.name, t.id)
        if current is not None and self.template_combo.findData(current) >= 0:
            self.template_combo.setCurrentIndex(self.template_combo.findData(current))
        has_template = self.template_combo.count() > 0
        self.preview_button.setEnabled(has_template)
        self.send_button.setEnabled(has_template and self.job is None)
        try:
            rows = outbox.deal_messages(self.actor, self.deal_id)
        except EtapError as err:
            dialogs.error(self, err)
            rows = []
        self.model.set_rows(rows)
        self.retry_button.setEnabled(any(r.status == "failed" for r in rows) and self.job is None)
        try:
            threads = received_mail.threads(self.actor, self.deal_id)
        except EtapError:
            threads = []  # the deal went away or out of sight: the outbox answer above already said so
        self.threads_model.set_threads(threads)
        self.threads_view.expandAll()
        try:
            offers = offer_tracking.deal_offers(self.actor, self.deal_id)
        except EtapError:
            offers = []
        self.offers_model.set_rows(offers)
        if offers:
            self.offers_table.selectRow(0)
        self._update_offer_buttons()
        received = sum(1 for t in threads for i in t.items if i.source == "received")
        self.views.setTabText(0, self.tr("Conversations (%1)").replace("%1", str(len(threads))))
        if rows:
            self.table.selectRow(0)
        if threads and (received or not rows):
            newest = self.threads_model.index(0, 0)
            last = self.threads_model.index(self.threads_model.rowCount(newest) - 1, 0, newest)
            self.views.setCurrentIndex(0)
            self.threads_view.setCurrentIndex(last)
        elif rows:
            self.views.setCurrentIndex(1)
        self._update_unknown_buttons()

    def _view_changed(self, index: int) -> None:
        if index == 0:
            self._show_mail(self.threads_view.currentIndex())
        elif index == 1:
            self._show_current(self.table.currentIndex())

    def _current_offer(self):
        return self.offers_model.data(self.offers_table.currentIndex(), OFFER_ROLE)

    def _update_offer_buttons(self) -> None:
        offer = self._current_offer()
        self.accepted_button.setEnabled(offer is not None and offer.outcome != "accepted")
        self.rejected_button.setEnabled(offer is not None and offer.outcome != "rejected")
        self.undecided_button.setEnabled(offer is not None and offer.outcome != "")

    def set_outcome(self, outcome: str) -> None:
        """The user's word on the selected offer: accepted, rejected, or not decided yet."""
        offer = self._current_offer()
        if offer is None:
            return
        row = self.offers_table.currentIndex().row()
        done = ops.run(self, offer_tracking.set_outcome, self.actor, offer.id, outcome, offer.outcome)
        self.offers_model.set_rows(offer_tracking.deal_offers(self.actor, self.deal_id))
        self.offers_table.selectRow(min(row, self.offers_model.rowCount() - 1))
        self._update_offer_buttons()
        if done is not None:
            ops.announce(Changes.of([self.deal_id]))

    def _show_mail(self, current, _previous=None) -> None:
        item = self.threads_model.item_at(current)
        if item is not None:
            self.details.show_item(item, actions=True)

    def _attachment_action(self, action: str, attachment_id: int) -> None:
        """A received file: saved where the user says, or kept among the deal's files."""
        if action == "keep":
            done = ops.run(self, received_mail.add_attachment_to_deal, self.actor, attachment_id, self.deal_id)
            if done is not None:
                ops.announce(Changes.of([self.deal_id]))
                dialogs.info(
                    self,
                    self.tr("Follow-up"),
                    self.tr("“%1” is now among the deal's files.").replace("%1", done.result.name),
                )
            return
        try:
            name, data = received_mail.attachment_bytes(self.actor, attachment_id)
        except EtapError as err:
            dialogs.error(self, err)
            return
        path = dialogs.ask_save_path(self, self.tr("Save attachment"), name, "")
        if path:
            try:
                with open(path, "wb") as out:
                    out.write(data)
            except OSError as exc:
                dialogs.warn(self, self.tr("Save attachment"), str(exc))

    def _selected_unknown(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row.id if row.status == "unknown" else None

    def _update_unknown_buttons(self) -> None:
        unknown = self._selected_unknown() is not None and self.job is None
        self.resend_button.setVisible(unknown)
        self.mark_sent_button.setVisible(unknown)

    def resend_unknown(self) -> None:
        message_id = self._selected_unknown()
        if message_id is None:
            return
        question = self.tr("Send this message again? Do it only if it did not arrive (check the Sent folder).")
        if not dialogs.confirm(self, self.tr("Resend"), question):
            return
        outbox.resend(self.actor, [message_id])
        self.start_sending([message_id])

    def mark_unknown_sent(self) -> None:
        message_id = self._selected_unknown()
        if message_id is not None:
            outbox.mark_sent(self.actor, [message_id])
            self.reload()

    def _show_current(self, current, _previous=None) -> None:
        self._update_unknown_buttons()
        if not current.isValid():
            return
        m = self.model.data(current, ROW_ROLE)
        head = f"<b>{html.escape(m.subject)}</b><br>{html.escape(m.to_addr)} — {html.escape(status_label(m.status))}"
        if m.attachments:
            head += "<br>" + html.escape(self.tr("Attachments: %1").replace("%1", ", ".join(m.attachments)))
        if m.last_error:
            head += f"<br><span style='color:#b00020'>{html.escape(m.last_error)}</span>"
        self.details.setHtml(f"{head}<hr>{_plain(m.body_text)}")

    def _template(self):
        template_id = self.template_combo.currentData()
        return email_templates.get_template(int(template_id)) if template_id is not None else None

    # -- actions ------------------------------------------------------------------------------------------
    def preview(self) -> None:
        try:
            t = self._template()
            if t is None:
                return
            out = email_templates.preview(self.actor, t.subject, t.body_text, t.body_html, self.deal_id)
        except EtapError as err:
            dialogs.error(self, err)
            return
        note = ""
        if out.empty:
            note = html.escape(self.tr("Empty placeholders: %1").replace("%1", ", ".join(out.empty))) + "<br>"
        body = out.body_html or _plain(out.body_text)
        self.details.setHtml(f"{note}<b>{html.escape(out.subject)}</b><hr>{body}")

    def send(self) -> None:
        try:
            t = self._template()
            if t is None:
                return
            result = outbox.queue_for_deals(
                self.actor, [self.deal_id], t.subject, t.body_text, t.body_html, read_receipt=self.receipt.isChecked()
            )
        except EtapError as err:
            dialogs.error(self, err)
            return
        if result.skipped:
            dialogs.warn(
                self, self.tr("Follow-up"), self.tr("The deal's contact has no valid e-mail address; nothing was sent.")
            )
            return
        self.start_sending(result.message_ids)

    def retry(self) -> None:
        failed = [
            self.model.row_at(i).id for i in range(self.model.rowCount()) if self.model.row_at(i).status == "failed"
        ]
        outbox.retry(self.actor, failed)
        self.start_sending(failed)

    def start_sending(self, ids: list[int]) -> None:
        self.reload()
        self.job = send_in_background(ids, self)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self._set_sending(True)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, report: object) -> None:
        self.job = None
        self._set_sending(False)
        self.reload()
        if isinstance(report, EtapError):
            dialogs.error(self, report)
        elif isinstance(report, SendReport) and report.error is not None:
            dialogs.warn(self, self.tr("Follow-up"), error_text(report.error))
        elif isinstance(report, Exception):
            dialogs.warn(self, self.tr("Follow-up"), str(report))
        self.sending_finished.emit(report)

    def _set_sending(self, sending: bool) -> None:
        self.progress.setVisible(sending)
        self.cancel_button.setVisible(sending)
        self.send_button.setEnabled(not sending and self.template_combo.count() > 0)

    def closeEvent(self, event) -> None:
        if self.job is not None:  # the outbox keeps what is unsent; stop after the current message
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)
