"""The mail settings' "Receiving (IMAP)" page: server, port, SSL/TLS or STARTTLS (always verified), user,
password (to the system keyring), Sent folder, how often to check, and a connection test.

The page writes only when one of its fields was edited. Without a usable keyring the user is told so in their
language and may keep the password for this session only (Etap asks for it again after a restart).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import EtapError
from desktop.services.actor import Actor
from desktop.services.mail import imap_settings
from desktop.services.mail.imap_settings import DEFAULT_PORTS, SECURITY, ImapSettings, KeyringUnavailable
from desktop.services.mail.mail_settings import SECURITY_LABELS
from desktop.ui.dialogs import dialogs
from desktop.ui.errors import error_text
from desktop.ui.errors import tr as translated
from desktop.ui.mail.send_worker import Background


class ImapSettingsPage(QWidget):
    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("imapSettingsPage")
        self.job: Background | None = None
        self.edited = False
        current = imap_settings.load()

        self.enabled = QCheckBox(self.tr("Fetch received mail and file it to deals"), self)
        self.enabled.setChecked(current.enabled)
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
            stored = bool(current.host) and bool(imap_settings.get_password(current))
        except EtapError:
            stored = False
        if stored:
            self.password.setPlaceholderText(self.tr("stored in the system keyring"))
        self.sent_folder = QLineEdit(current.sent_folder, self)
        self.sent_folder.setPlaceholderText(self.tr("found automatically"))
        self.interval = QSpinBox(self)
        self.interval.setRange(imap_settings.MIN_INTERVAL, imap_settings.MAX_INTERVAL)
        self.interval.setValue(current.interval_minutes)
        self.interval.setSuffix(self.tr(" min"))
        self.ca_file = QLineEdit(current.ca_file, self)
        self.ca_file.setPlaceholderText(self.tr("system certificates"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("IMAP server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sent folder:"), self.sent_folder)
        form.addRow(self.tr("Check every:"), self.interval)
        form.addRow(self.tr("CA certificate file:"), ca_row)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("imapTest")
        self.test_button.clicked.connect(self.test_connection)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(row)

        for edit in (self.host, self.username, self.password, self.sent_folder, self.ca_file):
            edit.textChanged.connect(self._edited)
        for spin in (self.port, self.interval):
            spin.valueChanged.connect(self._edited)
        self.security.currentIndexChanged.connect(self._edited)
        self.enabled.toggled.connect(self._edited)

    def _edited(self, *_args) -> None:
        self.edited = True

    def settings(self) -> ImapSettings:
        return ImapSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text(),
            ca_file=self.ca_file.text(),
            sent_folder=self.sent_folder.text(),
            interval_minutes=self.interval.value(),
            enabled=self.enabled.isChecked(),
        )

    def _default_port(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate file"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if path:
            self.ca_file.setText(path)
            self.edited = True

    def save(self) -> ImapSettings | None:
        """Store what was edited (nothing when nothing was); None when refused (the user was told why)."""
        if not self.edited:
            return imap_settings.load()
        try:
            saved = imap_settings.save(self.actor, self.settings())
        except EtapError as err:
            dialogs.error(self, err)
            return None
        if self.password.text():
            try:
                imap_settings.set_password(saved, self.password.text())
            except KeyringUnavailable as err:
                question = self.tr(
                    "%1\n\nKeep the password for this session only? Etap will ask for it again after a restart."
                ).replace("%1", error_text(err))
                if not dialogs.confirm(self, self.tr("No system keyring"), question):
                    return None
                imap_settings.set_password(saved, self.password.text(), session_only=True)
        self.edited = False
        return saved

    def test_connection(self) -> None:
        """Saves, then logs in and out on a worker thread."""
        saved = self.save()
        if saved is None:
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Connecting to %1…").replace("%1", saved.host))
        self.job = Background(lambda: imap_settings.check_connection(replace(saved)), self)
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
            self.status.setText(self.tr("The incoming mail server accepted the login."))

    def finish(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job = None
