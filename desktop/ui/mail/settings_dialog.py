"""Tools → Mail settings: sending (SMTP server, security, login, sender, company CA file, a test message) and
receiving (the IMAP account, ``imap_page``), one tab each.

The password field writes to the system keyring through the service; leaving it empty keeps the stored
password (a placeholder says one is stored). Save writes a tab only when one of its fields was edited.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services.actor import Actor
from desktop.services.mail import mail_settings
from desktop.services.mail.mail_settings import SECURITY, SECURITY_LABELS, MailSettings
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.errors import tr as translated
from desktop.ui.mail.imap_page import ImapSettingsPage
from desktop.ui.mail.send_worker import Background


class MailSettingsDialog(QDialog):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.job: Background | None = None
        self.setObjectName("mailSettingsDialog")
        self.setWindowTitle(self.tr("Mail settings"))
        current = mail_settings.load()

        self.host = QLineEdit(current.host, self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox(self)
        for key in SECURITY:
            self.security.addItem(translated("MailSettings", SECURITY_LABELS[key]), key)
        self.security.setCurrentIndex(SECURITY.index(current.security))
        self.security.currentIndexChanged.connect(self._default_port)
        self.username = QLineEdit(current.username, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        try:
            stored = current.configured and bool(mail_settings.get_password(current))
        except EtapError:
            stored = False
        if stored:
            self.password.setPlaceholderText(self.tr("stored in the system keyring"))
        self.sender_addr = QLineEdit(current.sender_addr, self)
        self.sender_name = QLineEdit(current.sender_name, self)
        self.ca_file = QLineEdit(current.ca_file, self)
        self.ca_file.setPlaceholderText(self.tr("system certificates"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("SMTP server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender address:"), self.sender_addr)
        form.addRow(self.tr("Sender name:"), self.sender_name)
        form.addRow(self.tr("CA certificate file:"), ca_row)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Send test message"), self)
        self.test_button.setObjectName("mailTest")
        self.test_button.clicked.connect(self.send_test)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        sending = QWidget(self)
        sending_layout = QVBoxLayout(sending)
        sending_layout.addLayout(form)
        sending_layout.addWidget(self.status)
        sending_layout.addStretch(1)
        self.imap = ImapSettingsPage(actor, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(sending, self.tr("Sending (SMTP)"))
        self.tabs.addTab(self.imap, self.tr("Receiving (IMAP)"))
        self.tabs.currentChanged.connect(lambda index: self.test_button.setVisible(index == 0))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.smtp_edited = False
        for edit in (self.host, self.username, self.password, self.sender_addr, self.sender_name, self.ca_file):
            edit.textChanged.connect(self._smtp_edited)
        self.port.valueChanged.connect(self._smtp_edited)
        self.security.currentIndexChanged.connect(self._smtp_edited)

    def _smtp_edited(self, *_args) -> None:
        self.smtp_edited = True

    def settings(self) -> MailSettings:
        return MailSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text(),
            sender_addr=self.sender_addr.text(),
            sender_name=self.sender_name.text(),
            ca_file=self.ca_file.text(),
        )

    def _default_port(self) -> None:
        if self.port.value() in (465, 587):
            self.port.setValue(465 if self.security.currentData() == "ssl" else 587)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate file"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if path:
            self.ca_file.setText(path)

    def _store(self) -> MailSettings | None:
        try:
            return mail_settings.save(self.actor, self.settings(), self.password.text() or None)
        except EtapError as err:
            dialogs.error(self, err)
            return None

    def save(self) -> None:
        if self.smtp_edited and self._store() is None:
            self.tabs.setCurrentIndex(0)
            return
        if self.imap.save() is None:
            self.tabs.setCurrentIndex(1)
            return
        self.accept()

    def send_test(self) -> None:
        """Saves, then sends one message to the sender's own address on a worker thread."""
        saved = self._store()
        if saved is None:
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Sending a test message to %1…").replace("%1", saved.sender_addr))
        subject = self.tr("Etap test message")
        text = self.tr("The mail settings work.")
        self.job = Background(
            lambda: mail_settings.send_test_message(replace(saved), saved.sender_addr, subject, text), self
        )
        self.job.done.connect(self._tested)
        self.job.start()

    def _tested(self, result: object) -> None:
        self.job = None
        self.test_button.setEnabled(True)
        if isinstance(result, EtapError):
            self.status.setText(error_text(result))
        elif isinstance(result, Exception):
            self.status.setText(str(result))
        else:
            self.status.setText(self.tr("The test message was accepted by the server."))

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.wait()
        self.imap.finish()
        super().done(result)
