"""Personalised bulk follow-up (SPEC F8, S0 "send message" stage action, S4 follow-ups).

Choose the stage (or the whole process, or the deals handed over by the board), a template, then step
through every personalised message, untick the ones not to send, and send: one message per recipient,
queued in the outbox and sent in the background with progress and cancel. Deals whose contact has no
valid address are listed and skipped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import mail
from desktop.domain.errors import EtapError
from desktop.services.actor import Actor
from desktop.services.mail import email_templates, outbox
from desktop.services.mail.outbox import SendReport
from desktop.services.processes import processes
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.mail.send_worker import Background, send_in_background

ALL = -1


class BulkSendDialog(QDialog):
    def __init__(
        self, actor: Actor, deal_ids: list[int] | None = None, process_id: int | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.given_ids = list(deal_ids) if deal_ids is not None else None
        self.process_id = process_id
        self.recipients: list[email_templates.Recipient] = []
        self.rendered: dict[int, mail.Rendered] = {}
        self.job: Background | None = None
        self.report: SendReport | None = None
        self.setObjectName("bulkSendDialog")
        self.setWindowTitle(self.tr("Send follow-up"))
        self.resize(900, 600)

        self.stage_combo = QComboBox(self)
        self.stage_combo.setObjectName("bulkStage")
        if self.given_ids is not None:
            self.stage_combo.addItem(self.tr("Selected deals (%n)", "", len(self.given_ids)), ALL)
            self.stage_combo.setEnabled(False)
        else:
            self.stage_combo.addItem(self.tr("All stages"), ALL)
            for stage in processes.list_stages(process_id) if process_id is not None else []:
                self.stage_combo.addItem(stage.name, stage.id)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("bulkTemplate")
        for t in email_templates.list_templates():
            self.template_combo.addItem(t.name, t.id)
        self.prepare_button = QPushButton(self.tr("Prepare messages"), self)
        self.prepare_button.setObjectName("bulkPrepare")
        self.prepare_button.clicked.connect(self.prepare)
        form = QFormLayout()
        form.addRow(self.tr("Deals:"), self.stage_combo)
        row = QHBoxLayout()
        row.addWidget(self.template_combo, 1)
        row.addWidget(self.prepare_button)
        form.addRow(self.tr("Template:"), row)

        self.list = QListWidget(self)
        self.list.setObjectName("bulkRecipients")
        self.list.currentRowChanged.connect(self._show)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("bulkPreview")
        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position_label = QLabel(self)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.position_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(nav)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([340, 560])

        self.skipped_label = QLabel(self)
        self.skipped_label.setObjectName("bulkSkipped")
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setStyleSheet("color: #8a4b00")
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.receipt = QCheckBox(self.tr("Ask for a read receipt"), self)
        self.receipt.setObjectName("bulkReceipt")
        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("bulkSend")
        self.cancel_button = self.buttons.addButton(self.tr("Cancel sending"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.receipt)
        layout.addWidget(self.buttons)
        self._set_sending(False)
        self._update_nav()
        if self.template_combo.count() == 0:
            self.preview.setPlaceholderText(self.tr("There are no e-mail templates yet (Tools → E-mail templates…)."))
        else:
            self.preview.setPlaceholderText(self.tr("Choose the deals and a template, then prepare the messages."))

    # -- preparing ----------------------------------------------------------------------------------------
    def _deal_ids(self) -> list[int]:
        if self.given_ids is not None:
            return self.given_ids
        if self.process_id is None:
            return []
        stage = self.stage_combo.currentData()
        return email_templates.deal_ids(self.actor, self.process_id, None if stage == ALL else int(stage))

    def prepare(self) -> None:
        template_id = self.template_combo.currentData()
        if template_id is None:
            return
        try:
            t = email_templates.get_template(int(template_id))
            people = email_templates.recipients(self.actor, self._deal_ids())
            mail.check_template(t.subject, t.body_text, t.body_html)
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.template = t
        self.recipients = [p for p in people if p.valid and p.consent]
        skipped = [p for p in people if not p.valid]
        no_consent = [p for p in people if p.valid and not p.consent]
        self.rendered = {p.deal_id: mail.render(t.subject, t.body_text, t.body_html, p.values) for p in self.recipients}
        self.list.clear()
        for p in self.recipients:
            item = QListWidgetItem(
                f"{p.deal_number} — {p.name} <{p.address}>" if p.name else f"{p.deal_number} — {p.address}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, p.deal_id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        lines = []
        if skipped:
            names = ", ".join(p.deal_number for p in skipped)
            lines.append(
                self.tr("%n deal(s) skipped, no valid e-mail address: %1", "", len(skipped)).replace("%1", names)
            )
        if no_consent:  # RODO/GDPR: a bulk message is marketing
            names = ", ".join(p.deal_number for p in no_consent)
            lines.append(
                self.tr("%n deal(s) skipped, the contact has no marketing consent: %1", "", len(no_consent)).replace(
                    "%1", names
                )
            )
        self.skipped_label.setText("\n".join(lines))
        if self.recipients:
            self.list.setCurrentRow(0)
        else:
            self.preview.setHtml(html.escape(self.tr("No deal to send to.")))
        self._update_nav()

    def _show(self, row: int) -> None:
        self._update_nav()
        if not 0 <= row < len(self.recipients):
            return
        person = self.recipients[row]
        out = self.rendered[person.deal_id]
        head = f"<b>{html.escape(out.subject)}</b><br>{html.escape(self.tr('To: %1').replace('%1', person.address))}"
        if out.empty:
            warn = self.tr("Empty placeholders: %1").replace("%1", ", ".join(out.empty))
            head += f"<br><span style='color:#8a4b00'>{html.escape(warn)}</span>"
        body = out.body_html or f"<div style='white-space: pre-wrap'>{html.escape(out.body_text)}</div>"
        self.preview.setHtml(f"{head}<hr>{body}")

    def step(self, delta: int) -> None:
        row = self.list.currentRow() + delta
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _update_nav(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < count - 1)
        self.position_label.setText(
            self.tr("Message %1 of %2").replace("%1", str(row + 1)).replace("%2", str(count)) if count else ""
        )
        self.send_button.setEnabled(count > 0 and self.job is None)

    def chosen_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- sending ------------------------------------------------------------------------------------------
    def send(self) -> None:
        chosen = self.chosen_ids()
        if not chosen:
            dialogs.warn(self, self.windowTitle(), self.tr("No message is ticked."))
            return
        t = self.template
        try:
            result = outbox.queue_for_deals(
                self.actor,
                chosen,
                t.subject,
                t.body_text,
                t.body_html,
                require_consent=True,
                read_receipt=self.receipt.isChecked(),
            )
        except EtapError as err:
            dialogs.error(self, err)
            return
        self.job = send_in_background(result.message_ids, self)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self._set_sending(True)
        self.summary_label.setText(self.tr("%n message(s) queued, sending…", "", len(result.message_ids)))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, report: object) -> None:
        self.job = None
        self._set_sending(False)
        if isinstance(report, SendReport):
            self.report = report
            text = self.tr("Sent: %1, failed: %2, waiting in the outbox: %3")
            waiting = len(report.requeued)
            text = text.replace("%1", str(len(report.sent))).replace("%2", str(len(report.failed)))
            text = text.replace("%3", str(waiting))
            if report.error is not None:
                text += "\n" + error_text(report.error)
            self.summary_label.setText(text)
            self.list.clear()
            self.recipients = []
            self._update_nav()
        elif isinstance(report, EtapError):
            dialogs.error(self, report)
        elif isinstance(report, Exception):
            dialogs.warn(self, self.windowTitle(), str(report))

    def _set_sending(self, sending: bool) -> None:
        self.progress.setVisible(sending)
        self.cancel_button.setVisible(sending)
        self.prepare_button.setEnabled(not sending)
        self.send_button.setEnabled(not sending and self.list.count() > 0)
        self.close_button.setEnabled(not sending)

    def reject(self) -> None:
        if self.job is not None:  # unsent messages stay queued in the outbox for the next run
            self.job.cancel()
            self.job.wait()
            self.job = None
        super().reject()


def open_bulk_send(parent, actor: Actor, deal_ids: list[int] | None, process_id: int | None = None) -> BulkSendDialog:
    """Open the bulk dialog (non-blocking) for the given deals, or for a process's stages when deal_ids is None."""
    dialog = BulkSendDialog(actor, deal_ids, process_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
